"""A long pass (a rebuild, the first read after a bulk import) reads and describes events in a
second process; the tables it writes must be exactly those one process writes, and a bad event
must still stop it with its position."""

from __future__ import annotations

import datetime as dt
import os
import signal
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.corrections import CorrectedField
from domain.ids import DecisionId, MeetingId
from domain.values import DecisionKind
from projections import catchup, pipeline
from projections.read_model import ProjectionFailed
from register.application import Register
from register.demo import import_sample
from tests.conftest import SAMPLE_DATE
from tests.projections.test_rebuild_equals_incremental import SUPPRESSED, recorded, steps, views

pytestmark = pytest.mark.skipif(not pipeline.available(), reason="a second process is used on Linux with two cores or more")


class Spy:
    """Counts the passes that used a second process."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls = 0
        real = pipeline.described_batches

        def counted(*args):
            self.calls += 1
            return real(*args)

        monkeypatch.setattr(pipeline, "described_batches", counted)


@pytest.fixture
def history(register: Register) -> Register:
    """Two imported meetings, then corrections of a text, a due date and a meeting's date."""
    import_sample(register, "2022-5.txt")
    import_sample(register, "2025-7.txt", SAMPLE_DATE)
    with register.recording(MeetingId.parse("2025-7")) as recording:
        recording.correct(DecisionId.parse("2025-7 §07:1"), CorrectedField.TEXT, "Att fastställa planen.", "skrivfel")
        recording.correct(DecisionId.parse("2025-7 §07:2"), CorrectedField.DUE, "2026-06", "fel månad")
        recording.correct(None, CorrectedField.DATE, "2025-12-09", "fel datum i protokollet")
    return register


def rebuilt_in(register: Register, monkeypatch: pytest.MonkeyPatch, processes: int) -> dict:
    monkeypatch.setattr(catchup, "_PIPED", 0 if processes == 2 else 10**12)
    register.rebuild()
    return register.read_model.dump()


def test_a_rebuild_in_two_processes_writes_what_one_process_writes(history, monkeypatch):
    spy = Spy(monkeypatch)
    incremental = history.read_model.dump()
    assert rebuilt_in(history, monkeypatch, 1) == incremental
    assert spy.calls == 0
    assert rebuilt_in(history, monkeypatch, 2) == incremental
    assert spy.calls == 1


def test_catching_up_after_a_bulk_import_in_two_processes_writes_what_one_process_writes(history, monkeypatch):
    spy = Spy(monkeypatch)
    monkeypatch.setattr(catchup, "_PIPED", 0)
    with history.bulk():
        with history.new_meeting(MeetingId.parse("2026-1"), dt.date(2026, 2, 16)) as recording:
            recording.take_decision(DecisionId.parse("2026-1 §05:1"), "Att upphäva beslut 2025-7 §11:1.", DecisionKind.REVOCATION)
            recording.revoke(DecisionId.parse("2025-7 §11:1"), DecisionId.parse("2026-1 §05:1"))
            recording.take_decision(DecisionId.parse("2026-1 §06:1"), "Att lägga rapporten till handlingarna.",
                                    DecisionKind.ACKNOWLEDGEMENT)
            recording.fulfil(DecisionId.parse("2025-7 §07:2"), DecisionId.parse("2026-1 §06:1"), "")
    history.catch_up()
    assert spy.calls == 1
    caught_up = history.read_model.dump()
    assert rebuilt_in(history, monkeypatch, 1) == caught_up
    assert [d["status"] for d in history.decisions(dt.date(2026, 3, 1)) if d["id"] == "2025-7 §11:1"] == ["revoked"]


def test_an_event_that_cannot_be_read_stops_a_two_process_rebuild_at_its_position(history, monkeypatch):
    position = history.size() - 1
    column = "rowid" if history.database.dialect == "sqlite" else "notification_id"
    history.database.execute(f"UPDATE {history.event_rows.table} SET state = ? WHERE {column} = ?", (b"{not json", position))
    monkeypatch.setattr(catchup, "_PIPED", 0)
    # The read model's own pass, under the register's chain check (which refuses the altered event first).
    with pytest.raises(ProjectionFailed, match=f"the stored event at position {position} cannot be projected"):
        history.read_model.rebuild(history.event_rows, history.decode, history.ledger.saves_after)


def test_a_reading_process_that_dies_stops_the_pass_and_leaves_the_views_as_they_were(history, monkeypatch):
    before = history.read_model.dump()
    monkeypatch.setattr(catchup, "_PIPED", 0)
    monkeypatch.setattr(pipeline, "_describe_all", lambda *args: os._exit(3))
    with pytest.raises(pipeline.ReaderStopped, match="exit code 3"):
        history.rebuild()
    monkeypatch.undo()
    assert history.read_model.dump() == before


def test_a_reading_process_whose_pass_was_abandoned_stops_by_itself(history, monkeypatch):
    """If the process that asked for the pass is gone (killed mid-rebuild), its reader must not
    stay behind, blocked on a queue that nobody reads any more."""
    import multiprocessing

    monkeypatch.setattr(pipeline, "BATCH", 1)
    monkeypatch.setattr(pipeline, "_AHEAD", 1)
    monkeypatch.setattr(pipeline, "_PATIENCE", 0.1)
    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)

    def ask_and_vanish() -> None:
        batches = pipeline.described_batches(history.event_rows, history.decode, 0)
        next(batches)
        sending.send(multiprocessing.active_children()[0].pid)
        os._exit(0)  # without closing anything, as a killed process would

    asking = context.Process(target=ask_and_vanish)
    asking.start()
    asking.join(10)
    assert receiving.poll(10), "the asking process never started its reader"
    reader = receiving.recv()
    deadline = time.monotonic() + 10
    while _running(reader) and time.monotonic() < deadline:
        time.sleep(0.05)
    stayed = _running(reader)
    if stayed:
        os.kill(reader, signal.SIGKILL)  # or it would hold pytest's output open
    assert not stayed


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except FileNotFoundError:
        return False
    return state not in ("Z", "X")  # a zombie has exited; only its parent's bookkeeping is left


# A quarter of the other property tests' examples: each one forks a process.
@settings(max_examples=int(os.environ.get("REGISTER_PROPERTY_EXAMPLES", "40")) // 4 or 1, deadline=None,
          suppress_health_check=SUPPRESSED)
@given(st.lists(steps, min_size=1, max_size=25), st.booleans())
def test_any_history_rebuilt_in_two_processes_equals_the_views_kept_step_by_step(backend, sequence, known_targets_only):
    with recorded(backend, sequence, known_targets_only) as register:
        tables, shown = register.read_model.dump(), views(register)
        catchup_threshold = catchup._PIPED
        catchup._PIPED = 0
        try:
            register.rebuild()
        finally:
            catchup._PIPED = catchup_threshold
        assert register.read_model.dump() == tables
        assert views(register) == shown
