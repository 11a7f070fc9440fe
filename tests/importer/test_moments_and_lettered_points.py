"""A hand that numbers its items twice (`Mom 3  Budget ... § 27`: the moment of this meeting and the §
running through the year), that divides a § into moments (`Mom 1`, `Mom 2` under one §), that puts the
verb first (`Beslutade styrelsen` / `att ...`), labels a decision in lower case (`beslut: att ...`), and
notes short reports point by point under letters (`a) ... Noterades.`). Minutes of our own."""

from __future__ import annotations

import re

import pytest

from tests.importer.steps import decision, events, follow_up, imported, minutes

DOUBLE = """IDROTTSLIKT PROTOKOLL

Protokoll fört vid styrelsemöte nr 3/2033

Tid:      Tisdagen den 10 maj 2033, kl. 10.00
Plats:    Förbundets kansli, Karlskrona

Mom 1  Öppnande                                                  § 25
Mötet öppnades av ordföranden.

Mom 2  Sölvesborgs kommuns plan                                  § 26
Kommunens samordnare presenterade planen.
beslut: att fastställa Sölvesborgs kommuns FINSAM-plan 2033,
        att bevilja kommunen 500 000 kr för 2033.

Mom 3  Lokalfrågan                                               § 27
Frågan om nya lokaler diskuterades.
Beslutade styrelsen
att uppdra åt förbundschefen att utreda lokalfrågan till nästa möte.

Mom 4  Arvoden                                                   § 28
Beslutade styrelsen
att återremittera ärendet till förbundschefen för ytterligare beredning.
"""


def test_an_item_headed_by_its_moment_and_its_paragraph_takes_the_paragraphs_number(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "maj.txt", DOUBLE))
    assert {d["id"]: d["kind"] for d in summary["decisions"]} == {
        "2033-3 §26:1": "plan", "2033-3 §26:2": "grant", "2033-3 §27:1": "assignment", "2033-3 §28:1": "referral"}


MOMENTS = """Protokoll fört vid styrelsemöte nr 4/2033

Tid:      Tisdagen den 14 juni 2033, kl. 10.00
Plats:    Förbundets kansli, Karlskrona

§ 31  Ekonomi
Mom 1  Delårsbokslut
Ekonomen redogjorde för utfallet till och med april.
Styrelsen beslutar att godkänna delårsbokslutet.

Mom 2  Placering av likvida medel
Beslutade styrelsen att uppdra åt förbundschefen att se över placeringen till hösten.

§ 32  Avslutning
Mötet avslutades.
"""


def test_the_moments_of_a_paragraph_number_its_decisions_in_order(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "juni.txt", MOMENTS))
    assert {d["id"]: d["kind"] for d in summary["decisions"]} == {
        "2033-4 §31:1": "document", "2033-4 §31:2": "assignment"}


VOTED_AND_LETTERED = """Protokoll fört vid styrelsemöte nr 5/2033

Tid:      Tisdagen den 20 september 2033, kl. 10.00
Plats:    Förbundets kansli, Karlskrona

§ 40  Ansökan om medel – Nya vägar
Olofströms kommun söker 300 000 kr för projektet Nya vägar. Per Persson yrkade avslag på ansökan.
Ordföranden fann att styrelsen bifallit ansökan. Votering begärdes. Med 5 röster för bifall och
3 röster för avslag beslutade styrelsen
att bevilja Olofströms kommun 300 000 kr för projektet Nya vägar under 2034, samt
att kommunen ska lämna en slutrapport senast den 1 december 2034.

§ 41  Rapporter
a) Kansliet. Förbundschefen berättade om höstens personalläge.
   Noterades.
b) Ekonomi. Ekonomen gick igenom utfallet per augusti. Rapporten noterades.
c) Nya vägar. Kommunen kommer att rapportera vid decembermötet.
d) Regionen. Regionens representant informerade om nya riktlinjer. Rapporten noterades.
"""


def test_a_vote_that_ends_in_the_board_deciding_leads_into_its_att_clauses(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "september.txt", VOTED_AND_LETTERED))
    kinds = {d["id"]: d["kind"] for d in summary["decisions"]}
    assert kinds["2033-5 §40:1"] == "grant" and kinds["2033-5 §40:2"] == "report"
    for point in ("2033-5 §40:1", "2033-5 §40:2"):  # the vote led into both clauses
        assert decision(cli, point)["votes"] == {"for": 5, "against": 3, "abstained": 0}


def test_each_lettered_report_the_board_noted_is_one_acknowledgement_in_order(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "september.txt", VOTED_AND_LETTERED))
    noted = {d["id"]: d["text"] for d in summary["decisions"] if d["id"].startswith("2033-5 §41")}
    assert sorted(noted) == ["2033-5 §41:1", "2033-5 §41:2", "2033-5 §41:3"]
    assert "personalläge" in noted["2033-5 §41:1"] and "augusti" in noted["2033-5 §41:2"]
    assert "riktlinjer" in noted["2033-5 §41:3"]
    assert {d["kind"] for d in summary["decisions"] if d["id"].startswith("2033-5 §41")} == {"acknowledgement"}


RETURNS_WHEN = """Protokoll fört vid styrelsemöte nr 6/2033

Tid:      Tisdagen den 18 oktober 2033, kl. 10.00
Plats:    Förbundets kansli, Karlskrona

§ 50  Olofströms kommuns plan 2034
Planen saknar en budget för aktiviteterna.
Beslutade styrelsen
att återremittera ärendet till Olofströms kommun för komplettering, samt
att ärendet ska återkomma vid decembermötet.
"""


def test_a_clause_that_only_says_when_a_referred_matter_returns_is_the_referrals_due(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "oktober.txt", RETURNS_WHEN))
    assert {d["id"]: d["kind"] for d in summary["decisions"]} == {"2033-6 §50:1": "referral"}
    assert follow_up(cli, "2033-6 §50:1", "2033-11-01")["due"] == "2033-12"


def test_a_final_account_owed_by_the_party_granted_money_is_a_report(cli, tmp_path):
    text = VOTED_AND_LETTERED.replace("att kommunen ska lämna en slutrapport senast den 1 december 2034.",
                                      "att kommunen ska slutredovisa projektet vid styrelsens decembermöte 2034.")
    summary = imported(cli, minutes(tmp_path, "september.txt", text))
    assert {d["id"]: d["kind"] for d in summary["decisions"]}["2033-5 §40:2"] == "report"
    assert follow_up(cli, "2033-5 §40:2", "2033-10-01")["responsible"] == "Olofströms kommun"


REPORTS_LATER = """Protokoll fört vid styrelsemöte nr 6/2033

Tid:      Tisdagen den 18 oktober 2033, kl. 10.00
Plats:    Förbundets kansli, Karlskrona

§ 50  Rapporter
a) Ekonomisk rapport per september. Ekonomen redovisade utfallet mot budget. Noterades.
b) Olofströms kommun. Kommunens representant informerade om läget på arbetsmarknaden.
   Noterades.
"""


def test_a_list_of_reports_fulfils_only_what_one_of_its_points_names_and_delivers(cli, tmp_path):
    imported(cli, minutes(tmp_path, "september.txt", VOTED_AND_LETTERED))
    imported(cli, minutes(tmp_path, "oktober.txt", REPORTS_LATER))
    assert follow_up(cli, "2033-5 §40:2", "2033-11-01")["status"] == "open"


ASKED = """Protokoll fört vid styrelsemöte nr 6/2033

Tid:      Tisdagen den 18 oktober 2033, kl. 10.00
Plats:    Förbundets kansli, Karlskrona

§ 50  Inför nästa år
beslut: att ge förbundschefen i uppdrag att ta fram förslag till budget för 2034 till nästa sammanträde.
"""

PREPARED = """Protokoll fört vid styrelsemöte nr 7/2033

Tid:      Tisdagen den 6 december 2033, kl. 10.00
Plats:    Förbundets kansli, Karlskrona

§ 61  Ekonomi
Förbundschefen föredrog ett förslag, framtaget enligt styrelsens beslut den 18 oktober 2033, § 50.
Beslutade styrelsen
att fastställa förslaget.
"""


def test_a_proposal_prepared_as_a_cited_decision_asked_fulfils_that_assignment(cli, tmp_path):
    imported(cli, minutes(tmp_path, "oktober.txt", ASKED))
    imported(cli, minutes(tmp_path, "december.txt", PREPARED))
    row = follow_up(cli, "2033-6 §50:1", "2033-12-31")
    assert (row["status"], row["done_on"]) == ("done", "2033-12-06")


@pytest.mark.parametrize("cited", ["vid föregående möte (§ 50)", "vid styrelsemöte nr 6/2033, § 50", "från oktobermötet (§ 50)"])
def test_a_paragraph_cited_beside_the_meeting_it_was_decided_at_is_a_firm_link(cli, tmp_path, cited):
    imported(cli, minutes(tmp_path, "oktober.txt", ASKED))
    summary = imported(cli, minutes(tmp_path, "december.txt", PREPARED.replace(
        "Förbundschefen föredrog ett förslag, framtaget enligt styrelsens beslut den 18 oktober 2033, § 50.",
        f"Förbundschefen redovisade det uppdrag hon fick {cited} och lade fram ett förslag till budget.")))
    settled = [e for e in events(summary) if "2033-6 §50:1" in e]
    assert settled and not any("matched by title" in e for e in settled), settled


PLAN_AND_MONEY = """Protokoll fört vid styrelsemöte nr 6/2033

Tid:      Tisdagen den 18 oktober 2033, kl. 10.00
Plats:    Förbundets kansli, Karlskrona

§ 52  Olofströms kommuns FINSAM-plan 2034
Beslutade styrelsen
att fastställa Olofströms kommuns FINSAM-plan 2034, och
att bevilja Olofströms kommun 400 000 kr för 2034.
"""


def test_money_for_the_plan_the_clause_before_adopts_is_a_decision_of_its_own_put_to_review(cli, tmp_path):
    # Hands differ on whether the two clauses are one decision or two: two are read, and the reading is checked.
    summary = imported(cli, minutes(tmp_path, "oktober.txt", PLAN_AND_MONEY))
    assert {d["id"]: d["kind"] for d in summary["decisions"]} == {"2033-6 §52:1": "plan", "2033-6 §52:2": "grant"}
    assert [d for d in summary["to_review"] if "2033-6 §52:2" in d["what"] and "2033-6 §52:1" in d["what"]]


def test_a_moment_set_apart_from_its_title_by_tabs_still_heads_its_item(cli, tmp_path):
    # As a PDF's text gives it: the moment, its title and its § in cells of their own.
    tabbed = re.sub(r"^(Mom \d)\s+(.+?)\s{3,}(§ \d+)$", "\\1\t\\2\t\\3", DOUBLE, flags=re.M)
    assert tabbed.count("\t") == 8
    summary = imported(cli, minutes(tmp_path, "maj.txt", tabbed))
    assert sorted(d["id"] for d in summary["decisions"]) == ["2033-3 §26:1", "2033-3 §26:2", "2033-3 §27:1", "2033-3 §28:1"]
