"""Whether the views hold what the events give: the read model compared, table by table, with
one derived afresh from the events in a scratch database.

An SQLite store compares each table with the scratch file attached, in SQL, so that no row
passes through Python; a PostgreSQL store's tables are summed as multisets of row digests, so
equal tables cost one pass each and no sorting, whatever the database's collation. Only a
table that differs is read again to name its first difference.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NamedTuple

from projections.sql import Database, SQLiteDatabase
from projections.read_model import DERIVED_TABLES, ReadModel, SavesAfter
from projections.event_rows import Decoder, EventRows

Row = tuple[Any, ...]


def views_differ(views: ReadModel, stored: EventRows, decode: Decoder, saves: SavesAfter) -> str | None:
    """Where `views` differ from the read model the events give, in words; None when equal.
    `stored` must read over the views' own connection: both are read at one moment."""
    with tempfile.TemporaryDirectory(prefix="register-verify-") as folder:
        scratch = SQLiteDatabase(Path(folder) / "views.db")
        try:
            derived = ReadModel(scratch)
            with _comparer(views.db, scratch, Path(folder) / "views.db") as compare, views.db.snapshot():
                found = _differs(views, derived, stored, decode, saves, compare)
        finally:
            scratch.close()
    return found or views.db.words_index_problem()


def _differs(views: ReadModel, derived: ReadModel, stored: EventRows, decode: Decoder, saves: SavesAfter,
             compare: Comparer) -> str | None:
    """Inside the snapshot: `derived` made from the events the views have read, then compared."""
    # Up to where the views have read: what another writer records meanwhile is no difference.
    derived.rebuild(stored.upto_position(views.position()), decode, saves, searchable=False)
    if views.position() > stored.last():
        return (f"the views say they have read the history up to position {views.position()}, "
                f"but it ends at {stored.last()}")
    for table in DERIVED_TABLES:
        if not compare.equal(table):
            return _named(table, *compare.differences(table))
    return None


_ASIDE = "derived_to_compare"


class Comparer(NamedTuple):
    equal: Callable[[str], bool]
    """Whether a table of the store holds the same rows as the derived one."""
    differences: Callable[[str], tuple[list[str], list[str]]]
    """A table's rows the store holds more often than the derived one does, and those it holds
    less often, each shown as JSON, sorted."""


@contextmanager
def _comparer(db: Database, scratch: SQLiteDatabase, path: Path) -> Iterator[Comparer]:
    """How a table of `db` is compared with that of `scratch` (the file at `path`).

    Attached before the snapshot begins (SQLite attaches no file inside a transaction): the
    store's connection first reads the scratch file once it is derived and committed."""
    if isinstance(db, SQLiteDatabase):
        try:
            db.connection.execute(f"ATTACH DATABASE ? AS {_ASIDE}", (str(path),))
        except sqlite3.Error:
            pass  # compared through Python, as a PostgreSQL store's are
        else:
            try:
                yield Comparer(lambda table: _equal_in_sql(db, table), lambda table: _differences_in_sql(db, scratch, table))
            finally:
                db.connection.execute(f"DETACH DATABASE {_ASIDE}")
            return
    yield Comparer(lambda table: _summed(db, table) == _summed(scratch, table),
                   lambda table: _differences(_rows(db, table), _rows(scratch, table)))


def _equal_in_sql(db: SQLiteDatabase, table: str) -> bool:
    """Equal multisets of rows: as many rows, and every row derived (with how often it occurs,
    where the derived table may hold a row twice) among the store's."""
    try:
        return _equal_rows_in_sql(db, table)
    except sqlite3.OperationalError as error:
        if not _reshaped(error):
            raise
        return False


def _reshaped(error: sqlite3.OperationalError) -> bool:
    """Whether SQL could not compare the two tables because the store's has other columns (one
    dropped or added behind the register's back): a difference, named through Python."""
    return "column" in str(error)


def _equal_rows_in_sql(db: SQLiteDatabase, table: str) -> bool:
    one = lambda sql: db.execute(sql).fetchone()[0]  # noqa: E731
    if one(f"SELECT COUNT(*) FROM main.{table}") != one(f"SELECT COUNT(*) FROM {_ASIDE}.{table}"):
        return False
    columns = db.execute(f"PRAGMA {_ASIDE}.table_info({table})").fetchall()
    if any(pk for *_, pk in columns):
        # Keyed, the derived rows are distinct: all of them among as many of the store's means
        # the store holds each once and nothing else.
        return not one(f"SELECT EXISTS (SELECT * FROM {_ASIDE}.{table} EXCEPT SELECT * FROM main.{table})")
    return not one(f"SELECT EXISTS ({_counted(db, table, _ASIDE)} EXCEPT {_counted(db, table, 'main')})")


def _counted(db: SQLiteDatabase, table: str, side: str) -> str:
    """Each distinct row of the table on one side, with how often it occurs there."""
    names = ", ".join(name for _, name, *_ in db.execute(f"PRAGMA {_ASIDE}.table_info({table})"))
    return f"SELECT {names}, COUNT(*) FROM {side}.{table} GROUP BY {names}"


def _differences_in_sql(db: SQLiteDatabase, scratch: SQLiteDatabase, table: str) -> tuple[list[str], list[str]]:
    """As `_differences`, holding only the rows that differ: a row a side holds more often than
    the other is listed, with its count there, by the one EXCEPT or the other."""
    try:
        held = {row[:-1]: row[-1] for row in db.execute(f"{_counted(db, table, 'main')} EXCEPT {_counted(db, table, _ASIDE)}")}
    except sqlite3.OperationalError as error:
        if not _reshaped(error):
            raise
        return _differences(_rows(db, table), _rows(scratch, table))
    derived = {row[:-1]: row[-1] for row in db.execute(f"{_counted(db, table, _ASIDE)} EXCEPT {_counted(db, table, 'main')}")}
    return ([_shown(row) for row, n in held.items() for _ in range(n - derived.get(row, 0))],
            [_shown(row) for row, n in derived.items() for _ in range(n - held.get(row, 0))])


def _rows(db: Database, table: str) -> Iterable[Row]:
    return (tuple(row) for row in db.execute(f"SELECT * FROM {table}"))


def _summed(db: Database, table: str) -> tuple[int, int]:
    """How many rows, and the sum of their digests: equal for equal multisets of rows."""
    count = total = 0
    for row in _rows(db, table):
        count += 1
        total += int.from_bytes(hashlib.sha256(_shown(row).encode()).digest()[:16], "big")
    return count, total


def _differences(shown: Iterable[Row], given: Iterable[Row]) -> tuple[list[str], list[str]]:
    held, derived = Counter(map(_shown, shown)), Counter(map(_shown, given))
    return list((held - derived).elements()), list((derived - held).elements())


def _named(table: str, extra: list[str], missing: list[str]) -> str:
    """A table's first difference in words, from the rows it holds too often and too seldom."""
    extra, missing = sorted(extra), sorted(missing)
    if extra and missing:
        at = next((i for i, (a, b) in enumerate(zip(extra[0], missing[0])) if a != b), 0)
        start = max(0, extra[0].rfind(", ", 0, max(0, at - 40)) + 2)
        return (f"{table} shows {_short(extra[0][start:at + 40])} where the events give {_short(missing[0][start:at + 40])} "
                f"(in the row {_short(extra[0][:start].rstrip(', '), 120)})")
    if extra:
        return f"{table} holds a row the events do not give: {_short(extra[0])}"
    if missing:
        return f"{table} lacks a row the events give: {_short(missing[0])}"
    return f"{table} holds values of other kinds than the events give (a number stored as text, or the like)"


_ENCODE = json.JSONEncoder(ensure_ascii=False).encode
"""Built once: `json.dumps` with an option builds an encoder at every call."""


def _shown(row: Row) -> str:
    return _ENCODE(list(row))


def _short(text: str, most: int = 240) -> str:
    return text if len(text) <= most else text[: most - 1] + "…"
