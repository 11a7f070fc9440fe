"""A store that may only be read (an auditor's copy on read-only media): every read answers,
every write is refused with exit 2 and nothing written.

Read-only media are made by mounting a small tmpfs and remounting it read-only, which needs
root; elsewhere these tests skip and say so.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from cli import main
from register.storage import Store
from tests.importer.steps import minutes
from tests.mounts import small_disk

READS = [
    ("decisions", "--as-of", "2026-12-31"), ("follow-ups", "--as-of", "2026-03-01"), ("plans",), ("grants",),
    ("trace", "2025-7 §13:1"), ("meetings",), ("attendance", "2025-7"), ("log",), ("boards",), ("verify",),
    ("audit", "--as-of", "2026-12-31"),
]
WRITES = [
    ("meeting", "2026-1", "--date", "2026-02-16"), ("decide", "2025-7 §16:1", "Att fastställa Budget 2027."),
    ("seal", "2025-7", "--by", "Anna Berg"), ("rebuild",),
]


@pytest.fixture
def media(tmp_path: Path) -> Iterator[Path]:
    """A folder on a small file system that the test can make read-only."""
    with small_disk(tmp_path, "16m", "to make read-only media") as folder:
        yield folder


def _cli(store: Path) -> Result:
    runner = CliRunner()
    return lambda *args: runner.invoke(main, ["--store", str(store), *args], catch_exceptions=False)  # type: ignore[return-value]


def _read_only(folder: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)


def _answers(cli) -> dict[tuple[str, ...], str]:
    return {args: steady(cli(*args).stdout) for args in READS if args[0] not in ("verify", "log")}


def steady(shown: str) -> str:
    """What a read shows, but the moment an audit report was made, which no two reports share."""
    return re.sub(r"^- as recorded at: .*$", "- as recorded at: (the moment)", shown, flags=re.MULTILINE)


def test_every_read_answers_from_a_store_on_read_only_media(media):
    cli = _cli(media / "register.db")
    assert cli("demo").exit_code == 0
    before = _answers(cli)
    _read_only(media)
    for args in READS:
        result = cli(*args)
        assert result.exit_code == 0, (args, result.output)
        assert "Traceback" not in result.output
    assert _answers(cli) == before


def test_every_write_to_a_read_only_store_is_refused_and_nothing_changes(media, tmp_path):
    cli = _cli(media / "register.db")
    assert cli("demo").exit_code == 0
    _read_only(media)
    size = (media / "register.db").stat().st_size
    attempts = [*WRITES, ("import-minutes", str(minutes(tmp_path, "juni.txt",
                                                         "Protokoll 2026-4\nDatum 2026-06-15\n\nBeslut 2026-4 §04:1\nAtt fastställa Budget 2027.\n")))]
    for args in attempts:
        result = cli(*args)
        assert result.exit_code == 2, (args, result.output)
        assert result.output.startswith(f"error: the store {media / 'register.db'} may only be read (it is on a read-only "
                                        "file system): nothing was written"), (args, result.output)
    assert (media / "register.db").stat().st_size == size
    assert cli("verify").exit_code == 0


def test_a_read_only_copy_whose_views_are_behind_answers_from_views_derived_aside(media, tmp_path):
    cli = _cli(media / "register.db")
    assert cli("demo").exit_code == 0
    before = _answers(cli)
    # A copy taken before its views had caught up: the events are there, the views are not.
    source = Store(path=media / "register.db").database()
    source.execute("DELETE FROM view_position WHERE name = 'register'")
    source.close()
    _read_only(media)
    assert _answers(cli) == before
    assert "note: the store's views are behind its events and it may only be read (it is on a read-only file system): " \
           "these answers come from views derived aside from the events" in cli("plans").stderr
    assert list(media.iterdir()) == [media / "register.db"]


def test_a_copy_from_read_only_media_to_a_writable_place_can_be_recorded_in(media, tmp_path):
    cli = _cli(media / "register.db")
    assert cli("demo").exit_code == 0
    _read_only(media)
    copied = cli("copy", "--to", str(tmp_path / "writable.db"))
    assert copied.exit_code == 0, copied.output
    assert _cli(tmp_path / "writable.db")("meeting", "2026-1", "--date", "2026-02-16").exit_code == 0


def test_a_store_the_user_may_not_write_is_opened_read_only(tmp_path, monkeypatch):
    path = tmp_path / "register.db"
    assert _cli(path)("demo").exit_code == 0
    monkeypatch.setattr("register.storage.os.access", lambda p, mode: Path(p) != path)
    assert Store(path=path).read_only == "the file may not be written"
    result = _cli(path)("meeting", "2026-1", "--date", "2026-02-16")
    assert (result.exit_code, "may only be read (the file may not be written)" in result.output) == (2, True)
    assert _cli(path)("decisions", "--as-of", "2026-12-31").exit_code == 0


def test_an_immutable_store_file_is_read_and_never_written(tmp_path):
    path = tmp_path / "register.db"
    cli = _cli(path)
    assert cli("demo").exit_code == 0
    made = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"cannot make a file immutable here ({made.stderr.strip() or 'chattr failed'})")
    try:
        assert cli("decisions", "--as-of", "2026-12-31").exit_code == 0
        refused = cli("meeting", "2026-1", "--date", "2026-02-16")
        assert refused.exit_code == 2
        assert "may only be read (the file may not be written): nothing was written" in refused.output
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=False)
