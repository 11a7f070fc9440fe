"""The register as a board secretary uses it: the sample meeting 2025-7, then later meetings."""

from __future__ import annotations

import datetime as dt

import pytest

from domain.corrections import CorrectedField
from domain.errors import (
    DecisionNotInForce,
    InvalidValue,
    FollowUpAlreadyFulfilled,
    MeetingAlreadyRecorded,
    UnknownDecision,
    UnknownFollowUp,
    UnknownMeeting,
)
from domain.ids import MeetingId
from domain.values import DecisionKind, Due, Party
from register import audit as whole_store
from register.application import Register
from register.demo import import_sample
from tests.conftest import SAMPLE_DATE, ids, item

M2025_7 = MeetingId.parse("2025-7")


def test_the_sample_meeting_has_nine_decisions_one_of_them_struck(sample: Register):
    rows = sample.decisions(meeting=M2025_7)
    assert [r["id"] for r in rows] == [
        "2025-7 §07:1", "2025-7 §07:2", "2025-7 §09:1", "2025-7 §11:1", "2025-7 §13:1",
        "2025-7 §13:2", "2025-7 §14:1", "2025-7 §14:2", "2025-7 §15:1",
    ]
    statuses = {r["id"]: r["status"] for r in rows}
    assert statuses.pop("2025-7 §13:2") == "withdrawn"
    assert set(statuses.values()) == {"in_force"}
    assert {r["date"] for r in rows} == {"2025-12-08"}


def test_the_sample_meeting_adopts_two_plans_for_2026(sample: Register):
    assert [p.json() for p in sample.plans(year=2026)] == [
        {"party": "Karlshamns kommun", "year": 2026, "status": "adopted", "granted_sek": 1_887_000, "decision": "2025-7 §11:1",
         "corrections": []},
        {"party": "Karlskrona kommun", "year": 2026, "status": "adopted", "granted_sek": 3_578_000, "decision": "2025-7 §07:1",
         "corrections": []},
    ]


def test_follow_ups_open_after_the_meeting_and_fall_overdue_after_their_month(sample: Register):
    assert sample.follow_ups(dt.date(2025, 12, 1)) == []
    january = {r["source"]: (r["kind"], r["due"], r["status"]) for r in sample.follow_ups(dt.date(2026, 1, 1))}
    assert january == {
        "2025-7 §07:2": ("report", "2026-05", "open"),
        "2025-7 §13:1": ("referred_back", "2026-02", "open"),
        "2025-7 deferred 1": ("deferred", "next-meeting", "open"),
    }
    june = {r["source"]: r["status"] for r in sample.follow_ups(dt.date(2026, 6, 15))}
    assert june["2025-7 §07:2"] == "overdue"
    assert {r["responsible"] for r in sample.follow_ups(dt.date(2026, 1, 1))} == {"Karlskrona kommun", "styrelsen"}
    assert "Förstudiens" in next(r["subject"] for r in sample.follow_ups(dt.date(2026, 1, 1)) if r["kind"] == "deferred")


def test_before_the_meeting_date_nothing_was_decided(sample: Register):
    assert sample.decisions(as_of=dt.date(2025, 12, 7)) == []
    assert sample.plans(as_of=dt.date(2025, 12, 7)) == []


def test_the_trace_of_a_referred_back_decision_shows_its_matter(sample: Register):
    trace = sample.trace(ids("2025-7 §13:1"))
    assert trace["matter"] == "2025-7 §13"
    assert [e["event"] for e in trace["events"]] == ["put forward", "decided", "referred back", "decided", "withdrawn"]
    assert {e["meeting"] for e in trace["events"]} == {"2025-7"}


def test_recording_the_same_meeting_twice_is_refused_and_adds_nothing(sample: Register):
    before = sample.recorder.max_notification_id()
    with pytest.raises(MeetingAlreadyRecorded, match="2025-7 is already recorded"):
        import_sample(sample, "2025-7.txt", SAMPLE_DATE)
    assert sample.recorder.max_notification_id() == before


def test_a_failure_midway_through_a_meeting_records_none_of_it(register: Register):
    meeting = MeetingId.parse("2026-1")
    with pytest.raises(UnknownDecision):
        with register.new_meeting(meeting, dt.date(2026, 2, 16)) as recording:
            recording.take_decision(ids("2026-1 §03:1"), "Att fastställa.", DecisionKind.DOCUMENT)
            recording.adopt_plan(Party.RONNEBY, 2026, ids("2026-1 §03:2"))
    assert register.recorder.max_notification_id() in (None, 0)
    assert register.meetings() == []


def test_a_decision_needs_its_meeting_recorded_first(register: Register):
    with pytest.raises(UnknownMeeting, match="meeting 2026-1 is not recorded"):
        with register.recording(MeetingId.parse("2026-1")) as recording:
            recording.take_decision(ids("2026-1 §03:1"), "Att x.", DecisionKind.OTHER)


def test_a_later_meeting_fulfils_the_report_and_closes_the_referral(sample: Register, meeting_2026_1: MeetingId):
    with sample.recording(meeting_2026_1) as recording:
        recording.return_matter(item("2025-7 §13"), item("2026-1 §05"), ids("2025-7 §13:1"))
        recording.take_decision(ids("2026-1 §05:1"), "Att knyta Anna till kansliet på konsultbasis under 2026.",
                                DecisionKind.OTHER, item("2025-7 §13"), (ids("2025-7 §13:1"),))
        recording.take_decision(ids("2026-1 §06:1"), "Att lägga Karlskrona kommuns rapport till handlingarna.",
                                DecisionKind.ACKNOWLEDGEMENT, None, (ids("2025-7 §07:2"),))
        recording.fulfil(ids("2025-7 §07:2"), ids("2026-1 §06:1"), "rapport lämnad")
    assert {r["status"] for r in sample.follow_ups(dt.date(2026, 2, 15))} == {"open"}
    # Only the information item deferred to "the next meeting" is left, and that meeting has now been held.
    assert {r["source"]: r["status"] for r in sample.follow_ups(dt.date(2026, 2, 16))} == {"2025-7 deferred 1": "overdue"}
    done = sample.follow_ups(dt.date(2026, 2, 16), include_done=True)
    assert {(r["source"], r["status"], r["done_on"]) for r in done} == {
        ("2025-7 §07:2", "done", "2026-02-16"),
        ("2025-7 §13:1", "done", "2026-02-16"),
        ("2025-7 deferred 1", "overdue", None),
    }
    events = [(e["meeting"], e["event"]) for e in sample.trace(item("2025-7 §13"))["events"]]
    assert events[-2:] == [("2026-1", "returned"), ("2026-1", "decided")]


def test_fulfilling_twice_or_fulfilling_nothing_is_refused(sample: Register, meeting_2026_1: MeetingId):
    with sample.recording(meeting_2026_1) as recording:
        recording.fulfil(ids("2025-7 §07:2"))
    with pytest.raises(FollowUpAlreadyFulfilled, match="2025-7 §07:2 is already fulfilled"):
        with sample.recording(meeting_2026_1) as recording:
            recording.fulfil(ids("2025-7 §07:2"))
    with pytest.raises(UnknownFollowUp, match="no follow-up was created by 2025-7 §09:1"):
        with sample.recording(meeting_2026_1) as recording:
            recording.fulfil(ids("2025-7 §09:1"))


def test_revoking_a_plan_decision_with_a_revised_plan_supersedes_it(sample: Register, meeting_2026_1: MeetingId):
    new = ids("2026-1 §04:1")
    with sample.recording(meeting_2026_1) as recording:
        recording.take_decision(new, "Att upphäva Beslut 2025-7 §07:1 och fastställa en reviderad plan.", DecisionKind.PLAN,
                                cites=(ids("2025-7 §07:1"),))
        recording.revoke(ids("2025-7 §07:1"), new, superseded=True)
        recording.adopt_plan(Party.KARLSKRONA, 2026, new)
        recording.award_grant(Party.KARLSKRONA, 2026, 3_600_000, new)
    karlskrona = [p.json() for p in sample.plans(year=2026) if p.party == "Karlskrona kommun"]
    assert karlskrona == [{"party": "Karlskrona kommun", "year": 2026, "status": "adopted", "granted_sek": 3_600_000, "decision": "2026-1 §04:1",
                           "corrections": []}]
    before = [p for p in sample.plans(dt.date(2026, 2, 1), 2026) if p["party"] == "Karlskrona kommun"]
    assert before[0]["granted_sek"] == 3_578_000
    status = {r["id"]: r["status"] for r in sample.decisions()}
    assert status["2025-7 §07:1"] == "superseded"
    with pytest.raises(DecisionNotInForce, match="2025-7 §07:1 is already withdrawn or revoked"):
        with sample.recording(meeting_2026_1) as recording:
            recording.take_decision(ids("2026-1 §04:2"), "Att upphäva beslutet igen.", DecisionKind.REVOCATION)
            recording.revoke(ids("2025-7 §07:1"), ids("2026-1 §04:2"))


def test_a_report_delivered_stays_delivered_when_the_decision_that_took_it_is_superseded(
        sample: Register, meeting_2026_1: MeetingId):
    with sample.recording(meeting_2026_1) as recording:
        recording.take_decision(ids("2026-1 §06:1"), "Att anta Karlskrona kommuns rapport.", DecisionKind.DOCUMENT)
        recording.fulfil(ids("2025-7 §07:2"), ids("2026-1 §06:1"), "rapport lämnad")
    later = MeetingId.parse("2026-2")
    with sample.new_meeting(later, dt.date(2026, 3, 16), "Karlskrona") as recording:
        recording.take_decision(ids("2026-2 §04:1"), "Att anta en reviderad rapport, som ersätter Beslut 2026-1 §06:1.",
                                DecisionKind.DOCUMENT, cites=(ids("2026-1 §06:1"),))
        recording.revoke(ids("2026-1 §06:1"), ids("2026-2 §04:1"), superseded=True)
    done = {r["source"]: (r["status"], r["done_on"]) for r in sample.follow_ups(dt.date(2026, 4, 1), include_done=True)}
    assert done["2025-7 §07:2"] == ("done", "2026-02-16")


def test_withdrawing_the_decision_that_created_a_report_cancels_the_report(sample: Register, meeting_2026_1: MeetingId):
    with sample.recording(meeting_2026_1) as recording:
        recording.take_decision(ids("2026-1 §02:1"), "Att Beslut 2025-7 §07:2 utgår.", DecisionKind.WITHDRAWAL)
        recording.withdraw(ids("2025-7 §07:2"), ids("2026-1 §02:1"), "utgår")
    sources = {r["source"] for r in sample.follow_ups(dt.date(2026, 3, 1))}
    assert "2025-7 §07:2" not in sources
    assert "2025-7 §07:2" in {r["source"] for r in sample.follow_ups(dt.date(2026, 1, 1))}


def test_an_assignment_due_next_meeting_is_overdue_once_a_later_meeting_passes(register: Register):
    first = MeetingId.parse("2022:5")
    with register.new_meeting(first, dt.date(2022, 10, 24)) as recording:
        recording.take_decision(ids("2022:5 §04:1"), "Att ge förbundschefen i uppdrag att föreslå internkontrollplan 2023.",
                                DecisionKind.ASSIGNMENT)
        recording.give_assignment("förbundschefen", "föreslå internkontrollplan 2023", Due.parse("next-meeting"), ids("2022:5 §04:1"))
    assert register.follow_ups(dt.date(2022, 11, 1))[0]["status"] == "open"
    with register.new_meeting(MeetingId.parse("2022:6"), dt.date(2022, 12, 5)):
        pass
    assert register.follow_ups(dt.date(2022, 12, 5))[0]["status"] == "overdue"
    assert register.follow_ups(dt.date(2022, 12, 4))[0]["status"] == "open"


def test_a_hand_entry_cannot_withdraw_a_decision_not_recorded(meeting_2026_1: MeetingId, register: Register):
    with pytest.raises(UnknownDecision, match="decision 2025-7 §13:1 is not recorded"):
        with register.recording(meeting_2026_1) as recording:
            recording.take_decision(ids("2026-1 §02:1"), "Att Beslut 2025-7 §13:1 utgår.", DecisionKind.WITHDRAWAL)
            recording.withdraw(ids("2025-7 §13:1"), ids("2026-1 §02:1"), "")


def test_a_meeting_taken_up_again_cannot_correct_its_own_grant_as_a_later_meeting_would(sample: Register):
    # Its own record is fixed by a rättelse with a reason (`correct`), which the trace shows as such.
    with pytest.raises(InvalidValue, match="2025-7 §16:1 can correct only a decision of an earlier meeting, not 2025-7 §07:1"):
        with sample.recording(M2025_7) as recording:
            recording.take_decision(ids("2025-7 §16:1"), "Att rätta Beslut 2025-7 §07:1 så att beloppet blir 3 600 000 kr.",
                                    DecisionKind.CORRECTION)
            recording.correct_earlier(ids("2025-7 §07:1"), CorrectedField.AMOUNT, "3600000", ids("2025-7 §16:1"))
    assert [g.amount_sek for g in sample.grants(dt.date(2026, 12, 31)) if g.decision == "2025-7 §07:1"] == [3_578_000]
    assert "2025-7 §16:1" not in {r["id"] for r in sample.decisions()}


def test_a_decision_struck_at_its_meeting_cannot_be_revoked_there_afterwards(meeting_2026_1: MeetingId, register: Register):
    plan, revocation = ids("2026-1 §04:1"), ids("2026-1 §04:2")
    with register.recording(meeting_2026_1) as recording:
        recording.take_decision(plan, "Att fastställa Ronneby kommuns plan för 2026.", DecisionKind.PLAN)
        recording.withdraw(plan, None, "utgår")
    with pytest.raises(DecisionNotInForce, match="decision 2026-1 §04:1 is already withdrawn or revoked"):
        with register.recording(meeting_2026_1) as recording:
            recording.take_decision(revocation, "Att upphäva Beslut 2026-1 §04:1.", DecisionKind.REVOCATION)
            recording.revoke(plan, revocation)
    assert {r["id"]: r["status"] for r in register.decisions(dt.date(2026, 12, 31))} == {"2026-1 §04:1": "withdrawn"}


def test_meetings_imported_out_of_order_fold_in_decided_order(register: Register):
    later = MeetingId.parse("2026-1")
    with register.new_meeting(later, dt.date(2026, 2, 16), known_targets_only=False) as recording:
        recording.take_decision(ids("2026-1 §02:1"), "Att Beslut 2025-7 §13:1 utgår.", DecisionKind.WITHDRAWAL)
        recording.withdraw(ids("2025-7 §13:1"), ids("2026-1 §02:1"), "")
    import_sample(register, "2025-7.txt", SAMPLE_DATE)
    status = {r["id"]: r["status"] for r in register.decisions(as_of=dt.date(2026, 3, 1))}
    assert status["2025-7 §13:1"] == "withdrawn"
    assert {r["id"]: r["status"] for r in register.decisions(as_of=dt.date(2026, 1, 1))}["2025-7 §13:1"] == "in_force"


def test_verify_reads_back_every_event(sample: Register):
    counts = whole_store.verify(sample)
    assert counts["meetings"] == 1
    assert counts["events"] == sample.recorder.max_notification_id()


def test_two_secretaries_recording_at_one_meeting_at_once_lose_nothing_silently(store, meeting_2026_1: MeetingId, register: Register):
    from register.application import ConcurrentRecording

    other = Register(store)
    try:
        with pytest.raises(ConcurrentRecording, match="someone else recorded at meeting 2026-1 at the same time; try again"):
            with register.recording(meeting_2026_1) as first:
                first.take_decision(ids("2026-1 §02:1"), "Att fastställa dokumentet.", DecisionKind.DOCUMENT)
                with other.recording(meeting_2026_1) as second:
                    second.take_decision(ids("2026-1 §03:1"), "Att fastställa budgeten.", DecisionKind.DOCUMENT)
        assert [d["id"] for d in register.decisions(dt.date(2026, 12, 31))] == ["2026-1 §03:1"]
    finally:
        other.close()


def test_money_granted_without_a_plan_is_a_grant_not_a_plan_and_ends_with_its_decision(sample: Register, meeting_2026_1: MeetingId):
    grant, revocation = ids("2026-1 §08:1"), ids("2026-2 §03:1")
    with sample.recording(meeting_2026_1) as recording:
        recording.take_decision(grant, "Att bevilja Olofströms kommun 250 000 kr för en förstudie 2026.", DecisionKind.GRANT)
        recording.award_grant(Party.OLOFSTROM, 2026, 250_000, grant, "förstudie")
    meeting_2026_2 = MeetingId.parse("2026-2")
    with sample.new_meeting(meeting_2026_2, dt.date(2026, 4, 20)) as recording:
        recording.take_decision(revocation, "Att upphäva Beslut 2026-1 §08:1.", DecisionKind.REVOCATION, cites=(grant,))
        recording.revoke(grant, revocation)

    def olofstrom(day: dt.date) -> list[dict]:
        return [g.json() for g in sample.grants(day, 2026) if g.party == "Olofströms kommun"]

    assert olofstrom(dt.date(2026, 2, 15)) == []
    granted = {"party": "Olofströms kommun", "year": 2026, "decision": "2026-1 §08:1", "date": "2026-02-16",
               "amount_sek": 250_000, "purpose": "förstudie", "corrections": []}
    assert olofstrom(dt.date(2026, 3, 1)) == [{**granted, "status": "in_force"}]
    assert olofstrom(dt.date(2026, 5, 1)) == [{**granted, "status": "revoked"}]
    assert all(p["party"] != "Olofströms kommun" for day in (dt.date(2026, 3, 1), dt.date(2026, 5, 1)) for p in sample.plans(day))
