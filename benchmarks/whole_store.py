"""A rebuild and a `verify` alone, each in a fresh process (so its peak memory is its own),
against a raw scan of the same store measured in the same run; quicker than `run.py`, which
measures everything else too.

    python benchmarks/whole_store.py --events 200000 --keep /tmp/store-200k.db --rounds 2

With `--keep`, the store is recorded once into that file and measured again on later runs, so
code before and after a change can be compared on the same events.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.generate import record_register  # noqa: E402
from benchmarks.run import print_table, raw_scan_rate, row  # noqa: E402
from register.storage import Store  # noqa: E402

_APART = """
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from register import audit
from register.application import Register
from register.storage import Store
register = Register(Store(path=Path(sys.argv[2])), sys.argv[3])
started = time.perf_counter()
if sys.argv[4] == "rebuild":
    register.rebuild()
else:
    verified = audit.verify(register)
    assert verified["intact"], verified
seconds = time.perf_counter() - started
peaks = [line.split()[1] for line in Path("/proc/self/status").read_text().splitlines() if line.startswith("VmHWM:")]
print(json.dumps({"seconds": seconds, "rss": int(peaks[0]), "reader": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""


def apart(store: Path, board: str, action: str) -> dict[str, float]:
    """`rebuild` or `verify` in a fresh process: its seconds, its peak resident KiB (VmHWM)
    and its reader's."""
    done = subprocess.run([sys.executable, "-c", _APART, str(ROOT), str(store), board, action],
                          check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(done.stdout)


def measure(store: Path, events: int, board: str, rounds: int) -> list[dict[str, Any]]:
    rows = []
    for _ in range(rounds):
        for action in ("rebuild", "verify"):
            scan = raw_scan_rate(store)
            found = apart(store, board, action)
            rows.append(row(action, events, events / found["seconds"], "events/s", scan))
            rows.append(row(f"memory:{action}", events, found["rss"], "KiB"))
            rows.append(row(f"memory:{action}-reader", events, found["reader"], "KiB"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000, help="store size (events), when one is recorded")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="record the store into this file once, and measure it there on later runs")
    parser.add_argument("--rounds", type=int, default=1, help="how many times to measure each figure")
    parser.add_argument("--json", type=Path, help="write the rows here as a JSON list")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = args.keep or Path(folder) / "register.db"
        facts = store.with_suffix(".json")
        if not (args.keep and store.exists() and facts.exists()):
            events, boards = record_register(Store(path=store), args.events, args.seed)
            facts.write_text(json.dumps({"events": events, "board": boards[0]}))
        known = json.loads(facts.read_text())
        rows = measure(store, known["events"], known["board"], args.rounds)
    print_table(rows)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
