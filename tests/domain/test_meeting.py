from __future__ import annotations

import datetime as dt

import pytest

from domain.corrections import CorrectedField, MeetingRecord
from domain.errors import (
    DecisionNotInForce,
    DuplicateDecision,
    FollowUpAlreadyFulfilled,
    InvalidValue,
    MeetingMismatch,
    UnknownDecision,
)
from domain.ids import DecisionId, ItemRef, MeetingId
from domain.meeting import Meeting, NoOtherMeetings
from domain.values import DecisionKind, Due, Party

D071 = DecisionId.parse("2025-7 §07:1")
D072 = DecisionId.parse("2025-7 §07:2")


def new_meeting() -> Meeting:
    return Meeting(
        board="FINSAM Blekinge", meeting=MeetingId.parse("2025-7"), held_on=dt.date(2025, 12, 8),
        place="", attendance=(), justerare=("Johanna Månsson",),
    )


def test_a_meeting_records_its_decisions_as_past_tense_events():
    meeting = new_meeting()
    meeting.take_decision(D071, "Att fastställa planen.", DecisionKind.PLAN)
    meeting.adopt_plan(Party.KARLSKRONA, 2026, D071)
    names = [type(e).__name__ for e in meeting.collect_events()]
    assert names == ["Recorded", "DecisionTaken", "PlanAdopted"]


def test_a_decision_belongs_to_its_own_agenda_item_unless_told_otherwise():
    meeting = new_meeting()
    meeting.take_decision(D071, "Att fastställa planen.", DecisionKind.PLAN)
    taken = meeting.collect_events()[-1]
    assert taken.matter == ItemRef.parse("2025-7 §07")


def test_the_same_decision_id_cannot_be_taken_twice():
    meeting = new_meeting()
    meeting.take_decision(D071, "Att fastställa planen.", DecisionKind.PLAN)
    with pytest.raises(DuplicateDecision, match="2025-7 §07:1 is already recorded"):
        meeting.take_decision(D071, "Att något annat.", DecisionKind.OTHER)


def test_a_decision_of_another_meeting_is_refused():
    meeting = new_meeting()
    with pytest.raises(MeetingMismatch, match="2025-6 §03 does not belong to meeting 2025-7"):
        meeting.take_decision(DecisionId.parse("2025-6 §03:1"), "Att x.", DecisionKind.OTHER)


def test_effects_need_a_decision_of_the_meeting():
    meeting = new_meeting()
    with pytest.raises(UnknownDecision, match="2025-7 §07:1 is not recorded"):
        meeting.adopt_plan(Party.KARLSKRONA, 2026, D071)


def test_a_struck_decision_cannot_be_struck_again():
    meeting = new_meeting()
    meeting.take_decision(D071, "Att detta beslut utgår.", DecisionKind.WITHDRAWAL)
    meeting.withdraw(D071, None, "utgår")
    with pytest.raises(DecisionNotInForce, match="already withdrawn"):
        meeting.withdraw(D071, None, "utgår")


def test_a_grant_must_be_whole_positive_kronor():
    meeting = new_meeting()
    meeting.take_decision(D071, "Att bevilja medel.", DecisionKind.GRANT)
    for bad in (-1, 0, 10.5):
        with pytest.raises(InvalidValue, match="kronor"):
            meeting.award_grant(Party.KARLSKRONA, 2026, bad, D071)  # type: ignore[arg-type]


def test_a_follow_up_is_fulfilled_only_once_per_meeting():
    meeting = new_meeting()
    meeting.take_decision(D072, "Att Karlskrona kommun ska rapportera.", DecisionKind.REPORT)
    meeting.require_report(Party.KARLSKRONA, "läget", Due.parse("2026-05"), D072)
    meeting.fulfil(D072, None, "")
    with pytest.raises(FollowUpAlreadyFulfilled):
        meeting.fulfil(D072, None, "")


def test_a_refused_command_records_no_event():
    meeting = new_meeting()
    with pytest.raises(UnknownDecision):
        meeting.withdraw(D071, None, "utgår")
    assert [type(e).__name__ for e in meeting.collect_events()] == ["Recorded"]


def test_a_struck_decision_cannot_then_be_revoked_at_the_same_meeting():
    meeting = new_meeting()
    meeting.take_decision(D071, "Att fastställa planen.", DecisionKind.PLAN)
    meeting.take_decision(D072, "Att upphäva Beslut 2025-7 §07:1.", DecisionKind.REVOCATION)
    meeting.withdraw(D071, None, "utgår")
    with pytest.raises(DecisionNotInForce, match="decision 2025-7 §07:1 is already withdrawn or revoked"):
        meeting.revoke(D071, D072)


class KnowsItsOwnRecord(NoOtherMeetings):
    """The register as it answers once the meeting is recorded: it holds the meeting's own decisions too."""

    def __init__(self, record: MeetingRecord) -> None:
        self.record = record

    def record_of(self, decision: DecisionId) -> MeetingRecord:
        return self.record


def test_a_meeting_corrects_its_own_decisions_only_by_rattelse_never_as_a_later_meeting():
    meeting = new_meeting()
    meeting.take_decision(D071, "Att bevilja Karlskrona kommun 300 000 kr.", DecisionKind.GRANT)
    meeting.award_grant(Party.KARLSKRONA, 2026, 300_000, D071)
    meeting.take_decision(D072, "Att rätta Beslut 2025-7 §07:1 så att beloppet blir 350 000 kr.", DecisionKind.CORRECTION)
    meeting.among(KnowsItsOwnRecord(meeting.recorded))
    with pytest.raises(InvalidValue, match="2025-7 §07:2 can correct only a decision of an earlier meeting, not 2025-7 §07:1"):
        meeting.correct_earlier(D071, CorrectedField.AMOUNT, "350000", D072)
    assert "Corrected" not in [type(e).__name__ for e in meeting.collect_events()]
