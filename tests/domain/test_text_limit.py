"""The limit on a text's length holds each text on its own: a review of many changes, or a
long corrected text with its reason, is not refused for their sum."""

from __future__ import annotations

import pytest

from domain.corrections import CorrectedField
from domain.errors import InvalidValue
from domain.text import LONGEST_TEXT
from domain.values import DecisionKind
from tests.domain.test_meeting import D071, new_meeting


def test_a_review_whose_changes_together_run_longer_than_one_text_is_recorded():
    meeting = new_meeting()
    meeting.take_decision(D071, "Att fastställa planen.", DecisionKind.PLAN)
    changes = tuple(f"decision 2025-7 §{n:02}:1: its text changed to the minutes' own wording, " + "ord " * 50
                    for n in range(1, 200))
    assert sum(map(len, changes)) > LONGEST_TEXT
    meeting.review("Johanna Månsson", "ab" * 32, changes)
    meeting.mark_reviewed(D071, "Johanna Månsson", False, changes)
    assert [type(e).__name__ for e in meeting.collect_events()][-2:] == ["Reviewed", "DecisionReviewed"]


def test_a_corrected_text_as_long_as_one_text_may_be_is_recorded_with_its_reason():
    meeting = new_meeting()
    meeting.take_decision(D071, "Att fastställa planen.", DecisionKind.PLAN)
    meeting.correct(D071, CorrectedField.TEXT, "Att " + "å" * (LONGEST_TEXT - 4), "skrivfel i protokollet")
    assert type(meeting.collect_events()[-1]).__name__ == "Corrected"


def test_one_change_of_a_review_longer_than_a_text_may_be_is_refused():
    meeting = new_meeting()
    with pytest.raises(InvalidValue, match="the review of meeting 2025-7 is 20 001 characters long, more than the 20 000"):
        meeting.review("Johanna Månsson", "ab" * 32, ("x" * (LONGEST_TEXT + 1),))
