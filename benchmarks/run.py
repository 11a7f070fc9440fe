"""Measures the register against baselines taken in the same run; prints a table, writes JSON.

    python benchmarks/run.py --events 10000 100000 1000000 --json results.json

Each size gets a fresh synthetic store (see generate.py). Figures: recording against raw
SQLite inserts of the same payloads; a full rebuild against a raw scan and JSON decode of the
same stored rows, with the second process a long catch-up uses and without it
(`rebuild:one-process`, measured first); `verify` (hash chain and read-back) against the same
scan; the latency of each view as of a random date and as recorded at a random instant (warm
process); the CLI's cold start against a bare interpreter; peak memory (`memory:rebuild` and
`memory:rebuild-reader`: a rebuild run in a fresh process, and its reader, so that what
recording left resident here does not count). `rebuild:writes-only` is a floor, not a
feature: the rebuilt tables inserted again with nothing computed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from contextlib import closing
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import web  # noqa: E402
from benchmarks.rebuilding import reads_during_rebuild, rebuilt_apart  # noqa: E402
from benchmarks.generate import EVENTS_A_MEETING, record_register  # noqa: E402
from domain.ids import DecisionId  # noqa: E402
from projections import catchup  # noqa: E402
from projections.sql import SQLiteDatabase  # noqa: E402
from projections.read_model import ReadModel  # noqa: E402
from register import audit as whole_store  # noqa: E402
from register.application import Register  # noqa: E402
from register.storage import Store  # noqa: E402


def row(figure: str, events: int, value: float, unit: str, baseline: float | None = None) -> dict[str, Any]:
    ratio = None if not baseline else round(value / baseline, 4)
    return {"figure": figure, "events": events, "value": round(value, 4), "unit": unit,
            "baseline": None if baseline is None else round(baseline, 4), "ratio": ratio}


def timed(action: Callable[[], Any]) -> tuple[Any, float]:
    started = time.perf_counter()
    result = action()
    return result, time.perf_counter() - started


def allocated(action: Callable[[], Any]) -> tuple[Any, int]:
    """(result, peak bytes allocated while it ran); tracing slows it, so time it apart."""
    tracemalloc.start()
    result = action()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return result, peak


def reset_peak_rss() -> None:
    """Linux lets a process restart its peak-memory count, so each phase gets its own peak."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def peak_rss_kib() -> int:
    """Peak resident memory since the last reset (VmHWM), else since the process began."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def raw_insert_rate(store: Path) -> float:
    """The same payloads inserted with plain sqlite3, one transaction per meeting's worth."""
    with closing(sqlite3.connect(store)) as source:
        payloads = source.execute("SELECT originator_id, originator_version, topic, state FROM stored_events ORDER BY rowid").fetchall()
    with tempfile.TemporaryDirectory() as folder:
        target = sqlite3.connect(Path(folder) / "raw.db", isolation_level=None)
        target.execute("PRAGMA journal_mode=WAL")
        target.execute("CREATE TABLE events (originator_id TEXT, originator_version INTEGER, topic TEXT, state BLOB, PRIMARY KEY (originator_id, originator_version))")
        started = time.perf_counter()
        for start in range(0, len(payloads), EVENTS_A_MEETING):
            target.execute("BEGIN")
            target.executemany("INSERT INTO events VALUES (?, ?, ?, ?)", payloads[start : start + EVENTS_A_MEETING])
            target.execute("COMMIT")
        elapsed = time.perf_counter() - started
        target.close()
    return len(payloads) / elapsed


def one_process(action: Callable[[], Any]) -> Any:
    """Runs `action` with every catch-up in this process, to show what the second one adds."""
    threshold, catchup._PIPED = catchup._PIPED, 2**62
    try:
        return action()
    finally:
        catchup._PIPED = threshold


def views_written(store: Path) -> float:
    """Seconds to insert the rebuilt read model's rows, as they are, into empty tables of the same
    layout with plain sqlite3: what a rebuild spends on writing alone, with nothing to compute."""
    tables = ("view_meetings", "view_facts", "view_relations", "view_rows", "view_date_corrections")
    with closing(sqlite3.connect(store)) as source:
        contents = {table: source.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall() for table in tables}
    with tempfile.TemporaryDirectory() as folder:
        ReadModel(SQLiteDatabase(Path(folder) / "views.db")).db.close()
        target = sqlite3.connect(Path(folder) / "views.db", isolation_level=None)
        target.execute("PRAGMA synchronous=NORMAL")
        started = time.perf_counter()
        target.execute("BEGIN")
        for table, found in contents.items():
            marks = ", ".join("?" * len(found[0])) if found else ""
            for start in range(0, len(found), 20000):
                target.executemany(f"INSERT INTO {table} VALUES ({marks})", found[start : start + 20000])
        target.execute("COMMIT")
        elapsed = time.perf_counter() - started
        target.close()
    return elapsed


def raw_scan_rate(store: Path) -> float:
    """Every stored row read in order and its JSON decoded."""
    with closing(sqlite3.connect(store)) as db:
        started = time.perf_counter()
        count = sum(1 for (state,) in db.execute("SELECT state FROM stored_events ORDER BY rowid") if json.loads(state) is not None)
        return count / (time.perf_counter() - started)


def views(register: Register, events: int, rng: random.Random) -> list[dict[str, Any]]:
    """Each view as of a random date, and the decision list as recorded at a random instant."""
    meetings = register.meetings()
    first, last = dt.date.fromisoformat(meetings[0]["date"]), dt.date.fromisoformat(meetings[-1]["date"])
    day = first + dt.timedelta(days=rng.randrange((last - first).days + 1))
    decisions = register.decisions(day)
    decision = DecisionId.parse(rng.choice(decisions)["id"]) if decisions else DecisionId.parse(f"{first.year}-1 §03:1")
    ledger = register.database.execute("SELECT MIN(recorded_at), MAX(recorded_at) FROM register_ledger").fetchone()
    start, end = (dt.datetime.fromisoformat(t) for t in ledger)
    instant = start + (end - start) * rng.random()
    rows = []
    for figure, action in (
        ("view:decisions", lambda: register.decisions(day)),
        ("view:follow-ups", lambda: register.follow_ups(day, include_done=True)),
        ("view:plans", lambda: register.plans(day)),
        ("view:trace", lambda: register.trace(decision, day)),
        ("view:as-recorded", lambda: register.decisions(day, as_recorded=instant)),
    ):
        action()  # warm: the same process has answered before
        timings = sorted(timed(action)[1] for _ in range(5))
        answer, peak = allocated(action)
        rows.append(row(figure, events, timings[2] * 1000, "ms"))
        size = len(answer) if isinstance(answer, list) else len(answer["events"])
        rows.append(row(f"memory:{figure.removeprefix('view:')}", events, peak / 1024, "KiB"))
        rows[-1]["answer_rows"] = size
    return rows


def cold_start(store: Path, board: str) -> dict[str, Any]:
    bare = _best_of([sys.executable, "-c", "pass"])
    cli = _best_of([sys.executable, "-m", "cli", "--store", str(store), "--board", board, "decisions", "--format", "json"])
    return {"bare": bare, "cli": cli}


def _best_of(command: list[str]) -> float:
    best = float("inf")
    for _ in range(5):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
        best = min(best, time.perf_counter() - started)
    return best


def measure(target: int, seed: int, small_store: Path, serving: float) -> list[dict[str, Any]]:
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        store = Path(folder) / "register.db"
        reset_peak_rss()
        (events, boards), seconds = timed(lambda: record_register(Store(path=store), target, seed))
        rows.append(row("memory:record", events, peak_rss_kib(), "KiB"))
        rows.insert(-1, row("record", events, events / seconds, "events/s", raw_insert_rate(store)))
        register = Register(Store(path=store), boards[0])
        try:
            scan = raw_scan_rate(store)
            _, seconds = timed(lambda: one_process(register.rebuild))
            rows.append(row("rebuild:one-process", events, events / seconds, "events/s", scan))
            apart = rebuilt_apart(store, boards[0])
            rows.append(row("rebuild", events, events / apart["seconds"], "events/s", scan))
            rows.append(row("memory:rebuild", events, apart["rss"], "KiB"))
            rows.append(row("memory:rebuild-reader", events, apart["reader"], "KiB"))
            rows.append(row("rebuild:writes-only", events, events / views_written(store), "events/s", scan))
            _, seconds = timed(lambda: whole_store.verify(register))
            rows.append(row("verify", events, events / seconds, "events/s", scan))
            rows += views(register, events, random.Random(seed))
            rows += web.server_times(Store(path=store), boards[0], events, random.Random(seed))
            rows += web.throughputs(str(store), boards[0], events, random.Random(seed), serving)
            reads = reads_during_rebuild(store, boards[0], register, random.Random(seed))
            rows.append(row("reads-while-rebuilding:p99", events, reads["during"], "ms", reads["quiet"]))
            rows[-1].update({key: reads[key] for key in ("reads", "busy", "failures", "quick_check")})
            if reads["failures"] or reads["quick_check"] != "ok":
                print(f"reads while rebuilding at {events} events: {reads['failures'][:5]}, quick_check {reads['quick_check']}",
                      file=sys.stderr)
        finally:
            register.close()
        start = cold_start(small_store, "FINSAM Blekinge")
        rows.append(row("cold-start", events, start["cli"], "s", start["bare"]))
    return rows


def measure_postgres(target: int, seed: int, url: str, serving: float) -> list[dict[str, Any]]:
    """The figures that do not compare with plain SQLite, on a PostgreSQL store in a schema of
    its own (dropped after): recording, rebuild and verify against reading and decoding every
    stored row the same way, the views, and the web site."""
    schema = f"bench_{int(time.time())}"
    setting = url + ("&" if "?" in url else "?") + f"schema={schema}"
    rows = []
    try:
        (events, boards), seconds = timed(lambda: record_register(Store.choose(setting), target, seed))
        rows.append(row("record", events, events / seconds, "events/s"))
        register = Register(Store.choose(setting), boards[0])
        try:
            _, scanning = timed(lambda: _scan(register))
            scan = events / scanning
            _, seconds = timed(register.rebuild)
            rows.append(row("rebuild", events, events / seconds, "events/s", scan))
            _, seconds = timed(lambda: whole_store.verify(register))
            rows.append(row("verify", events, events / seconds, "events/s", scan))
            rows += views(register, events, random.Random(seed))
        finally:
            register.close()
        rows += web.server_times(Store.choose(setting), boards[0], events, random.Random(seed))
        rows += web.throughputs(setting, boards[0], events, random.Random(seed), serving)
    finally:
        web.drop_schema(url, schema)
    return [{**r, "store": "postgresql"} for r in rows]


def _scan(register: Register) -> int:
    """Every stored row read by position and its JSON decoded: the baseline on PostgreSQL."""
    count, after = 0, 0
    while batch := register.event_rows.after(after, 2000):
        count += sum(1 for _, _, _, state in batch if json.loads(state) is not None)
        after = batch[-1][0]
    return count


def print_table(rows: list[dict[str, Any]]) -> None:
    print(f"{'figure':<28} {'events':>9} {'value':>12} {'unit':<9} {'baseline':>12} {'ratio':>7}")
    for r in rows:
        baseline = "" if r["baseline"] is None else _number(r["baseline"])
        ratio = "" if r["ratio"] is None else f"{r['ratio']:.3f}"
        print(f"{r['figure']:<28} {r['events']:>9} {_number(r['value']):>12} {r['unit']:<9} {baseline:>12} {ratio:>7}")


def _number(value: float) -> str:
    return f"{value:,.0f}".replace(",", " ") if value >= 100 else f"{value:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, nargs="+", default=[10_000], help="store sizes to measure (events)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, help="write the rows here as a JSON list")
    parser.add_argument("--store", help="measure on this PostgreSQL server (a postgresql:// URL) instead of SQLite; "
                                        "figures whose baseline is plain SQLite are left out")
    parser.add_argument("--serve-seconds", type=float, default=web.SECONDS,
                        help="how long each phase of the served-pages throughput runs (seconds)")
    args = parser.parse_args()

    machine = {"python": platform.python_version(), "machine": platform.machine(), "system": platform.platform(),
               "processor": platform.processor(), "cpus": _cpus()}
    versions = {name: metadata.version(name) for name in ("beslutsregister", "eventsourcing", "attrs", "click")}
    versions["sqlite"] = sqlite3.sqlite_version
    rows: list[dict[str, Any]] = []
    if args.store:
        rows = [r for target in args.events for r in measure_postgres(target, args.seed, args.store, args.serve_seconds)]
        print_table(rows)
        if args.json:
            args.json.write_text(json.dumps([{**r, "machine": machine, "versions": versions} for r in rows], indent=2))
        return
    with tempfile.TemporaryDirectory() as folder:
        small = Path(folder) / "small.db"
        subprocess.run([sys.executable, "-m", "cli", "--store", str(small), "demo"], check=True, capture_output=True, cwd=ROOT)
        for target in args.events:
            rows += measure(target, args.seed, small, args.serve_seconds)
    print_table(rows)
    if args.json:
        args.json.write_text(json.dumps([{**r, "machine": machine, "versions": versions} for r in rows], indent=2))


def _cpus() -> int:
    import os

    return os.cpu_count() or 0


if __name__ == "__main__":
    main()
