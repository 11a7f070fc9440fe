from __future__ import annotations

import pytest

from domain.errors import InvalidValue
from domain.ids import DecisionId, ItemRef, MeetingId


def test_a_decision_id_is_printed_with_a_two_digit_item():
    assert str(DecisionId.parse("2025-7 §7:1")) == "2025-7 §07:1"


def test_short_and_padded_item_numbers_name_the_same_decision():
    assert DecisionId.parse("2025-7 §7:1") == DecisionId.parse("Beslut 2025-7 §07:1")


def test_meetings_written_with_colon_or_dash_are_the_same_meeting():
    assert MeetingId.parse("2022:5") == MeetingId.parse("2022-5")
    assert str(MeetingId.parse("2022:5")) == "2022:5"
    assert MeetingId.parse("2022:5").key == MeetingId.parse("2022-5").key


@pytest.mark.parametrize("text", ["2025-7 §0X:1", "2025-7", "§07:1", "2025-7 §07", "2025-7 §07:", "x 2025-7 §07:1"])
def test_malformed_decision_ids_are_refused_naming_the_text(text):
    with pytest.raises(InvalidValue, match="malformed decision id"):
        DecisionId.parse(text)


@pytest.mark.parametrize("text", ["2025", "25-7", "2025-x", "2025-100"])
def test_malformed_meeting_ids_are_refused(text):
    with pytest.raises(InvalidValue):
        MeetingId.parse(text)


def test_an_agenda_item_names_its_meeting():
    assert ItemRef.parse("2025-7 §13").meeting == MeetingId.parse("2025-7")
    assert str(ItemRef.parse("2025-7 §13")) == "2025-7 §13"


def test_decisions_sort_in_meeting_item_and_number_order():
    shuffled = ["2025-7 §13:2", "2025-10 §01:1", "2025-7 §07:1", "2024-8 §20:1", "2025-7 §13:1"]
    ordered = sorted(DecisionId.parse(t) for t in shuffled)
    assert [str(d) for d in ordered] == ["2024-8 §20:1", "2025-7 §07:1", "2025-7 §13:1", "2025-7 §13:2", "2025-10 §01:1"]
    assert [d.sort_key for d in ordered] == sorted(d.sort_key for d in ordered)
