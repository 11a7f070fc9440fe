"""Where a register is stored: the `--store` / `REGISTER_STORE` setting turned into a Store.

A path is an SQLite file; `postgresql://USER[:PASSWORD]@HOST[:PORT]/DB[?schema=NAME]` is a
PostgreSQL database, through eventsourcing's own PostgreSQL persistence.
"""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path
from urllib.parse import parse_qs, quote, unquote, urlparse

import attrs

from domain.errors import RegisterError
from projections.sql import Database, PostgresDatabase, SQLiteDatabase, lock_timeout
from register.files import read_start

DEFAULT_STORE = "register.db"
LEAST_FREE = 512 * 1024
"""Below this many bytes free, a disk counts as full: an SQLite store on it is opened read-only."""
_SCHEMA = re.compile(r"[a-z_][a-z0-9_]*")
"""A schema name PostgreSQL keeps as written, so it never needs quoting (and cannot break out of it)."""


class StoreReadOnly(RegisterError):
    """Raised when asked to write to a store that may only be read (read-only media, a file the
    user may not write, a database role that may only read)."""


class UnsupportedStore(RegisterError):
    """Raised when the store setting names a kind of store this version cannot open."""


@attrs.frozen
class Store:
    """The event store and, beside it, the read models and the ledger."""

    path: Path | None = None
    url: str | None = None

    @classmethod
    def choose(cls, setting: str | None = None) -> Store:
        chosen = setting or os.environ.get("REGISTER_STORE") or DEFAULT_STORE
        if chosen.startswith(("postgresql://", "postgres://")):
            return cls(url=chosen)
        if "://" in chosen:
            raise UnsupportedStore(f"store {chosen!r}: give an SQLite file path or a postgresql:// URL")
        return cls(path=Path(chosen))

    @property
    def read_only(self) -> str | None:
        """Why an SQLite store may only be read, if it may: it is then opened so that nothing
        is written, not even the journal's lock files."""
        if self.path is None or not self.path.is_file():
            return None
        try:
            disk = os.statvfs(self.path)
        except OSError:
            return None
        if disk.f_flag & os.ST_RDONLY:
            return "it is on a read-only file system"
        if disk.f_bavail * disk.f_frsize < LEAST_FREE:
            return f"the disk holding it is full: {disk.f_bavail * disk.f_frsize // 1024} KiB free"
        if not os.access(self.path, os.W_OK):
            return "the file may not be written"
        if not os.access(self.path.parent, os.W_OK):
            return f"its folder {self.path.parent} may not be written"
        return None

    def refuse_writes(self, why: str | None = None) -> None:
        """Refuses, in one line, to write to a store that may only be read: for `why` (a
        database role's privileges), or for what an SQLite file's own state says."""
        why = why or self.read_only
        if why is None:
            return
        if why.startswith("the disk"):
            remedy = "free some space on it and try again"
        elif self.url is not None:
            remedy = "record with a role that may write, or copy it with `register copy --to` to record in the copy"
        else:
            remedy = "copy it somewhere writable with `register copy --to` to record in it"
        raise StoreReadOnly(f"the store {self} may only be read ({why}): nothing was written; {remedy}")

    def sqlite_name(self) -> str:
        """The SQLite database name: its path, or a read-only URI for a store that may only be read
        (immutable unless another connection's write-ahead log is there to be read)."""
        assert self.path is not None
        if self.read_only is None:
            return str(self.path)
        wal = self.path.with_name(self.path.name + "-wal")
        mode = "mode=ro" if wal.exists() and wal.stat().st_size else "immutable=1"
        return f"file:{quote(str(self.path.resolve()))}?{mode}"

    @property
    def events_table(self) -> str:
        return "stored_events" if self.url is None else "register_events"

    def __str__(self) -> str:
        return str(self.path) if self.url is None else self._safe_url()

    def eventsourcing_env(self) -> dict[str, str]:
        if self.url is None:
            return {
                "PERSISTENCE_MODULE": "eventsourcing.sqlite",
                "SQLITE_DBNAME": self.sqlite_name(),
                "SQLITE_LOCK_TIMEOUT": str(lock_timeout()),
                "APPLICATION_RECORDER_TOPIC": "register.ledger:LedgerSQLiteRecorder",
            }
        parts = self._parts()
        return {
            "PERSISTENCE_MODULE": "eventsourcing.postgres",
            "POSTGRES_DBNAME": parts["dbname"],
            "POSTGRES_HOST": parts["host"],
            "POSTGRES_PORT": parts["port"],
            "POSTGRES_USER": parts["user"],
            "POSTGRES_PASSWORD": parts["password"],
            "POSTGRES_SCHEMA": parts["schema"],
            "POSTGRES_LOCK_TIMEOUT": str(lock_timeout()),
            "APPLICATION_RECORDER_TOPIC": "register.ledger_postgres:LedgerPostgresRecorder",
        }

    def database(self) -> Database:
        if self.url is None:
            assert self.path is not None
            if not self.path.parent.is_dir():
                raise UnsupportedStore(f"store {self.path}: the folder {self.path.parent} does not exist")
            if self.path.is_dir():
                raise UnsupportedStore(f"store {self.path}: a folder, not a register; give the path of a register "
                                       f"file, e.g. {self.path / DEFAULT_STORE}")
            if self.path.exists() and not self.path.is_file():
                raise UnsupportedStore(f"store {self.path}: not a register (a device or a pipe, not a file)")
            if self.path.exists() and not _sqlite_file(self.path, self.sqlite_name()):
                raise UnsupportedStore(f"store {self.path}: not a readable register database (the file is not an SQLite database)")
            return SQLiteDatabase(self.sqlite_name())
        return PostgresDatabase(self.conninfo(), self._parts()["schema"], self._safe_url(), self.events_table)

    def conninfo(self) -> str:
        """The PostgreSQL connection string of this store's URL."""
        return " ".join(f"{k}={_quoted(v)}" for k, v in self._parts().items() if k != "schema" and v)

    def _parts(self) -> dict[str, str]:
        assert self.url is not None
        parsed = urlparse(self.url)
        if not parsed.path.strip("/") or not parsed.hostname:
            raise UnsupportedStore(f"store {self._safe_url()!r}: expected postgresql://USER@HOST:PORT/DB")
        try:
            port = 5432 if parsed.port is None else parsed.port
        except ValueError:
            port = 0
        if not 1 <= port <= 65535:
            raise UnsupportedStore(f"store {self._safe_url()!r}: the port must be a number from 1 to 65535")
        schema = parse_qs(parsed.query, keep_blank_values=True).get("schema", ["public"])[0]
        if not _SCHEMA.fullmatch(schema) or len(schema.encode()) > 63:
            raise UnsupportedStore(
                f"store {self._safe_url()!r}: schema {schema!r} is not a name PostgreSQL keeps as written: "
                "use lower-case letters, digits and _ (starting with a letter or _), at most 63"
            )
        return {
            "dbname": parsed.path.strip("/"),
            "host": parsed.hostname,
            "port": str(port),
            "user": unquote(parsed.username or "postgres"),
            "password": unquote(parsed.password or ""),
            "schema": schema,
        }

    def _safe_url(self) -> str:
        parsed = urlparse(self.url or "")
        if parsed.password:
            return (self.url or "").replace(f":{parsed.password}@", ":***@")
        return self.url or ""


def _sqlite_file(path: Path, name: str) -> bool:
    """An empty file (SQLite makes it a database) or an SQLite database, as SQLite itself says
    when opened by `name` as the store will be.
    Not read through a descriptor of our own: closing one drops every POSIX lock this process
    holds on the file, and another process closing its last connection would then take itself
    for the last one and remove the write-ahead log under this process's open connections."""
    try:
        probe = sqlite3.connect(name, uri=name.startswith("file:"))
        try:
            probe.execute("PRAGMA schema_version").fetchone()
        finally:
            probe.close()
    except sqlite3.DatabaseError as error:
        if error.sqlite_errorcode == sqlite3.SQLITE_NOTADB:
            # Read now, the file being no use to any connection: is it SQLite's, and damaged?
            return _starts_as_sqlite(path)
        raise UnsupportedStore(f"store {path}: cannot read it: {error}") from None
    return True


def _starts_as_sqlite(path: Path) -> bool:
    try:
        return read_start(path, 16) == b"SQLite format 3\x00"
    except OSError as error:
        raise UnsupportedStore(f"store {path}: cannot read it: {error.strerror or error}") from None


def _quoted(value: str) -> str:
    """A libpq connection-string value: quoted, with backslashes and quotes escaped."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
