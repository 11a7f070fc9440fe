"""A full disk: nothing half-done is reported as done, reads answer from the views as they
stand (saying when they are behind), and every message says the disk is full.

The disk is a small tmpfs mounted for the test, which needs root; elsewhere these tests skip
and say so. Where a test needs the disk to fill at one moment (after the events are saved,
before the views show them), it fills it for real at that moment.
"""

from __future__ import annotations

import errno
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from cli import main
from projections.read_model import ReadModel
from register.application import Register
from register.storage import Store
from tests.importer.steps import minutes
from tests.mounts import small_disk

JUNE = "Protokoll 2026-4\nDatum 2026-06-15\n\nBeslut 2026-4 §04:1\nAtt fastställa Budget 2027.\n"


class Disk:
    """A small file system of its own, which a test can fill to the last byte and free again."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.filler = folder / "filler"

    def fill(self) -> None:
        with self.filler.open("ab", buffering=0) as file:
            try:
                while True:
                    file.write(b"\0" * 4096)
            except OSError as error:
                assert error.errno == errno.ENOSPC  # the disk is full, as wanted

    def free(self) -> None:
        self.filler.unlink(missing_ok=True)


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Disk]:
    with small_disk(tmp_path, "4m", "to fill") as folder:
        yield Disk(folder)


@pytest.fixture
def cli(disk: Disk):
    runner = CliRunner()
    store = disk.folder / "register.db"

    def run(*args: str) -> Any:
        return runner.invoke(main, ["--store", str(store), *args], catch_exceptions=False)

    assert run("demo").exit_code == 0
    return run


def _events(disk: Disk) -> int:
    db = Store(path=disk.folder / "register.db").database()
    try:
        return db.execute("SELECT COUNT(*) FROM stored_events").fetchone()[0]
    finally:
        db.close()


def test_on_a_full_disk_reads_answer_and_writes_are_refused_saying_the_disk_is_full(cli, disk, tmp_path):
    before = cli("decisions", "--as-of", "2026-12-31").output
    events = _events(disk)
    disk.fill()
    assert cli("decisions", "--as-of", "2026-12-31").output == before
    assert cli("verify").exit_code == 0
    for args in (("meeting", "2026-1", "--date", "2026-02-16"), ("import-minutes", str(minutes(tmp_path, "juni.txt", JUNE)))):
        result = cli(*args)
        assert result.exit_code == 2, result.output
        assert "may only be read (the disk holding it is full: " in result.output
        assert "nothing was written; free some space on it and try again" in result.output
    disk.free()
    assert _events(disk) == events


def _filled_first(disk: Disk, original: Any) -> Any:
    """`original`, run once the disk has filled up."""
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        disk.fill()
        return original(*args, **kwargs)
    return wrapped


def test_a_disk_that_fills_during_a_write_undoes_it_and_says_so(cli, disk, tmp_path, monkeypatch):
    events = _events(disk)
    monkeypatch.setattr(Register, "save", _filled_first(disk, Register.save))
    result = cli("import-minutes", str(minutes(tmp_path, "juni.txt", JUNE)))
    assert result.exit_code == 2, result.output
    assert "error: the disk holding the store filled up: nothing was written; free some space on it and try again" in result.output
    assert "Traceback" not in result.output
    disk.free()
    assert _events(disk) == events
    assert cli("verify").exit_code == 0


def test_a_disk_that_fills_before_the_views_show_a_recording_says_so_and_reads_say_they_are_behind(cli, disk, monkeypatch):
    monkeypatch.setattr(ReadModel, "project_saved", _filled_first(disk, ReadModel.project_saved))
    recorded = cli("meeting", "2026-1", "--date", "2026-02-16")
    assert recorded.exit_code == 0, recorded.output
    assert "note: what was asked is recorded, but the disk holding the store filled up before the views showed it" in recorded.output
    monkeypatch.undo()
    disk.free()
    # The disk fills again as the next command's views try to catch up.
    monkeypatch.setattr("register.storage.LEAST_FREE", 0)
    monkeypatch.setattr(ReadModel, "catch_up", _filled_first(disk, ReadModel.catch_up))
    shown = cli("meetings")
    assert shown.exit_code == 0, shown.output
    assert "2026-1" not in shown.output and "2025-7" in shown.output
    assert shown.output.count("note: the views are 1 events behind the history, and the disk holding the store is full") == 1
    monkeypatch.undo()
    disk.free()
    shown = cli("meetings")
    assert "2026-1" in shown.output and "note:" not in shown.output
    assert cli("verify").exit_code == 0


def test_a_full_disk_whose_store_is_behind_answers_from_views_derived_aside(cli, disk, monkeypatch):
    monkeypatch.setattr(ReadModel, "project_saved", _filled_first(disk, ReadModel.project_saved))
    assert cli("meeting", "2026-1", "--date", "2026-02-16").exit_code == 0
    monkeypatch.undo()
    shown = cli("meetings")
    assert shown.exit_code == 0, shown.output
    assert "2026-1" in shown.output
    assert "note: the store's views are behind its events and it may only be read (the disk holding it is full" in shown.output
