from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from cli import main
from domain.ids import DecisionId, ItemRef, MeetingId
from register.application import Register
from register.demo import import_sample
from register.storage import Store
from tests.backends import fresh_store

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def ids(text: str) -> DecisionId:
    return DecisionId.parse(text)


@pytest.fixture(params=["sqlite", "postgres"])
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def store(backend: str, tmp_path: Path) -> Iterator[Store]:
    with fresh_store(backend, tmp_path) as fresh:
        yield fresh


@pytest.fixture
def register(store: Store) -> Iterator[Register]:
    opened = Register(store)
    yield opened
    opened.close()


SAMPLE_DATE = dt.date(2025, 12, 8)


@pytest.fixture
def sample(register: Register) -> Register:
    """A register holding the bundled sample minutes of meeting 2025-7, imported."""
    import_sample(register, "2025-7.txt", SAMPLE_DATE)
    return register


@pytest.fixture
def cli(store: Store) -> Callable[..., Result]:
    runner = CliRunner()
    setting = str(store.path) if store.url is None else store.url

    def run(*args: str) -> Result:
        return runner.invoke(main, ["--store", setting, *args], catch_exceptions=False)

    return run


@pytest.fixture
def meeting_2026_1(register: Register) -> MeetingId:
    meeting = MeetingId.parse("2026-1")
    with register.new_meeting(meeting, dt.date(2026, 2, 16), "Karlskrona"):
        pass
    return meeting


def item(text: str) -> ItemRef:
    return ItemRef.parse(text)


def stored_events(store: Store) -> int:
    """How many events the store holds, counted straight from its table. A store whose events
    table was never made holds none; every other failure is raised, so that a "nothing was
    written" check cannot pass on broken SQL."""
    if store.url is None and not store.path.exists():
        return 0
    db = store.database()
    try:
        if not _has_table(db, store, store.events_table):
            return 0
        return db.execute(f"SELECT COUNT(*) FROM {store.events_table}").fetchone()[0]
    finally:
        db.close()


def _has_table(db: Any, store: Store, table: str) -> bool:
    if store.url is None:
        return db.execute("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone()[0] > 0
    return db.execute("SELECT to_regclass(?) IS NOT NULL", (table,)).fetchone()[0]
