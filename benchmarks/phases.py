"""Where a rebuild's time goes, phase by phase, on a generated store.

    python benchmarks/phases.py --events 100000

First the reader's half over every event, each phase on its own: reading the stored rows,
decoding them into domain events, describing them (facts, trace lines, JSON), pickling the
batches for the queue. Then a rebuild as `register rebuild` runs it, with the writer's
phases timed: each table's inserts, reading the flush's entities back, folding. Seconds from
one run; the timing wrappers cost a little of their own.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.generate import generated_register  # noqa: E402
from projections import catchup  # noqa: E402
from projections.describe import Describer  # noqa: E402
from projections.sql import SQLiteDatabase  # noqa: E402
from projections.event_rows import BATCH  # noqa: E402
from register.application import Register  # noqa: E402


def reader_phases(register: Register) -> dict[str, float]:
    spent: dict[str, float] = {}
    started = time.perf_counter()
    rows: list[Any] = []
    while True:
        batch = register.event_rows.after(rows[-1][0] if rows else 0, BATCH)
        rows += batch
        if len(batch) < BATCH:
            break
    spent["read stored rows"] = time.perf_counter() - started
    started = time.perf_counter()
    events = [(position, aggregate, register.decode(topic, state)) for position, aggregate, topic, state in rows]
    spent["decode into domain events"] = time.perf_counter() - started
    describe = Describer(lambda aggregate: None)
    started = time.perf_counter()
    described = [(position, describe(position, aggregate, event)) for position, aggregate, event in events]
    spent["describe (facts, lines, JSON)"] = time.perf_counter() - started
    started = time.perf_counter()
    for start in range(0, len(described), BATCH):
        pickle.dumps(described[start : start + BATCH])
    spent["pickle for the queue"] = time.perf_counter() - started
    return spent


def writer_phases(register: Register) -> tuple[dict[str, float], float]:
    """The writer's phases during one rebuild, and the rebuild's seconds."""
    spent: dict[str, float] = defaultdict(float)
    originals: list[tuple[Any, str, Any]] = []

    def timing(owner: Any, name: str, label: Callable[..., str]) -> None:
        original = getattr(owner, name)
        originals.append((owner, name, original))

        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                spent[label(*args)] += time.perf_counter() - started

        setattr(owner, name, timed)

    timing(catchup.CatchUp, "_load", lambda *a: "read back the flush's entities")
    timing(catchup.CatchUp, "_recompute", lambda *a: "recompute (reading back, folding, writing versions)")
    timing(catchup.CatchUp, "_add_dependents", lambda *a: "find dependents")
    timing(SQLiteDatabase, "executemany", lambda db, sql, rows: "write " + " ".join(sql.split()[:3]))
    try:
        started = time.perf_counter()
        register.rebuild()
        return spent, time.perf_counter() - started
    finally:
        for owner, name, original in originals:
            setattr(owner, name, original)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with generated_register(args.events, args.seed) as (events, register):
        reading = reader_phases(register)
        writing, seconds = writer_phases(register)
    print(f"{events} events\n\nthe reader's half, phase by phase (s)")
    for phase, spent in reading.items():
        print(f"  {phase:<55} {spent:6.2f}")
    print(f"  {'together':<55} {sum(reading.values()):6.2f}")
    print(f"\nthe writer's half, during a rebuild of {seconds:.2f} s (s)")
    for phase, spent in sorted(writing.items(), key=lambda item: -item[1]):
        print(f"  {phase:<55} {spent:6.2f}")


if __name__ == "__main__":
    main()
