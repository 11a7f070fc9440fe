"""Opening an SQLite store again in a process that has it open (each thread of the site opens its
own) must not drop what this process holds: POSIX locks belong to the process, and closing any
descriptor of the file drops them all. Without its lock, another process closing its last
connection takes itself for the last one and removes the write-ahead log under this process's
connections; `serve --processes` answered 500 with SQLite's "disk I/O error" (a short read)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from register.storage import Store


def held_by_this_process(path: Path) -> list[str]:
    inode = os.stat(path).st_ino
    return [line for line in Path("/proc/locks").read_text().splitlines()
            if line.split()[4] == str(os.getpid()) and line.split()[5].endswith(f":{inode}")]


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="reads the locks from Linux's /proc/locks")
def test_a_second_opening_keeps_the_lock_the_first_connection_holds(tmp_path):
    store = Store.choose(str(tmp_path / "register.db"))
    first = store.database()
    first.execute("CREATE TABLE kept (x)")
    assert held_by_this_process(store.path), "SQLite holds a lock on the file in write-ahead-log mode"

    store.database().close()

    assert held_by_this_process(store.path)
    first.close()


def test_another_process_closing_leaves_the_write_ahead_log_of_this_one(tmp_path):
    store = Store.choose(str(tmp_path / "register.db"))
    first = store.database()
    first.execute("CREATE TABLE kept (x)")
    first.execute("INSERT INTO kept VALUES (1)")
    store.database().close()

    other = "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('SELECT * FROM kept').fetchall(); c.close()"
    subprocess.run([sys.executable, "-c", other, str(store.path)], check=True)

    assert store.path.with_name("register.db-wal").exists()
    assert first.execute("SELECT x FROM kept").fetchall() == [(1,)]
    first.close()

