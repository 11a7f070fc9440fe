"""A grant raised or cut to a new total, told without saying whose money it is (`Att höja ramen för
Bryggan med 80 tkr till totalt 480 000 kr. Beslutet ersätter § 7/2078.`, `Anslaget till Bryggan
sänks … till sammanlagt 400 000 kronor`): the new total is granted to the party, or project, and
for the year of the grant it supersedes; where it names the party, that party's. Where nothing says
whose, the grant is put to review, not guessed. Minutes of our own, in our own words."""

from __future__ import annotations

import pytest

from tests.importer.steps import imported, minutes, title_block, view

MARCH = title_block(1, "2078-03-09") + """
§ 7  Insatsen Bryggan

Beslut: Att bevilja Ronneby kommun 400 000 kr för insatsen Bryggan under 2078.

§ 8  Projektet Ankaret

Beslut: Att bevilja projektet Ankaret 250 000 kr för 2078.
"""

RAISED = {
    "active, cited by § and year": "Att höja ramen för Bryggan med 80 tkr till totalt 480 000 kr. Beslutet ersätter § 7/2078.",
    "passive, cited by date and §": ("Anslaget till Bryggan för 2078 utökas med 80 000 kronor till sammanlagt 480 000 kronor, "
                                     "vilket ersätter beslutet den 9 mars 2078, § 7."),
    "the board as subject": "Styrelsen ökar de beviljade medlen för Bryggan till totalt 480 tkr och ersätter därmed beslut 2078-1 §07:1.",
    "a particle verb": "Styrelsen sätter ned de beviljade medlen för Bryggan till totalt 480 000 kr. Beslutet ersätter § 7/2078.",
    "from the old sum": "Ramen för Bryggan under 2078 sänks från 400 000 kr till totalt 480 000 kr. Beslutet ersätter § 7/2078.",
}


def _june(decision: str) -> str:
    return title_block(2, "2078-06-15") + f"\n§ 21  Bryggan – ändrad ram\n\nBeslut: {decision}\n"


def _grants(cli) -> dict[str, tuple[str | None, int, int, str]]:
    return {g["decision"]: (g["party"], g["year"], g["amount_sek"], g["status"]) for g in view(cli, "grants", "--as-of", "2078-12-31")}


@pytest.mark.parametrize("said", sorted(RAISED))
def test_the_new_total_is_granted_to_whom_the_grant_it_supersedes_went(cli, tmp_path, said):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    imported(cli, minutes(tmp_path, "juni.txt", _june(RAISED[said])))
    grants = _grants(cli)
    assert grants["2078-1 §07:1"] == ("Ronneby kommun", 2078, 400000, "superseded")
    assert grants["2078-2 §21:1"] == ("Ronneby kommun", 2078, 480000, "in_force")


def test_a_projects_grant_cut_stays_the_projects(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    cut = "Att sänka bidraget till Ankaret med 50 000 kr till totalt 200 000 kr; beslutet ersätter § 8/2078."
    imported(cli, minutes(tmp_path, "juni.txt", _june(cut)))
    grants = {g["decision"]: (g["party"], g["purpose"], g["amount_sek"], g["status"]) for g in view(cli, "grants", "--as-of", "2078-12-31")}
    assert grants["2078-1 §08:1"] == (None, "Ankaret", 250000, "superseded")
    assert grants["2078-2 §21:1"] == (None, "Ankaret", 200000, "in_force")


def test_a_new_total_that_names_its_party_is_that_partys(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    named = "Styrelsen höjer bidraget till Karlshamns kommun för Bryggan till totalt 300 000 kr för 2078."
    imported(cli, minutes(tmp_path, "juni.txt", _june(named)))
    assert _grants(cli)["2078-2 §21:1"] == ("Karlshamns kommun", 2078, 300000, "in_force")


def test_a_new_total_that_says_not_whose_is_put_to_review(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    summary = imported(cli, minutes(tmp_path, "juni.txt", _june("Att utöka ramen för Bryggan till totalt 480 000 kr.")))
    assert any("2078-2 §21:1" in d["what"] and "say whose" in d["what"] for d in summary["to_review"]), summary["to_review"]
    assert "2078-2 §21:1" not in _grants(cli)


def test_a_fee_raised_to_a_total_is_no_grant(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "juni.txt", _june("Ordförandens arvode höjs till totalt 6 000 kr per månad.")))
    assert summary["decisions"][0]["kind"] != "grant"
