"""The board's own rules for its minutes: its full name, where its minutes are kept, and how
and by when a decision can be appealed. Recorded for the board, not read from minutes; shown
only where recorded."""

from __future__ import annotations

import datetime as dt

import attrs

from domain.board import Particulars
from projections.rows import ParticularsRow
from register.application import Register


def particulars(register: Register, as_of: dt.date | None = None, as_recorded: dt.datetime | None = None) -> Particulars:
    """As recorded at `as_recorded` (now without it), those in force on `as_of` (the last recorded without it)."""
    board = register.board_record(as_recorded)
    if board is None:
        return Particulars()
    return board.particulars if as_of is None else board.particulars_on(as_of)


def row(register: Register, found: Particulars) -> ParticularsRow:
    return ParticularsRow(register.board, **attrs.asdict(found))


def set_particulars(register: Register, full_name: str | None = None, kept_at: str | None = None,
                    appeal: str | None = None, appeal_weeks: int | None = None) -> Particulars:
    """Each one given replaces the one recorded (an empty text takes it out); the others stay.
    An appeal text given empty takes its weeks out with it."""
    with register.recording_board() as board:
        was = board.particulars
        weeks = None if appeal == "" and appeal_weeks is None else appeal_weeks if appeal_weeks is not None else was.appeal_weeks
        changed = Particulars(was.full_name if full_name is None else full_name, was.kept_at if kept_at is None else kept_at,
                              was.appeal if appeal is None else appeal, weeks)
        board.set_particulars(changed)
    return board.particulars


def appeal_by(found: Particulars, posted: str | None) -> str | None:
    """The last day an appeal can be made: the weeks the rules give, from the day the notice of
    the justering went up; None where the rules give none or the notice has not gone up."""
    if found.appeal_weeks is None or not posted:
        return None
    return (dt.date.fromisoformat(posted) + dt.timedelta(weeks=found.appeal_weeks)).isoformat()
