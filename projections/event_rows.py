"""The event store's rows read directly, in position order, for the projections and the ledger.

The library's `select_notifications` builds a Notification with a UUID per row; following a
million events, that alone costs more than reading them. Here a row stays what the store
holds: (position, aggregate id as hex text, topic, state bytes).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any
from uuid import UUID

from projections.sql import Database, hex_id

StoredRow = tuple[int, str, str, bytes]
Decoder = Callable[[str, bytes], Any]
"""A stored event's topic and state back into its domain event."""
BATCH = 2000
"""How many rows a pass reads at a time."""


class EventRows:
    def __init__(self, db: Database, table: str, reopen: Callable[[], Database] | None = None, upto: int = 2**62) -> None:
        """`reopen` opens another connection to the same store, for another process; `upto`: the
        last position these rows reach (what was recorded later is left out)."""
        self.db = db
        self.table = table
        self.reopen = reopen
        self.upto = upto
        # The library's own SQLite recorder numbers notifications by rowid (its table has no
        # notification_id column); PostgreSQL's has the column.
        self.position = "rowid" if db.dialect == "sqlite" else "notification_id"

    def reopened(self) -> EventRows:
        """The same rows over a connection of its own (a forked process must not share one)."""
        if self.reopen is None:
            raise RuntimeError("these stored rows cannot be reopened")
        return EventRows(self.reopen(), self.table, self.reopen, self.upto)

    def upto_position(self, position: int) -> EventRows:
        """The same rows up to `position`: the history as it stood when something else read it."""
        return EventRows(self.db, self.table, self.reopen, position)

    def after(self, position: int, limit: int) -> list[StoredRow]:
        found = self.db.execute(
            f"SELECT {self.position}, originator_id, topic, state FROM {self.table} "
            f"WHERE {self.position} > ? AND {self.position} <= ? ORDER BY {self.position} LIMIT ?",
            (position, self.upto, limit),
        )
        return [(p, hex_id(o), t, _state(s)) for p, o, t, s in found.fetchall()]

    def with_versions_between(self, after: int, upto: int | None = None) -> Iterator[tuple[int, str, int, str, bytes]]:
        """Every row after `after` (and up to `upto`) with its aggregate version, as the hash chain covers them."""
        found = self.db.execute(
            f"SELECT {self.position}, originator_id, originator_version, topic, state FROM {self.table} "
            f"WHERE {self.position} > ? AND {self.position} <= ? ORDER BY {self.position}", (after, 2**62 if upto is None else upto)
        )
        return ((p, hex_id(o), v, t, _state(s)) for p, o, v, t, s in found)

    def with_versions_after(self, after: int, upto: int, limit: int) -> list[tuple[int, str, int, str, bytes]]:
        """The first `limit` rows after `after`, up to `upto`, with their aggregate versions: a
        batch of what the hash chain covers, for a walk that holds one batch at a time."""
        found = self.db.execute(
            f"SELECT {self.position}, originator_id, originator_version, topic, state FROM {self.table} "
            f"WHERE {self.position} > ? AND {self.position} <= ? ORDER BY {self.position} LIMIT ?", (after, upto, limit)
        )
        return [(p, hex_id(o), v, t, _state(s)) for p, o, v, t, s in found.fetchall()]

    def version_at(self, aggregate: UUID, position: int) -> int:
        """The version an aggregate had once the events up to `position` were stored; 0 before its first."""
        wanted: Any = aggregate.hex if self.db.dialect == "sqlite" else aggregate  # as each store keeps the id
        found: Any = self.db.execute(
            f"SELECT MAX(originator_version) FROM {self.table} WHERE originator_id = ? AND {self.position} <= ?",
            (wanted, position),
        ).fetchone()
        return found[0] or 0

    def with_topic(self, topic: str) -> list[tuple[str, bytes]]:
        """(topic, state) of every stored event of one topic, in the order stored: a scan, for
        the rare events (one per board) nothing else indexes."""
        found = self.db.execute(f"SELECT topic, state FROM {self.table} WHERE topic = ? AND {self.position} <= ? "
                                f"ORDER BY {self.position}", (topic, self.upto))
        return [(t, _state(s)) for t, s in found.fetchall()]

    def count(self, upto: int) -> int:
        """How many events are stored at positions up to `upto`."""
        found: Any = self.db.execute(f"SELECT COUNT(*) FROM {self.table} WHERE {self.position} <= ?", (upto,)).fetchone()
        return found[0]

    def last(self) -> int:
        found: Any = self.db.execute(f"SELECT MAX({self.position}) FROM {self.table} WHERE {self.position} <= ?",
                                     (self.upto,)).fetchone()
        return found[0] or 0


def _state(stored: Any) -> bytes:
    # A state emptied behind the register's back (NULL) reads as no bytes: the chain then says
    # the event was altered, where bytes(None) would have stopped the walk with a TypeError.
    return b"" if stored is None else bytes(stored)
