"""The register's use cases: record what a board did, and read the views back."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast
from uuid import UUID

from eventsourcing.application import AggregateNotFoundError, Application
from eventsourcing.persistence import IntegrityError, JSONTranscoder

from domain.board import Board, board_named, board_uuid
from domain.errors import HistoryBroken, InvalidValue, MeetingAlreadyRecorded, RegisterError, UnknownMeeting
from domain.ids import MeetingId
from domain.meeting import Meeting, meeting_uuid
from domain.values import Attendee, check_meeting_date, plain
from projections.catchup import Progress
from projections.sql import DiskFull, StoreBusy, busy_when_locked, refused_when_full
from projections.unavailable import ConnectionLost, lost_when_gone
from projections.read_model import ProjectionFailed
from projections.event_rows import EventRows
from register import damage
from register.actor import default_actor
from register.interrupts import held
from register.known import Known
from register.reading import Reading
from register.ledger import Ledger
from register.storage import Store
from register.transcodings import EventDecoder, register_all
from register.withholdings import Withholdings
from register.views_aside import ViewsAside

DEFAULT_BOARD = "FINSAM Blekinge"
_FREE_SPACE = "free some space on it and try again"


class BoardNotChosen(RegisterError):
    """Raised when a store holds several boards and no `--board` says which one."""


class ConcurrentRecording(RegisterError):
    """Raised when another writer recorded at the same meeting first; nothing of ours was saved."""


class Register(Reading, Application):
    name = "Register"

    def __init__(self, store: Store, board: str = DEFAULT_BOARD, actor: str | None = None) -> None:
        # Opened first: on PostgreSQL it creates the schema the event store's tables go in.
        self.store = store
        self.database = store.database()
        self.closed = False
        self.notices: list[str] = []
        """What the user should know that is not the answer: a repair made on the way, views behind."""
        self.aside = ViewsAside(self.notices)
        env = store.eventsourcing_env()
        if self.database.may_only_read:
            env["CREATE_TABLE"] = "false"  # the role may not; the tables are there, or it would not read as a register
        with self.database.setting_up():
            super().__init__(env=env)
            self.read_model = self.aside.choose(self.database, self.read_only, self.size())
        self.actor = plain(actor or default_actor(), "who is recording (--actor, REGISTER_ACTOR or the user name)").strip()
        if not self.actor:
            raise InvalidValue("who is recording (--actor, REGISTER_ACTOR or the user name) is blank: give a name for the log")
        plain(board, "the board's name")
        self.ledger = Ledger(self.database, store.events_table)
        self.event_rows = EventRows(self.database, store.events_table, store.database)
        self.decode = EventDecoder(self.mapper)
        self.withholdings = Withholdings(self.event_rows, self.decode)
        with self.database.setting_up():
            self.ledger.upgrade(self.refuse_writes)
            self.withholdings.prepare(self.refuse_writes)
        self.known = Known(self.read_model, board)
        self.in_bulk = False
        self.saves = 0
        """Transactions of events this register committed: what a command interrupted had written."""

    @property
    def read_only(self) -> str | None:
        """Why the store may only be read, if it may: read-only media, a full disk, a file the
        user may not write, a database role that may only read."""
        return self.database.may_only_read or self.store.read_only

    def refuse_writes(self) -> None:
        self.store.refuse_writes(self.read_only)

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
        boards = register.read_model.boards()
        if board not in boards:  # none given, one spelt otherwise, or one the views have not read yet
            try:
                register.catch_up()
            except (ProjectionFailed, HistoryBroken):
                pass  # `verify` must still be able to open a damaged store and say where
            boards = register.read_model.boards()
        if board is not None:
            named = board_named(board, boards)
            if named not in boards:  # no meeting under any spelling: perhaps a board that has recorded only its parties
                named = board_named(board, register._board_records())
            register.board = named
        elif len(boards) > 1:
            register.close()
            raise BoardNotChosen(f"the store holds the registers of several boards ({', '.join(boards)}); choose one with --board")
        else:
            register.board = boards[0] if boards else DEFAULT_BOARD
        return register

    def _board_records(self) -> list[str]:
        """The boards with a record of their own (parties, goals), by the name each was registered under."""
        names = []
        for topic, state in self.event_rows.with_topic(Board.Registered.TOPIC):
            try:
                names.append(str(self.decode(topic, state).board))
            except (ValueError, KeyError, TypeError, AttributeError):
                continue  # a record that cannot be read back is for `verify` to find, at its position
        return names

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
            self.aside.close(self.read_model)
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
        self.refuse_writes()
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
        self.refuse_writes()
        aggregate = self._find(meeting)
        if aggregate is None:
            raise UnknownMeeting(f"meeting {meeting} is not recorded; record it first with `register meeting`")
        yield self._among_others(aggregate, known_targets_only)
        self._save(aggregate, f"someone else recorded at meeting {meeting} at the same time; try again")

    @contextmanager
    def recording_several(self, meetings: list[MeetingId]) -> Iterator[dict[MeetingId, Meeting]]:
        """Records at several meetings in one transaction (a write-off of many follow-ups)."""
        self.refuse_writes()
        found: dict[MeetingId, Meeting] = {}
        for meeting in dict.fromkeys(meetings):
            aggregate = self._find(meeting)
            if aggregate is None:
                raise UnknownMeeting(f"meeting {meeting} is not recorded; record it first with `register meeting`")
            found[meeting] = self._among_others(aggregate, True)
        yield found
        self._save(list(found.values()), "someone else recorded at one of these meetings at the same time; try again")

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
        if version == 0:
            return None
        return cast(Board | None, self._read_back(board, f"the board's own record ({self.board})", version))

    @contextmanager
    def recording_board(self) -> Iterator[Board]:
        """Records for the board itself, in one transaction on leaving the block."""
        self.refuse_writes()
        board = self.board_record() or Board(self.board)
        yield board
        self._save(board, "someone else recorded for the board at the same time; try again")

    def has_meeting(self, meeting: MeetingId) -> bool:
        """Whether the event store holds the meeting (the views may not have caught up yet)."""
        return self._find(meeting) is not None

    def _find(self, meeting: MeetingId) -> Meeting | None:
        return cast(Meeting | None, self._read_back(meeting_uuid(self.board, meeting), f"meeting {meeting}"))

    def _read_back(self, aggregate: UUID, what: str, version: int | None = None) -> Any:
        """The aggregate its stored events give (up to `version`), None if none are stored."""
        try:
            with damage.read_back(self.ledger, what):
                return self.repository.get(aggregate, version=version)
        except AggregateNotFoundError:
            return None

    def _save(self, aggregate: Meeting | Board | list[Meeting], conflict: str) -> None:
        aggregates = aggregate if isinstance(aggregate, list) else [aggregate]
        try:
            with busy_when_locked(), refused_when_full(f"the disk holding the store filled up: nothing was written; {_FREE_SPACE}"), \
                    lost_when_gone(str(self.store)), held():
                recordings = self.save(*aggregates, actor=self.actor)
                self.saves += 1
        except IntegrityError:
            raise ConcurrentRecording(conflict) from None
        if self.in_bulk:
            for one in aggregates:
                self.known.learn((r.domain_event for r in recordings if r.domain_event.originator_id == one.id),
                                 one.held_on if isinstance(one, Meeting) else None)
            return
        saved = [(r.notification, r.domain_event) for r in recordings]
        try:
            with refused_when_full(""):
                self.read_model.project_saved(saved, self.event_rows, self.decode, self.ledger.saves_after)
        except StoreBusy:
            pass  # the events are saved; the views, held by a rebuild, catch up when next read
        except ConnectionLost as lost:
            self._views_not_shown(lost)
        except DiskFull:
            self.notices.append(f"what was asked is recorded, but the disk holding the store filled up before the views "
                                f"showed it; they catch up on the first command after space is freed; {_FREE_SPACE}")

    def _views_not_shown(self, lost: ConnectionLost) -> None:
        """After a save: the connection went away before the views were brought up to date."""
        self.notices.append(f"what was asked is recorded, but then {lost.happened}, before the views showed it; "
                            "they catch up on the next command")

    # Reading. Every read first brings the read model up to date with the event store.

    def catch_up(self, progress: Progress | None = None) -> int:
        """Brings the views up to date, first checking the chain over what they are about to read."""
        self.read_model = self.known.views = self.aside.kept_up(self.read_model, self.event_rows.last(), self.database.may_only_read)
        read = self.read_model.position()
        if self.event_rows.last() > read:
            damage.refuse_broken(self.ledger.breach(after=read))
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
        self.refuse_writes()
        damage.refuse_broken(self.ledger.breach())
        # Beside an SQLite store, on the disk that will hold the views anyway.
        beside = None if self.store.path is None else self.store.path.resolve().parent
        with tempfile.TemporaryDirectory(prefix="register-rebuild-", dir=beside) as folder:
            return self.read_model.rebuild_beside(self.event_rows, self.decode, self.ledger.saves_after, Path(folder), progress)

    def size(self) -> int:
        """How many events the store holds."""
        return self.recorder.max_notification_id() or 0

    def head(self) -> int:
        """The last position stored, read on the register's own connection (one indexed lookup):
        what a page's answer is kept by (`register/web/answers.py`)."""
        return self.event_rows.last()

    def adopt(self, rehearsed: Register, since: int) -> int:
        """Saves here, in one transaction, every event `rehearsed` (a scratch copy of this
        register) saved after position `since`, exactly as it made them; returns how many."""
        batch = list(rehearsed.notifications(since, None))
        if not batch:
            return 0
        self.refuse_writes()
        try:
            with busy_when_locked(), refused_when_full(f"the disk holding the store filled up: nothing was written; {_FREE_SPACE}"), \
                    lost_when_gone(str(self.store)), held():
                self.recorder.insert_events(batch, actor=self.actor)
                self.saves += 1
        except IntegrityError:
            raise ConcurrentRecording("someone else recorded one of these meetings meanwhile; nothing was written") from None
        try:
            self.catch_up()
        except ConnectionLost as lost:
            self._views_not_shown(lost)
        return len(batch)

    def notifications(self, after: int, last: int | None) -> Iterator[Any]:
        """The stored events after position `after`, up to `last` (or the end), as the library reads them."""
        while True:
            batch = self.recorder.select_notifications(start=after, limit=1000, stop=last, inclusive_of_start=False)
            yield from batch
            if len(batch) < 1000:
                return
            after = batch[-1].id
