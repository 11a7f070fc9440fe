"""Walking the hash chains holds a batch of rows at a time, not a digest for every event: a
rebuild and `verify` walk them first, and a million events must not need a million digests."""

from __future__ import annotations

import tracemalloc

from benchmarks.generate import record_register
from register import ledger
from register.application import Register

EVENTS = 6000


def test_walking_the_chains_of_thousands_of_events_holds_one_batch_at_a_time(store, monkeypatch):
    events, boards = record_register(store, EVENTS, seed=3)
    assert events >= EVENTS
    monkeypatch.setattr(ledger, "CHAIN_BATCH", 100, raising=False)
    register = Register(store, boards[0])
    try:
        tracemalloc.start()
        breach = register.ledger.breach()
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    finally:
        register.close()
    assert breach is None
    # A digest held for every event takes about 200 bytes each: over a megabyte here.
    assert peak < 400_000, f"{peak} bytes at the peak"
