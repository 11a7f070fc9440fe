"""What an attempt of the campaign is, and the workspace it runs in."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import attrs
from click.testing import CliRunner, Result

from cli import main

ROOT = Path(__file__).resolve().parents[2]


OWN_MINUTES = ROOT / "tests" / "importer" / "minutes" / "board-minutes-2026-2.txt"
Prepare = Callable[["Workspace"], object]
Check = Callable[["Workspace", Result], bool]


@attrs.frozen
class Attempt:
    category: str
    name: str
    args: tuple[str, ...]
    exit: int
    says: str = ""
    prepare: Prepare | None = None
    """What the attacker does to the store or the files first."""
    then: Check | None = None
    """What must hold afterwards, beyond the exit status and the message."""
    needs: str = ""
    """`mount` or `postgres`: left out where the machine does not allow it."""
    store: str | None = None
    """Another --store than the workspace's register."""
    env: tuple[tuple[str, str], ...] = ()


class Workspace:
    """A folder with a fresh copy of the register and the files attempts point at."""

    def __init__(self, folder: Path, template: Path) -> None:
        self.folder = folder
        self.store = folder / "register.db"
        shutil.copy(template, self.store)

    def sql(self, *statements: str) -> None:
        db = sqlite3.connect(self.store)
        try:
            for statement in statements:
                db.execute(statement)
            db.commit()
        finally:
            db.close()

    def file(self, name: str, content: bytes | str) -> Path:
        path = self.folder / name
        path.write_bytes(content.encode() if isinstance(content, str) else content)
        return path

    def fingerprint(self) -> str:
        """The events, chain and ledger as stored: what a refused attempt must leave as it was."""
        on_media = self.store.parent.name == "media"  # read-only or full: read it without a journal
        db = sqlite3.connect(f"file:{self.store}?{'immutable=1' if on_media else 'mode=ro'}", uri=True)
        try:
            h = hashlib.sha256()
            for table in ("stored_events", "register_chain", "register_ledger"):
                for row in db.execute(f"SELECT * FROM {table} ORDER BY 1, 2"):
                    h.update(repr(row).encode())
            return h.hexdigest()
        except sqlite3.DatabaseError:  # a damaged file: its bytes are what must stay as they were
            return hashlib.sha256(self.store.read_bytes()).hexdigest()
        finally:
            db.close()

    def run(self, *args: str, store: str | None = None, env: dict[str, str] | None = None) -> Result:
        return CliRunner().invoke(main, ["--store", store or str(self.store), *args], env=env, catch_exceptions=True)
