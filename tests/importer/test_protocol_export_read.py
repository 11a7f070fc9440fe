"""Minutes exported from a municipal case system (`protocol_export_minutes.py`): the member's plan
a numbered proposal adopts subject first (`Insatsplan 2044 för Olofströms kommun fastställs med
en samlad ram om …`, `Ramen uppgår till …`), and a proposal decided after a vote, told with the
votes before the verb (`Med 3 ja-röster mot 1 nej-röst beslutar styrelsen enligt …`), the
proposition the board approved before voting being procedure, no decision. Minutes of our own."""

from __future__ import annotations

from tests.importer.protocol_export_minutes import MARCH
from tests.importer.steps import decision, imported, minutes, view


def test_a_plan_named_with_its_year_before_its_party_is_adopted_with_its_frame(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    plans = {(p["party"], p["year"]): p for p in view(cli, "plans", "--as-of", "2999-12-31")}
    assert plans[("Olofströms kommun", 2044)]["granted_sek"] == 870000
    assert decision(cli, "2044-1 §05:1")["kind"] == "plan"


def test_a_plan_whose_frame_is_told_in_a_sentence_of_its_own_is_adopted_with_it(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    plans = {(p["party"], p["year"]): p for p in view(cli, "plans", "--as-of", "2999-12-31")}
    assert plans[("Sölvesborgs kommun", 2044)]["granted_sek"] == 720000


def test_a_proposal_decided_with_the_votes_told_first_is_the_decision(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    taken = decision(cli, "2044-1 §07:1")
    assert taken["kind"] == "grant"
    assert "Nya spår" in taken["text"]
    assert taken["votes"] == {"for": 3, "against": 1, "abstained": 0}


def test_the_vote_told_before_a_decision_of_its_own_is_only_its_account(cli, tmp_path):
    told_again = MARCH.replace("Reservation\n", "Beslut\n\nStyrelsen beslutar enligt förbundschefens förslag.\n\nReservation\n")
    imported(cli, minutes(tmp_path, "mars.txt", told_again))
    ids = [d["id"] for d in view(cli, "decisions", "--as-of", "2999-12-31") if d["id"].startswith("2044-1 §07")]
    assert ids == ["2044-1 §07:1"]
    assert decision(cli, "2044-1 §07:1")["votes"] == {"for": 3, "against": 1, "abstained": 0}


def test_the_proposition_approved_before_a_vote_is_no_decision(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    ids = [d["id"] for d in view(cli, "decisions", "--as-of", "2999-12-31") if d["id"].startswith("2044-1 §07")]
    assert ids == ["2044-1 §07:1"]
    assert "voteringsproposition" not in decision(cli, "2044-1 §07:1")["text"]
