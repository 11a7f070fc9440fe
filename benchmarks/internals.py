"""What each shortcut past the libraries' public API buys, measured against the public way in
the same run, on a generated store. A shortcut stays only where it pays more than 10 %.

    python benchmarks/internals.py --events 50000

- decode: `EventDecoder` (builds each event without calling its constructor) against the
  library's `Mapper.to_domain_event` on the same stored events;
- JSON: the read model's encoder (json's C encoder built once) against `json.dumps`, on the
  facts a rebuild writes.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from uuid import UUID

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eventsourcing.persistence import StoredEvent  # noqa: E402

from benchmarks.generate import generated_register  # noqa: E402
from domain.ids import MeetingId  # noqa: E402
from projections.describe import to_json  # noqa: E402
from projections.facts import facts_of  # noqa: E402
from register.application import Register  # noqa: E402


ANY_MEETING = MeetingId(2026, 1)
"""The facts' JSON does not depend on which meeting they are filed under."""


def best_of(runs: int, work: Callable[[], Any]) -> float:
    """The fastest of several runs, in seconds: the least disturbed by the rest of the machine."""
    fastest = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        work()
        fastest = min(fastest, time.perf_counter() - started)
    return fastest


def measured(register: Register, runs: int) -> list[tuple[str, float, float]]:
    notifications = list(register.notifications(0, None))
    # As a rebuild reads them: the aggregate as hex, the state as bytes.
    stored = [(n.originator_id.hex, n.originator_version, n.topic, n.state) for n in notifications]
    ours = best_of(runs, lambda: [register.decode(topic, state) for _, _, topic, state in stored])
    public = best_of(runs, lambda: [register.mapper.to_domain_event(StoredEvent(UUID(hex=aggregate), version, topic, state))
                                    for aggregate, version, topic, state in stored])
    rows = [("decode", ours, public)]
    data = [fact.data for n in notifications
            if (facts := facts_of(register.decode(n.topic, n.state), ANY_MEETING)) is not None
            for fact in facts.facts]
    ours = best_of(runs, lambda: [to_json(d) for d in data])
    public = best_of(runs, lambda: [json.dumps(d, ensure_ascii=False) for d in data])
    rows.append(("JSON of facts", ours, public))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with generated_register(args.events, args.seed) as (events, register):
        rows = measured(register, args.runs)
    print(f"{'shortcut':<16}{'ours':>10}{'public API':>12}{'public / ours':>15}   ({events} events, best of {args.runs})")
    for name, ours, public in rows:
        print(f"{name:<16}{ours:>9.3f}s{public:>11.3f}s{public / ours:>15.2f}")


if __name__ == "__main__":
    main()
