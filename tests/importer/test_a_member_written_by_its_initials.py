"""A member written by the initials of its name, as a hand writes its own board's members (`KK`
for a `Kxx kommun`): where two members share the initials (Karlskrona kommun and Karlshamns kommun),
the one the § heading names, put to review. Initials under a heading that names no member are left
as written. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes, view

INITIALS = """\
Protokoll styrelsemöte 2/12 2071
Samordningsförbundet FINSAM Blekinge, styrelsen
Datum: 2 december 2071

Punkt 1. Mötet öppnas
Ordföranden öppnade mötet.
Punkt 2. Insatsplan för Karlshamns kommun 2072
Jonas berättade om planen. Styrelsen beslöt att godkänna KKs insatsplan för 2072 med 730 000 kr. KK ska också lämna en rapport om hur det gått senast 30/11 2072.
Punkt 3. Programmet för länsdagen
Styrelsen beslöt att anta KK:s förslag till program för länsdagen.
Punkt 4. Mötet avslutas
Ordföranden avslutade mötet.
"""


def _read(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "dec.txt", INITIALS))
    return summary, {d["id"]: d for d in summary["decisions"]}


def test_initials_two_members_share_name_the_one_the_heading_names(cli, tmp_path):
    summary, decisions = _read(cli, tmp_path)
    plans = {(p["party"], p["year"]): p for p in view(cli, "plans", "--as-of", "2999-12-31")}
    assert plans[("Karlshamns kommun", 2072)]["granted_sek"] == 730_000, plans
    assert any("'KK' read as Karlshamns kommun" in doubt["what"] for doubt in summary["to_review"]), summary["to_review"]


def test_a_report_owed_by_a_member_written_by_its_initials(cli, tmp_path):
    _, decisions = _read(cli, tmp_path)
    assert decisions["2071-1 §02:2"]["kind"] == "report", decisions
    assert any("Karlshamns kommun" in e for e in decisions["2071-1 §02:2"]["events"]), decisions


def test_initials_under_a_heading_naming_no_member_are_left_as_written(cli, tmp_path):
    _, decisions = _read(cli, tmp_path)
    assert not any("Karls" in e for e in decisions["2071-1 §03:1"]["events"]), decisions
