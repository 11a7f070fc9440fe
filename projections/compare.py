"""Whether the views hold what the events give: the read model compared, table by table, with
one derived afresh from the events in a scratch database.

Each table is first summed as a multiset of row digests, so equal tables cost one pass each
and no sorting, whatever the database's collation; only a table that differs is read again
to name its first difference.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from projections.sql import Database, SQLiteDatabase
from projections.read_model import DERIVED_TABLES, ReadModel, SavesAfter
from projections.event_rows import Decoder, EventRows

Row = tuple[Any, ...]


def views_differ(views: ReadModel, stored: EventRows, decode: Decoder, saves: SavesAfter) -> str | None:
    """Where `views` differ from the read model the events give, in words; None when equal.
    `stored` must read over the views' own connection: both are read at one moment."""
    with views.db.snapshot(), tempfile.TemporaryDirectory(prefix="register-verify-") as folder:
        scratch = SQLiteDatabase(Path(folder) / "views.db")
        try:
            derived = ReadModel(scratch)
            # Up to where the views have read: what another writer records meanwhile is no difference.
            derived.rebuild(stored.upto_position(views.position()), decode, saves, searchable=False)
            if views.position() > stored.last():
                return (f"the views say they have read the history up to position {views.position()}, "
                        f"but it ends at {stored.last()}")
            for table in DERIVED_TABLES:
                if _summed(views.db, table) != _summed(scratch, table):
                    return _first_difference(table, _rows(views.db, table), _rows(scratch, table))
        finally:
            scratch.close()
    return views.db.words_index_problem()


def _rows(db: Database, table: str) -> Iterable[Row]:
    return (tuple(row) for row in db.execute(f"SELECT * FROM {table}"))


def _summed(db: Database, table: str) -> tuple[int, int]:
    """How many rows, and the sum of their digests: equal for equal multisets of rows."""
    count = total = 0
    for row in _rows(db, table):
        count += 1
        total += int.from_bytes(hashlib.sha256(_shown(row).encode()).digest()[:16], "big")
    return count, total


def _first_difference(table: str, shown: Iterable[Row], given: Iterable[Row]) -> str:
    held, derived = Counter(map(_shown, shown)), Counter(map(_shown, given))
    extra, missing = sorted((held - derived).elements()), sorted((derived - held).elements())
    if extra and missing:
        at = next((i for i, (a, b) in enumerate(zip(extra[0], missing[0])) if a != b), 0)
        start = max(0, extra[0].rfind(", ", 0, max(0, at - 40)) + 2)
        return (f"{table} shows {_short(extra[0][start:at + 40])} where the events give {_short(missing[0][start:at + 40])} "
                f"(in the row {_short(extra[0][:start].rstrip(', '), 120)})")
    if extra:
        return f"{table} holds a row the events do not give: {_short(extra[0])}"
    return f"{table} lacks a row the events give: {_short(missing[0])}"


def _shown(row: Row) -> str:
    return json.dumps(list(row), ensure_ascii=False)


def _short(text: str, most: int = 240) -> str:
    return text if len(text) <= most else text[: most - 1] + "…"
