"""A rebuild derives the new views beside the ones in use: while it works, others record and
read as usual, and at the end the new views take over with what was recorded meanwhile."""

from __future__ import annotations

import datetime as dt

from domain.ids import DecisionId, MeetingId
from domain.values import DecisionKind
from projections.catchup import CatchUp
from projections.read_model import DERIVED_TABLES
from register.application import Register
from register.demo import import_sample
from register.storage import Store
from tests.conftest import SAMPLE_DATE


def test_others_record_and_read_while_a_rebuild_derives_and_the_result_holds_their_work(store, monkeypatch):
    builder = Register(store)
    import_sample(builder, "2025-7.txt", SAMPLE_DATE)
    monkeypatch.setenv("REGISTER_LOCK_TIMEOUT", "2")  # others wait this long at most, then say the store is busy
    secretary, reader = Register(store), Register(store)
    derive = CatchUp.run
    seen_meanwhile: list[list[str]] = []

    def others_meanwhile(self, *args, **kwargs):  # the rebuild's pass over the whole history
        monkeypatch.setattr(CatchUp, "run", derive)
        with secretary.new_meeting(MeetingId.parse("2026-1"), dt.date(2026, 2, 16)) as recording:
            recording.take_decision(DecisionId.parse("2026-1 §04:1"), "Att fastställa Budget 2027.", DecisionKind.DOCUMENT)
        seen_meanwhile.append([d["id"] for d in reader.decisions(dt.date(2026, 12, 31))])
        return derive(self, *args, **kwargs)

    builder.catch_up()
    monkeypatch.setattr(CatchUp, "run", others_meanwhile)
    try:
        builder.rebuild()
        assert "2026-1 §04:1" in seen_meanwhile[0]
        after = builder.read_model.dump()
        assert "2026-1 §04:1" in [d["id"] for d in builder.decisions(dt.date(2026, 12, 31))]
        builder.read_model.rebuild(builder.event_rows, builder.decode, builder.ledger.saves_after)
        assert builder.read_model.dump() == after
    finally:
        for register in (builder, secretary, reader):
            register.close()


def test_a_rebuild_beside_gives_the_views_a_rebuild_in_place_gives(register):
    import_sample(register, "2022-5.txt")
    import_sample(register, "2025-7.txt", SAMPLE_DATE)
    register.read_model.rebuild(register.event_rows, register.decode, register.ledger.saves_after)
    in_place = register.read_model.dump()
    register.rebuild()
    assert register.read_model.dump() == in_place


def test_an_sqlite_store_takes_the_rebuilt_views_a_table_at_a_time_not_a_row_at_a_time(tmp_path):
    # The copy into the store is most of what a rebuild spends with the views locked: one
    # statement per table, inside SQLite, not every row through Python.
    register = Register(Store(path=tmp_path / "register.db"))
    try:
        import_sample(register, "2022-5.txt")
        import_sample(register, "2025-7.txt", SAMPLE_DATE)
        register.catch_up()
        rows = sum(register.database.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] for table in DERIVED_TABLES)
        inserts: list[str] = []
        register.read_model.db.connection.set_trace_callback(
            lambda statement: inserts.append(statement) if statement.lstrip().upper().startswith("INSERT INTO VIEW_") else None)
        register.rebuild()
        register.read_model.db.connection.set_trace_callback(None)
        assert rows > 10 * len(DERIVED_TABLES)
        assert len(inserts) <= len(DERIVED_TABLES) + 2  # and the search index rebuilt, the views' position
    finally:
        register.close()
