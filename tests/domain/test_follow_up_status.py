"""Where a follow-up stands on a day is decided in one place, from typed values."""

from __future__ import annotations

import datetime as dt

from domain.values import Due, FollowUpStatus

OPENED = dt.date(2026, 2, 16)
APRIL = dt.date(2026, 4, 20)


def on(day: str, due: str | None, done: bool = False, held: tuple[dt.date, ...] = ()) -> FollowUpStatus:
    closed = FollowUpStatus.DONE if done else FollowUpStatus.OPEN
    return FollowUpStatus.on(dt.date.fromisoformat(day), closed, Due.parse(due), OPENED, held)


def test_a_follow_up_due_in_a_month_is_open_to_its_last_day_and_overdue_after():
    assert on("2026-05-31", "2026-05") is FollowUpStatus.OPEN
    assert on("2026-06-01", "2026-05") is FollowUpStatus.OVERDUE


def test_a_follow_up_due_on_a_date_is_overdue_the_day_after():
    assert on("2026-03-31", "2026-03-31") is FollowUpStatus.OPEN
    assert on("2026-04-01", "2026-03-31") is FollowUpStatus.OVERDUE


def test_one_due_at_the_next_meeting_is_overdue_once_a_later_meeting_was_held_without_it():
    assert on("2026-04-19", "next-meeting", held=(OPENED, APRIL)) is FollowUpStatus.OPEN
    assert on("2026-04-20", "next-meeting", held=(OPENED, APRIL)) is FollowUpStatus.OVERDUE


def test_one_without_a_due_is_never_overdue():
    assert on("2030-01-01", None, held=(APRIL,)) is FollowUpStatus.OPEN


def test_a_done_follow_up_is_done_however_late():
    assert on("2030-01-01", "2026-05", done=True) is FollowUpStatus.DONE


def test_a_follow_up_written_off_stays_written_off_whatever_its_due():
    written_off = FollowUpStatus.on(dt.date(2026, 12, 1), FollowUpStatus.WRITTEN_OFF, Due.parse("2026-05"), OPENED, ())
    assert written_off is FollowUpStatus.WRITTEN_OFF
