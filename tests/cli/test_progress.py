"""Long work shows a progress bar on a terminal; the work is the same either way."""

from __future__ import annotations

import io
import sys

import pytest

import cli as command_line
from register import audit as whole_store


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def terminal(monkeypatch):
    """Installs a terminal as stderr; call it inside the test, after pytest set up its capture."""

    def install() -> Terminal:
        screen = Terminal()
        monkeypatch.setattr(sys, "stderr", screen)
        return screen

    return install


def test_a_progress_bar_counts_up_on_a_terminal(terminal):
    terminal = terminal()
    with command_line._progress(5000, "rebuilding") as progress:
        for _ in range(5):
            progress(1000)
    assert "rebuilding" in terminal.getvalue()
    assert "100%" in terminal.getvalue()


def test_short_work_shows_no_bar_even_on_a_terminal(terminal):
    terminal = terminal()
    with command_line._progress(10, "rebuilding") as progress:
        progress(10)
    assert terminal.getvalue() == ""


def test_rebuild_verify_and_copy_report_progress_and_do_the_same_work(store, terminal, tmp_path):
    from benchmarks.generate import record_register
    from register.application import Register
    from register.storage import Store

    events, boards = record_register(store, 2000, seed=1)
    screen = terminal()
    register = Register(store, boards[0])
    target = Register(Store(path=tmp_path / "copy.db"), boards[0])
    try:
        register.catch_up()  # the generator records in bulk: the views catch up when read
        before = register.read_model.dump()
        with command_line._progress(register.size(), "rebuilding") as progress:
            assert register.rebuild(progress) == events
        assert register.read_model.dump() == before
        with command_line._progress(register.size(), "verifying") as progress:
            assert whole_store.verify(register, progress)["intact"] is True
        with command_line._progress(register.size(), "copying") as progress:
            assert whole_store.copy(register, target, progress) == (events, 0)
    finally:
        register.close()
        target.close()
    shown = screen.getvalue()
    assert all(label in shown for label in ("rebuilding", "verifying", "copying"))
    assert shown.count("100%") >= 2
