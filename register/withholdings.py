"""What is withheld from publication, read from the events themselves, not from the views.

The public site must not show a decision the secretary withheld because a view row was
deleted: the views are derived and anyone with the database file can change them. The events
are chained (`register verify` finds one deleted), and withholdings are few, so they are read
straight from the event store through a small partial index on their two topics.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from domain import events as e
from domain.ids import DecisionId, ItemRef
from domain.meeting import meeting_uuid
from projections.event_rows import Decoder, EventRows
from projections.rows import WithheldRow
from projections.sql import hex_id
from register.storage import StoreReadOnly

TOPICS = (e.PublicationWithheld.TOPIC, e.PublicationRestored.TOPIC)
_WHERE = "topic IN (" + ", ".join(f"'{topic}'" for topic in TOPICS) + ")"
"""Written out, not bound: a partial index serves only a query whose condition is its own."""


class Withholdings:
    def __init__(self, rows: EventRows, decode: Decoder) -> None:
        self.rows = rows
        self.decode = decode
        self.index = f"{rows.table}_publication"

    def prepare(self, may_write: Callable[[], None]) -> None:
        """Makes the index if the store lacks it and may be written; a store that may only be
        read is scanned instead (its withholdings are found all the same, more slowly)."""
        db = self.rows.db
        if db.dialect == "sqlite":
            exists = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", (self.index,)).fetchone()
        else:
            exists = db.execute("SELECT 1 FROM pg_indexes WHERE schemaname = current_schema() AND indexname = ?",
                                (self.index,)).fetchone()
        if exists:
            return
        try:
            may_write()
        except StoreReadOnly:
            return
        db.execute(f"CREATE INDEX IF NOT EXISTS {self.index} ON {self.rows.table} (topic) WHERE {_WHERE}")

    def current(self, board: str, upto: int | None = None) -> list[WithheldRow]:
        """The board's withholdings in force after position `upto` (or now), in the order made."""
        rows = self.rows
        found = rows.db.execute(
            f"SELECT {rows.position}, originator_id, topic, state FROM {rows.table} "
            f"WHERE {_WHERE} AND {rows.position} <= ? ORDER BY {rows.position}", (2**62 if upto is None else upto,))
        withheld: dict[str, WithheldRow] = {}
        for _, originator, topic, state in found.fetchall():
            event: Any = self.decode(topic, bytes(state))
            ref: DecisionId | ItemRef = event.ref
            meeting = ref.meeting if isinstance(ref, ItemRef) else ref.item.meeting
            if hex_id(originator) != meeting_uuid(board, meeting).hex:
                continue  # another board's meeting, in a store that holds several
            if isinstance(event, e.PublicationWithheld):
                withheld[ref.key] = WithheldRow(ref=str(ref), reason=event.reason, meeting=str(meeting))
            else:
                withheld.pop(ref.key, None)
        return list(withheld.values())
