"""A rehearsal: meetings recorded first in a scratch copy of the register, then saved in the
register itself all in one transaction, or none of them.

Importing several minutes files, each file's links to earlier meetings are read from the views
as the files before it left them, and only recording those files shows what that is. So the
files are recorded, one by one, in a throwaway SQLite copy; if every one goes in, the events
made there are saved here in one save, exactly as they were made. A file that fails leaves
the register untouched.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from projections.sql import SQLiteDatabase
from register import audit as whole_store
from register.application import Register
from register.storage import Store


@contextmanager
def rehearsal(register: Register) -> Iterator[Register]:
    """A scratch copy of `register` (same board, same actor), gone when the block ends."""
    with tempfile.TemporaryDirectory(prefix="register-rehearsal-") as folder:
        path = Path(folder) / "rehearsal.db"
        if isinstance(register.database, SQLiteDatabase):
            register.database.copy_into(path)  # events, ledger and views as they stand, at once
        copy = Register(Store(path=path), register.board, register.actor)
        try:
            if not isinstance(register.database, SQLiteDatabase):
                whole_store.copy(register, copy)
            yield copy
        finally:
            copy.close()
