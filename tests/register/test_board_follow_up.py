"""The board's own follow-up: goals read from an operating plan, representation computed from
the attendance the register holds, and reported outcomes set beside the grants it holds.

The documents in tests/documents are our own, in our own words, for a board of three parties."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from domain.board import GoalKind
from domain.errors import InvalidValue
from domain.ids import DecisionId, MeetingId
from domain.values import Attendee, DecisionKind, Party, Role
from register import goals
from register.application import Register
from register.documents.goals import parse_goals
from register.documents.outcomes import parse_outcomes
from register.documents.reading import DocumentError, read_document
from tests.conftest import SEEDS

DOCUMENTS = Path(__file__).resolve().parents[1] / "documents"
PARTIES = ("Norrby kommun", "Försäkringskassan", "Region Exempel")
END_OF_2027 = dt.date(2027, 12, 31)


def text_of(name: str) -> str:
    return read_document(DOCUMENTS / name)[0]


def test_goals_are_read_with_their_party_span_and_kind_from_our_own_plan():
    found = {g.ident: g for g in parse_goals(text_of("goals-2027.txt"), "goals-2027.txt", 2027, PARTIES)}
    assert list(found) == ["NÄ:1", "NÄ:2", "NÄ:3", "NÄ:4", "EN:1", "EK:1"]
    assert (found["NÄ:1"].kind, found["NÄ:1"].least, found["NÄ:1"].target) == (GoalKind.QUORUM, 2, "100 %")
    assert [(found[i].party, found[i].low, found[i].high) for i in ("NÄ:2", "NÄ:3", "NÄ:4")] == [
        ("Norrby kommun", 75, 100), ("Försäkringskassan", 75, 100), ("Region Exempel", 75, 100)]
    assert found["NÄ:3"].wording == "Försäkringskassan ska vara representerad vid styrelsens möten"
    assert (found["EN:1"].kind, found["EN:1"].target, found["EN:1"].low) == (GoalKind.ELSEWHERE, "4,0-5,0", 4.0)
    assert (found["EK:1"].kind, found["EK:1"].target) == (GoalKind.ELSEWHERE, "")  # the bare 12 is a page number


@pytest.mark.skipif(not SEEDS.exists(), reason="the seeds are not beside the project")
def test_the_2026_operating_plan_gives_pr2_to_pr10_with_their_spans():
    text = read_document(SEEDS / "operating-plan-2026-goals.txt")[0]
    found = {g.ident: g for g in parse_goals(text, "operating-plan-2026-goals.txt", 2026, ())}
    assert (found["PR:2"].kind, found["PR:2"].least, found["PR:2"].target) == (GoalKind.QUORUM, 6, "100 %")
    party_goals = {ident: (g.party, g.target) for ident, g in found.items() if g.kind is GoalKind.PARTY}
    assert party_goals == {
        "PR:3": ("Försäkringskassan", "80-100 %"), "PR:4": ("Arbetsförmedlingen", "80-100 %"),
        "PR:5": ("Region Blekinge", "80-100 %"), "PR:6": ("Karlskrona kommun", "80-100 %"),
        "PR:7": ("Ronneby kommun", "80-100 %"), "PR:8": ("Karlshamns kommun", "80-100 %"),
        "PR:9": ("Sölvesborgs kommun", "80-100 %"), "PR:10": ("Olofströms kommun", "80-100 %"),
    }
    elsewhere = {ident for ident, g in found.items() if g.kind is GoalKind.ELSEWHERE}
    assert {"PR:1", "SP:1", "PS:1", "PS:6", "FI:1", "FI:2", "FI:3"} <= elsewhere
    assert found["PR:1"].target == "5,0-6,5"


@pytest.mark.skipif(not SEEDS.exists(), reason="the seeds are not beside the project")
def test_note_6_of_the_2025_annual_report_gives_eight_projects_that_add_up():
    rows = parse_outcomes(read_document(SEEDS / "annual-report-2025.txt")[0], "annual-report-2025.txt", 2025)
    assert len(rows) == 8
    assert (sum(r.frame for r in rows), sum(r.outcome for r in rows)) == (10_631_218, 9_629_287)
    assert (rows[1].project, rows[1].frame, rows[1].outcome, rows[1].difference) == ("ARIS", 1_958_000, 1_618_080, 339_920)


@pytest.mark.parametrize(("name", "year", "said"), [
    ("outcomes-2027-bad-sum.txt", 2027, "line 11: the sum row gives outcomes of 875 000 kr, but the 3 project rows add up to 875 500 kr"),
    ("outcomes-2027-bad-difference.txt", 2027, "line 10: the difference for Nystart is 20 000 kr, but the frame 120 000 kr minus the outcome 95 000 kr is 25 000 kr"),
    ("outcomes-2027.txt", 2031, "the year 2031 does not appear in the document"),
    ("goals-2027.txt", 2027, "no project table found"),
])
def test_an_outcomes_table_that_does_not_add_up_is_refused_naming_the_row(name, year, said):
    with pytest.raises(DocumentError, match=said):
        parse_outcomes(text_of(name), name, year)


def test_a_document_without_goals_is_refused():
    with pytest.raises(DocumentError, match="no goal table found"):
        parse_goals(text_of("outcomes-2027.txt"), "outcomes-2027.txt", 2027, PARTIES)


def person(name: str, organisation: str, role: Role, present: bool | None) -> Attendee:
    return Attendee(name, organisation, role, present)


def record_a_year(register: Register) -> None:
    """Four meetings of 2027 up to October, whose representation the test works out by hand, and one after."""
    meetings = [
        ("2027-1", dt.date(2027, 2, 10), (
            person("Anna Al", "Norrby kommun", Role.MEMBER, True),
            person("Bo Berg", "Försäkringskassan", Role.MEMBER, False),
            person("Britt Bök", "Försäkringskassan", Role.SUBSTITUTE, True),  # present, but does not serve
            person("Cecilia Ceder", "Region Exempel", Role.CHAIR, True),
            person("Gunnar Gäst", "Samordningsförbundet Grannby", Role.GUEST, True),  # not a party
        )),
        ("2027-2", dt.date(2027, 4, 12), (
            person("Arne Asp", "Norrby kommuns", Role.OFFICIAL_SUBSTITUTE, True),  # serves for the member
            person("Bo Berg", "Försäkringskassan", Role.MEMBER, True),
            person("Cecilia Ceder", "Region Exempel", Role.CHAIR, None),  # the minutes are unclear
        )),
        ("2027-3", dt.date(2027, 6, 14), ()),  # minutes without attendance
        ("2027-4", dt.date(2027, 9, 20), (
            person("Anna Al", "Norrby kommun", Role.MEMBER, True),
            person("Bo Berg", "Försäkringskassan", Role.MEMBER, True),
            person("Cecilia Ceder", "Region Exempel", Role.CHAIR, False),
        )),
        ("2027-5", dt.date(2027, 11, 15), (person("Anna Al", "Norrby kommun", Role.MEMBER, False),)),
    ]
    for meeting, held_on, attendance in meetings:
        with register.new_meeting(MeetingId.parse(meeting), held_on, "Norrby", attendance):
            pass


def test_representation_counts_serving_members_and_keeps_unknown_and_unclear_apart(register):
    record_a_year(register)
    goals.set_parties(register, PARTIES)
    goals.import_goals(register, DOCUMENTS / "goals-2027.txt", 2027)
    rows = [r.json() for r in goals.representation(register, 2027, dt.date(2027, 10, 1))]
    # By hand, meetings 2027-1 … 2027-4 (2027-3 has no attendance: unknown for all):
    #   Norrby: a member, a serving substitute, a member: 3 of 3 known = 100 %
    #   Försäkringskassan: only a substitute not serving, then a member twice: 2 of 3 = 66.7 %
    #   Region Exempel: the chair, unclear, absent: 1 of 2 clear and known = 50 %
    #   at least two parties: met at 2027-1, 2027-2 and 2027-4: 3 of 3 = 100 %
    assert rows == [
        {"party": "Norrby kommun", "goal": "NÄ:2", "target": "75-100 %", "meetings": 4, "represented": 3, "unclear": 0,
         "unknown": 1, "rate": 100.0, "met": True, "substitute_only": 0, "rule": "member_or_serving_substitute"},
        {"party": "Försäkringskassan", "goal": "NÄ:3", "target": "75–100 %", "meetings": 4, "represented": 2, "unclear": 0,
         "unknown": 1, "rate": 66.7, "met": False, "substitute_only": 1, "rule": "member_or_serving_substitute"},
        {"party": "Region Exempel", "goal": "NÄ:4", "target": "75-100 %", "meetings": 4, "represented": 1, "unclear": 1,
         "unknown": 1, "rate": 50.0, "met": False, "substitute_only": 0, "rule": "member_or_serving_substitute"},
        {"party": None, "goal": "NÄ:1", "target": "100 %", "meetings": 4, "represented": 3, "unclear": 0,
         "unknown": 1, "rate": 100.0, "met": True, "substitute_only": 0, "rule": "member_or_serving_substitute"},
    ]
    later = {r.party: r for r in goals.representation(register, 2027, END_OF_2027)}
    assert (later["Norrby kommun"].meetings, later["Norrby kommun"].rate) == (5, 75.0)  # absent at 2027-5


def test_representation_needs_the_boards_parties(register):
    record_a_year(register)
    with pytest.raises(InvalidValue, match="the board's parties are not recorded"):
        goals.representation(register, 2027)


def test_goals_name_the_parties_when_none_are_recorded_and_a_later_import_supersedes(register, tmp_path):
    goals.import_goals(register, DOCUMENTS / "goals-2027.txt", 2027)
    assert [p.party for p in goals.parties(register)] == list(PARTIES)
    revised = tmp_path / "goals-2027-reviderad.txt"
    revised.write_text(text_of("goals-2027.txt").replace("75-100 %", "60-100 %"), encoding="utf-8")
    goals.import_goals(register, revised, 2027)
    board = register.board_record()
    assert board is not None
    assert {g.ident: g.target for g in board.goals[2027]}["NÄ:2"] == "60-100 %"


def grant_money(register: Register) -> None:
    """2027-1 grants money for two reported projects (one of them less than reported), one
    project the report does not list, and a labour-market effort the secretary pins to Nystart."""
    with register.new_meeting(MeetingId.parse("2027-1"), dt.date(2027, 2, 10), "Norrby") as meeting:
        for number, text, amount, purpose in (
            (1, "Att bevilja projektet Lotsen 500 000 kr för 2027.", 500_000, "projektet Lotsen"),
            (2, "Att bevilja 250 000 kr till BROBYGGET.", 250_000, "Brobygget"),
            (3, "Att bevilja 40 000 kr till sommarjobb för unga.", 40_000, "sommarjobb för unga"),
            (4, "Att bevilja 120 000 kr till en arbetsmarknadsinsats.", 120_000, "arbetsmarknadsinsats"),
        ):
            decision = DecisionId.parse(f"2027-1 §0{number + 2}:1")
            meeting.take_decision(decision, text, DecisionKind.GRANT)
            meeting.award_grant(Party.RONNEBY, 2027, amount, decision, purpose)


def test_outcomes_set_each_project_beside_the_grants_that_name_it(register):
    grant_money(register)
    goals.import_outcomes(register, DOCUMENTS / "outcomes-2027.txt", 2027)
    rows = {r.project: r.json() for r in goals.outcomes(register, 2027, END_OF_2027)}
    assert rows["Lotsen"] == {"project": "Lotsen", "year": 2027, "granted_register": 500_000, "granted_report": 500_000,
                              "outcome": 480_500, "difference": 19_500, "used": 96.1, "decisions": ["2027-1 §03:1"],
                              "remark": None}
    assert rows["Brobygget"]["remark"] == "the register grants 50 000 kr less than the report states"
    assert rows["Nystart"]["remark"] == "no grant decision in the register"
    assert rows["sommarjobb för unga"]["remark"] == rows["arbetsmarknadsinsats"]["remark"] == "granted but not in the report"
    goals.match_outcome(register, "nystart", DecisionId.parse("2027-1 §06:1"))
    pinned = {r.project: r for r in goals.outcomes(register, 2027, END_OF_2027)}
    assert (pinned["Nystart"].granted_register, pinned["Nystart"].decisions, pinned["Nystart"].remark) == (
        120_000, ["2027-1 §06:1"], None)
    assert "arbetsmarknadsinsats" not in pinned


def test_a_grant_decided_after_the_date_asked_is_not_counted(register):
    grant_money(register)
    goals.import_outcomes(register, DOCUMENTS / "outcomes-2027.txt", 2027)
    before = {r.project: r for r in goals.outcomes(register, 2027, dt.date(2027, 1, 31))}
    assert before["Lotsen"].remark == "no grant decision in the register"


def test_the_same_document_is_not_imported_twice(register):
    goals.import_outcomes(register, DOCUMENTS / "outcomes-2027.txt", 2027)
    with pytest.raises(InvalidValue, match="already imported"):
        goals.import_outcomes(register, DOCUMENTS / "outcomes-2027.txt", 2027)
    with pytest.raises(InvalidValue, match="no reported project is called 'Vägen'"):
        goals.match_outcome(register, "Vägen", DecisionId.parse("2027-1 §03:1"))


def test_goals_written_as_a_table_with_bars_read_the_same_way():
    found = {g.ident: g for g in parse_goals(text_of("goals-2028-table.md"), "goals-2028-table.md", 2028, PARTIES)}
    assert list(found) == ["MÅL:1", "MÅL:2", "MÅL:3", "EKO:1"]
    assert (found["MÅL:1"].kind, found["MÅL:1"].least) == (GoalKind.QUORUM, 3)
    assert (found["MÅL:2"].party, found["MÅL:2"].target, found["MÅL:2"].low) == ("Norrby kommun", "80–100 %", 80)
    assert (found["EKO:1"].kind, found["EKO:1"].wording) == (GoalKind.ELSEWHERE, "Kostnaderna ska hålla sig inom budget")


def test_an_outcomes_table_of_another_template_reads_with_kronor_and_an_overspend():
    rows = parse_outcomes(text_of("outcomes-2028-variant.txt"), "outcomes-2028-variant.txt", 2028)
    assert [(r.project, r.frame, r.outcome, r.difference) for r in rows] == [
        ("Lotsen", 600_000, 612_000, -12_000), ("Brobygget", 250_000, 200_000, 50_000)]


def test_a_span_open_on_one_side_reads_as_up_to_or_from_the_whole():
    found = {g.ident: g for g in parse_goals(text_of("goals-2029-open.txt"), "goals-2029-open.txt", 2029, PARTIES)}
    assert [(i, found[i].kind, found[i].low, found[i].high) for i in ("NÄ:1", "NÄ:2", "NÄ:3")] == [
        ("NÄ:1", GoalKind.PARTY, 80, 100), ("NÄ:2", GoalKind.PARTY, 75, 100), ("NÄ:3", GoalKind.PARTY, 90, 100)]
    assert (found["NÄ:3"].target, found["NÄ:3"].party) == ("90 % eller mer", "Region Exempel")
    assert (found["KO:1"].kind, found["KO:1"].low, found["KO:1"].high) == (GoalKind.ELSEWHERE, 0, 10)
    span = found["NÄ:1"].span
    assert span is not None and span.holds(80.0) and not span.holds(79.9)


def test_a_table_in_thousands_is_read_in_kronor():
    rows = parse_outcomes(text_of("outcomes-2028-tkr.txt"), "outcomes-2028-tkr.txt", 2028)
    assert [(r.project, r.frame, r.outcome, r.difference) for r in rows] == [
        ("Lotsen", 600_000, 612_000, -12_000), ("Brobygget", 250_000, 200_000, 50_000)]
