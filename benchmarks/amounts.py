"""Importing minutes full of numbers, in a register whose earlier meeting left reports owed:
the importer weighs every sentence against every report to find the ones it fulfils.

    .venv/bin/python benchmarks/amounts.py --items 80

Two meetings of our own making: the first grants money to `--items` projects and asks each
party to report; the second hears `--items` reports, each a paragraph of amounts, head counts
and years. Prints the seconds a dry run of the second import takes in a process of its own (best
of `--repeat`), beside the seconds a command takes that only starts (`boards`), and writes
them as JSON with `--json`.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PARTIES = ("Karlskrona kommun", "Ronneby kommun", "Karlshamns kommun", "Sölvesborgs kommun", "Olofströms kommun",
           "Region Blekinge", "Försäkringskassan", "Arbetsförmedlingen")


def _amounts(rng: random.Random, count: int) -> str:
    return " ".join(f"{rng.randint(1, 999)} {rng.randint(100, 999):03d} kr" for _ in range(count))


def granting(items: int, seed: int) -> str:
    """Meeting 2026:2: a grant and a report owed for each project."""
    rng = random.Random(seed)
    lines = ["Styrelsemöte 2026:2", ""]
    for item in range(4, 4 + items):
        party = rng.choice(PARTIES)
        lines += [f"§{item} Projektmedel {item}", "",
                  f"Kansliet redovisade utfallet per kvartal: {_amounts(rng, 12)}.", "",
                  "Styrelsen beslutade:", f"Beslut 2026-2 §{item:02d}:1",
                  f"Att bevilja {party} {rng.randint(1, 999)} {rng.randint(100, 999):03d} kr för projekt {item} under 2026.", "",
                  f"Beslut 2026-2 §{item:02d}:2",
                  f"Att {party} ska rapportera projektets resultat vid styrelsens maj-möte 2026.", ""]
    return "\n".join(lines)


def reporting(items: int, seed: int) -> str:
    """Meeting 2026:3: a report heard for each project, in a paragraph of numbers."""
    rng = random.Random(seed + 1)
    lines = ["Styrelsemöte 2026:3", ""]
    for item in range(4, 4 + items):
        lines += [f"§{item} Rapport om projekt {item}", "",
                  f"{rng.choice(PARTIES)} redovisade projektets kostnader per månad: {_amounts(rng, 20)}. "
                  f"Av {rng.randint(10, 999)} deltagare gick {rng.randint(1, 99)} till arbete och {rng.randint(1, 99)} "
                  f"till studier under {rng.randint(2020, 2026)}.", "",
                  "Styrelsen beslutade:", f"Beslut 2026-3 §{item:02d}:1",
                  f"Att lägga rapporten om projekt {item} till handlingarna.", ""]
    return "\n".join(lines)


def measure(items: int, repeat: int, seed: int) -> dict[str, float | int]:
    with tempfile.TemporaryDirectory() as folder:
        store, first, second = (Path(folder) / name for name in ("register.db", "2026-2.txt", "2026-3.txt"))
        first.write_text(granting(items, seed), encoding="utf-8")
        second.write_text(reporting(items, seed), encoding="utf-8")
        _register(store, "import-minutes", "--date", "2026-03-16", str(first))
        best = float("inf")
        for _ in range(repeat):  # each in a process of its own, as a secretary runs it: nothing cached before
            started = time.perf_counter()
            _register(store, "import-minutes", "--date", "2026-05-18", "--dry-run", str(second))
            best = min(best, time.perf_counter() - started)
        started = time.perf_counter()
        _register(store, "boards")
        return {"items": items, "bytes": len(second.read_bytes()), "seconds": round(best, 3),
                "start-up seconds": round(time.perf_counter() - started, 3)}


def _register(store: Path, *args: str) -> None:
    done = subprocess.run([sys.executable, str(ROOT / "cli.py"), "--store", str(store), *args], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def main_() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=80, help="projects granted, then reported on")
    parser.add_argument("--repeat", type=int, default=3, help="dry runs of the second import; the best counts")
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--json", type=Path, help="write the figures here too")
    options = parser.parse_args()
    figures = measure(options.items, options.repeat, options.seed)
    print(", ".join(f"{key}: {value}" for key, value in figures.items()))
    if options.json:
        options.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main_()
