"""A rebuild in a process of its own (so its memory is its own), and reads made while one runs
and a writer records: the parts of `run.py` that start other processes."""

from __future__ import annotations

import datetime as dt
import json
import random
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path
from typing import Any

from projections.sql import StoreBusy
from register.application import Register

ROOT = Path(__file__).resolve().parents[1]


_REBUILD_APART = """
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from register.application import Register
from register.storage import Store
register = Register(Store(path=Path(sys.argv[2])), sys.argv[3])
started = time.perf_counter()
register.rebuild()
seconds = time.perf_counter() - started
# Not ru_maxrss: Linux carries it over from before exec, when this process was a copy of the
# benchmark's, which holds the store it recorded. VmHWM is this program's own peak.
status = Path("/proc/self/status")
peaks = [line.split()[1] for line in status.read_text().splitlines() if line.startswith("VmHWM:")] if status.exists() else []
own = int(peaks[0]) if peaks else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "rss": own, "reader": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""


def rebuilt_apart(store: Path, board: str) -> dict[str, float]:
    """A rebuild in a fresh process: its peak memory is then its own, not what recording the
    store in this process left resident. Returns its seconds and the peak resident KiB of the
    process and of its reader."""
    done = subprocess.run([sys.executable, "-c", _REBUILD_APART, str(ROOT), str(store), board],
                          check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(done.stdout)


_WRITER = """
import datetime as dt, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from domain.ids import MeetingId
from register.application import Register
from register.storage import Store
register = Register(Store(path=Path(sys.argv[2])), sys.argv[3], "benchmark-writer")
for n in range(1, 100000):
    try:
        with register.new_meeting(MeetingId.parse(f"2099-{n}"), dt.date(2099, 1, 1) + dt.timedelta(days=n % 365)):
            pass
    except Exception as error:  # busy: the figure counts reads, not this writer
        print(type(error).__name__, file=sys.stderr)
    time.sleep(0.5)
"""


def reads_during_rebuild(store: Path, board: str, register: Register, rng: random.Random) -> dict[str, Any]:
    """Reads (decision list, follow-ups) one after another while `register rebuild` runs in
    another process and a writer records a meeting every half second; then as many reads with
    the writer alone. Returns the 99th-percentile latency of each phase, in ms, and how many
    reads were refused as busy during the rebuild."""
    meetings = register.meetings()
    first, last = dt.date.fromisoformat(meetings[0]["date"]), dt.date.fromisoformat(meetings[-1]["date"])
    days = [first + dt.timedelta(days=rng.randrange((last - first).days + 1)) for _ in range(64)]

    failures: list[str] = []

    def read(n: int) -> tuple[float, bool]:
        started = time.perf_counter()
        try:
            (register.decisions if n % 2 else register.follow_ups)(days[n % len(days)])
        except StoreBusy:
            return time.perf_counter() - started, False
        except sqlite3.DatabaseError as error:  # counted and said: a figure must not hide a fault
            failures.append(f"read {n}: {error}")
            return time.perf_counter() - started, False
        return time.perf_counter() - started, True

    writer = subprocess.Popen([sys.executable, "-c", _WRITER, str(ROOT), str(store), board], cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        rebuild = subprocess.Popen([sys.executable, "-c", _REBUILD_APART, str(ROOT), str(store), board], cwd=ROOT,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        during = []
        while rebuild.poll() is None:
            during.append(read(len(during)))
        quiet = [read(n) for n in range(len(during))]
    finally:
        writer.kill()
        writer.wait()
    with closing(sqlite3.connect(store)) as db:
        check = db.execute("PRAGMA quick_check").fetchone()[0]
    return {"during": _p99(during), "quiet": _p99(quiet), "reads": len(during),
            "busy": sum(1 for _, answered in during if not answered), "failures": failures, "quick_check": check}


def _p99(timings: list[tuple[float, bool]]) -> float:
    ordered = sorted(seconds for seconds, _ in timings)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000 if ordered else 0.0
