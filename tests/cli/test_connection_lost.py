"""The connection to a PostgreSQL store ended under a command (`pg_terminate_backend`, as an
administrator or a restarting server would): the user gets one line that says the connection
went away and that nothing was written (exit 2), and nothing was; or, when the events were
saved before it went, the command says they are recorded and the views catch up next time."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from cli import main
from domain.ids import MeetingId
from register.application import Register
from register.storage import Store
from tests.backends import POSTGRES, fresh_store
from tests.conftest import stored_events

MINUTES = Path(__file__).resolve().parents[1] / "importer" / "minutes" / "board-minutes-2026-1.txt"
Cli = Callable[..., Result]


@pytest.fixture
def session(monkeypatch: pytest.MonkeyPatch) -> str:
    """A name every connection this test makes carries, so that only they are ended."""
    name = f"faults-{uuid.uuid4().hex[:12]}"
    monkeypatch.setenv("PGAPPNAME", name)
    return name


@pytest.fixture
def store(session: str, tmp_path: Path) -> Iterator[Store]:
    with fresh_store("postgres", tmp_path) as fresh:
        assert CliRunner().invoke(main, ["--store", str(fresh.url), "demo"], catch_exceptions=False).exit_code == 0
        yield fresh


@pytest.fixture
def cli(store: Store) -> Cli:
    runner = CliRunner()
    return lambda *args: runner.invoke(main, ["--store", str(store.url), *args], catch_exceptions=False)


def _end_sessions(name: str) -> int:
    """Ends every session of this test's connections from a connection of another name."""
    import psycopg

    with psycopg.connect(Store(url=POSTGRES).conninfo(), autocommit=True, application_name="faults-ender") as db:
        found = db.execute("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = %s",
                           (name,)).fetchone()
    return found[0] if found else 0


def _ending_before(monkeypatch: pytest.MonkeyPatch, session: str, owner: Any, method: str) -> list[int]:
    """Ends the sessions the first time `owner.method` is called, before it runs; says how many it ended."""
    original = getattr(owner, method)
    ended: list[int] = []

    def ending(*args: Any, **kwargs: Any) -> Any:
        if not ended:
            ended.append(_end_sessions(session))
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, method, ending)
    return ended


def _gone(store: Store) -> str:
    return (f"error: the connection to the PostgreSQL store {store.url} went away (terminating connection due to "
            "administrator command): nothing was written; try again when it answers\n")


STEPS = {
    "while the views catch up, before recording": ("register.application.Register", "catch_up"),
    "while the minutes are checked against what the register holds": ("register.minutes.importing._Writer", "run"),
    "while the views fold what they read, inside their transaction": ("projections.read_model.ReadModel", "_catch_up"),
}


def _owner(dotted: str) -> Any:
    module, _, name = dotted.rpartition(".")
    return getattr(__import__(module, fromlist=[name]), name)


def _views_behind(store: Store) -> None:
    """A meeting saved in bulk, so that the next command's catch-up has events to fold."""
    register = Register.open(store)
    try:
        with register.bulk(), register.new_meeting(MeetingId.parse("2025-8"), dt.date(2025, 12, 15), "Karlskrona"):
            pass
    finally:
        register.close()


@pytest.mark.parametrize("step", STEPS)
def test_an_import_whose_connection_is_ended_says_so_in_one_line_and_writes_nothing(cli, store, session, monkeypatch, step):
    _views_behind(store)
    before = stored_events(store)
    ended = _ending_before(monkeypatch, session, _owner(STEPS[step][0]), STEPS[step][1])
    result = cli("import-minutes", str(MINUTES), "--date", "2026-02-16")
    assert ended and ended[0] > 0
    assert (result.exit_code, result.output) == (2, _gone(store))
    assert stored_events(store) == before
    monkeypatch.undo()
    again = cli("import-minutes", str(MINUTES), "--date", "2026-02-16")
    assert again.exit_code == 0, again.output
    assert cli("verify").exit_code == 0


def test_a_decision_by_hand_whose_connection_is_ended_says_so_in_one_line_and_writes_nothing(cli, store, session, monkeypatch):
    assert cli("meeting", "2026-1", "--date", "2026-02-16").exit_code == 0
    before = stored_events(store)
    _ending_before(monkeypatch, session, Register, "catch_up")
    result = cli("decide", "2026-1 §04:1", "Att fastställa Budget 2027.")
    assert (result.exit_code, result.output) == (2, _gone(store))
    assert stored_events(store) == before


def test_a_connection_ended_after_the_save_leaves_it_recorded_and_the_views_catch_up_next_time(cli, store, session, monkeypatch):
    before = stored_events(store)
    _ending_before(monkeypatch, session, _owner("projections.read_model.ReadModel"), "project_saved")
    result = cli("import-minutes", str(MINUTES), "--date", "2026-02-16")
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        f"note: what was asked is recorded, but then the connection to the PostgreSQL store {store.url} went away "
        "(terminating connection due to administrator command), before the views showed it; they catch up on the next command\n")
    assert stored_events(store) > before
    monkeypatch.undo()
    assert "2026-1 §04:1" in cli("decisions", "--meeting", "2026-1").output
    assert cli("verify").exit_code == 0
