"""Withholding from publication: a decision or an agenda item of the meeting, with a reason,
allowed on sealed minutes (it does not change them), and undone by publishing again."""

from __future__ import annotations

import pytest

from domain.errors import InvalidValue, MeetingMismatch, UnknownDecision
from domain.ids import DecisionId, ItemRef
from domain.values import DecisionKind, Due
from tests.domain.test_meeting import D071, new_meeting


def sealed_meeting_with_one_decision():
    meeting = new_meeting()
    meeting.take_decision(D071, "Att anställa N.N. som projektledare.", DecisionKind.OTHER)
    meeting.seal(("Johanna Månsson",))
    meeting.collect_events()
    return meeting


def test_a_decision_of_sealed_minutes_can_be_withheld_and_published_again():
    meeting = sealed_meeting_with_one_decision()
    meeting.withhold(D071, "  personuppgifter\n ")
    meeting.publish(D071)
    events = meeting.collect_events()
    assert [type(e).__name__ for e in events] == ["PublicationWithheld", "PublicationRestored"]
    assert (events[0].ref, events[0].reason) == (D071, "personuppgifter")
    assert meeting.unpublished == {}


def test_a_whole_agenda_item_with_a_decision_can_be_withheld():
    meeting = sealed_meeting_with_one_decision()
    meeting.withhold(ItemRef.parse("2025-7 §7"), "namn")
    assert meeting.unpublished == {ItemRef.parse("2025-7 §7"): "namn"}


def test_an_agenda_item_without_a_decision_can_be_withheld():
    """An item put forward and deferred, or only put forward for information, has no decision
    and may still name someone: it can be withheld all the same."""
    meeting = new_meeting()
    deferred, informed = ItemRef.parse("2025-7 §10"), ItemRef.parse("2025-7 §11")
    meeting.put_forward(deferred, "Ansökan från N.N.")
    meeting.defer(deferred, "Ansökan från N.N.", Due.parse("next-meeting"))
    meeting.put_forward(informed, "Information om N.N.")
    meeting.seal(("Johanna Månsson",))
    meeting.withhold(deferred, "personuppgifter")
    meeting.withhold(informed, "personuppgifter")
    assert meeting.unpublished == {deferred: "personuppgifter", informed: "personuppgifter"}


def test_an_item_deferred_under_its_own_heading_without_being_put_forward_can_be_withheld():
    meeting = new_meeting()
    item = ItemRef.parse("2025-7 §12")
    meeting.defer(item, "Ärendet om N.N.", Due.parse("next-meeting"))
    meeting.withhold(item, "personuppgifter")
    assert item in meeting.unpublished


@pytest.mark.parametrize(("ref", "reason", "error", "said"), [
    (D071, " ", InvalidValue, "needs a reason"),
    (DecisionId.parse("2025-7 §08:1"), "x", UnknownDecision, "decision 2025-7 §08:1 is not recorded at meeting 2025-7"),
    (ItemRef.parse("2025-7 §9"), "x", UnknownDecision, "nothing is recorded under the agenda item 2025-7 §09"),
    (DecisionId.parse("2026-1 §07:1"), "x", MeetingMismatch, "2026-1 §07:1 does not belong to meeting 2025-7"),
])
def test_withholding_what_is_not_here_or_without_a_reason_is_refused(ref, reason, error, said):
    meeting = sealed_meeting_with_one_decision()
    with pytest.raises(error, match=said):
        meeting.withhold(ref, reason)
    assert meeting.collect_events() == []


def test_withholding_twice_or_publishing_what_is_not_withheld_is_refused():
    meeting = sealed_meeting_with_one_decision()
    with pytest.raises(InvalidValue, match="is not withheld from publication"):
        meeting.publish(D071)
    meeting.withhold(D071, "personuppgifter")
    with pytest.raises(InvalidValue, match=r"already withheld from publication \(personuppgifter\)"):
        meeting.withhold(D071, "igen")
