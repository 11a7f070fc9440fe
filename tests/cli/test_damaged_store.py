"""An SQLite store whose file is damaged, or is no database at all, is one line naming the file
and saying it is not a readable register database (exit 2), from every command, `verify` too."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import main


def _register(store: Path, *args: str):
    return CliRunner().invoke(main, ["--store", str(store), *args])


@pytest.fixture
def recorded(tmp_path: Path) -> Path:
    store = tmp_path / "register.db"
    assert _register(store, "meeting", "2026-1", "--date", "2026-02-16").exit_code == 0
    for number in range(1, 40):
        text = f"Att bevilja projektet nummer {number} medel för uppföljning av samverkan i länet."
        assert _register(store, "decide", f"2026-1 §{number:02}:1", text).exit_code == 0
    assert not Path(f"{store}-wal").exists() or not Path(f"{store}-wal").stat().st_size
    return store


def _overwrite(store: Path, start: int, end: int) -> bytes:
    """Every byte from `start` to `end` made 0xA5, as a failing disk or a stray write leaves them."""
    data = bytearray(store.read_bytes())
    data[start:end] = b"\xa5" * (min(end, len(data)) - start)
    store.write_bytes(bytes(data))
    return bytes(data)


def _said_damaged(store: Path, said: str) -> str:
    return f"error: store {store}: not a readable register database (SQLite finds the file damaged: {said}); " \
           "nothing was written; restore it from a backup\n"


@pytest.mark.parametrize("command", [("decisions",), ("search", "projektet"), ("verify",), ("rebuild",),
                                     ("decide", "2026-1 §50:1", "Att avsluta.")])
def test_a_store_whose_pages_were_overwritten_in_the_middle_is_named_as_damaged(recorded, command):
    page = int.from_bytes(recorded.read_bytes()[16:18], "big")
    before = _overwrite(recorded, 2 * page, recorded.stat().st_size - page)
    result = _register(recorded, *command)
    assert (result.exit_code, result.output) == (2, _said_damaged(recorded, "database disk image is malformed"))
    assert recorded.read_bytes() == before


@pytest.mark.parametrize("command", [("decisions",), ("verify",)])
def test_a_store_whose_header_was_overwritten_is_named_as_damaged(recorded, command):
    before = _overwrite(recorded, 20, 200)  # past the 16 bytes that say "SQLite format 3"
    result = _register(recorded, *command)
    assert result.exit_code == 2, result.output
    assert result.output in (_said_damaged(recorded, "file is not a database"),
                             _said_damaged(recorded, "database disk image is malformed"))
    assert recorded.read_bytes() == before


@pytest.mark.parametrize("command", [("decisions",), ("verify",)])
def test_a_text_file_named_as_the_store_is_not_a_readable_register_database(tmp_path, command):
    store = tmp_path / "register.db"
    store.write_text("Protokoll från styrelsemötet, inte en databas.\n", encoding="utf-8")
    result = _register(store, *command)
    assert (result.exit_code, result.output) == (
        2, f"error: store {store}: not a readable register database (the file is not an SQLite database)\n")


def test_a_copy_into_a_damaged_store_names_the_target(recorded, tmp_path):
    target = tmp_path / "copy.db"
    assert _register(target, "meeting", "2026-2", "--date", "2026-03-16").exit_code == 0
    _overwrite(target, 20, 200)
    result = _register(recorded, "copy", "--to", str(target))
    assert result.exit_code == 2, result.output
    assert result.output.startswith(f"error: store {target}: not a readable register database (SQLite finds the file damaged")
