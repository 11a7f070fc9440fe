"""Attempts on the store and the machine: tampering with what is stored, locks, read-only
and full disks, a killed import."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from click.testing import Result

from tests.adversarial.attempt import OWN_MINUTES, ROOT, Attempt, Workspace


def tampering() -> list[Attempt]:
    verify = ("verify",)

    def caught(name: str, *statements: str, says: str = "") -> Attempt:
        return Attempt("tampering", name, verify, 1, says, prepare=lambda w: w.sql(*statements), then=_rebuild_or_refuse)

    grant = "(SELECT rowid FROM stored_events WHERE CAST(state AS TEXT) LIKE '%3578000%')"
    return [
        caught("an amount changed in a stored event",
               f"UPDATE stored_events SET state = CAST(replace(CAST(state AS TEXT), '3578000', '9578000') AS BLOB) WHERE rowid = {grant}",
               says="event altered"),
        caught("an event deleted", "DELETE FROM stored_events WHERE rowid = 7", says="event deleted"),
        caught("the last event deleted", "DELETE FROM stored_events WHERE rowid = (SELECT MAX(rowid) FROM stored_events)",
               says="event deleted"),
        caught("two events swapped", "UPDATE stored_events SET rowid = -3 WHERE rowid = 3", "UPDATE stored_events SET rowid = 3 WHERE rowid = 4",
               "UPDATE stored_events SET rowid = 4 WHERE rowid = -3", says="altered or reordered"),
        caught("an event slipped in", "INSERT INTO stored_events (originator_id, originator_version, topic, state) "
               "SELECT originator_id, 99, topic, state FROM stored_events WHERE rowid = 5", says="inserted outside"),
        caught("a chain digest changed", "UPDATE register_chain SET digest = 'x' WHERE position = 9", says="position 9"),
        caught("a chain row deleted", "DELETE FROM register_chain WHERE position = 9", says="position 9"),
        caught("who recorded a save changed", "UPDATE register_ledger SET actor = 'someone else' WHERE first_position = 1",
               says="record of the save"),
        caught("when a save was recorded changed", "UPDATE register_ledger SET recorded_at = '2020-01-01T00:00:00.000000+00:00' "
               "WHERE first_position = 1", says="record of the save"),
        caught("a save boundary moved", "UPDATE register_ledger SET last_position = last_position - 1 WHERE first_position = 1",
               "UPDATE register_ledger SET first_position = first_position - 1 WHERE first_position = "
               "(SELECT MIN(first_position) FROM register_ledger WHERE first_position > 1)", says="position 1"),
        caught("a ledger row deleted", "DELETE FROM register_ledger WHERE first_position = 1", says="inserted outside"),
        caught("a decision's status forged in the views",
               "UPDATE view_rows SET row = replace(row, '\"in_force\"', '\"revoked\"') WHERE view = 'decision'", says="views differ"),
        caught("an amount forged in the views", "UPDATE view_rows SET row = replace(row, '3578000', '4578000')", says="views differ"),
        caught("a place forged in the views", "UPDATE view_meetings SET place = 'Stockholm'", says="views differ"),
        caught("a justerare forged in the views", "UPDATE view_meetings SET justerare = '[\"Nils Falsk\"]'", says="views differ"),
        caught("follow-ups deleted from the views", "DELETE FROM view_rows WHERE view = 'followup'", says="views differ"),
        caught("facts deleted from the views", "DELETE FROM view_facts WHERE type = 'Granted'", says="views differ"),
        caught("relations deleted from the views", "DELETE FROM view_relations", says="views differ"),
        caught("a date correction slipped into the views",
               "INSERT INTO view_date_corrections VALUES ('FINSAM Blekinge', '2026-1', 1, '2026-01-01')", says="views differ"),
        caught("the views' position raised", "UPDATE view_position SET position = 999 WHERE name = 'register'", says="views differ"),
        Attempt("tampering", "the views' position lowered", verify, 0, "the views did not match",
                prepare=lambda w: w.sql("UPDATE view_position SET position = 5 WHERE name = 'register'")),
        Attempt("tampering", "the last save cut from every table, against the digest in the minutes", ("verify", "--digest", "{digest}"),
                1, "does not hold the history", prepare=_cut_tail),
        Attempt("tampering", "a rebuild after an event was altered", ("rebuild",), 1, "broken at position",
                prepare=lambda w: w.sql("UPDATE stored_events SET state = CAST(replace(CAST(state AS TEXT), '3578000', '9578000') "
                                        f"AS BLOB) WHERE rowid = {grant}")),
        Attempt("tampering", "an audit beside forged views", ("audit", "--as-of", "2026-12-31"), 1, "no audit",
                prepare=lambda w: w.sql("UPDATE view_meetings SET place = 'Stockholm'")),
    ]


def _cut_tail(w: Workspace) -> None:
    db = sqlite3.connect(w.store)
    try:
        last = db.execute("SELECT MAX(first_position) FROM register_ledger").fetchone()[0]
        digest = db.execute("SELECT digest FROM register_ledger WHERE first_position = ?", (last,)).fetchone()[0]
        for statement in ("DELETE FROM stored_events WHERE rowid >= ?", "DELETE FROM register_chain WHERE position >= ?",
                          "DELETE FROM register_ledger WHERE first_position >= ?"):
            db.execute(statement, (last,))
        db.commit()
    finally:
        db.close()
    w.digest = digest  # type: ignore[attr-defined]
    w.run("rebuild")  # a careful forger leaves views that match what is left


def _rebuild_or_refuse(w: Workspace, result: Result) -> bool:
    """After damage is found: views alone are repaired by rebuild; damaged events are refused by it."""
    rebuilt = w.run("rebuild")
    if "views differ" in result.output:
        return rebuilt.exit_code == 0 and w.run("verify").exit_code == 0
    return rebuilt.exit_code == 1


def resource_faults() -> list[Attempt]:
    return [
        Attempt("resource faults", "a write while another command holds the store", ("meeting", "2026-2", "--date", "2026-04-13"),
                2, "the store is busy", prepare=_hold_lock, env=(("REGISTER_LOCK_TIMEOUT", "1"),)),
        Attempt("resource faults", "a read while another command holds the store", ("decisions", "--as-of", "2026-12-31"), 0,
                "2026-1 §04:1", prepare=_hold_lock, env=(("REGISTER_LOCK_TIMEOUT", "1"),)),
        Attempt("resource faults", "a read-only store: a read", ("decisions", "--as-of", "2026-12-31"), 0, "2026-1 §04:1",
                prepare=_read_only, needs="mount"),
        Attempt("resource faults", "a read-only store: verify", ("verify",), 0, "chain intact", prepare=_read_only, needs="mount"),
        Attempt("resource faults", "a read-only store: a write", ("meeting", "2026-2", "--date", "2026-04-13"), 2, "may only be read",
                prepare=_read_only, needs="mount"),
        Attempt("resource faults", "a read-only store: an import", ("import-minutes", str(OWN_MINUTES)), 2, "may only be read",
                prepare=_read_only, needs="mount"),
        Attempt("resource faults", "a read-only store: a rebuild", ("rebuild",), 2, "may only be read",
                prepare=_read_only, needs="mount"),
        Attempt("resource faults", "a full disk: a read", ("decisions", "--as-of", "2026-12-31"), 0, "2026-1 §04:1",
                prepare=_full_disk, needs="mount"),
        Attempt("resource faults", "a full disk: a write", ("meeting", "2026-2", "--date", "2026-04-13"), 2, "disk holding it is full",
                prepare=_full_disk, needs="mount"),
        Attempt("resource faults", "a full disk: an import", ("import-minutes", str(OWN_MINUTES)), 2, "disk holding it is full",
                prepare=_full_disk, needs="mount"),
        Attempt("resource faults", "a full disk: verify", ("verify",), 0, "chain intact", prepare=_full_disk, needs="mount"),
        Attempt("resource faults", "an import killed half-way, then verify", ("verify",), 0, "chain intact", prepare=_killed_import),
        Attempt("resource faults", "a store whose pages were overwritten: a read", ("decisions",), 2,
                "not a readable register database (SQLite finds the file damaged", prepare=_overwritten),
        Attempt("resource faults", "a store whose pages were overwritten: verify", ("verify",), 2,
                "not a readable register database (SQLite finds the file damaged", prepare=_overwritten),
    ]


def _overwritten(w: Workspace) -> None:
    """Every page but the first and the last made 0xA5, as a failing disk or a stray write leaves them."""
    data = bytearray(w.store.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[2 * page:len(data) - page] = b"\xa5" * (len(data) - 3 * page)
    w.store.write_bytes(bytes(data))


held: list[sqlite3.Connection] = []


def _hold_lock(w: Workspace) -> None:
    holder = sqlite3.connect(w.store, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    held.append(holder)


def _mounted(w: Workspace, size: str) -> Path:
    media = w.folder / "media"
    media.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(media)], check=True, capture_output=True)
    mounts.append(media)
    shutil.copy(w.store, media / "register.db")
    w.store = media / "register.db"
    return media


mounts: list[Path] = []


def _read_only(w: Workspace) -> None:
    media = _mounted(w, "8m")
    subprocess.run(["mount", "-o", "remount,ro", str(media)], check=True)


def _full_disk(w: Workspace) -> None:
    media = _mounted(w, "2m")
    with (media / "filler").open("ab", buffering=0) as filler, contextlib.suppress(OSError):
        while True:
            filler.write(b"\0" * 4096)


def _killed_import(w: Workspace) -> None:
    for n in range(2, 8):
        w.file(f"m{n}.txt", f"Protokoll 2026-{n}\nDatum 2026-{n + 2:02d}-10\n\nBeslut 2026-{n} §04:1\nAtt fastställa plan {n}.\n")
    command = [sys.executable, "-m", "cli", "--store", str(w.store), "import-minutes", *(str(w.folder / f"m{n}.txt") for n in range(2, 8))]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=0.6)
    process.kill()
    process.wait()
