"""The register's use cases: record what a board did, and read the views back."""

from __future__ import annotations

import datetime as dt
import getpass
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from eventsourcing.application import AggregateNotFoundError, Application
from eventsourcing.persistence import IntegrityError, JSONTranscoder

from domain.board import Board, board_uuid
from domain.errors import HistoryBroken, InvalidValue, MeetingAlreadyRecorded, RegisterError, UnknownMeeting
from domain.ids import DecisionId, ItemRef, MeetingId
from domain.meeting import Meeting, meeting_uuid
from domain.values import Attendee, check_meeting_date, plain
from projections import queries, search
from projections.catchup import Progress
from projections.sql import DiskFull, SQLiteDatabase, StoreBusy, busy_when_locked, refused_when_full
from projections.read_model import ProjectionFailed, ReadModel
from projections.rows import AttendanceRow, DecisionRow, FollowUpRow, GrantRow, MeetingRow, PlanRow, SearchHit, WithheldRow
from projections.event_rows import EventRows
from register.known import Known
from register.ledger import Breach, Ledger
from register.storage import Store
from register.transcodings import EventDecoder, register_all
from register.withholdings import Withholdings

DEFAULT_BOARD = "FINSAM Blekinge"
_FREE_SPACE = "free some space on it and try again"


class BoardNotChosen(RegisterError):
    """Raised when a store holds several boards and no `--board` says which one."""


class UnknownBoard(RegisterError):
    """Raised when reading the register of a board the store holds none of (a mistyped `--board`)."""


class ConcurrentRecording(RegisterError):
    """Raised when another writer recorded at the same meeting first; nothing of ours was saved."""


class Register(Application):
    name = "Register"

    def __init__(self, store: Store, board: str = DEFAULT_BOARD, actor: str | None = None) -> None:
        # Opened first: on PostgreSQL it creates the schema the event store's tables go in.
        self.store = store
        self.database = store.database()
        self.closed = False
        self.scratch: tempfile.TemporaryDirectory[str] | None = None
        self.notices: list[str] = []
        """What the user should know that is not the answer: a repair made on the way, views behind."""
        with self.database.setting_up():
            super().__init__(env=store.eventsourcing_env())
            self.read_model = self._views()
        self.actor = plain(actor or default_actor(), "who is recording (--actor, REGISTER_ACTOR or the user name)").strip()
        if not self.actor:
            raise InvalidValue("who is recording (--actor, REGISTER_ACTOR or the user name) is blank: give a name for the log")
        plain(board, "the board's name")
        self.ledger = Ledger(self.database, store.events_table)
        with self.database.setting_up():
            self.ledger.upgrade(self.store.refuse_writes)
        self.event_rows = EventRows(self.database, store.events_table, store.database)
        self.decode = EventDecoder(self.mapper)
        self.withholdings = Withholdings(self.event_rows, self.decode)
        with self.database.setting_up():
            self.withholdings.prepare(self.store.refuse_writes)
        self.known = Known(self.read_model, board)
        self.in_bulk = False

    def _views(self) -> ReadModel:
        """The store's own views; for a store that may only be read and whose views would need
        writing (behind its events, or of another layout), views derived in a scratch database."""
        if self.store.read_only is None:
            return ReadModel(self.database)
        views = ReadModel.as_they_stand(self.database, self.size())
        if views is None:
            self.notices.append(f"the store's views are behind its events and it may only be read ({self.store.read_only}): "
                                "these answers come from views derived aside from the events")
            self.scratch = tempfile.TemporaryDirectory(prefix="register-views-")
            views = ReadModel(SQLiteDatabase(Path(self.scratch.name) / "views.db"))
        return views

    @property
    def board(self) -> str:
        return self.known.board

    @board.setter
    def board(self, board: str) -> None:
        self.known.board = board

    @contextmanager
    def bulk(self) -> Iterator[None]:
        """Records many meetings in a row without projecting each save; each meeting is still
        its own transaction, and the views catch up when they are next read."""
        self.catch_up()
        self.in_bulk = True
        try:
            yield
        finally:
            self.in_bulk = False
            self.known.forget_batch()

    @classmethod
    def open(cls, store: Store, board: str | None = None, actor: str | None = None) -> Register:
        """Opens the register of `board`; without one, of the only board the store holds."""
        register = cls(store, board or DEFAULT_BOARD, actor)
        if board is None:
            try:
                register.catch_up()
            except (ProjectionFailed, HistoryBroken):
                pass  # `verify` must still be able to open a damaged store and say where
            boards = register.read_model.boards()
            if len(boards) > 1:
                register.close()
                raise BoardNotChosen(f"the store holds the registers of several boards ({', '.join(boards)}); choose one with --board")
            register.board = boards[0] if boards else DEFAULT_BOARD
        return register

    @classmethod
    def open_any(cls, store: Store, actor: str | None = None) -> Register:
        """Opens the store whatever boards it holds: for listing them."""
        return cls(store, DEFAULT_BOARD, actor)

    def boards(self) -> list[str]:
        self.catch_up()
        return self.read_model.boards()

    def register_transcodings(self, transcoder: JSONTranscoder) -> None:
        super().register_transcodings(transcoder)
        register_all(transcoder)

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            if self.scratch is not None:
                self.read_model.db.close()
                self.scratch.cleanup()
            self.database.close()
            super().close()

    # Recording. Each `with` block is one transaction: all its events are saved, or none.

    @contextmanager
    def new_meeting(
        self,
        meeting: MeetingId,
        held_on: dt.date,
        place: str = "",
        attendance: tuple[Attendee, ...] = (),
        justerare: tuple[str, ...] = (),
        *,
        known_targets_only: bool = True,
    ) -> Iterator[Meeting]:
        """Records a new meeting. With `known_targets_only=False` (imports), a decision may
        withdraw, revoke or fulfil what other meetings not yet recorded hold; the views link
        them once both are recorded."""
        self.store.refuse_writes()
        if self.has_meeting(meeting):
            raise MeetingAlreadyRecorded(f"meeting {meeting} is already recorded")
        check_meeting_date(meeting, held_on)
        plain(place, f"the place of meeting {meeting}")
        for name in justerare:
            plain(name, f"a justerare of meeting {meeting}")
        aggregate = Meeting(
            board=self.board, meeting=meeting, held_on=held_on, place=place,
            attendance=tuple(attendance), justerare=tuple(justerare),
        )
        yield self._among_others(aggregate, known_targets_only)
        self._save(aggregate, f"meeting {meeting} is already recorded")

    @contextmanager
    def recording(self, meeting: MeetingId, *, known_targets_only: bool = True) -> Iterator[Meeting]:
        self.store.refuse_writes()
        aggregate = self._find(meeting)
        if aggregate is None:
            raise UnknownMeeting(f"meeting {meeting} is not recorded; record it first with `register meeting`")
        yield self._among_others(aggregate, known_targets_only)
        self._save(aggregate, f"someone else recorded at meeting {meeting} at the same time; try again")

    def _among_others(self, aggregate: Meeting, known_targets_only: bool) -> Meeting:
        """The meeting, checking what other meetings hold against the views, caught up first."""
        if not self.in_bulk:
            self.catch_up()
        return aggregate.among(self.known, unknown_targets_allowed=not known_targets_only)

    def board_record(self, as_recorded: dt.datetime | None = None) -> Board | None:
        """The board's own aggregate (parties, goals, reported outcomes), if anything is recorded
        for it; with `as_recorded`, at the version it had at that instant."""
        board = board_uuid(self.board)
        version = None if as_recorded is None else self.event_rows.version_at(board, self.ledger.position_at(as_recorded))
        try:
            return None if version == 0 else self.repository.get(board, version=version)
        except AggregateNotFoundError:
            return None

    @contextmanager
    def recording_board(self) -> Iterator[Board]:
        """Records for the board itself, in one transaction on leaving the block."""
        self.store.refuse_writes()
        board = self.board_record() or Board(self.board)
        yield board
        self._save(board, "someone else recorded for the board at the same time; try again")

    def has_meeting(self, meeting: MeetingId) -> bool:
        """Whether the event store holds the meeting (the views may not have caught up yet)."""
        return self._find(meeting) is not None

    def _find(self, meeting: MeetingId) -> Meeting | None:
        try:
            return self.repository.get(meeting_uuid(self.board, meeting))
        except AggregateNotFoundError:
            return None

    def _save(self, aggregate: Meeting | Board, conflict: str) -> None:
        try:
            with busy_when_locked(), refused_when_full(f"the disk holding the store filled up: nothing was written; {_FREE_SPACE}"):
                recordings = self.save(aggregate, actor=self.actor)
        except IntegrityError:
            raise ConcurrentRecording(conflict) from None
        if self.in_bulk:
            self.known.learn(r.domain_event for r in recordings)
            return
        saved = [(r.notification, r.domain_event) for r in recordings]
        try:
            with refused_when_full(""):
                self.read_model.project_saved(saved, self.event_rows, self.decode, self.ledger.saves_after)
        except StoreBusy:
            pass  # the events are saved; the views, held by a rebuild, catch up when next read
        except DiskFull:
            self.notices.append(f"what was asked is recorded, but the disk holding the store filled up before the views "
                                f"showed it; they catch up on the first command after space is freed; {_FREE_SPACE}")

    # Reading. Every read first brings the read model up to date with the event store.

    def catch_up(self, progress: Progress | None = None) -> int:
        """Brings the views up to date, first checking the chain over what they are about to read."""
        read = self.read_model.position()
        if self.event_rows.last() > read:
            self._refuse_broken(self.ledger.breach(after=read))
        try:
            with refused_when_full(""):
                caught_up = self.read_model.catch_up(self.event_rows, self.decode, self.ledger.saves_after, progress)
        except DiskFull:
            behind = self.event_rows.count(self.event_rows.last()) - self.event_rows.count(read)
            self.notices.append(f"the views are {behind} events behind the history, and the disk holding the store is "
                                f"full, so they cannot catch up: answers leave out what was recorded last; {_FREE_SPACE}")
            return 0
        if caught_up.rebuilt:
            self.notices.append("the views did not match what they had read of the history (their position was changed "
                                "behind the register's back); they were rebuilt from the events")
        return caught_up.events

    def rebuild(self, progress: Progress | None = None) -> int:
        """Derives the views again from the events alone, after proving the events intact (a
        rebuild never spreads a forged event into the views), beside the views in use, which
        go on answering until the new ones take their place."""
        self.store.refuse_writes()
        self._refuse_broken(self.ledger.breach())
        # Beside an SQLite store, on the disk that will hold the views anyway.
        beside = None if self.store.path is None else self.store.path.resolve().parent
        with tempfile.TemporaryDirectory(prefix="register-rebuild-", dir=beside) as folder:
            return self.read_model.rebuild_beside(self.event_rows, self.decode, self.ledger.saves_after, Path(folder), progress)

    @staticmethod
    def _refuse_broken(breach: Breach | None) -> None:
        if breach is not None:
            raise HistoryBroken(f"the stored history is broken at position {breach.position}: {breach.problem}; "
                                "nothing was read into the views; see `register verify`, and restore the store from a backup")

    def size(self) -> int:
        """How many events the store holds."""
        return self.recorder.max_notification_id() or 0

    def decisions(self, as_of: dt.date | None = None, meeting: MeetingId | None = None, status: str | None = None,
                  as_recorded: dt.datetime | None = None) -> list[DecisionRow]:
        recorded = self._position_at(as_recorded)
        if meeting is not None and self.read_model.attendance(self.board, meeting) is None:
            held = [m["meeting"] for m in self.read_model.meetings(self.board)]
            shown = ", ".join(held[-12:]) + (f" (and {len(held) - 12} earlier)" if len(held) > 12 else "")
            raise UnknownMeeting(f"meeting {meeting} is not recorded; the register holds: {shown or 'no meetings'}")
        return queries.decisions(self.read_model, self.board, _day(as_of), meeting, status, recorded)

    def follow_ups(self, as_of: dt.date | None = None, include_done: bool = False,
                   as_recorded: dt.datetime | None = None, responsible: str | None = None,
                   kind: str | None = None) -> list[FollowUpRow]:
        """`responsible`: only those whose responsible party's name holds this (any case)."""
        recorded = self._position_at(as_recorded)
        rows = queries.follow_ups(self.read_model, self.board, _day(as_of), include_done, recorded)
        wanted = responsible.casefold() if responsible else None
        return [r for r in rows if (kind is None or r.kind == kind) and (wanted is None or wanted in r.responsible.casefold())]

    def search(self, query: str, as_of: dt.date | None = None, meeting: MeetingId | None = None,
               kind: str | None = None, status: str | None = None, as_recorded: dt.datetime | None = None) -> list[SearchHit]:
        """Decisions, follow-ups and agenda items whose words match `query` (Swedish stems), as of a date."""
        if not search.stems(query):
            return []
        hits = queries.search(self.read_model, self.board, query, _day(as_of), meeting, self._position_at(as_recorded))
        return [h for h in hits if (kind is None or h.kind == kind) and (status is None or h.status == status)]

    def plans(self, as_of: dt.date | None = None, year: int | None = None, as_recorded: dt.datetime | None = None) -> list[PlanRow]:
        recorded = self._position_at(as_recorded)
        return queries.plans(self.read_model, self.board, _day(as_of), year, recorded)

    def grants(self, as_of: dt.date | None = None, year: int | None = None, as_recorded: dt.datetime | None = None) -> list[GrantRow]:
        recorded = self._position_at(as_recorded)
        return queries.grants(self.read_model, self.board, _day(as_of), year, recorded)

    def trace(self, ref: DecisionId | ItemRef, as_of: dt.date | None = None, as_recorded: dt.datetime | None = None) -> dict[str, Any]:
        recorded = self._position_at(as_recorded)
        return queries.trace(self.read_model, self.board, ref, _day(as_of), recorded)

    def citing(self, ref: DecisionId, as_of: dt.date | None = None,
               as_recorded: dt.datetime | None = None) -> list[tuple[str, DecisionRow]]:
        """The decisions that cite, revoke, supersede or withdraw `ref`, as of a date, with which."""
        return queries.citing(self.read_model, self.board, ref, _day(as_of), self._position_at(as_recorded))

    def withheld(self, as_recorded: dt.datetime | None = None, as_of: dt.date | None = None) -> list[WithheldRow]:
        """Decisions and agenda items withheld from publication, read from the events (the public
        site leaves them out, under every clock: it asks for them as they stand now); with
        `as_of`, only those of meetings held by that date."""
        recorded = self._position_at(as_recorded)
        rows = self.withholdings.current(self.board, recorded)
        if as_of is None:
            return rows  # the site asks this on every page: no meetings read
        held = {MeetingId.parse(m.meeting).key for m in queries.meetings(self.read_model, self.board, _held_by(as_of), recorded)}
        return [r for r in rows if MeetingId.parse(r.meeting).key in held]

    def _position_at(self, as_recorded: dt.datetime | None) -> int | None:
        """Catches the views up; returns the position the register held at `as_recorded`."""
        self.catch_up()
        boards = self.read_model.boards()
        if boards and self.board not in boards:
            raise UnknownBoard(f"the store holds no register of the board {self.board!r}; it holds: {', '.join(boards)}")
        return None if as_recorded is None else self.ledger.position_at(as_recorded)

    def attendance(self, meeting: MeetingId, as_of: dt.date | None = None,
                   as_recorded: dt.datetime | None = None) -> list[AttendanceRow]:
        """The attendance list of a meeting, by organisation; `present` is None where unclear;
        empty (and a notice) for one held after `as_of` or recorded after `as_recorded`."""
        rows = queries.attendance(self.read_model, self.board, meeting, _held_by(as_of), self._position_at(as_recorded))
        if rows is None and self.read_model.attendance(self.board, meeting) is None:
            raise UnknownMeeting(f"meeting {meeting} is not recorded")
        if rows is None:
            self.notices.append(f"meeting {meeting} was not held by the date asked, or not recorded by the instant: no attendance yet")
        return rows or []

    def meetings(self, as_recorded: dt.datetime | None = None, *, as_of: dt.date | None = None) -> list[MeetingRow]:
        """The meetings recorded (by `as_recorded`), held by `as_of`; without it, every one, whatever its date."""
        return queries.meetings(self.read_model, self.board, _held_by(as_of), self._position_at(as_recorded))

    def adopt(self, rehearsed: Register, since: int) -> int:
        """Saves here, in one transaction, every event `rehearsed` (a scratch copy of this
        register) saved after position `since`, exactly as it made them; returns how many."""
        batch = list(rehearsed.notifications(since, None))
        if not batch:
            return 0
        self.store.refuse_writes()
        try:
            with busy_when_locked(), refused_when_full(f"the disk holding the store filled up: nothing was written; {_FREE_SPACE}"):
                self.recorder.insert_events(batch, actor=self.actor)
        except IntegrityError:
            raise ConcurrentRecording("someone else recorded one of these meetings meanwhile; nothing was written") from None
        self.catch_up()
        return len(batch)

    def notifications(self, after: int, last: int | None) -> Iterator[Any]:
        """The stored events after position `after`, up to `last` (or the end), as the library reads them."""
        while True:
            batch = self.recorder.select_notifications(start=after, limit=1000, stop=last, inclusive_of_start=False)
            yield from batch
            if len(batch) < 1000:
                return
            after = batch[-1].id


def default_actor() -> str:
    """Who is recording: REGISTER_ACTOR, else the operating system's user name."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return os.environ.get("REGISTER_ACTOR") or user


def _held_by(as_of: dt.date | None) -> str | None:
    return as_of.isoformat() if as_of else None  # None: a meeting of any date


def _day(as_of: dt.date | None) -> str:
    return (as_of or dt.date.today()).isoformat()
