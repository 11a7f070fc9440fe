"""The board's parties as of a date: a party list carries no date but the day it was recorded."""

from __future__ import annotations

import datetime as dt

import pytest

from domain.board import Board, PartiesSet

FIRST = ("Norrby kommun", "Försäkringskassan", "Region Exempel")
LATER = ("Norrby kommun", "Region Exempel")


def set_on(monkeypatch: pytest.MonkeyPatch, board: Board, day: dt.date, parties: tuple[str, ...]) -> None:
    """Records a party list as if on `day` (late in the evening, UTC)."""
    evening = dt.datetime.combine(day, dt.time(23, 30), dt.timezone.utc)
    monkeypatch.setattr(PartiesSet, "create_timestamp", staticmethod(lambda: evening))
    board.set_parties(parties)


@pytest.fixture
def board(monkeypatch: pytest.MonkeyPatch) -> Board:
    board = Board("Exempeldalen")
    set_on(monkeypatch, board, dt.date(2026, 3, 1), FIRST)
    set_on(monkeypatch, board, dt.date(2027, 6, 1), LATER)
    return board


def test_the_parties_as_of_a_date_are_the_list_recorded_last_by_that_day(board):
    assert board.parties_on(dt.date(2027, 5, 31)) == FIRST
    assert board.parties_on(dt.date(2027, 6, 1)) == LATER
    assert board.parties == LATER


def test_before_the_first_list_was_recorded_the_first_list_stands_for_the_board(board):
    assert board.parties_on(dt.date(2022, 12, 31)) == FIRST


def test_a_board_without_a_list_of_parties_has_none_on_any_day():
    assert Board("Exempeldalen").parties_on(dt.date(2027, 1, 1)) == ()
