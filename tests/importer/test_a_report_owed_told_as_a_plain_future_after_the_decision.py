"""A report the board asks for, told after its decision as a plain future with a member as the
subject (`Olofström ska lämna en kort rapport … senast 30/9`, `Ronneby ska i november redovisa
…`): a decision of its own, the member named by its town alone, put to review since no verb of
deciding says it. A member that only will do something (`Regionen kommer att ta fram …`), or
that was to have done it (`skulle ha lämnat`), owes nothing. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes

OWED = """\
Protokoll styrelsemöte 7/5 2071
Samordningsförbundet FINSAM Blekinge, styrelsen
Datum: 7 maj 2071

Punkt 1. Mötet öppnas
Ordföranden öppnade mötet.
Punkt 2. Ansökan från Olofström om sommarskola
Olofströms kommun vill ordna en sommarskola för unga utan gymnasiebetyg. Styrelsen beslöt att bevilja Olofströms kommun 90 000 kr för 2071. Olofström ska lämna en kort rapport om hur många som deltog senast 30/9.
Punkt 3. Ansökan från Ronneby om studiebesök
Ronneby vill åka på studiebesök till Kalmar. Styrelsen beslöt att bevilja Ronneby kommun 25 000 kr för 2071. Ronneby ska i november redovisa för styrelsen vad resan gav.
Punkt 4. Ansökan från Region Blekinge
Styrelsen beslöt att bevilja Region Blekinge 40 000 kr för 2071. Regionen kommer att ta fram en broschyr om projektet. Karlshamn skulle ha lämnat en rapport i april men den har inte kommit.
Punkt 5. Uppföljning i Sölvesborg
Styrelsen beslöt att Sölvesborgs kommun redovisar till styrelsen i oktober hur samordnaren har arbetat.
Punkt 6. Mötet avslutas
Ordföranden avslutade mötet.
"""


def _summary(cli, tmp_path):
    return imported(cli, minutes(tmp_path, "maj.txt", OWED))


def test_a_member_that_shall_report_after_the_decision_owes_a_report(cli, tmp_path):
    summary = _summary(cli, tmp_path)
    decisions = {d["id"]: d for d in summary["decisions"]}
    assert decisions["2071-1 §02:2"]["kind"] == "report", decisions
    assert any("Olofströms kommun" in e and "2071-09-30" in e for e in decisions["2071-1 §02:2"]["events"]), decisions
    assert any("Olofström ska lämna" in doubt["what"] for doubt in summary["to_review"]), summary["to_review"]


def test_the_month_said_before_the_verb_is_the_due(cli, tmp_path):
    decisions = {d["id"]: d for d in _summary(cli, tmp_path)["decisions"]}
    assert any("Ronneby kommun" in e and "2071-11" in e for e in decisions["2071-1 §03:2"]["events"]), decisions


def test_the_month_said_after_the_report_s_verb_and_whom_it_is_for_is_the_due(cli, tmp_path):
    decisions = {d["id"]: d for d in _summary(cli, tmp_path)["decisions"]}
    assert any("Sölvesborgs kommun" in e and "2071-10" in e for e in decisions["2071-1 §05:1"]["events"]), decisions


def test_what_a_member_will_do_or_was_to_have_done_is_no_report_owed(cli, tmp_path):
    ids = [d["id"] for d in _summary(cli, tmp_path)["decisions"]]
    assert [i for i in ids if "§04" in i] == ["2071-1 §04:1"], ids
