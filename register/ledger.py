"""The ledger: who recorded what and when, and a hash chain that makes tampering evident.

Written by the event store's own recorder, in the same transaction as the events: one
`register_ledger` row per save (positions, recorded time, actor) and one `register_chain`
row per event, whose digest covers the event and every event before it. Editing, deleting,
reordering or inserting stored events behind the register's back breaks the chain.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import attrs
from eventsourcing.persistence import StoredEvent
from eventsourcing.sqlite import SQLiteApplicationRecorder, SQLiteCursor

from projections.sql import Database, hex_id
from projections.stored import StoredRows

GENESIS = hashlib.sha256(b"beslutsregister").hexdigest()

LEDGER_TABLES = (
    "CREATE TABLE IF NOT EXISTS register_ledger ("
    "first_position INTEGER PRIMARY KEY, last_position INTEGER NOT NULL, "
    "recorded_at TEXT NOT NULL, actor TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS register_ledger_by_time ON register_ledger (recorded_at)",
    "CREATE TABLE IF NOT EXISTS register_chain (position INTEGER PRIMARY KEY, digest TEXT NOT NULL)",
)


def event_digest(previous: str, originator_id: str, version: int, topic: str, state: bytes) -> str:
    """The chained digest of one stored event: every stored byte, and all that came before.

    Positions are left out, so a register copied to another store keeps its digests."""
    h = hashlib.sha256(previous.encode())
    for part in (originator_id.encode(), str(version).encode(), topic.encode()):
        h.update(len(part).to_bytes(8, "big"))
        h.update(part)
    h.update(len(state).to_bytes(8, "big"))
    h.update(state)
    return h.hexdigest()


def now_utc() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="microseconds")


class LedgerSQLiteRecorder(SQLiteApplicationRecorder):
    """eventsourcing's SQLite recorder, plus the ledger and chain rows in the same transaction."""

    def construct_create_table_statements(self) -> list[str]:
        return [*super().construct_create_table_statements(), *LEDGER_TABLES]

    def _insert_events(self, c: SQLiteCursor, stored_events: Sequence[StoredEvent], **kwargs: Any) -> Sequence[int] | None:
        positions = super()._insert_events(c, stored_events, **kwargs)
        if not positions:
            return positions
        c.execute("SELECT digest FROM register_chain ORDER BY position DESC LIMIT 1")
        found = c.fetchone()
        c.executemany("INSERT INTO register_chain VALUES (?, ?)", chain_rows(found[0] if found else GENESIS, positions, stored_events))
        c.execute("INSERT INTO register_ledger VALUES (?, ?, ?, ?)", ledger_row(positions, kwargs))
        return positions


def chain_rows(previous: str, positions: Sequence[int], stored_events: Sequence[StoredEvent]) -> list[tuple[int, str]]:
    rows = []
    for position, stored in zip(positions, stored_events):
        previous = event_digest(previous, hex_id(stored.originator_id), stored.originator_version, stored.topic, stored.state)
        rows.append((position, previous))
    return rows


def ledger_row(positions: Sequence[int], kwargs: dict[str, Any]) -> tuple[int, int, str, str]:
    """A save's ledger row; `recorded_at` is kept as given when a register is copied between stores."""
    return (positions[0], positions[-1], str(kwargs.get("recorded_at") or now_utc()), str(kwargs.get("actor") or "unknown"))


@attrs.frozen
class Breach:
    """Where the stored history stops matching its chain."""

    position: int
    problem: str


def verify_chain(events: Iterable[tuple[int, str, int, str, bytes]], chain: dict[int, str], ledger: Sequence[tuple[int, int]]) -> Breach | None:
    """Walks events in position order against the chain and the ledger; returns the first breach.

    `events` are (position, originator_id, version, topic, state) as stored; `ledger` the
    (first, last) position of every save.
    """
    covered = {p for first, last in ledger for p in range(first, last + 1)}
    expected = sorted(covered)
    digest = GENESIS
    seen = 0
    for position, originator_id, version, topic, state in events:
        if seen < len(expected) and expected[seen] < position:
            return Breach(expected[seen], "event deleted")
        if position not in covered or position not in chain:
            return Breach(position, "event inserted outside the register")
        digest = event_digest(digest, originator_id, version, topic, state)
        if digest != chain[position]:
            return Breach(position, "event altered or reordered")
        seen += 1
    if seen < len(expected):
        return Breach(expected[seen], "event deleted")
    return None


def _ticking(rows: Any, tick: Callable[[int], None], every: int = 1000) -> Iterator[Any]:
    for count, row in enumerate(rows, start=1):
        if count % every == 0:
            tick(every)
        yield row



class Ledger:
    """Reads, checks and lists the ledger and the chain of a store."""

    def __init__(self, db: Database, events_table: str) -> None:
        self.db = db
        self.events = StoredRows(db, events_table)

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

    def breach(self, progress: Callable[[int], None] | None = None) -> Breach | None:
        db = self.db
        chain = dict(db.execute("SELECT position, digest FROM register_chain"))
        ledger = db.execute("SELECT first_position, last_position FROM register_ledger ORDER BY first_position").fetchall()
        tick = progress or (lambda done: None)
        return verify_chain(_ticking(self.events.all_with_versions(), tick), chain, ledger)

    def digest_at(self, position: int) -> str:
        """The chain's digest after `position`: one value that stands for the whole history up to it."""
        found = self.db.execute(
            "SELECT digest FROM register_chain WHERE position <= ? ORDER BY position DESC LIMIT 1", (position,)
        ).fetchone()
        return found[0] if found else GENESIS

    def save_reaching(self, digest: str) -> int | None:
        """The last position of the save after which the chain's digest is `digest`, if any:
        where a store that holds the start of this history stopped."""
        found = self.db.execute(
            "SELECT l.last_position FROM register_ledger l JOIN register_chain c ON c.position = l.last_position "
            "WHERE c.digest = ?", (digest,),
        ).fetchone()
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
