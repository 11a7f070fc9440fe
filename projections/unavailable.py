"""When a store cannot be used as asked: the database cannot be reached, the role may not read
or write it, the connection went away during a command, or an SQLite file is damaged."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from domain.errors import RegisterError


class StoreUnavailable(RegisterError):
    """Raised when the database behind a store cannot be reached or refuses the connection."""


class ConnectionLost(StoreUnavailable):
    """Raised when the connection to a PostgreSQL store went away during a command (an
    administrator ended the session, the server restarted): what was under way is not written."""

    def __init__(self, store: str, reason: str, unwritten: str = "nothing was written") -> None:
        self.happened = f"the connection to the PostgreSQL store {store} went away ({reason})"
        """What went wrong, without what it means for the command."""
        super().__init__(f"{self.happened}: {unwritten}; try again when it answers")


_ENDED = ("57P01", "57P02", "57P03")
"""SQLSTATEs of a session the server ended: an administrator's command, a shutdown, a crash."""


def connection_gone(error: BaseException) -> bool:
    """Whether an error, from psycopg or as the library wrapped it, says the connection to
    PostgreSQL went away: a session ended by the server, or the client's link broken (no
    SQLSTATE: the server never answered)."""
    seen: BaseException | None = error
    while seen is not None:
        state = getattr(seen, "sqlstate", None)
        if state in _ENDED or (state or "").startswith("08"):
            return True
        if state is None and type(seen).__module__.startswith("psycopg") and isinstance(seen, Exception) \
                and type(seen).__name__ in ("OperationalError", "InterfaceError", "PoolTimeout"):
            return True
        seen = seen.__cause__
    return False


@contextmanager
def lost_when_gone(store: str, unwritten: str = "nothing was written") -> Iterator[None]:
    """Turns the connection to the PostgreSQL store `store` going away into ConnectionLost,
    which says `unwritten`: what of the command is not in the store."""
    try:
        yield
    except Exception as error:
        if not connection_gone(error):
            raise
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise ConnectionLost(store, reason, unwritten) from None


def unreachable(error: Exception, shown: str, conninfo: dict[str, str], waited: int) -> StoreUnavailable:
    """A connection PostgreSQL did not give, in one line: where (host:port) and what to check.
    The driver says why only in words, spread over lines (no SQLSTATE before a session)."""
    said = str(error).strip()
    where = f"{conninfo.get('host', 'localhost')}:{conninfo.get('port', '5432')}"
    user, database = conninfo.get("user", "postgres"), conninfo.get("dbname", "")
    lowered = said.lower()
    if "connection refused" in lowered:
        why = f"nothing answers at {where}: check that PostgreSQL runs there and that the URL's host and port are right"
    elif "resolve host" in lowered or "translate host name" in lowered:
        why = f"the host of {where} is not known: check the host name in the URL"
    elif "timeout" in lowered or "timed out" in lowered:
        why = f"no answer from {where} within {waited} s: check the URL's host and port, and any firewall on the way"
    elif "database" in lowered and "does not exist" in lowered:
        why = f"the server at {where} has no database {database}: check the database name in the URL, or create it"
    elif "role" in lowered and "does not exist" in lowered or "authentication failed" in lowered or "pg_hba.conf" in lowered:
        why = (f"the server at {where} does not let the role {user} in: check the user and password in the URL, "
               "and the server's pg_hba.conf")
    else:
        # The driver's last clause is its reason: "connection to server at …, port … failed: REASON".
        reason = said.splitlines()[0].rsplit("failed: ", 1)[-1].strip() if said else type(error).__name__
        why = f"cannot connect to {where} ({reason}): check the URL, and that the server runs and accepts connections"
    return StoreUnavailable(f"cannot use the PostgreSQL store {shown}: {why}")


def role_may_only_read(connection: Any, user: str, schema: str, events_table: str, shown: str) -> str | None:
    """Why the role `user` may only read the store in `schema` (it may not insert events), if
    it may; a role that may not even read it, or may not make a register where there is none,
    is refused with StoreUnavailable. `shown` names the store."""
    privileges = connection.execute("SELECT has_schema_privilege(%s, 'USAGE'), has_schema_privilege(%s, 'CREATE')",
                                    (schema, schema)).fetchone()
    usage, create = privileges if privileges else (False, False)
    if not usage:
        raise StoreUnavailable(f"cannot use the PostgreSQL store {shown}: the role {user} may not use the schema {schema}")
    hidden = connection.execute(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = %s "
        "AND c.relkind = 'r' AND NOT has_table_privilege(c.oid, 'SELECT') ORDER BY c.relname LIMIT 1", (schema,)).fetchone()
    if hidden:
        raise StoreUnavailable(f"cannot use the PostgreSQL store {shown}: the role {user} may not read its table {hidden[0]}")
    table = f"{schema}.{events_table}"  # both are names PostgreSQL keeps as written
    recorded = connection.execute("SELECT to_regclass(%s) IS NOT NULL", (table,)).fetchone()
    if recorded and recorded[0]:
        insert = connection.execute("SELECT has_table_privilege(%s, 'INSERT')", (table,)).fetchone()
        return None if insert and insert[0] else f"the role {user} may only read it"
    if not create:
        raise StoreUnavailable(f"the PostgreSQL store {shown} holds no register, and the role {user} may not make one "
                               f"in the schema {schema}")
    return None


class StoreDamaged(RegisterError):
    """Raised when SQLite finds the store's file damaged (pages overwritten, cut short): it is
    not a readable register database, whatever its name and first bytes say."""


def damaged(error: BaseException) -> str | None:
    """What SQLite said, if an error (from sqlite3 or as the library wrapped it) says the file
    is damaged. A forged full-text index (SQLITE_CORRUPT_VTAB) is not: the views differ, and a
    rebuild repairs them."""
    seen: BaseException | None = error
    while seen is not None:
        name = getattr(seen, "sqlite_errorname", "")
        if isinstance(seen, sqlite3.DatabaseError) and (
                name == "SQLITE_NOTADB" or name.startswith("SQLITE_CORRUPT") and name != "SQLITE_CORRUPT_VTAB"):
            return str(seen)
        seen = seen.__cause__ or seen.__context__
    return None


@contextmanager
def refused_when_damaged(shown: Callable[[], str]) -> Iterator[None]:
    """Turns SQLite finding the store `shown()` damaged, wherever it reads, into StoreDamaged."""
    try:
        yield
    except Exception as error:
        said = None if isinstance(error, RegisterError) else damaged(error)  # said already, in its own words
        if said is None:
            raise
        raise StoreDamaged(f"store {shown()}: not a readable register database (SQLite finds the file damaged: {said}); "
                           "nothing was written; restore it from a backup") from None
