"""The adversarial campaign: the register tried as a hostile user and a careless operator would,
case by case, with a tally of what it handled.

    .venv/bin/python -m tests.adversarial.campaign

Each attempt runs the CLI on its own copy of a small SQLite register (the sample minutes and
one meeting more). An attempt is handled when the command ends with the exit status a user
should get (2: refused; 1: verify found damage; 0: accepted and shown as given), says what
the attempt expects it to say, prints no traceback, and, where it was refused, wrote nothing.
Attempts that need what the machine may not allow (mounting a file system, PostgreSQL) are
left out where it does not, and the tally says how many.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import attrs
from click.testing import CliRunner, Result

from cli import main
from tests.backends import POSTGRES, postgres_reachable

ROOT = Path(__file__).resolve().parents[2]
OWN_MINUTES = ROOT / "tests" / "importer" / "minutes" / "board-minutes-2026-2.txt"
Prepare = Callable[["Workspace"], None]
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


def _template(folder: Path) -> Path:
    path = folder / "template.db"
    runner = CliRunner()
    for args in (("demo",), ("meeting", "2026-1", "--date", "2026-02-16", "--place", "Karlskrona"),
                 ("decide", "2026-1 §04:1", "Att fastställa Budget 2027.", "--kind", "document")):
        result = runner.invoke(main, ["--store", str(path), *args], catch_exceptions=False)
        assert result.exit_code == 0, result.output
    return path


# The attempts. Each says, in its name, what the attacker tried.

def _bad_arguments() -> list[Attempt]:
    refused = [
        ("a date that is no date", ("meeting", "2026-2", "--date", "16/02/2026"), "not an ISO date"),
        ("a date off the calendar", ("meeting", "2026-2", "--date", "2026-02-30"), "2026-02-30"),
        ("a meeting id year other than its date's", ("meeting", "2027-3", "--date", "2019-05-01"), "2027"),
        ("a meeting before the board could exist", ("meeting", "1850-1", "--date", "1850-03-01"), "1850"),
        ("a malformed meeting id", ("meeting", "2026-x", "--date", "2026-04-13"), "malformed meeting id"),
        ("a malformed decision id", ("decide", "2026-1 §0X:1", "Att x."), "malformed decision id"),
        ("a decision at a meeting not recorded", ("decide", "2026-9 §01:1", "Att x."), "meeting 2026-9 is not recorded"),
        ("a decision id taken twice", ("decide", "2026-1 §04:1", "Att x."), "already recorded"),
        ("an empty title", ("put-forward", "2026-1 §05", ""), "title"),
        ("an amount in superscript digits", ("grant", "Karlskrona kommun", "--amount", "²", "--by", "2026-1 §04:1"), "kronor"),
        ("an amount in full-width digits", ("grant", "Karlskrona kommun", "--amount", "１０００", "--by", "2026-1 §04:1"), "kronor"),
        ("an amount of 5 000 digits", ("grant", "Karlskrona kommun", "--amount", "9" * 5000, "--by", "2026-1 §04:1"), "kronor"),
        ("an amount of 10^30 kronor", ("grant", "Karlskrona kommun", "--amount", "1" + "0" * 30, "--by", "2026-1 §04:1"), "kronor"),
        ("a negative amount", ("grant", "Karlskrona kommun", "--amount", "-5", "--by", "2026-1 §04:1"), "kronor"),
        ("an unknown party", ("grant", "Kalmar kommun", "--amount", "1000", "--by", "2026-1 §04:1"), "unknown party"),
        ("a due that is no due", ("oblige", "Ronneby kommun", "läget", "--by", "2026-1 §04:1", "--due", "snart"), "not a due"),
        ("a decision revoking itself", ("revoke", "2026-1 §04:1", "--by", "2026-1 §04:1"), "cannot revoke itself"),
        ("fulfilling a follow-up nobody created", ("fulfil", "2026-1 §04:1", "--meeting", "2026-1"), "no follow-up"),
        ("an instant at the start of the calendar with an offset",
         ("decisions", "--as-recorded", "0001-01-01T00:00+01:00"), "instant"),
        ("an instant at the end of the calendar with an offset",
         ("decisions", "--as-recorded", "9999-12-31T23:59-05:00"), "instant"),
        ("log since the start of the calendar", ("log", "--since", "0001-01-01T00:00+01:00"), "instant"),
        ("log until the end of the calendar", ("log", "--until", "9999-12-31T23:59-05:00"), "instant"),
        ("an instant that is no instant", ("decisions", "--as-recorded", "yesterday"), "not an ISO date or date-time"),
        ("an unknown meeting in decisions --meeting", ("decisions", "--meeting", "2026-7"), "2026-7 is not recorded"),
        ("an attendance of a meeting not recorded", ("attendance", "2030-1"), "not recorded"),
        ("a trace of a malformed ref", ("trace", "hello"), "malformed"),
        ("a digest that is no digest", ("verify", "--digest", "abc123"), "64 hexadecimal digits"),
        ("a correction without a field", ("correct", "2026-1 §04:1", "--reason", "x"), "give exactly one"),
        ("a correction of a date to before the board", ("correct", "--meeting", "2026-1", "--date", "1999-01-01", "--reason", "x"),
         "1999"),
        ("a seal without names", ("seal", "2026-1", "--by", " "), "name"),
        ("an ESC sequence in a decision text", ("decide", "2026-1 §05:1", "Att \x1b[2J fastställa."), "control character"),
        ("a BEL in a place", ("meeting", "2026-2", "--date", "2026-04-13", "--place", "Ronneby\x07"), "control character"),
        ("an ESC sequence in the actor", ("--actor", "Anna\x1b[31m", "put-forward", "2026-1 §06", "Budget"), "control character"),
        ("a lock timeout that is no number", ("decisions",), "REGISTER_LOCK_TIMEOUT"),
    ]
    attempts = [Attempt("bad arguments", name, args, 2, says) for name, args, says in refused]
    attempts[-1] = attrs.evolve(attempts[-1], env=(("REGISTER_LOCK_TIMEOUT", "soon"),))
    attempts.append(Attempt("bad arguments", "an unknown board", ("--board", "FINSAM Blekinje", "decisions"), 2,
                            "holds no register of the board 'FINSAM Blekinje'"))
    attempts.append(Attempt("bad arguments", "a store that is a folder", ("decisions",), 2, "a folder, not a register",
                            store="{folder}"))
    attempts.append(Attempt("bad arguments", "a store that is a text file", ("decisions",), 2, "not a readable register database",
                            prepare=lambda w: w.file("notes.txt", "anteckningar\n"), store="{folder}/notes.txt"))
    attempts.append(Attempt("bad arguments", "a store in a folder that does not exist", ("decisions",), 2, "does not exist",
                            store="{folder}/nowhere/register.db"))
    attempts.append(Attempt("bad arguments", "a store URL of another kind", ("decisions",), 2, "postgresql:// URL",
                            store="mysql://root@localhost/register"))
    for port in ("abc", "99999", "0"):
        attempts.append(Attempt("bad arguments", f"a PostgreSQL port {port!r}", ("decisions",), 2,
                                "the port must be a number from 1 to 65535", store=f"postgresql://postgres@127.0.0.1:{port}/test"))
    attempts.append(Attempt("bad arguments", "a PostgreSQL server that does not answer", ("decisions",), 2,
                            "nothing answers at 127.0.0.1:1", store="postgresql://postgres@127.0.0.1:1/test"))
    for name, query, says in (
        ("a schema name that tries to break out into SQL", '?schema=x"; DROP SCHEMA campaign_victim CASCADE; --', "is not a name PostgreSQL keeps"),
        ("an empty schema name", "?schema=", "is not a name PostgreSQL keeps"),
        ("a schema name in capitals", "?schema=Register", "is not a name PostgreSQL keeps"),
        ("a schema name of 64 letters", "?schema=" + "a" * 64, "at most 63"),
    ):
        attempts.append(Attempt("bad arguments", name, ("decisions",), 2, says, store=POSTGRES + query))
    return attempts


def _bad_files() -> list[Attempt]:
    def importing(name: str, content: bytes | str | None, says: str, *options: str) -> Attempt:
        target = f"{{folder}}/{name}"
        prepare = None if content is None else (lambda w: w.file(name, content))  # type: ignore[arg-type]
        return Attempt("bad files", f"importing {name}", ("import-minutes", target, *options), 2, says, prepare=prepare)

    own = OWN_MINUTES.read_text(encoding="utf-8")
    return [
        importing("empty.txt", "", "empty"),
        importing("blank.txt", "\n\n   \n", "empty"),
        importing("binary.bin", bytes(range(256)) * 4, "minutes"),
        importing("latin1.txt", own.replace("Styrelsen", "Styrelsen").encode("latin-1", "replace"), "UTF-8"),
        importing("huge.txt", "x" * 2_000_001, "2 MB"),
        importing("missing.txt", None, "missing.txt"),
        importing("no-meeting.txt", "Att fastställa budgeten.\n", "meeting"),
        importing("twice.txt", "Protokoll 2026-3\nDatum 2026-06-15\n\nBeslut 2026-3 §04:1\nAtt x.\n\nBeslut 2026-3 §04:1\nAtt y.\n",
                  "2026-3 §04:1"),
        importing("already.txt", "Protokoll 2026-1\nDatum 2026-02-16\n\nBeslut 2026-1 §09:1\nAtt fastställa x.\n", "already recorded"),
        importing("wrong-year.txt", "Protokoll 2027-1\nDatum 2019-02-16\n\nBeslut 2027-1 §04:1\nAtt fastställa x.\n", "2027"),
        Attempt("bad files", "importing /dev/zero", ("import-minutes", "/dev/zero"), 2, "2 MB"),
        Attempt("bad files", "importing a folder", ("import-minutes", "{folder}"), 2, "is a directory"),
        Attempt("bad files", "accepting a review that is no TOML", ("import-minutes", "{folder}/m.txt", "--accept", "{folder}/r.toml"),
                2, "r.toml", prepare=lambda w: (w.file("m.txt", own), w.file("r.toml", "[meeting\nid = 2026-2"))),  # type: ignore[func-returns-value]
        Attempt("bad files", "accepting a review of other minutes", ("import-minutes", "{folder}/other.txt", "--accept", "{folder}/r.toml"),
                2, "this review is of another minutes file", prepare=_review_of_other_minutes),
        Attempt("bad files", "several files, the last one bad", ("import-minutes", "{folder}/m.txt", "{folder}/empty.txt"), 2,
                "nothing of the 2 files was recorded", prepare=lambda w: (w.file("m.txt", own), w.file("empty.txt", ""))),  # type: ignore[func-returns-value]
    ]


def _review_of_other_minutes(w: Workspace) -> None:
    w.file("m.txt", OWN_MINUTES.read_text(encoding="utf-8"))
    w.file("other.txt", OWN_MINUTES.read_text(encoding="utf-8") + "\nEn rad som granskningen inte såg.\n")
    w.run("import-minutes", str(w.folder / "m.txt"), "--review", str(w.folder / "r.toml"))


def _tampering() -> list[Attempt]:
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


def _odd_names() -> list[Attempt]:
    def kept(name: str, args: tuple[str, ...], shown: tuple[str, ...], expected: str) -> Attempt:
        def then(w: Workspace, result: Result) -> bool:
            answer = w.run(*shown)
            return answer.exit_code == 0 and expected in answer.output

        return Attempt("odd names", name, args, 0, "", then=then)

    sql = "'; DROP TABLE stored_events; --"
    return [
        kept("a board named with SQL", ("--board", f"Förbund{sql}", "meeting", "2026-1", "--date", "2026-02-16"),
             ("boards",), f"Förbund{sql}"),
        kept("a board named in Arabic and emoji", ("--board", "اتحاد 🏛", "meeting", "2026-1", "--date", "2026-02-16"),
             ("boards",), "اتحاد 🏛"),
        kept("a board of 500 letters", ("--board", "B" * 500, "meeting", "2026-1", "--date", "2026-02-16"), ("boards",), "B" * 500),
        kept("an actor named with SQL", ("--actor", f"anna{sql}", "put-forward", "2026-1 §05", "Budget"), ("log",), f"anna{sql}"),
        kept("a place with quotes and percent", ("meeting", "2026-2", "--date", "2026-04-13", "--place", "Rum \"A\" 100% _x_"),
             ("meetings",), "Rum \"A\" 100% _x_"),
        kept("a decision text with SQL", ("decide", "2026-1 §06:1", f"Att fastställa{sql}"),
             ("decisions", "--as-of", "2026-12-31", "--format", "json"), "DROP TABLE stored_events"),
        kept("a decision text with LIKE wildcards", ("decide", "2026-1 §07:1", "Att fastställa 100 % av _allt_."),
             ("trace", "2026-1 §07:1"), "100 % av _allt_"),
        kept("a title of right-to-left text", ("put-forward", "2026-1 §08", "מסמך תקציב"), ("trace", "2026-1 §08"), "מסמך תקציב"),
        kept("a justerare with an apostrophe", ("seal", "2026-1", "--by", "Seán O'Brien"), ("meetings",), "Seán O'Brien"),
        Attempt("odd names", "a board name with a control character", ("--board", "Förbund\x1b[2J", "meeting", "2026-1", "--date",
                                                                             "2026-02-16"), 2, "control character"),
        Attempt("odd names", "an actor of only spaces", ("--actor", "   ", "put-forward", "2026-1 §09", "Budget"), 2, "is blank"),
    ]


def _resource_faults() -> list[Attempt]:
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


_held: list[sqlite3.Connection] = []


def _hold_lock(w: Workspace) -> None:
    holder = sqlite3.connect(w.store, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    _held.append(holder)


def _mounted(w: Workspace, size: str) -> Path:
    media = w.folder / "media"
    media.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(media)], check=True, capture_output=True)
    _mounts.append(media)
    shutil.copy(w.store, media / "register.db")
    w.store = media / "register.db"
    return media


_mounts: list[Path] = []


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


def attempts() -> list[Attempt]:
    return [*_bad_arguments(), *_bad_files(), *_tampering(), *_odd_names(), *_resource_faults()]


@attrs.frozen
class Outcome:
    attempt: Attempt
    handled: bool
    why: str = ""


def _can_mount() -> bool:
    with tempfile.TemporaryDirectory() as folder:
        tried = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", folder], capture_output=True)
        if tried.returncode == 0:
            subprocess.run(["umount", folder], check=False)
        return tried.returncode == 0


def run(chosen: list[Attempt] | None = None) -> tuple[list[Outcome], list[Attempt]]:
    """Every attempt the machine allows, each on its own copy; returns outcomes and those left out."""
    allowed = {"mount": _can_mount(), "postgres": postgres_reachable(), "": True}
    outcomes, left_out = [], []
    with tempfile.TemporaryDirectory(prefix="campaign-") as root:
        template = _template(Path(root))
        for n, attempt in enumerate(chosen or attempts()):
            needs = attempt.needs or ("postgres" if (attempt.store or "").startswith(POSTGRES) else "")
            if not allowed[needs]:
                left_out.append(attempt)
                continue
            folder = Path(root) / f"attempt-{n}"
            folder.mkdir()
            outcomes.append(_tried(attempt, Workspace(folder, template)))
    return outcomes, left_out


PATIENCE = 30
"""Seconds an attempt may take: a command that reads without end is not handled."""


class _TookTooLong(Exception):
    pass


def _took_too_long(signum: int, frame: object) -> None:
    raise _TookTooLong


def _tried(attempt: Attempt, w: Workspace) -> Outcome:
    previous = signal.signal(signal.SIGALRM, _took_too_long)
    signal.alarm(PATIENCE)
    try:
        if attempt.prepare:
            attempt.prepare(w)
        before = w.fingerprint() if attempt.exit == 2 and not attempt.store else None
        def filled(text: str) -> str:  # where an attempt names the workspace or the digest it found
            return text.replace("{folder}", str(w.folder)).replace("{digest}", getattr(w, "digest", ""))

        args = tuple(filled(a) for a in attempt.args)
        store = filled(attempt.store) if attempt.store else None
        result = w.run(*args, store=store, env=dict(attempt.env) or None)
        return _judged(attempt, w, result, before)
    except _TookTooLong:
        return Outcome(attempt, False, f"did not finish in {PATIENCE} s")
    except (sqlite3.Error, OSError, subprocess.CalledProcessError) as error:  # the store has not what the attack needs
        return Outcome(attempt, False, f"could not be tried on this register: {error}")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
        while _held:
            _held.pop().close()
        while _mounts:
            subprocess.run(["umount", "-l", str(_mounts.pop())], check=False)


def _judged(attempt: Attempt, w: Workspace, result: Result, before: str | None) -> Outcome:
    output = result.output
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        return Outcome(attempt, False, f"raised {type(result.exception).__name__}: {result.exception}")
    if "Traceback" in output:
        return Outcome(attempt, False, "printed a traceback")
    if result.exit_code != attempt.exit:
        return Outcome(attempt, False, f"exit {result.exit_code}, not {attempt.exit}: {output.strip()[:300]}")
    if attempt.says and attempt.says not in output:
        return Outcome(attempt, False, f"did not say {attempt.says!r}: {output.strip()[:300]}")
    if before is not None and w.fingerprint() != before:
        return Outcome(attempt, False, "wrote to the store although it refused")
    if attempt.then is not None and not attempt.then(w, result):
        return Outcome(attempt, False, "what must hold afterwards did not")
    return Outcome(attempt, True)


def tally(outcomes: list[Outcome], left_out: list[Attempt]) -> str:
    lines = []
    tried, handled = Counter(o.attempt.category for o in outcomes), Counter(o.attempt.category for o in outcomes if o.handled)
    for category in tried:
        lines.append(f"{category:<18} tried {tried[category]:>3}, handled {handled[category]:>3}")
    lines.append(f"{'all':<18} tried {sum(tried.values()):>3}, handled {sum(handled.values()):>3}")
    if left_out:
        reasons = Counter(a.needs or "postgres" for a in left_out)
        lines.append("left out: " + ", ".join(f"{count} needing {why}" for why, count in reasons.items()))
    for outcome in outcomes:
        if not outcome.handled:
            lines.append(f"NOT HANDLED [{outcome.attempt.category}] {outcome.attempt.name}: {outcome.why}")
    return "\n".join(lines)


def main_() -> int:
    outcomes, left_out = run()
    print(tally(outcomes, left_out))
    return 0 if all(o.handled for o in outcomes) else 1


if __name__ == "__main__":
    os.environ.setdefault("REGISTER_ACTOR", "campaign")
    sys.exit(main_())

