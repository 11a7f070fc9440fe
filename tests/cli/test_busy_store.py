"""A command that finds the store locked by a long one (a rebuild, a big import) says so and writes nothing."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import main
from projections.sql import StoreBusy
from projections.read_model import ReadModel
from register.storage import Store
from tests.backends import POSTGRES, fresh_store


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("REGISTER_LOCK_TIMEOUT", "1")
    store = tmp_path / "register.db"

    def run(*args: str):
        return CliRunner().invoke(main, ["--store", str(store), *args], catch_exceptions=False)

    run.store = store  # type: ignore[attr-defined]
    assert run("demo").exit_code == 0
    return run


@contextmanager
def held(store: Path) -> Iterator[None]:
    """Another process's write transaction, as a rebuild holds one (SQLite)."""
    other = sqlite3.connect(store, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_recording_while_another_command_holds_the_store_is_refused_and_writes_nothing(cli):
    with held(cli.store):
        result = cli("meeting", "2026-1", "--date", "2026-02-16")
    assert result.exit_code == 2
    assert "error: the store is busy" in result.output
    assert "held it for more than 1 s; nothing was written" in result.output
    assert "2026-1" not in cli("meetings").output


def test_a_rebuild_while_another_command_holds_the_store_is_refused_and_the_views_stay(cli):
    before = cli("decisions", "--format", "json").output
    with held(cli.store):
        result = cli("rebuild")
    assert result.exit_code == 2
    assert "error: the store is busy" in result.output
    assert cli("decisions", "--format", "json").output == before


@pytest.mark.parametrize("setting", ["soon", "0", "-5", "1.5"])
def test_a_lock_timeout_that_is_not_whole_seconds_is_refused(cli, monkeypatch, setting):
    monkeypatch.setenv("REGISTER_LOCK_TIMEOUT", setting)
    result = cli("decisions")
    assert result.exit_code == 2
    assert f"REGISTER_LOCK_TIMEOUT must be a whole number of seconds, 1 or more, not '{setting}'" in result.output


def test_a_save_whose_views_are_held_is_kept_and_the_views_catch_up_when_next_read(cli, monkeypatch):
    def views_held(*args):
        raise StoreBusy("the store is busy")

    with monkeypatch.context() as patched:
        patched.setattr(ReadModel, "project_saved", views_held)
        result = cli("meeting", "2026-1", "--date", "2026-02-16")
    assert result.exit_code == 0, result.output
    assert "2026-1" in cli("meetings").output


def test_on_postgresql_a_rebuild_holding_the_views_makes_readers_wait_only_so_long(tmp_path, monkeypatch):
    monkeypatch.setenv("REGISTER_LOCK_TIMEOUT", "1")
    with fresh_store("postgres", tmp_path) as store:
        def run(*args: str):
            return CliRunner().invoke(main, ["--store", store.url or "", *args], catch_exceptions=False)

        assert run("demo").exit_code == 0
        import psycopg

        with psycopg.connect(Store(url=POSTGRES).conninfo()) as other:
            other.execute(f'SET search_path TO "{store.url.rpartition("schema=")[2]}"')
            other.execute('LOCK TABLE "view_position" IN EXCLUSIVE MODE')  # as a rebuild holds it
            recorded = run("meeting", "2026-1", "--date", "2026-02-16")
            read = run("meetings")
            other.rollback()
        assert recorded.exit_code == 0, recorded.output
        assert read.exit_code == 2 and "error: the store is busy" in read.output
        assert "2026-1" in run("meetings").output
