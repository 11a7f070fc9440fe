"""The two kinds of store every test runs on: an SQLite file and a PostgreSQL schema."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from register.storage import Store

POSTGRES = os.environ.get("REGISTER_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")
REQUIRE_POSTGRES = os.environ.get("REGISTER_REQUIRE_POSTGRES", "") not in ("", "0")
"""Set by CI (`.ci/run`): a PostgreSQL that does not answer fails its tests instead of skipping
them, so that a green run has run the whole suite on both stores."""
_reachable: bool | None = None


def postgres_reachable() -> bool:
    global _reachable
    if _reachable is None:
        try:
            import psycopg

            with psycopg.connect(_conninfo(), connect_timeout=3):
                _reachable = True
        except Exception:
            _reachable = False
    return _reachable


def skip_without_postgres() -> None:
    if postgres_reachable():
        return
    reason = (f"PostgreSQL does not answer at {POSTGRES}: start it (on Debian: "
              "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start) "
              "or point REGISTER_TEST_POSTGRES at a database you may create schemas in")
    if REQUIRE_POSTGRES:
        pytest.fail(f"REGISTER_REQUIRE_POSTGRES is set (as in CI), and {reason}", pytrace=False)
    pytest.skip(reason)


@contextmanager
def fresh_store(backend: str, folder: Path) -> Iterator[Store]:
    """An empty store of the given kind, removed afterwards."""
    if backend == "sqlite":
        yield Store(path=folder / f"register-{uuid.uuid4().hex[:8]}.db")
        return
    skip_without_postgres()
    schema = f"test_{uuid.uuid4().hex[:12]}"
    yield Store(url=f"{POSTGRES}?schema={schema}")
    import psycopg
    from psycopg import sql

    with psycopg.connect(_conninfo(), autocommit=True) as db:
        db.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(schema)))


def _conninfo() -> str:
    return Store(url=POSTGRES).conninfo()
