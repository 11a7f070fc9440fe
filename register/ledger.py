"""The ledger: who recorded what and when, and a hash chain that makes tampering evident.

Written by the event store's own recorder, in the same transaction as the events: one
`register_chain` row per event, whose digest covers the event and every event before it, and
one `register_ledger` row per save (positions, recorded time, actor), whose digest covers the
save (how many events, when, by whom), the chain up to its last event, and every save before
it. Editing, deleting, reordering or inserting stored events, or changing who recorded a save,
when, or where one save ends, behind the register's back breaks a chain. The last save's
digest stands for the whole history: written into signed minutes, it later proves that the
store still holds at least that history (a store cannot prove its own end).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import attrs
from eventsourcing.persistence import StoredEvent
from eventsourcing.sqlite import SQLiteApplicationRecorder, SQLiteCursor

from domain.errors import InvalidValue
from projections.sql import Database, hex_id
from projections.event_rows import EventRows

GENESIS = hashlib.sha256(b"beslutsregister").hexdigest()

LEDGER_TABLES = (
    "CREATE TABLE IF NOT EXISTS register_ledger ("
    "first_position INTEGER PRIMARY KEY, last_position INTEGER NOT NULL, "
    "recorded_at TEXT NOT NULL, actor TEXT NOT NULL, digest TEXT)",
    "CREATE INDEX IF NOT EXISTS register_ledger_by_time ON register_ledger (recorded_at)",
    "CREATE TABLE IF NOT EXISTS register_chain (position INTEGER PRIMARY KEY, digest TEXT NOT NULL)",
)


def event_digest(previous: str, originator_id: str, version: int, topic: str, state: bytes) -> str:
    """The chained digest of one stored event: every stored byte, and all that came before.

    Positions are left out, so a register copied to another store keeps its digests."""
    # One buffer hashed at once: the same bytes as a hash fed part by part, at two thirds of the time.
    oid, shown, named = originator_id.encode(), str(version).encode(), topic.encode()
    return hashlib.sha256(b"".join((previous.encode(), len(oid).to_bytes(8, "big"), oid, len(shown).to_bytes(8, "big"), shown,
                                    len(named).to_bytes(8, "big"), named, len(state).to_bytes(8, "big"), state))).hexdigest()


def save_digest(previous: str, chained: str, events: int, recorded_at: str, actor: str) -> str:
    """The chained digest of one save: the events' chain at its end, how many events it holds,
    when and by whom it was recorded, and every save before it."""
    h = hashlib.sha256(previous.encode())
    for part in (chained.encode(), str(events).encode(), recorded_at.encode(), actor.encode()):
        h.update(len(part).to_bytes(8, "big"))
        h.update(part)
    return h.hexdigest()


def parse_digest(text: str) -> str:
    """A history digest as `verify`, `seal` and `audit` print it: 64 hexadecimal digits."""
    digest = text.strip().lower()
    if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        raise InvalidValue(f"a history digest is 64 hexadecimal digits, as `register verify` prints it, not {text!r}")
    return digest


def now_utc() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="microseconds")


class LedgerSQLiteRecorder(SQLiteApplicationRecorder):
    """eventsourcing's SQLite recorder, plus the ledger and chain rows in the same transaction."""

    def construct_create_table_statements(self) -> list[str]:
        return [*super().construct_create_table_statements(), *LEDGER_TABLES]

    def _insert_events(self, c: SQLiteCursor, stored_events: Sequence[StoredEvent], **kwargs: Any) -> Sequence[int] | None:
        # Not for speed: the library has no public hook that runs inside the insert's
        # transaction, and the chain and ledger rows must be written there or not at all.
        positions = super()._insert_events(c, stored_events, **kwargs)
        if not positions:
            return positions
        c.execute("SELECT digest FROM register_chain ORDER BY position DESC LIMIT 1")
        found = c.fetchone()
        chain = chain_rows(found[0] if found else GENESIS, positions, stored_events)
        c.executemany("INSERT INTO register_chain VALUES (?, ?)", chain)
        c.execute("SELECT digest FROM register_ledger ORDER BY first_position DESC LIMIT 1")
        found = c.fetchone()
        c.execute("INSERT INTO register_ledger VALUES (?, ?, ?, ?, ?)", ledger_row(found[0] if found else GENESIS, chain, kwargs))
        return positions


def chain_rows(previous: str, positions: Sequence[int], stored_events: Sequence[StoredEvent]) -> list[tuple[int, str]]:
    rows = []
    for position, stored in zip(positions, stored_events):
        previous = event_digest(previous, hex_id(stored.originator_id), stored.originator_version, stored.topic, stored.state)
        rows.append((position, previous))
    return rows


def ledger_row(previous: str, chain: Sequence[tuple[int, str]], kwargs: dict[str, Any]) -> tuple[int, int, str, str, str]:
    """A save's ledger row, chained to the save before (`previous`); `recorded_at` is kept as
    given when a register is copied between stores."""
    recorded_at, actor = str(kwargs.get("recorded_at") or now_utc()), str(kwargs.get("actor") or "unknown")
    return (chain[0][0], chain[-1][0], recorded_at, actor, save_digest(previous, chain[-1][1], len(chain), recorded_at, actor))


@attrs.frozen
class Breach:
    """Where the stored history stops matching its chain."""

    position: int
    problem: str


CHAIN_BATCH = 5000
"""How many events (with their chain rows), or saves, a walk of the chains holds at a time."""

ChainedEvent = tuple[int, str, int, str, bytes, str | None]
"""A stored event as the chain covers it: position, originator id, version, topic, state, and
the digest its chain row holds (None when it has none)."""
ChainedSave = tuple[int, int, str, str, str | None, str | None]
"""A ledger row (first and last position, recorded at, actor, digest) with the digest the
events' chain holds at its last position."""


@attrs.define
class ChainWalk:
    """A walk of both chains in position order that holds one batch of rows, not the history.

    `at`: the event and save digests the walk has reached (at first the genesis, or where an
    earlier walk ended)."""

    at: tuple[str, str] = (GENESIS, GENESIS)

    def breach(self, events: Iterable[ChainedEvent], saves: Callable[[], Iterable[ChainedSave]]) -> Breach | None:
        """The first breach: of the events against their chain, else of the saves against theirs.
        `saves` gives the saves in order, each time it is called (the walk reads them twice)."""
        found = self._events_breach(events, _covered(saves()))
        return found if found is not None else self._saves_breach(saves())

    def _events_breach(self, events: Iterable[ChainedEvent], covered: Iterator[int]) -> Breach | None:
        digest = self.at[0]
        expected = next(covered, None)
        for position, originator_id, version, topic, state, chained in events:
            if expected is not None and expected < position:
                return Breach(expected, "event deleted")
            # Every position a save covers below `expected` was met as an event already.
            if expected != position or chained is None:
                return Breach(position, "event inserted outside the register")
            digest = event_digest(digest, originator_id, version, topic, state)
            if digest != chained:
                return Breach(position, "event altered or reordered")
            expected = next(covered, None)
        if expected is not None:
            return Breach(expected, "event deleted")
        self.at = (digest, self.at[1])
        return None

    def _saves_breach(self, saves: Iterable[ChainedSave]) -> Breach | None:
        """The first save whose record (who, when, where it ends) no longer matches its digest."""
        previous = self.at[1]
        for first, last, recorded_at, actor, digest, chained in saves:
            previous = save_digest(previous, chained or "", last - first + 1, recorded_at, actor)
            if digest != previous:
                return Breach(first, "the record of the save starting here was altered (who recorded it, when, or where it ends)")
        self.at = (self.at[0], previous)
        return None


def _covered(saves: Iterable[ChainedSave]) -> Iterator[int]:
    """Every position some save covers, once each, in order, from saves in order of their first."""
    reached = 0
    for first, last, *_ in saves:
        yield from range(max(first, reached + 1), last + 1)
        reached = max(reached, last)


def _ticking(rows: Any, tick: Callable[[int], None], every: int = 1000) -> Iterator[Any]:
    for count, row in enumerate(rows, start=1):
        if count % every == 0:
            tick(every)
        yield row



class Ledger:
    """Reads, checks and lists the ledger and the chain of a store."""

    def __init__(self, db: Database, events_table: str) -> None:
        self.db = db
        self.events = EventRows(db, events_table)

    def upgrade(self, may_write: Callable[[], None]) -> None:
        """Gives a store written before saves were chained its save digests, from what it
        holds now: its history is vouched for from here on, as the chain vouched for its events.
        `may_write` refuses if the store may only be read."""
        if self.db.dialect == "sqlite":
            columns = {row[1] for row in self.db.execute("PRAGMA table_info(register_ledger)")}
        else:
            columns = {row[0] for row in self.db.execute(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND table_name = 'register_ledger'")}
        if "digest" in columns:
            return
        may_write()
        with self.db.exclusive("register_ledger"):
            self.db.execute("ALTER TABLE register_ledger ADD COLUMN digest TEXT")
            saves = self.db.execute(
                "SELECT l.first_position, l.last_position, l.recorded_at, l.actor, c.digest FROM register_ledger l "
                "LEFT JOIN register_chain c ON c.position = l.last_position ORDER BY l.first_position").fetchall()
            previous = GENESIS
            for first, last, recorded_at, actor, chained in saves:
                previous = save_digest(previous, chained or "", last - first + 1, recorded_at, actor)
                self.db.execute("UPDATE register_ledger SET digest = ? WHERE first_position = ?", (previous, first))

    def saves_after(self, position: int) -> list[tuple[int, int]]:
        return self.db.execute(
            "SELECT first_position, last_position FROM register_ledger WHERE last_position > ? ORDER BY first_position",
            (position,),
        ).fetchall()

    def position_at(self, instant: dt.datetime) -> int:
        """The last position the register held at a recorded instant."""
        found = self.db.execute(
            "SELECT MAX(last_position) FROM register_ledger WHERE recorded_at <= ?",
            (_iso(instant),),
        ).fetchone()
        return found[0] or 0

    def save_ending(self, position: int) -> tuple[str, str] | None:
        """When the last save that ends at or before `position` was recorded, and by whom."""
        found = self.db.execute(
            "SELECT recorded_at, actor FROM register_ledger WHERE last_position <= ? ORDER BY first_position DESC LIMIT 1",
            (position,),
        ).fetchone()
        return (found[0], found[1]) if found else None

    def breach(self, progress: Callable[[int], None] | None = None, after: int = 0) -> Breach | None:
        """The first breach in the history; with `after`, only in what was saved after the last
        save that ends there (what a catch-up is about to read), from the digests it ended with."""
        db = self.db
        base, start = 0, (GENESIS, GENESIS)
        if after:
            found = db.execute("SELECT last_position, digest FROM register_ledger WHERE last_position <= ? "
                               "ORDER BY first_position DESC LIMIT 1", (after,)).fetchone()
            if found is not None:
                event = db.execute("SELECT digest FROM register_chain WHERE position = ?", (found[0],)).fetchone()
                base, start = found[0], (event[0] if event else "", found[1])
        tick = progress or (lambda done: None)
        while True:
            # The saves' bounds first: a save's events and chain rows were committed with it, so
            # what is read after them holds all of theirs, whatever another writer commits meanwhile.
            found_first, found_last = db.execute(
                "SELECT MAX(first_position), MAX(last_position) FROM register_ledger WHERE first_position > ?", (base,),
            ).fetchone()
            last_first, upto = found_first or base, base if found_last is None else found_last
            walk = ChainWalk(start)
            found = walk.breach(_ticking(self._chained_events(base, upto), tick), lambda: self._chained_saves(base, last_first))
            if found is not None:
                return found
            beyond = self.events.after(upto, 1)
            if not beyond:
                return None
            if not db.execute("SELECT 1 FROM register_ledger WHERE first_position > ?", (upto,)).fetchone():
                return Breach(beyond[0][0], "event inserted outside the register")
            if found_first is not None:  # saved meanwhile: go on from the end of what was proven
                base, start = upto, walk.at

    def _chained_events(self, after: int, upto: int) -> Iterator[ChainedEvent]:
        """The events after `after` up to `upto`, each with its chain row's digest, read a batch at a time."""
        while batch := self.events.with_versions_after(after, upto, CHAIN_BATCH):
            chain = dict(self.db.execute("SELECT position, digest FROM register_chain WHERE position > ? AND position <= ?",
                                         (after, batch[-1][0])))
            for position, originator_id, version, topic, state in batch:
                yield position, originator_id, version, topic, state, chain.get(position)
            after = batch[-1][0]

    def _chained_saves(self, after: int, last_first: int) -> Iterator[ChainedSave]:
        """The saves that start after `after`, up to the one starting at `last_first`, in order,
        each with the events' chain at its end, read a batch at a time."""
        while batch := self.db.execute(
            "SELECT l.first_position, l.last_position, l.recorded_at, l.actor, l.digest, c.digest FROM register_ledger l "
            "LEFT JOIN register_chain c ON c.position = l.last_position "
            "WHERE l.first_position > ? AND l.first_position <= ? ORDER BY l.first_position LIMIT ?",
            (after, last_first, CHAIN_BATCH),
        ).fetchall():
            yield from batch
            after = batch[-1][0]

    def digest_at(self, position: int) -> str:
        """The history's digest after the last save that ends at or before `position`: one
        value that stands for every event and save up to it."""
        found = self.db.execute(
            "SELECT digest FROM register_ledger WHERE last_position <= ? ORDER BY first_position DESC LIMIT 1", (position,)
        ).fetchone()
        return found[0] if found else GENESIS

    def named_by(self, digest: str) -> int | None:
        """The last position of the history `digest` names, whether a history digest or (as
        `verify` printed before saves were chained) the events' chain at the end of a save."""
        found = self.save_reaching(digest)
        if found is None:
            found = self.db.execute(
                "SELECT l.last_position FROM register_ledger l JOIN register_chain c ON c.position = l.last_position "
                "WHERE c.digest = ?", (digest,),
            ).fetchone()
            found = found[0] if found else None
        return found

    def save_reaching(self, digest: str) -> int | None:
        """The last position of the save after which the history's digest is `digest`, if any:
        where a store that holds the start of this history stopped."""
        found = self.db.execute("SELECT last_position FROM register_ledger WHERE digest = ?", (digest,)).fetchone()
        return found[0] if found else None

    def entries(self, since: dt.datetime | None, until: dt.datetime | None) -> list[tuple[int, int, str, str]]:
        sql = "SELECT first_position, last_position, recorded_at, actor FROM register_ledger WHERE 1 = 1"
        params: list[str] = []
        if since is not None:
            sql += " AND recorded_at >= ?"
            params.append(_iso(since))
        if until is not None:
            sql += " AND recorded_at <= ?"
            params.append(_iso(until))
        return self.db.execute(sql + " ORDER BY first_position", params).fetchall()


def _iso(instant: dt.datetime) -> str:
    return instant.astimezone(dt.timezone.utc).isoformat(timespec="microseconds")
