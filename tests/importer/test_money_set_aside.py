"""Money the board sets aside (`avsätts`, `avsätta`) for an insats or a project rather than
granting it to a party: a grant to the project, no party's; where the decision names it only as
`insatsen` or `projektet`, the project its § is about, put to review; the project named in a compound
(`utvecklingsprojektet Brobyggarna`), the money taken from a fund of a year (`ur utvecklingsfonden 2032`)
for that year. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes, undoubted, view

OCTOBER = """Styrelsemöte 2031-5, Samordningsförbundet i Blekinge län

Tid och plats
Måndag 2031-10-06, kl. 13:00

§12 Gemensam utbildningsdag för chefer

Kansliet föreslår en utbildningsdag om samverkan för chefer hos alla parter.

Styrelsens beslut
1. Förslaget till gemensam utbildningsdag för chefer godkänns.
2. Till satsningen avsätts 90 000 kr ur förbundets egna medel för 2031.

§13 Ljuspunkten

Styrelsens beslut
1. Styrelsen avsätter 45 000 kr för projektet Ljuspunkten under 2031.

§14 Brobyggarna

Styrelsens beslut
1. 120 tkr ur utvecklingsfonden 2032 avsätts för det gemensamma utvecklingsprojektet Brobyggarna.
"""


def test_money_set_aside_for_the_insats_a_section_is_about_is_that_projects_grant_put_to_review(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "oktober.txt", OCTOBER))
    kinds = {d["id"]: d["kind"] for d in view(cli, "decisions", "--as-of", "2031-12-31")}
    assert kinds["2031-5 §12:2"] == kinds["2031-5 §13:1"] == "grant"
    grants = {g["decision"]: g for g in view(cli, "grants", "--as-of", "2031-12-31")}
    assert (grants["2031-5 §12:2"]["party"], grants["2031-5 §12:2"]["amount_sek"], grants["2031-5 §12:2"]["year"]) == (
        None, 90_000, 2031)
    assert "utbildningsdag för chefer" in grants["2031-5 §12:2"]["purpose"]
    assert (grants["2031-5 §13:1"]["party"], grants["2031-5 §13:1"]["purpose"], grants["2031-5 §13:1"]["amount_sek"]) == (
        None, "Ljuspunkten", 45_000)
    doubts = [r["what"] for r in undoubted(summary)]
    assert any(w.startswith("2031-5 §12:2: money set aside for 'satsningen'") for w in doubts), doubts


def test_money_from_a_years_fund_set_aside_for_a_project_in_a_compound_noun_is_its_grant_that_year(cli, tmp_path):
    imported(cli, minutes(tmp_path, "oktober.txt", OCTOBER))
    grants = {g["decision"]: g for g in view(cli, "grants", "--as-of", "2032-12-31")}
    found = grants["2031-5 §14:1"]
    assert (found["party"], found["purpose"], found["amount_sek"], found["year"]) == (None, "Brobyggarna", 120_000, 2032)
