"""Facts listed as read by the trace alone must change no row: the catch-up does not recompute
an entity for them, so a fold that did read one would leave its rows stale."""

from __future__ import annotations

from pathlib import Path

from benchmarks.generate import record_register
from projections.folds import changes_a_row, entity_versions
from register.application import Register
from register.storage import Store


def test_every_row_folds_the_same_without_the_facts_only_the_trace_reads(tmp_path: Path):
    store = tmp_path / "register.db"
    _, boards = record_register(Store(path=store), 6000, seed=3)
    board = boards[0]
    register = Register(Store(path=store), board)
    try:
        register.catch_up()
        db = register.read_model.db
        keys = [key for (key,) in db.execute("SELECT DISTINCT key FROM view_rows WHERE board = ?", (board,))]
        relations = db.execute("SELECT key, related FROM view_relations WHERE board = ?", (board,)).fetchall()
        left_out: set[tuple[str, str]] = set()
        for key in keys:
            related = [other for k, other in relations if k == key]
            facts = register.read_model.facts(board, [key, *related])
            kept = [f for f in facts if changes_a_row(f["key"], f["type"])]
            left_out |= {(f["key"].partition(":")[0], f["type"]) for f in facts if f not in kept}
            assert entity_versions(key, kept) == entity_versions(key, facts), key
    finally:
        register.close()
    # The history is rich enough to have put each kind of decision fact to the test. A correction
    # is not among them: the corrected decision's row names it (`corrections`).
    assert {("decision", "Effect"), ("decision", "Cited")} <= left_out
    assert ("decision", "Corrected") not in left_out
