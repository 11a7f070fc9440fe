"""Where a register is stored: the `--store` / `REGISTER_STORE` setting turned into a Store."""

from __future__ import annotations

import os
from pathlib import Path

import attrs

from domain.errors import RegisterError

DEFAULT_STORE = "register.db"


class UnsupportedStore(RegisterError):
    """Raised when the store setting names a kind of store this version cannot open."""


@attrs.frozen
class Store:
    """An SQLite file holding the event store and, beside it, the projections' read models."""

    path: Path

    @classmethod
    def choose(cls, setting: str | None = None) -> Store:
        chosen = setting or os.environ.get("REGISTER_STORE") or DEFAULT_STORE
        if "://" in chosen:
            raise UnsupportedStore(
                f"store {chosen!r}: only SQLite files are supported; give a file path"
            )
        return cls(Path(chosen))

    def eventsourcing_env(self) -> dict[str, str]:
        return {
            "PERSISTENCE_MODULE": "eventsourcing.sqlite",
            "SQLITE_DBNAME": str(self.path),
            "SQLITE_LOCK_TIMEOUT": "10",
            "APPLICATION_RECORDER_TOPIC": "register.ledger:LedgerSQLiteRecorder",
        }
