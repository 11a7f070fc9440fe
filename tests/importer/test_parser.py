"""The parser on real minutes (the seeds), on our own later minutes, and on small cases."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from domain.ids import DecisionId, ItemRef, MeetingId
from domain.values import DecisionKind, Due, Party, Role
from register.minutes.model import (
    AdoptDocument, AdoptPlan, AwardGrant, Cite, Defer, GiveAssignment, ParsedMinutes, ReferBack,
    RequireReport, Revoke, TerminateAgreement, WithdrawSelf,
)
from register.minutes.parser import parse_minutes

SEEDS = Path(__file__).parents[3] / "shared" / "seeds"
OURS = Path(__file__).parent / "minutes"
NEXT = Due.parse("next-meeting")
NONE = Due.parse(None)


def seed(name: str) -> ParsedMinutes:
    path = SEEDS / name
    if not path.exists():
        pytest.skip(f"the real minutes are not here ({path}); CI copies shared/ beside the repo")
    return parse_minutes(path.read_text(encoding="utf-8"), name)


def ours(name: str) -> ParsedMinutes:
    return parse_minutes((OURS / name).read_text(encoding="utf-8"), name)


def id_(text: str) -> DecisionId:
    return DecisionId.parse(text)


def decision(minutes: ParsedMinutes, text: str):  # type: ignore[no-untyped-def]
    return next(d for d in minutes.decisions if d.id == id_(text))


def item(minutes: ParsedMinutes, ref: str):  # type: ignore[no-untyped-def]
    return next(i for i in minutes.items if i.ref == ItemRef.parse(ref))


# The 2025-7 minutes: numbered decisions, extracted from PDF.


def test_2025_7_yields_nine_decisions_with_15_1_not_in_the_list() -> None:
    minutes = seed("board-minutes-2025-7.txt")
    assert [str(d.id) for d in minutes.decisions] == [
        "2025-7 §07:1", "2025-7 §07:2", "2025-7 §09:1", "2025-7 §11:1", "2025-7 §13:1",
        "2025-7 §13:2", "2025-7 §14:1", "2025-7 §14:2", "2025-7 §15:1",
    ]
    assert minutes.listed is not None
    assert [str(i) for i in minutes.listed] == [str(d.id) for d in minutes.decisions[:8]]
    assert not any(d.generated_id for d in minutes.decisions)


def test_2025_7_decisions_do_what_their_wording_says() -> None:
    minutes = seed("board-minutes-2025-7.txt")
    plan_purpose = "genomförande av FINSAM-plan 2026"
    expected = {
        "2025-7 §07:1": (DecisionKind.PLAN, (
            AdoptPlan(Party.KARLSKRONA, 2026), AwardGrant(Party.KARLSKRONA, 2026, 3_578_000, plan_purpose))),
        "2025-7 §07:2": (DecisionKind.REPORT, (RequireReport(
            Party.KARLSKRONA, "läget i genomförandet av Karlskrona kommuns FINSAM-plan", Due.month(2026, 5)),)),
        "2025-7 §09:1": (DecisionKind.DOCUMENT, (AdoptDocument("Internkontrollplan 2026 A"),)),
        "2025-7 §11:1": (DecisionKind.PLAN, (
            AdoptPlan(Party.KARLSHAMN, 2026), AwardGrant(Party.KARLSHAMN, 2026, 1_887_000, plan_purpose))),
        "2025-7 §13:1": (DecisionKind.REFERRAL, (ReferBack(Due.month(2026, 2)),)),
        "2025-7 §13:2": (DecisionKind.WITHDRAWAL, (WithdrawSelf(),)),
        "2025-7 §14:1": (DecisionKind.DOCUMENT, (AdoptDocument("Verksamhetsplan 2026"),)),
        "2025-7 §14:2": (DecisionKind.TERMINATION, (
            TerminateAgreement("avtal med NNS rörande FINSAM-indikatorer"),)),
        "2025-7 §15:1": (DecisionKind.DOCUMENT, (AdoptDocument("Budget 2026 (version A)"),)),
    }
    assert {str(d.id): (d.kind, d.effects) for d in minutes.decisions} == expected


def test_2025_7_decision_text_joins_its_lines_with_single_spaces() -> None:
    minutes = seed("board-minutes-2025-7.txt")
    assert decision(minutes, "2025-7 §07:1").text == (
        "Att fastställa Karlskrona kommuns FINSAM-plan 2026 och bevilja medel för dess "
        "genomförande med 3 578 000 kr."
    )


def test_2025_7_warns_only_that_15_1_is_in_the_body_but_not_in_the_list() -> None:
    minutes = seed("board-minutes-2025-7.txt")
    assert [(w.line, w.message) for w in minutes.warnings] == [
        (226, "2025-7 §15:1 is in the body but not in the BESLUTSLISTA"),
    ]


def test_2025_7_has_justerare_johanna_mansson_and_no_date() -> None:
    minutes = seed("board-minutes-2025-7.txt")
    assert minutes.meeting == MeetingId(2025, 7)
    assert str(minutes.meeting) == "2025-7"
    assert minutes.justerare == ("Johanna Månsson",)
    assert minutes.held_on is None
    assert minutes.attendance == ()


def test_2025_7_items_take_titles_from_headings_or_else_from_their_decision() -> None:
    minutes = seed("board-minutes-2025-7.txt")
    assert item(minutes, "2025-7 §13").title == "Tidsbegränsad anställning kansli"
    assert item(minutes, "2025-7 §07").title == "Karlskrona kommuns FINSAM-plan 2026"
    assert item(minutes, "2025-7 §15").title == "Budget 2026"


def test_2025_7_survey_placed_on_file_is_a_noted_item_under_its_heading() -> None:
    minutes = seed("board-minutes-2025-7.txt")
    survey = item(minutes, "2025-7 §12")
    assert (survey.title, survey.noted) == ("Samverkansenkät 2025", True)


def test_2025_7_deferred_information_has_no_heading_and_is_due_next_meeting() -> None:
    minutes = seed("board-minutes-2025-7.txt")
    deferred = [i for i in minutes.items if i.deferred is not None]
    assert len(deferred) == 1
    assert deferred[0].ref is None
    assert deferred[0].deferred == Defer(NEXT)
    assert "förstudien" in deferred[0].title


# The 2022:5 minutes: header, attendance table, unnumbered decisions.


def test_2022_5_has_its_meeting_date_and_place() -> None:
    minutes = seed("board-minutes-2022-5.txt")
    assert str(minutes.meeting) == "2022:5"
    assert minutes.held_on == dt.date(2022, 10, 24)
    assert minutes.place == "Navigatorcentrum Arbetsmarknadsenheten, Karlskronagatan 36, RONNEBY"
    assert minutes.listed is None


def test_2022_5_lists_twenty_attendees_and_leaves_niklas_joelsson_unknown() -> None:
    minutes = seed("board-minutes-2022-5.txt")
    people = {a.name: a for a in minutes.attendance}
    assert len(minutes.attendance) == 20
    assert people["Niklas Joelsson"].present is None
    assert [(w.line, w.message) for w in minutes.warnings] == [
        (17, "ambiguous attendance for Niklas Joelsson: both boxes are ticked; recorded as unknown"),
    ]


def test_2022_5_records_the_chair_present_and_the_vice_chair_absent() -> None:
    people = {a.name: a for a in seed("board-minutes-2022-5.txt").attendance}
    chair = people["Ingrid Hermansson"]
    assert (chair.present, chair.role, chair.organisation, chair.political_party) == (
        True, Role.CHAIR, "Region Blekinge", "C")
    assert people["Fredrik Johansson"].present is False
    assert people["Fredrik Johansson"].role is Role.VICE_CHAIR
    assert people["Magnus von Schenck"].role is Role.OFFICER
    assert people["Viveca Olofsson"].role is Role.OFFICIAL_SUBSTITUTE


def test_2022_5_takes_justerare_from_the_signature_block() -> None:
    assert seed("board-minutes-2022-5.txt").justerare == ("Karin Blomdahl",)


def test_2022_5_numbers_its_decisions_per_item_keeping_the_colon() -> None:
    minutes = seed("board-minutes-2022-5.txt")
    assert [str(d.id) for d in minutes.decisions] == ["2022:5 §04:1", "2022:5 §05:1", "2022:5 §08:1"]
    assert all(d.generated_id for d in minutes.decisions)
    assert not any(d.id.item.item in (1, 2, 3) for d in minutes.decisions)


def test_2022_5_decisions_are_assignments_with_and_without_a_due() -> None:
    minutes = seed("board-minutes-2022-5.txt")
    assert decision(minutes, "2022:5 §04:1").effects == (
        GiveAssignment("förbundschefen", "föreslå internkontrollplan 2023", NEXT),)
    assert decision(minutes, "2022:5 §05:1").effects == (
        GiveAssignment("förbundschefen", "resultat och enkätfrågor", NONE),)
    goal = decision(minutes, "2022:5 §08:1")
    assert goal.kind is DecisionKind.ASSIGNMENT
    assert goal.effects[0].due == NONE  # type: ignore[union-attr]
    assert goal.text.startswith("Att ge förbundschefens i uppdrag att se över")


def test_2022_5_has_an_item_per_heading() -> None:
    minutes = seed("board-minutes-2022-5.txt")
    assert [i.ref.item for i in minutes.items if i.ref] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert item(minutes, "2022:5 §04").title == "Internkontrollplan 2022 med riskutblick 2023"


# Our own later minutes, written the 2025-7 way.


def test_2026_1_decides_the_returning_matter_citing_its_referral() -> None:
    minutes = ours("board-minutes-2026-1.txt")
    returned = decision(minutes, "2026-1 §04:1")
    assert returned.kind is DecisionKind.DOCUMENT
    assert returned.effects == (
        AdoptDocument("Avtal om konsultstöd till kansliet 2026"), Cite(id_("2025-7 §13:1"), "returns"))
    # The narrative above cites the referral too; the decision carries it, once.
    assert item(minutes, "2026-1 §04").cites == ()


def test_2026_1_revised_plan_revokes_the_old_one_and_is_still_a_plan() -> None:
    revised = decision(ours("board-minutes-2026-1.txt"), "2026-1 §05:1")
    assert revised.kind is DecisionKind.PLAN
    assert revised.effects == (
        AdoptPlan(Party.KARLSKRONA, 2026),
        AwardGrant(Party.KARLSKRONA, 2026, 3_600_000, "genomförande av FINSAM-plan 2026"),
        Revoke(id_("2025-7 §07:1")),
    )


def test_2026_1_assigns_the_annual_report_to_the_next_meeting() -> None:
    minutes = ours("board-minutes-2026-1.txt")
    assert decision(minutes, "2026-1 §06:1").effects == (
        GiveAssignment("förbundschefen", "färdigställa årsredovisningen för 2025", NEXT),)
    assert [str(d.id) for d in minutes.decisions] == ["2026-1 §04:1", "2026-1 §05:1", "2026-1 §06:1"]
    assert minutes.warnings == ()
    assert minutes.justerare == ("Lisbeth Bengtsson",)


def test_2026_1_deferred_information_finds_its_heading_by_what_it_speaks_of() -> None:
    # The heading says "Regionalt utvecklingsforum", the paragraph "regionala utvecklingsforum".
    deferred = [i for i in ours("board-minutes-2026-1.txt").items if i.deferred]
    assert [(str(i.ref), i.title, i.deferred) for i in deferred] == [("2026-1 §07", "Regionalt utvecklingsforum", Defer(NEXT))]
    assert "visma" not in deferred[0].text


def test_2026_3_places_karlskronas_report_on_file_fulfilling_its_obligation() -> None:
    report = item(ours("board-minutes-2026-3.txt"), "2026-3 §04")
    assert report.noted is True
    assert report.cites == (Cite(id_("2025-7 §07:2"), "fulfils"),)


def test_2026_3_has_its_date_place_and_justerare() -> None:
    minutes = ours("board-minutes-2026-3.txt")
    assert minutes.held_on == dt.date(2026, 5, 19)
    assert minutes.place == "Kansliet, Ronneby"
    assert minutes.justerare == ("Therese Åberg",)


def test_2026_3_decisions_and_the_fulfilled_assignment() -> None:
    minutes = ours("board-minutes-2026-3.txt")
    assert {str(d.id): d.effects for d in minutes.decisions} == {
        "2026-3 §05:1": (AdoptDocument("Årsredovisning 2025"),),
        "2026-3 §06:1": (RequireReport(Party.RONNEBY, "erfarenheterna av BIP-arbetet", Due.month(2026, 9)),),
    }
    assert item(minutes, "2026-3 §05").cites == (Cite(id_("2026-1 §06:1"), "fulfils"),)
    assert item(minutes, "2026-3 §05").noted is False
    assert minutes.warnings == ()
