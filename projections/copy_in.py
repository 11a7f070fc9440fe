"""Putting views derived aside, in a scratch SQLite file, into the store's own tables."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from projections.sql import Database, SQLiteDatabase

_ASIDE = "derived_aside"


@contextmanager
def copier(db: Database, scratch: SQLiteDatabase, path: Path) -> Iterator[Callable[[str], None]]:
    """A function that copies one table's rows from `scratch` (the file at `path`) into the
    same table of `db`, for use inside `db`'s transaction.

    An SQLite store attaches the file (not possible inside a transaction, hence around it) and
    copies each table in one statement: the rows never pass through Python, and into an empty
    table with the same layout SQLite copies them as they are stored. PostgreSQL reads them
    through Python and takes them with COPY."""
    if not isinstance(db, SQLiteDatabase):
        yield lambda table: db.insert_rows(table, scratch.execute(f"SELECT * FROM {table}"))
        return
    def copy(table: str) -> None:
        db.connection.execute(f"INSERT INTO {table} SELECT * FROM {_ASIDE}.{table}")

    db.connection.execute(f"ATTACH DATABASE ? AS {_ASIDE}", (str(path),))
    try:
        yield copy
    finally:
        db.connection.execute(f"DETACH DATABASE {_ASIDE}")
