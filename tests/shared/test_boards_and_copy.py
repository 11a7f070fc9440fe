"""One store, many boards; and a register moved between stores keeps everything it held."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time

import pytest
from click.testing import CliRunner
from eventsourcing.persistence import OperationalError

from cli import main
from domain.corrections import CorrectedField
from domain.ids import MeetingId
from projections.sql import StoreBusy
from register import audit as whole_store
from register.application import Register
from register.demo import SAMPLES, import_sample
from tests.conftest import stored_events
from tests.backends import fresh_store, skip_without_postgres
from tests.conftest import SAMPLE_DATE, ids


def test_two_boards_share_a_store_without_their_ids_colliding(store):
    blekinge = Register(store, "FINSAM Blekinge")
    kalmar = Register(store, "FINSAM Kalmar")
    try:
        import_sample(blekinge, "2025-7.txt", SAMPLE_DATE)
        import_sample(kalmar, "2025-7.txt", dt.date(2025, 12, 10))
        with kalmar.recording(MeetingId.parse("2025-7")) as recording:
            recording.correct(ids("2025-7 §07:1"), CorrectedField.AMOUNT, "1000000", "Kalmars belopp")
        assert {p["granted_sek"] for p in blekinge.plans() if p["party"] == "Karlskrona kommun"} == {3_578_000}
        assert {p["granted_sek"] for p in kalmar.plans() if p["party"] == "Karlskrona kommun"} == {1_000_000}
        assert {d["date"] for d in kalmar.decisions()} == {"2025-12-10"}
        assert blekinge.boards() == ["FINSAM Blekinge", "FINSAM Kalmar"]
        incremental = blekinge.read_model.dump()
        blekinge.rebuild()  # one pass over both boards' events
        assert blekinge.read_model.dump() == incremental
    finally:
        blekinge.close()
        kalmar.close()


def test_a_store_of_several_boards_asks_which_one(cli, store):
    two = Register(store, "FINSAM Kalmar")
    try:
        import_sample(two, "2025-7.txt", SAMPLE_DATE)
    finally:
        two.close()
    assert cli("decisions", "--format", "json").exit_code == 0  # the only board: no need to say
    one = Register(store, "FINSAM Blekinge")
    try:
        import_sample(one, "2025-7.txt", SAMPLE_DATE)
    finally:
        one.close()
    refused = cli("decisions")
    assert refused.exit_code == 2
    assert "several boards (FINSAM Blekinge, FINSAM Kalmar); choose one with --board" in refused.output
    chosen = cli("--board", "FINSAM Kalmar", "decisions", "--format", "json")
    assert len(json.loads(chosen.output)) == 9


def views(setting: str) -> list[str]:
    runner = CliRunner()
    commands = [
        ("decisions", "--format", "json"), ("follow-ups", "--all", "--format", "json"),
        ("plans", "--format", "json"), ("trace", "2025-7 §13:1", "--format", "json"),
        ("meetings", "--format", "json"), ("log", "--format", "json"),
        ("audit", "--as-of", "2026-06-30", "--format", "json"),
    ]
    shown = [runner.invoke(main, ["--store", setting, *command], catch_exceptions=False).output for command in commands]
    # The audit names the moment it was made, which no copy keeps: the rest must be the same.
    report = {k: v for k, v in json.loads(shown[-1]).items() if k not in ("as_recorded", "made_at")}
    return [*shown[:-1], json.dumps(report)]


def test_a_register_copied_sqlite_to_postgresql_and_back_is_the_same_register(tmp_path):
    skip_without_postgres()
    with fresh_store("sqlite", tmp_path) as source, fresh_store("postgres", tmp_path) as middle, fresh_store("sqlite", tmp_path) as back:
        register = Register(source, actor="sekreteraren")
        try:
            for name, date in SAMPLES:
                import_sample(register, name, date)
            time.sleep(0.01)
            with register.recording(MeetingId.parse("2025-7")) as recording:
                recording.correct(ids("2025-7 §07:1"), CorrectedField.AMOUNT, "3587000", "fel belopp")
        finally:
            register.close()
        runner = CliRunner()
        first = runner.invoke(main, ["--store", str(source.path), "copy", "--to", middle.url or ""], catch_exceptions=False)
        assert first.exit_code == 0, first.output
        second = runner.invoke(main, ["--store", middle.url or "", "copy", "--to", str(back.path)], catch_exceptions=False)
        assert second.exit_code == 0, second.output
        digest = first.output.split("digest ")[1].strip()
        assert second.output.split("digest ")[1].strip() == digest
        for target in (middle.url or "", str(back.path)):
            verified = runner.invoke(main, ["--store", target, "verify"])
            assert verified.exit_code == 0 and digest in verified.output
        assert views(str(source.path)) == views(middle.url or "") == views(str(back.path))


def test_copying_into_a_store_that_holds_events_is_refused(cli, store, tmp_path):
    assert cli("demo").exit_code == 0
    with fresh_store("sqlite", tmp_path) as other:
        filled = Register(other)
        try:
            import_sample(filled, "2022-5.txt")
        finally:
            filled.close()
        result = cli("copy", "--to", str(other.path))
        assert result.exit_code == 2
        assert "the target store already holds events" in result.output


def test_a_copy_that_stopped_half_way_goes_on_from_there_when_run_again(cli, store, tmp_path, monkeypatch):
    assert cli("demo").exit_code == 0
    total = stored_events(store)
    with fresh_store("sqlite", tmp_path) as target:
        destination = Register(target)
        inserts = destination.recorder.insert_events
        calls = []

        def busy_on_the_second_save(*args, **kwargs):
            calls.append(1)
            if len(calls) == 2:
                raise OperationalError("database is locked")
            return inserts(*args, **kwargs)

        monkeypatch.setattr(destination.recorder, "insert_events", busy_on_the_second_save)
        source = Register(store)
        try:
            with pytest.raises(StoreBusy, match=rf"the target store is busy: .*; \d+ of {total} events are copied, each save whole; run the same copy again"):
                whole_store.copy(source, destination)
        finally:
            source.close()
            destination.close()
        partly = Register(target).size()
        assert 0 < partly < total

        result = cli("copy", "--to", str(target.path))
        assert result.exit_code == 0, result.output
        assert f"copied {total - partly} events to {target.path} ({partly} were there from an earlier copy)" in result.output
        assert views(str(target.path)) == views(store.url or str(store.path))


def test_copying_into_a_store_that_another_command_holds_says_it_is_busy_and_copies_nothing(cli, store, tmp_path, monkeypatch):
    assert cli("demo").exit_code == 0
    total = stored_events(store)
    with fresh_store("sqlite", tmp_path) as target:
        Register(target).close()
        holder = sqlite3.connect(target.path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        monkeypatch.setenv("REGISTER_LOCK_TIMEOUT", "1")
        try:
            result = cli("copy", "--to", str(target.path))
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        assert result.exit_code == 2
        assert "the target store is busy" in result.output and f"0 of {total} events are copied" in result.output
        assert Register(target).size() == 0
