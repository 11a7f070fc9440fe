from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from cli import main
from domain.ids import DecisionId, ItemRef, MeetingId
from register.application import Register
from register.bundled import record_sample
from register.storage import Store

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def ids(text: str) -> DecisionId:
    return DecisionId.parse(text)


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "register.db"


@pytest.fixture
def register(store_path: Path) -> Iterator[Register]:
    opened = Register(Store(store_path))
    yield opened
    opened.close()


@pytest.fixture
def sample(register: Register) -> Register:
    """A register holding the bundled sample meeting 2025-7."""
    record_sample(register, "meeting-2025-7.json")
    return register


@pytest.fixture
def cli(store_path: Path) -> Callable[..., Result]:
    runner = CliRunner()

    def run(*args: str) -> Result:
        return runner.invoke(main, ["--store", str(store_path), *args], catch_exceptions=False)

    return run


@pytest.fixture
def meeting_2026_1(register: Register) -> MeetingId:
    meeting = MeetingId.parse("2026-1")
    with register.new_meeting(meeting, dt.date(2026, 2, 16), "Karlskrona"):
        pass
    return meeting


def item(text: str) -> ItemRef:
    return ItemRef.parse(text)
