"""Money granted with no recipient named in the decision, as a hand writes it when the heading says
who applied: `bevilja 0,8 milj för 2071` or `bevilja 320' till projektet` under `Ansökan om projektet
X` — the heading's project, no party's where members applied for it together, the one member's
that applied alone (`har sökt pengar för …`) — and money given with the plain verb `ge` (`ge
Region Blekinge 150 000 kr`). Giving someone a task for a sum is no grant. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes

GRANTS = """\
Protokoll styrelsemöte 10/9 2071
Samordningsförbundet FINSAM Blekinge, styrelsen
Datum: 10 september 2071

Punkt 1. Mötet öppnas
Ordföranden öppnade mötet.
Punkt 2. Ansökan om projektet Vägen in (FK och Ronneby)
FK och Ronneby kommun har sökt pengar tillsammans för Vägen in. Efter en stunds diskussion beslöt styrelsen att bevilja 0,8 milj för 2071.
Punkt 3. Ansökan från Karlshamn, projektet Språkstegen
Karlshamns kommun har sökt pengar för Språkstegen, en kurs i svenska för nyanlända. Styrelsen beslöt att bevilja 320' till projektet för 2071.
Punkt 4. Ansökan från Region Blekinge
Styrelsen tyckte att idén var bra och beslöt att ge Region Blekinge 150 000 kr för 2071.
Punkt 5. Förbundets konferens
Styrelsen beslöt att ge kansliet i uppdrag att ordna en konferens för 40 000 kr.
Punkt 6. Mötet avslutas
Ordföranden avslutade mötet.
"""


def _read(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "sept.txt", GRANTS))
    return {d["id"]: d for d in summary["decisions"]}


def _grants(decision) -> list[str]:
    return [e for e in decision["events"] if e.startswith("grant:")]


def test_money_with_no_recipient_goes_to_the_project_its_heading_names(cli, tmp_path):
    decision = _read(cli, tmp_path)["2071-1 §02:1"]
    assert decision["kind"] == "grant" and _grants(decision) == ["grant: 800 000 kr to Vägen in for 2071 by 2071-1 §02:1"], decision


def test_money_for_the_project_one_member_applied_for_alone_is_that_members(cli, tmp_path):
    decision = _read(cli, tmp_path)["2071-1 §03:1"]
    assert any("320 000 kr to Karlshamns kommun" in g for g in _grants(decision)), decision


def test_money_given_with_the_plain_verb_is_a_grant(cli, tmp_path):
    decision = _read(cli, tmp_path)["2071-1 §04:1"]
    assert any("150 000 kr to Region Blekinge" in g for g in _grants(decision)), decision


def test_a_task_given_for_a_sum_is_no_grant(cli, tmp_path):
    decision = _read(cli, tmp_path)["2071-1 §05:1"]
    assert decision["kind"] == "assignment" and not _grants(decision), decision
