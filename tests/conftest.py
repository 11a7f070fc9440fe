from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

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
    """How many events the store holds, counted straight from its table."""
    db = store.database()
    try:
        return db.execute(f"SELECT COUNT(*) FROM {store.events_table}").fetchone()[0]
    except Exception as error:
        # Only a store whose tables were never made holds nothing; any other failure is the test's.
        if "no such table" in str(error) or "does not exist" in str(error):
            return 0
        raise
    finally:
        db.close()
