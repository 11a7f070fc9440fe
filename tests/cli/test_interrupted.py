"""Ctrl-C stops a command with one line saying truly what it wrote (each save whole, or nothing)
and exit status 130, as shells expect; never click's "Aborted!" with 1, nor a traceback."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import main
from domain.meeting import Meeting
from projections import pipeline
from projections.catchup import CatchUp
from projections.read_model import ReadModel
from register.application import Register
from register.storage import Store
from register.demo import import_sample
from tests.conftest import SAMPLE_DATE, stored_events

ROOT = Path(__file__).resolve().parents[2]
MINUTES = ROOT / "register" / "data" / "minutes"


def _import(cli):
    return cli("import-minutes", "--date", "2025-12-08", str(MINUTES / "2025-7.txt"))


def test_an_import_interrupted_before_its_save_writes_nothing_and_says_so(cli, store, monkeypatch):
    taken = Meeting.take_decision

    def third_is_interrupted(self, decision, *args, **kwargs):
        if len(self.decisions) == 2:
            raise KeyboardInterrupt
        return taken(self, decision, *args, **kwargs)

    monkeypatch.setattr(Meeting, "take_decision", third_is_interrupted)
    result = _import(cli)
    assert (result.exit_code, result.output) == (130, "interrupted; nothing was written\n")
    assert stored_events(store) == 0


def test_an_import_interrupted_after_its_save_says_it_was_recorded_and_the_views_catch_up(cli, store, monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(ReadModel, "project_saved", interrupted)
    result = _import(cli)
    assert (result.exit_code, result.output) == (
        130, "interrupted after one transaction was recorded, whole; nothing after it was written\n")
    assert stored_events(store) > 0
    monkeypatch.undo()
    assert "2025-7 §07:1" in cli("decisions").output


def test_ctrl_c_pressed_while_a_save_commits_lands_after_it_and_is_told_so(cli, store, monkeypatch):
    save = Register.save

    def pressed_during(self, *args, **kwargs):
        os.kill(os.getpid(), signal.SIGINT)  # as a terminal delivers it, between two statements of the save
        return save(self, *args, **kwargs)

    monkeypatch.setattr(Register, "save", pressed_during)
    result = cli("meeting", "2026-1", "--date", "2026-02-16")
    assert (result.exit_code, result.output) == (
        130, "interrupted after one transaction was recorded, whole; nothing after it was written\n")
    assert stored_events(store) == 1


def test_a_rebuild_interrupted_leaves_the_views_as_they_were(cli, monkeypatch):
    assert _import(cli).exit_code == 0
    before = cli("decisions", "--format", "csv").output

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(CatchUp, "_apply_all", interrupted)
    result = cli("rebuild")
    assert (result.exit_code, result.output) == (130, "interrupted; nothing was written\n")
    monkeypatch.undo()
    assert cli("decisions", "--format", "csv").output == before
    assert cli("verify").exit_code == 0


def test_a_copy_interrupted_says_how_far_it_got_and_goes_on_when_run_again(cli, store, tmp_path, monkeypatch):
    assert _import(cli).exit_code == 0
    assert cli("meeting", "2026-1", "--date", "2026-02-16").exit_code == 0
    total = stored_events(store)
    first = total - 1
    read = Register.notifications
    calls = []

    def second_save_interrupted(self, *args):
        calls.append(args)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return read(self, *args)

    monkeypatch.setattr(Register, "notifications", second_save_interrupted)
    target = tmp_path / "copy.db"
    result = cli("copy", "--to", str(target))
    assert (result.exit_code, result.output) == (
        130, f"interrupted; {first} of {total} events are copied, each save whole; run the same copy again to go "
             "on from there\n")
    assert stored_events(Store(path=target)) == first
    monkeypatch.undo()
    again = cli("copy", "--to", str(target))
    assert again.exit_code == 0, again.output
    assert again.output.startswith(f"copied 1 events to {target} ({first} were there from an earlier copy)")


@pytest.mark.skipif(not pipeline.available(), reason="the second process is used on Linux with two cores or more")
def test_ctrl_c_at_a_terminal_during_a_long_rebuild_prints_one_line_from_both_processes(tmp_path):
    from benchmarks.generate import record_register

    store = tmp_path / "register.db"
    _, boards = record_register(Store(path=store), 20_000, seed=5)
    # A terminal's Ctrl-C reaches its whole process group: the command and the child it forked.
    command = subprocess.Popen([sys.executable, "-m", "register.launch", "--store", str(store), "--board", boards[0],
                                "rebuild"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    children = Path(f"/proc/{command.pid}/task/{command.pid}/children")
    deadline = time.monotonic() + 60
    while command.poll() is None and not children.read_text().split() and time.monotonic() < deadline:
        time.sleep(0.01)  # until the long pass has forked its second process
    assert command.poll() is None, command.communicate()
    os.killpg(command.pid, signal.SIGINT)
    out, err = command.communicate(timeout=60)
    assert (command.returncode, out, err) == (130, "", "interrupted; nothing was written\n")
    assert CliRunner().invoke(main, ["--store", str(store), "--board", boards[0], "verify"]).exit_code == 0


@pytest.mark.skipif(not pipeline.available(), reason="the second process is used on Linux with two cores or more")
def test_the_second_process_of_a_long_pass_leaves_ctrl_c_to_the_command(register, capfd):
    import_sample(register, "2025-7.txt", SAMPLE_DATE)
    pressed: list[bool] = []

    def pressed_while_describing(topic, state):  # runs in the child, where Ctrl-C reaches it too
        if not pressed:
            pressed.append(True)
            os.kill(os.getpid(), signal.SIGINT)
        return register.decode(topic, state)

    described = [position for batch in pipeline.described_batches(register.event_rows, pressed_while_describing, 0)
                 for position, _ in batch]
    assert len(described) == register.size()
    assert "Traceback" not in capfd.readouterr().err


def test_a_copy_interrupted_once_every_event_is_copied_says_so(cli, store, tmp_path, monkeypatch):
    assert _import(cli).exit_code == 0
    total = stored_events(store)

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("register.audit.verify", interrupted)
    target = tmp_path / "copy.db"
    result = cli("copy", "--to", str(target))
    assert (result.exit_code, result.output) == (
        130, f"interrupted; all {total} events are copied, but the copy is not verified: check it with "
             f"`register --store {target} verify`\n")
    assert stored_events(Store(path=target)) == total
