"""Measures the register against baselines taken in the same run; prints a table, writes JSON.

    python benchmarks/run.py --events 10000 [--json results.json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.generate import meetings, record_meeting  # noqa: E402
from domain.ids import DecisionId  # noqa: E402
from register.application import Register  # noqa: E402
from register.storage import Store  # noqa: E402

EVENTS_A_MEETING = 33  # measured mean of the generator's mix


def row(figure: str, events: int, value: float, unit: str, baseline: float | None = None) -> dict:
    ratio = None if baseline in (None, 0) else round(value / baseline, 3)
    return {"figure": figure, "events": events, "value": round(value, 3), "unit": unit,
            "baseline": None if baseline is None else round(baseline, 3), "ratio": ratio}


def record(store: Path, target: int, seed: int) -> tuple[int, float, list[str]]:
    """Records meetings until about `target` events; returns (events, seconds, boards)."""
    rng = random.Random(seed)
    years = max(1, target // (EVENTS_A_MEETING * 8 * 4) + 1)
    registers: dict[str, Register] = {}
    states: dict[str, dict] = {}
    started = time.perf_counter()
    events = 0
    for board, meeting, held_on in meetings(boards=4, years=years):
        register = registers.get(board) or registers.setdefault(board, Register(Store(store), board))
        record_meeting(register, meeting, held_on, rng, states.setdefault(board, {}))
        events = register.recorder.max_notification_id()
        if events >= target:
            break
    elapsed = time.perf_counter() - started
    for register in registers.values():
        register.close()
    return events, elapsed, list(registers)


def raw_insert_rate(store: Path) -> float:
    """Baseline: the same payloads inserted with plain sqlite3, one transaction per meeting's worth."""
    with sqlite3.connect(store) as source:
        payloads = source.execute("SELECT originator_id, originator_version, topic, state FROM stored_events").fetchall()
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


def raw_scan_rate(store: Path) -> float:
    """Baseline: read every stored row and decode its JSON."""
    with sqlite3.connect(store) as db:
        started = time.perf_counter()
        count = 0
        for (state,) in db.execute("SELECT state FROM stored_events ORDER BY rowid"):
            json.loads(state)
            count += 1
        return count / (time.perf_counter() - started)


def timed_ms(action) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()

    rows = []
    with tempfile.TemporaryDirectory() as folder:
        store = Path(folder) / "register.db"
        events, seconds, boards = record(store, args.events, args.seed)
        rows.append(row("record", events, events / seconds, "events/s", raw_insert_rate(store)))

        register = Register(Store(store), boards[0])
        started = time.perf_counter()
        register.rebuild()
        rows.append(row("rebuild", events, events / (time.perf_counter() - started), "events/s", raw_scan_rate(store)))

        rng = random.Random(args.seed)
        first, last = dt.date(2000, 1, 1), register.meetings()[-1]["date"]
        span = (dt.date.fromisoformat(last) - first).days
        some_day = first + dt.timedelta(days=rng.randrange(span))
        decision = DecisionId.parse(register.decisions(some_day)[-1]["id"]) if register.decisions(some_day) else None
        rows.append(row("view:decisions", events, timed_ms(lambda: register.decisions(some_day)), "ms"))
        rows.append(row("view:follow-ups", events, timed_ms(lambda: register.follow_ups(some_day)), "ms"))
        rows.append(row("view:plans", events, timed_ms(lambda: register.plans(some_day)), "ms"))
        if decision is not None:
            rows.append(row("view:trace", events, timed_ms(lambda: register.trace(decision, some_day)), "ms"))
        register.close()

        bare = _seconds([sys.executable, "-c", "pass"])
        cli = _seconds([sys.executable, "-m", "cli", "--store", str(store), "--board", boards[0], "decisions", "--format", "json"])
        rows.append(row("cold-start", events, cli, "s", bare))

    print(f"{'figure':<18} {'events':>9} {'value':>12} {'unit':<9} {'baseline':>12} {'ratio':>7}")
    for r in rows:
        baseline = "" if r["baseline"] is None else _number(r["baseline"])
        ratio = "" if r["ratio"] is None else f"{r['ratio']:.3f}"
        print(f"{r['figure']:<18} {r['events']:>9} {_number(r['value']):>12} {r['unit']:<9} {baseline:>12} {ratio:>7}")
    if args.json:
        machine = {"python": platform.python_version(), "machine": platform.machine(), "system": platform.platform()}
        args.json.write_text(json.dumps({"machine": machine, "rows": rows}, indent=2))


def _number(value: float) -> str:
    return f"{value:,.0f}".replace(",", " ") if value >= 100 else f"{value:.3f}"


def _seconds(command: list[str]) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, cwd=Path(__file__).resolve().parents[1])
        best = min(best, time.perf_counter() - started)
    return best


if __name__ == "__main__":
    main()
