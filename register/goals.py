"""The board's own follow-up: its parties, its representation goals against the attendance the
minutes record, and the money granted against what the annual report says was spent."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import attrs

from domain.board import Board, Goal, GoalKind, ReportedOutcome
from domain.errors import DocumentAlreadyImported, InvalidValue
from domain.ids import DecisionId
from domain.values import DecisionStatus, fold
from projections import outcomes as money, representation as attendance
from projections.outcomes import OtherYearGrants, PinnedToAnotherYear
from projections.rows import OutcomeRow, PartyRow, RepresentationRow
from register.application import Register
from register.documents.goals import parse_goals, parties_named
from register.documents.outcomes import parse_outcomes
from register.documents.reading import read_document


class NothingRecorded(InvalidValue):
    """What is asked for is not recorded yet (the parties, a year's outcomes)."""


class NotAGrantDecision(InvalidValue):
    """Raised when a reported project is pinned to a decision that grants no money in the register."""

    def __init__(self, decision: DecisionId) -> None:
        super().__init__(f"decision {decision} grants no money in the register; match a project to a grant decision")
        self.decision = decision


@attrs.frozen
class Imported:
    """What an import of a board document recorded (or would record, in a dry run)."""

    document: str
    year: int
    goals: tuple[Goal, ...] = ()
    outcomes: tuple[ReportedOutcome, ...] = ()
    parties: tuple[str, ...] = ()
    """Parties recorded from the document, when the board had none."""
    dry_run: bool = False
    other_years: tuple[OtherYearGrants, ...] = ()
    """Projects of the report whose only grants in the register are of other years: recorded, with a warning."""


def parties(register: Register, as_of: dt.date | None = None, as_recorded: dt.datetime | None = None) -> list[PartyRow]:
    """The board's parties as of a date (the list recorded last by then, `Board.parties_on`), as
    recorded at an instant; without a date, the list recorded last."""
    return [PartyRow(party) for party in _parties(register.board_record(as_recorded), as_of)]


def _parties(board: Board | None, as_of: dt.date | None) -> tuple[str, ...]:
    if board is None:
        return ()
    return board.parties if as_of is None else board.parties_on(as_of)


def set_parties(register: Register, names: tuple[str, ...]) -> tuple[str, ...]:
    with register.recording_board() as board:
        board.set_parties(names, "typed")
    return board.parties


def import_goals(register: Register, path: Path, year: int, dry_run: bool = False) -> Imported:
    text, digest = read_document(path)
    board = register.board_record()
    known = board.parties if board else ()
    goals = parse_goals(text, path.name, year, known)
    named = () if known else parties_named(goals)
    if dry_run:
        _check_new(board, path.name, digest)
        return Imported(path.name, year, goals=goals, parties=named, dry_run=True)
    with register.recording_board() as recording:
        if named:
            recording.set_parties(named, f"named by the goals of {path.name}")
        recording.adopt_goals(year, goals, path.name, digest)
    return Imported(path.name, year, goals=goals, parties=named)


def import_outcomes(register: Register, path: Path, year: int, dry_run: bool = False) -> Imported:
    text, digest = read_document(path)
    rows = parse_outcomes(text, path.name, year)
    if dry_run:
        _check_new(register.board_record(), path.name, digest)
        return Imported(path.name, year, outcomes=rows, dry_run=True,
                        other_years=tuple(other_year_grants(register, year, reported=rows)))
    with register.recording_board() as board:
        board.report_outcomes(year, rows, path.name, digest)
    return Imported(path.name, year, outcomes=rows, other_years=tuple(other_year_grants(register, year)))


def _check_new(board: Board | None, document: str, digest: str) -> None:
    if board is not None and digest in board.documents:
        raise DocumentAlreadyImported(document)


def match_outcome(register: Register, project: str,
                  decision: DecisionId) -> tuple[list[OtherYearGrants], list[PinnedToAnotherYear]]:
    """Pins the project to the decision; the project first, then the decision, must be known.
    Returns, for each year the project is reported, whether its grants are all of other years,
    and else whether this decision's money is for none of those years."""
    with register.recording_board() as board:
        board.check_reported(project)
        if not any(DecisionId.parse(g.decision).key == decision.key for g in register.grants(dt.date.max)):
            raise NotAGrantDecision(decision)
        board.match_outcome(project, decision)
    years = sorted(year for year, rows in board.outcomes.items() if any(fold(r.project) == fold(project) for r in rows))
    only = [found for year in years for found in other_year_grants(register, year) if fold(found.project) == fold(project)]
    pins = [pin for year in years for pin in pinned_to_other_years(register, year)
            if fold(pin.project) == fold(project) and DecisionId.parse(pin.decision).key == decision.key]
    return only, pins


def other_year_grants(register: Register, year: int, as_of: dt.date | None = None,
                      reported: Sequence[ReportedOutcome] | None = None,
                      as_recorded: dt.datetime | None = None) -> list[OtherYearGrants]:
    """The projects reported for `year` (or about to be: `reported`) whose grants in the register
    are all of other years, so that the outcomes of `year` count none of them."""
    board = register.board_record(as_recorded)
    rows = reported if reported is not None else (board.outcomes.get(year, []) if board else [])
    grants = [g for g in register.grants(as_of, None, as_recorded) if g.status == DecisionStatus.IN_FORCE]
    texts = {d.id: d.text for d in register.decisions(as_of, as_recorded=as_recorded)}
    return money.other_year_grants(year, rows, grants, texts, board.matches if board else {})


def pinned_to_other_years(register: Register, year: int, as_of: dt.date | None = None,
                          as_recorded: dt.datetime | None = None) -> list[PinnedToAnotherYear]:
    """The projects reported for `year` pinned to a decision whose money is for other years only
    (those whose every grant is of another year are `other_year_grants`, said once)."""
    board = register.board_record(as_recorded)
    rows = board.outcomes.get(year, []) if board else []
    grants = [g for g in register.grants(as_of, None, as_recorded) if g.status == DecisionStatus.IN_FORCE]
    only = other_year_grants(register, year, as_of, as_recorded=as_recorded)
    return money.pinned_to_other_years(year, rows, grants, board.matches if board else {}, only)


# Under --as-of, a year's goals and reported outcomes (and a project pinned to its decision)
# count for the year they concern whatever the date, as a correction does: the date moves what
# they are compared with, the meetings held and the money granted by then. A party list has no
# date but the day it was recorded (`Board.parties_on`).


def representation(register: Register, year: int, as_of: dt.date | None = None,
                   as_recorded: dt.datetime | None = None) -> list[RepresentationRow]:
    board = register.board_record(as_recorded)
    parties = _parties(board, as_of)
    if board is None or not parties:
        raise NothingRecorded("the board's parties are not recorded" + (f" at {as_recorded.isoformat()}" if as_recorded else "")
                              + ": record them with register parties set \"Region Blekinge\" \"Försäkringskassan\" …, "
                              "or import the goals")
    held = [m for m in register.meetings(as_recorded, as_of=as_of or dt.date.today()) if m.date.startswith(f"{year}-")]
    return attendance.representation(held, parties, board.goals.get(year, ()))


def followed_up_elsewhere(register: Register, year: int, as_recorded: dt.datetime | None = None) -> list[Goal]:
    board = register.board_record(as_recorded)
    return [g for g in (board.goals.get(year, ()) if board else ()) if g.kind is GoalKind.ELSEWHERE]


def outcomes(register: Register, year: int, as_of: dt.date | None = None,
             as_recorded: dt.datetime | None = None) -> list[OutcomeRow]:
    board = register.board_record(as_recorded)
    reported = board.outcomes.get(year) if board else None
    if not reported:
        raise NothingRecorded(f"no project outcomes are reported for {year}" + (f" at {as_recorded.isoformat()}" if as_recorded else "")
                              + f": import them with register import-outcomes FILE --year {year}")
    grants = [g for g in register.grants(as_of, year, as_recorded) if g.status == DecisionStatus.IN_FORCE]
    texts = {d.id: d.text for d in register.decisions(as_of, as_recorded=as_recorded)}
    return money.outcomes(year, reported, grants, texts, board.matches if board else {})
