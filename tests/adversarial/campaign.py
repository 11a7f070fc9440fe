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

import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import attrs
from click.testing import CliRunner, Result

from cli import main
from tests.adversarial.attempt import Attempt, Workspace
from tests.adversarial.on_input import bad_arguments, bad_files, odd_names
from tests.adversarial.on_store import held, mounts, resource_faults, tampering
from tests.backends import POSTGRES, postgres_reachable


def _template(folder: Path) -> Path:
    path = folder / "template.db"
    runner = CliRunner()
    for args in (("demo",), ("meeting", "2026-1", "--date", "2026-02-16", "--place", "Karlskrona"),
                 ("decide", "2026-1 §04:1", "Att fastställa Budget 2027.", "--kind", "document")):
        result = runner.invoke(main, ["--store", str(path), *args], catch_exceptions=False)
        assert result.exit_code == 0, result.output
    return path


def attempts() -> list[Attempt]:
    return [*bad_arguments(), *bad_files(), *tampering(), *odd_names(), *resource_faults()]


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
        while held:
            held.pop().close()
        while mounts:
            subprocess.run(["umount", "-l", str(mounts.pop())], check=False)


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

