"""A thin SQL connection that speaks SQLite or PostgreSQL, for the read model and the ledger.

Statements are written once, with `?` placeholders and portable SQL; only how a write
transaction takes its lock, and the placeholder style, differ between the two.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol
from uuid import UUID

from domain.errors import InvalidValue, RegisterError
from projections.unavailable import StoreUnavailable, damaged, lost_when_gone, role_may_only_read, unreachable

Wanted = tuple[frozenset[str], str | None]
"""A query word as the index is asked for it: terms, one of which a row's words hold, or a prefix one begins with."""


class Database(Protocol):
    dialect: str
    integrity_errors: tuple[type[Exception], ...]
    """What the driver raises when a row breaks a key: a duplicate."""
    may_only_read: str | None
    """Why the connection's role may only read the store, if it may (PostgreSQL)."""

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any: ...

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...

    def insert_rows(self, table: str, rows: Any) -> None:
        """Every row of a cursor inserted into `table` as it is, in bulk."""
        ...

    def script(self, ddl: str) -> None: ...

    @contextmanager
    def exclusive(self, table: str) -> Iterator[None]: ...

    @contextmanager
    def setting_up(self) -> Iterator[None]: ...

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads that all see the database as it stood at one moment, whatever is written meanwhile."""
        ...

    def index_words(self) -> None:
        """Creates the full-text index over `view_rows.words` (stems the projection computed)."""
        ...

    def words_match(self, wanted: Sequence[Wanted]) -> tuple[str, str]:
        """A condition on `view_rows` that holds where, for each query word, `words` holds one of its
        terms or a term that begins with its prefix, with its one parameter."""
        ...

    def words_index_problem(self) -> str | None:
        """Whether the full-text index disagrees with the rows it indexes; None when it agrees."""
        ...

    def drop_words_index(self) -> None:
        """Drops the full-text index, before the rows are written again in bulk; `index_words`
        and `reindex_words` make it again from them."""
        ...

    def reindex_words(self) -> None:
        """Builds the full-text index again from the rows."""
        ...

    def close(self) -> None: ...


class StoreBusy(RegisterError):
    """Raised when another command held the store's write lock for longer than we wait."""


BUSY = (
    "the store is busy: another command (a rebuild, a large import) held it for more than {seconds} s; "
    "nothing was written; try again when it is done, or wait longer with REGISTER_LOCK_TIMEOUT"
)


def _waited_too_long(error: Exception) -> bool:
    """Whether a database error says a lock was not granted in time (SQLite or PostgreSQL)."""
    text = str(error)
    return "database is locked" in text or "lock timeout" in text


@contextmanager
def busy_when_locked(message: str = BUSY) -> Iterator[None]:
    """Turns a lock not granted in time, from the library, sqlite3 or psycopg, into StoreBusy
    with `message` (its `{seconds}`: how long we waited); other errors pass unchanged."""
    try:
        yield
    except Exception as error:
        if not _waited_too_long(error):
            raise
        raise StoreBusy(message.format(seconds=lock_timeout())) from None


class DiskFull(RegisterError):
    """Raised when the disk holding the store filled up during a write; the write was undone."""


def disk_full(error: BaseException) -> bool:
    """Whether a database error says the disk is full (SQLite's SQLITE_FULL, PostgreSQL's 53100),
    however the library wrapped it."""
    seen: BaseException | None = error
    while seen is not None:
        if "disk is full" in str(seen) or "No space left on device" in str(seen) or getattr(seen, "sqlstate", None) == "53100":
            return True
        seen = seen.__cause__
    return False


@contextmanager
def refused_when_full(message: str) -> Iterator[None]:
    """Turns a full disk, from the library or a driver, into DiskFull with `message`."""
    try:
        yield
    except Exception as error:
        if not disk_full(error):
            raise
        raise DiskFull(message) from None


def lock_timeout() -> int:
    """How long a write waits for the store's lock, in whole seconds: REGISTER_LOCK_TIMEOUT, else 30."""
    setting = os.environ.get("REGISTER_LOCK_TIMEOUT", "30")
    if not setting.strip().isdigit() or int(setting) < 1:
        raise InvalidValue(f"REGISTER_LOCK_TIMEOUT must be a whole number of seconds, 1 or more, not {setting!r}")
    return int(setting)


def _free_bytes(folder: Path) -> int:
    try:
        disk = os.statvfs(folder)
    except OSError:
        return 2**62
    return disk.f_bavail * disk.f_frsize


_WORDS_INDEX = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS view_rows_text USING fts5("
    " words, content='view_rows', content_rowid='rowid', tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER IF NOT EXISTS view_rows_text_added AFTER INSERT ON view_rows"
    " BEGIN INSERT INTO view_rows_text (rowid, words) VALUES (new.rowid, new.words); END",
    "CREATE TRIGGER IF NOT EXISTS view_rows_text_removed AFTER DELETE ON view_rows"
    " BEGIN INSERT INTO view_rows_text (view_rows_text, rowid, words) VALUES ('delete', old.rowid, old.words); END",
    "CREATE TRIGGER IF NOT EXISTS view_rows_text_changed AFTER UPDATE OF words ON view_rows BEGIN"
    " INSERT INTO view_rows_text (view_rows_text, rowid, words) VALUES ('delete', old.rowid, old.words);"
    " INSERT INTO view_rows_text (rowid, words) VALUES (new.rowid, new.words); END",
)
"""SQLite's full-text index over `view_rows.words`: FTS5 over the column, kept by triggers (for
every row, a row without words too, as FTS5's own check of the index expects); the tokenizer
only splits and folds case (the stems are ours) and keeps å, ä and ö apart from a and o."""


class SQLiteDatabase:
    dialect = "sqlite"
    integrity_errors: tuple[type[Exception], ...] = (sqlite3.IntegrityError,)
    may_only_read: str | None = None
    """A file's own state says whether it may be written (`Store.read_only`), not the connection."""

    def __init__(self, path: Path | str) -> None:
        """`path`: a file, or a `file:` URI (a store opened read-only)."""
        self.timeout = lock_timeout()
        self.read_only = str(path).startswith("file:")
        try:
            # Used by one thread at a time; the library may close it from its finaliser's thread.
            self.connection = sqlite3.connect(path, isolation_level=None, timeout=self.timeout, check_same_thread=False,
                                              uri=self.read_only)
            if not self.read_only:
                self.connection.execute("PRAGMA journal_mode=WAL")
        except sqlite3.OperationalError as error:
            full = not self.read_only and _free_bytes(Path(path).parent) < 64 * 1024
            raise StoreUnavailable(f"cannot open the SQLite store {path}: "
                                   + ("the disk holding it is full; free some space on it and try again" if full else str(error))) from None
        # This connection writes only what can be rebuilt from the events (the read model):
        # in WAL mode, NORMAL loses at most the last commits on power loss, never consistency.
        self.connection.execute("PRAGMA synchronous=NORMAL")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.connection.execute(sql, params)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self.connection.executemany(sql, rows)

    def insert_rows(self, table: str, rows: Any) -> None:
        while batch := rows.fetchmany(20000):
            self.connection.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(batch[0]))})", batch)

    def script(self, ddl: str) -> None:
        self.connection.executescript(ddl)

    def index_words(self) -> None:
        # One statement at a time: executescript would commit the transaction a rebuild is in.
        for statement in _WORDS_INDEX:
            self.connection.execute(statement)

    def words_match(self, wanted: Sequence[Wanted]) -> tuple[str, str]:
        def quoted(term: str) -> str:
            return '"' + term.replace('"', '""') + '"'

        either = (" OR ".join([*map(quoted, sorted(whole)), *([quoted(prefix) + "*"] if prefix else [])])
                  for whole, prefix in wanted)
        return ("rowid IN (SELECT rowid FROM view_rows_text WHERE view_rows_text MATCH ?)",
                " AND ".join(f"({one})" for one in either))

    def words_index_problem(self) -> str | None:
        # The index is a table of its own that a forger could edit to hide hits; FTS5 checks it
        # against the rows (rank 1: against the external content). It writes nothing, but is
        # an INSERT, so a store that may only be read is not checked.
        if self.read_only:
            return None
        try:
            # Locked while a rebuild puts new views in place: the check could not run, which is
            # no finding about the index (StoreBusy, not a DatabaseError, passes through).
            with busy_when_locked():
                self.connection.execute("INSERT INTO view_rows_text (view_rows_text, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as error:
            if damaged(error):
                raise  # the file's pages, not an edited index
            return f"the full-text index differs from the rows it indexes ({error})"
        return None

    def drop_words_index(self) -> None:
        for trigger in ("added", "removed", "changed"):
            self.connection.execute(f"DROP TRIGGER IF EXISTS view_rows_text_{trigger}")
        self.connection.execute("DROP TABLE IF EXISTS view_rows_text")

    def reindex_words(self) -> None:
        self.connection.execute("INSERT INTO view_rows_text (view_rows_text) VALUES ('rebuild')")

    @contextmanager
    def exclusive(self, table: str) -> Iterator[None]:
        """One write transaction at a time across processes: SQLite's own write lock."""
        with busy_when_locked():
            self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    @contextmanager
    def setting_up(self) -> Iterator[None]:
        """SQLite serialises creating tables by itself."""
        yield

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """In WAL mode a read transaction sees one moment and lets writers go on."""
        self.connection.execute("BEGIN")
        try:
            yield
        finally:
            self.connection.execute("ROLLBACK")

    def copy_into(self, path: Path) -> None:
        """Copies the whole database, at one moment, into a new file (SQLite's online backup)."""
        target = sqlite3.connect(path)
        try:
            self.connection.backup(target)
        finally:
            target.close()

    def close(self) -> None:
        self.connection.close()


_CONNECT_TIMEOUT = 10
"""Seconds to wait for a PostgreSQL server to answer at all."""


class PostgresDatabase:
    dialect = "postgres"
    integrity_errors: tuple[type[Exception], ...]

    def __init__(self, conninfo: str, schema: str, shown: str, events_table: str = "register_events") -> None:
        """`shown` names the store in messages, without its password; `events_table`: the table
        whose privileges say whether this role may record."""
        import psycopg  # imported here: only PostgreSQL stores pay for it
        from psycopg import sql

        try:
            self.connection = psycopg.connect(conninfo, autocommit=True, connect_timeout=_CONNECT_TIMEOUT)
        except psycopg.OperationalError as error:
            from psycopg.conninfo import conninfo_to_dict

            where = {k: str(v) for k, v in conninfo_to_dict(conninfo).items()}
            raise unreachable(error, shown, where, _CONNECT_TIMEOUT) from None
        self.schema = schema
        self.shown = shown
        self.integrity_errors: tuple[type[Exception], ...] = (psycopg.IntegrityError,)
        self.timeout = lock_timeout()
        user, found = self.connection.execute("SELECT current_user, EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = %s)",
                                              (schema,)).fetchone() or ("", False)
        if not found:  # a role that may only read must not be asked to create what is there already
            try:
                with self.setting_up():
                    self.connection.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(schema)))
            except psycopg.errors.InsufficientPrivilege:
                raise StoreUnavailable(f"the PostgreSQL store {shown} holds no schema {schema}, and the role {user} "
                                       "may not create it: give the schema of a register, or a role that may make one") from None
        self.connection.execute(sql.SQL("SET search_path TO {}").format(sql.Identifier(schema)))
        self.may_only_read = role_may_only_read(self.connection, user, schema, events_table, shown)
        """Why this role may only read the store, if it may: it is then opened without writing."""
        # Without it a command would wait on a rebuild's locks for as long as the rebuild runs.
        self.connection.execute(sql.SQL("SET lock_timeout = {}").format(sql.Literal(f"{int(self.timeout)}s")))

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        with lost_when_gone(self.shown), busy_when_locked():
            return self.connection.execute(_placeholders(sql), tuple(params))

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            with lost_when_gone(self.shown), busy_when_locked(), self.connection.cursor() as cursor:
                cursor.executemany(_placeholders(sql), [tuple(r) for r in rows])

    def insert_rows(self, table: str, rows: Any) -> None:
        """With COPY: several times as fast as INSERTs for a whole read model."""
        from psycopg import sql

        with lost_when_gone(self.shown), busy_when_locked(), self.connection.cursor() as cursor:
            with cursor.copy(sql.SQL("COPY {} FROM STDIN").format(sql.Identifier(table))) as copy:
                while batch := rows.fetchmany(20000):
                    for row in batch:
                        copy.write_row(row)

    def script(self, ddl: str) -> None:
        for statement in ddl.split(";"):
            if statement.strip():
                self.execute(statement.replace("INTEGER", "BIGINT"))

    def index_words(self) -> None:
        # 'simple': split and lower-case only, no stemming and no stop words (the stems are ours).
        self.execute("CREATE INDEX IF NOT EXISTS view_rows_words ON view_rows USING GIN (to_tsvector('simple', words))")

    def words_match(self, wanted: Sequence[Wanted]) -> tuple[str, str]:
        def quoted(term: str) -> str:
            return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"

        either = (" | ".join([*map(quoted, sorted(whole)), *([quoted(prefix) + ":*"] if prefix else [])])
                  for whole, prefix in wanted)
        return "to_tsvector('simple', words) @@ to_tsquery('simple', ?)", " & ".join(f"({one})" for one in either)

    def words_index_problem(self) -> str | None:
        return None  # PostgreSQL keeps its GIN index itself; no table of it can be edited

    def drop_words_index(self) -> None:
        self.execute("DROP INDEX IF EXISTS view_rows_words")

    def reindex_words(self) -> None:
        pass  # `index_words` built it from the rows

    @contextmanager
    def exclusive(self, table: str) -> Iterator[None]:
        """One write transaction at a time across processes: an exclusive lock on `table`."""
        from psycopg import sql

        # The transaction's own end (a commit, or a rollback on a lost connection) may be what fails.
        with lost_when_gone(self.shown), self.connection.transaction():
            with busy_when_locked():
                self.connection.execute(sql.SQL("LOCK TABLE {} IN EXCLUSIVE MODE").format(sql.Identifier(table)))
            yield

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        with lost_when_gone(self.shown), self.connection.transaction(force_rollback=True):
            self.connection.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            yield

    @contextmanager
    def setting_up(self) -> Iterator[None]:
        """PostgreSQL fails two sessions that create the same table at once; take turns."""
        self.execute("SELECT pg_advisory_lock(hashtext('beslutsregister setup'))")
        try:
            yield
        finally:
            if not self.connection.broken:  # a session that ended holds no lock
                self.execute("SELECT pg_advisory_unlock(hashtext('beslutsregister setup'))")

    def close(self) -> None:
        self.connection.close()


def _placeholders(sql: str) -> str:
    return sql.replace("%", "%%").replace("?", "%s")


def hex_id(originator_id: Any) -> str:
    """An aggregate id as the stores write it: a UUID's hex digits, or the text id itself."""
    return originator_id.hex if isinstance(originator_id, UUID) else str(originator_id)
