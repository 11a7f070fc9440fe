"""The board itself, beside its meetings: who its parties are, the goals its operating plan
sets for a year, and what its annual report says each project spent. Each is recorded as an
event of the board's own aggregate; the register computes representation and outcomes from
them and from what the meetings hold."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from uuid import NAMESPACE_URL, UUID, uuid5

import attrs
from eventsourcing.domain import Aggregate, event

from domain.errors import AlreadyMatched, DocumentAlreadyImported, InvalidValue, PartiesRefused, UnknownProject
from domain.ids import DecisionId
from domain.topics import NamedEvent
from domain.values import fold, plain

TOPIC = "beslutsregister:Board"


def board_uuid(board: str) -> UUID:
    return uuid5(NAMESPACE_URL, f"beslutsregister/{board}/board")


def board_named(given: str, recorded: Iterable[str]) -> str:
    """The board a name given on the command line means: a recorded board whose name differs
    only in letter case or spacing, in the spelling it was first recorded under; else the name
    itself, its spacing tidied.

    Not refused: a secretary who types "finsam blekinge" means the board she records in, never
    a second board beside it, and the store already knows which one that is. Not a second
    board either: its meetings would have other ids (`meeting_uuid` hashes the name), so a
    meeting recorded twice would go unnoticed and each board's register would show half."""
    tidied = " ".join(given.split())
    if given in recorded:
        return given
    return next((name for name in recorded if " ".join(name.split()).casefold() == tidied.casefold()), tidied)


class GoalKind(enum.StrEnum):
    PARTY = "party"
    """One party's share of board meetings with a serving representative (PR:3 … PR:10)."""
    QUORUM = "quorum"
    """At least so many parties represented at every meeting (PR:2)."""
    ELSEWHERE = "elsewhere"
    """Followed up elsewhere: a survey index, a financial goal."""


@attrs.frozen
class Span:
    """A goal's target span as written ("80-100 %", "100 %", "5,0-6,5")."""

    low: float
    high: float
    percent: bool

    def holds(self, value: float) -> bool:
        return self.low <= value <= self.high


@attrs.frozen
class Goal:
    ident: str
    wording: str
    kind: GoalKind = attrs.field(converter=GoalKind)
    target: str = ""
    """The span as the document writes it; empty for a goal without one."""
    party: str = ""
    least: int = 0
    """For a quorum goal: how many parties."""
    low: float | None = None
    high: float | None = None

    @property
    def span(self) -> Span | None:
        if self.low is None or self.high is None:
            return None
        return Span(self.low, self.high, "%" in self.target)


@attrs.frozen
class ReportedOutcome:
    """One row of an annual report's project follow-up: the frame granted, the outcome, the difference."""

    project: str
    frame: int
    outcome: int
    difference: int
    line: int
    """Where the row stands in the document."""


class BoardEvent(NamedEvent):
    """Something recorded for the board itself."""

    PREFIX = TOPIC


class PartiesSet(BoardEvent):
    parties: tuple[str, ...]
    source: str
    """Where the list came from: typed by the secretary, or a goals document."""

    def apply(self, board: Board) -> None:
        board.parties = self.parties
        board.party_lists.append((self.timestamp.date(), self.parties))


class GoalsAdopted(BoardEvent):
    year: int
    goals: tuple[Goal, ...]
    document: str
    digest: str

    def apply(self, board: Board) -> None:
        board.goals[self.year] = self.goals
        board.documents.add(self.digest)


class OutcomeReported(BoardEvent):
    year: int
    outcome: ReportedOutcome
    document: str
    digest: str

    def apply(self, board: Board) -> None:
        if self.year not in board.outcomes or board.outcome_documents.get(self.year) != self.digest:
            board.outcomes[self.year] = []  # a later report for the year replaces the earlier one
            board.outcome_documents[self.year] = self.digest
        board.outcomes[self.year].append(self.outcome)
        board.documents.add(self.digest)


class OutcomeMatched(BoardEvent):
    """The secretary says which decision granted a reported project's money."""

    project: str
    decision: DecisionId

    def apply(self, board: Board) -> None:
        board.matches.setdefault(fold(self.project), []).append(self.decision)


@attrs.frozen
class Particulars:
    """What the board's own rules say of its minutes, for the anslagstavla and the extract."""

    full_name: str = ""
    """The förbund's full name (`Samordningsförbundet i Blekinge län`); "" for the board's name."""
    kept_at: str = ""
    """Where the minutes are kept, where the minutes themselves do not say."""
    appeal: str = ""
    """How a decision can be appealed (`laglighetsprövning enligt 13 kap. kommunallagen`); "" where the rules say nothing."""
    appeal_weeks: int | None = None
    """Within how many weeks of the day the notice of the justering went up."""


class ParticularsSet(BoardEvent):
    particulars: Particulars

    def apply(self, board: Board) -> None:
        board.particulars = self.particulars
        board.particulars_recorded.append((self.timestamp.date(), self.particulars))


class Board(Aggregate):
    TOPIC = TOPIC

    class Created(Aggregate.Created):
        TOPIC = f"{TOPIC}.Created"

    class Registered(Aggregate.Created):
        TOPIC = f"{TOPIC}.Registered"
        board: str

    @staticmethod
    def create_id(board: str) -> UUID:
        return board_uuid(board)

    @event(Registered)
    def __init__(self, board: str) -> None:
        self.board = board
        self.parties: tuple[str, ...] = ()
        self.party_lists: list[tuple[dt.date, tuple[str, ...]]] = []
        """Each list with the day (UTC) it was recorded, the day its event was made."""
        self.goals: dict[int, tuple[Goal, ...]] = {}
        self.outcomes: dict[int, list[ReportedOutcome]] = {}
        self.outcome_documents: dict[int, str] = {}
        self.matches: dict[str, list[DecisionId]] = {}
        self.documents: set[str] = set()
        self.particulars = Particulars()
        self.particulars_recorded: list[tuple[dt.date, Particulars]] = []

    def parties_on(self, day: dt.date) -> tuple[str, ...]:
        """The parties as of `day`: the list recorded last by then. A list has no date but the
        day it was recorded, and before the first one the register knows of no other, so the
        first list also stands for the time before it."""
        lists = [parties for recorded, parties in self.party_lists if recorded <= day] or [p for _, p in self.party_lists[:1]]
        return tuple(lists[-1]) if lists else ()

    def particulars_on(self, day: dt.date) -> Particulars:
        """The particulars as of `day`, read as the party lists are (`parties_on`): those recorded
        last by then, the first standing for the time before it."""
        recorded = [p for on, p in self.particulars_recorded if on <= day] or [p for _, p in self.particulars_recorded[:1]]
        return recorded[-1] if recorded else Particulars()

    def set_parties(self, parties: tuple[str, ...], source: str = "") -> None:
        names = tuple(" ".join(plain(name, "a party's name").split()) for name in parties)
        if not names or not all(names):
            raise PartiesRefused("give the board's parties by name, e.g. \"Region Blekinge\" \"Försäkringskassan\"")
        twice = [name for i, name in enumerate(names) if fold(name) in {fold(n) for n in names[:i]}]
        if twice:
            raise PartiesRefused(f"the party {twice[0]!r} is named twice", twice=twice[0])
        self.trigger_event(PartiesSet, parties=names, source=source)

    def set_particulars(self, particulars: Particulars) -> None:
        def tidy(text: str, what: str) -> str:
            return " ".join(plain(text, what).split())

        tidied = Particulars(tidy(particulars.full_name, "the board's full name"),
                             tidy(particulars.kept_at, "where the minutes are kept"),
                             tidy(particulars.appeal, "how a decision is appealed"), particulars.appeal_weeks)
        weeks = tidied.appeal_weeks
        if weeks is not None and (isinstance(weeks, bool) or not 1 <= weeks <= 52):
            raise InvalidValue(f"an appeal's time is 1 to 52 weeks, not {weeks}")
        if (weeks is None) != (not tidied.appeal):
            raise InvalidValue("say both how a decision is appealed and within how many weeks of the anslag, or neither")
        if tidied == self.particulars:
            raise InvalidValue("the board's particulars are already recorded so: nothing to change")
        self.trigger_event(ParticularsSet, particulars=tidied)

    def adopt_goals(self, year: int, goals: tuple[Goal, ...], document: str, digest: str) -> None:
        self._check_new_document(document, digest)
        if not goals:
            raise InvalidValue(f"{document}: no goals to record")
        self.trigger_event(GoalsAdopted, year=year, goals=goals, document=document, digest=digest)

    def report_outcomes(self, year: int, outcomes: tuple[ReportedOutcome, ...], document: str, digest: str) -> None:
        self._check_new_document(document, digest)
        if not outcomes:
            raise InvalidValue(f"{document}: no project rows to record")
        for outcome in outcomes:
            self.trigger_event(OutcomeReported, year=year, outcome=outcome, document=document, digest=digest)

    def check_reported(self, project: str) -> str:
        """The project as the report names it; refused when no report names it."""
        reported = {fold(o.project): o.project for rows in self.outcomes.values() for o in rows}
        if fold(project) not in reported:
            raise UnknownProject(project, tuple(sorted(reported.values())))
        return reported[fold(project)]

    def match_outcome(self, project: str, decision: DecisionId) -> None:
        named = self.check_reported(project)
        if decision in self.matches.get(fold(project), []):
            raise AlreadyMatched(named, decision)
        self.trigger_event(OutcomeMatched, project=named, decision=decision)

    def _check_new_document(self, document: str, digest: str) -> None:
        if digest in self.documents:
            raise DocumentAlreadyImported(document)
