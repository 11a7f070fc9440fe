"""Every file the register reads has a size limit: minutes, a review, a goals or an outcomes
document given as, or linked to, a file without end (`/dev/zero`), a pipe an endless writer
feeds, or a file past the limit is refused in one line that names the file and the limit
(exit 2), having read no more than the limit, and nothing is written.

The commands run as a separate process with its memory capped, so that a reader without a
limit fails here rather than taking the machine's memory.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from register.files import read_at_most, read_start, shown_size
from register.minutes.review import ReviewError
from register.storage import Store
from tests.conftest import stored_events

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = ROOT / "tests" / "documents"
MEMORY = 1 << 30
"""A gibibyte: ample for every command here, far below what an unlimited read of /dev/zero takes."""

KINDS = {
    # kind: (the command, with FILE for the file; what the refusal says past the file's name)
    "minutes": (("import-minutes", "FILE"), "larger than 2 MB: minutes are kilobytes; this is not minutes"),
    "review": (("import-minutes", "--accept", "FILE"),
               "larger than 2 MB: a review of one meeting's minutes is kilobytes; is it the right file?"),
    "goals": (("import-goals", "FILE", "--year", "2027"),
              "larger than 2 MiB: a board document is kilobytes of text; is it the right file?"),
    "outcomes": (("import-outcomes", "FILE", "--year", "2027"),
                 "larger than 2 MiB: a board document is kilobytes of text; is it the right file?"),
}


def _run(store: Store, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    def capped() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))

    setting = str(store.path) if store.url is None else str(store.url)
    return subprocess.run([sys.executable, str(ROOT / "cli.py"), "--store", setting, *args], capture_output=True, text=True,
                          cwd=ROOT, preexec_fn=capped, timeout=timeout)


def _command(kind: str, file: Path) -> list[str]:
    return [str(file) if part == "FILE" else part for part in KINDS[kind][0]]


def _refused(store: Store, kind: str, file: Path, named: str | None = None) -> None:
    before = stored_events(store)
    result = _run(store, *_command(kind, file))
    assert (result.returncode, result.stdout) == (2, ""), result.stderr[-2000:]
    assert result.stderr == f"error: {named or file}: {KINDS[kind][1]}\n"
    assert stored_events(store) == before


@pytest.mark.parametrize("kind", KINDS)
def test_a_file_linked_to_dev_zero_is_refused_at_its_limit(store, tmp_path, kind):
    link = tmp_path / f"{kind}.txt"
    link.symlink_to("/dev/zero")
    _refused(store, kind, link)


@pytest.mark.parametrize("kind", KINDS)
def test_a_file_one_byte_past_its_limit_is_refused(store, tmp_path, kind):
    large = tmp_path / f"{kind}.txt"
    with large.open("wb") as file:  # sparse: the size without the disk
        file.truncate((2_000_000 if kind in ("minutes", "review") else 2 << 20) + 1)
    _refused(store, kind, large)


@pytest.fixture
def endless_pipe(tmp_path: Path) -> Iterator[Path]:
    """A named pipe whose writer goes on until the reader stops reading."""
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)

    def write() -> None:
        try:
            with pipe.open("wb") as sink:
                while True:
                    sink.write(b"x" * 65536)
        except (BrokenPipeError, OSError):
            pass

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    yield pipe
    if writer.is_alive():  # never opened by the reader: let the writer's open return
        os.close(os.open(pipe, os.O_RDONLY | os.O_NONBLOCK))
    writer.join(timeout=5)


@pytest.mark.parametrize("kind", KINDS)
def test_a_pipe_fed_without_end_is_refused_at_the_limit(store, endless_pipe, kind):
    _refused(store, kind, endless_pipe)


def test_a_pipe_no_one_writes_to_reads_as_empty_instead_of_waiting_for_ever(store, tmp_path):
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    result = _run(store, "import-minutes", str(pipe), timeout=60)  # raises TimeoutExpired if it waits
    assert (result.returncode, result.stderr) == (2, f"error: {pipe}: the file is empty\n")
    assert stored_events(store) == 0


@pytest.mark.parametrize("device", ["/dev/zero", "pipe"])
def test_a_store_that_is_a_device_or_a_pipe_is_refused_without_reading_it(tmp_path, device):
    if device == "pipe":
        os.mkfifo(tmp_path / "pipe")
        device = str(tmp_path / "pipe")
    result = _run(Store(path=Path(device)), "decisions")
    assert (result.returncode, result.stderr) == (2, f"error: store {device}: not a register (a device or a pipe, not a file)\n")


def test_the_shared_reader_reads_at_most_one_byte_past_the_limit(tmp_path):
    refused = pytest.raises(ReviewError, read_at_most, "/dev/zero", 10, lambda problem: ReviewError("zero", problem), "too much")
    assert str(refused.value) == "zero: larger than 10 bytes: too much"
    path = tmp_path / "ten.txt"
    path.write_bytes(b"0123456789")
    assert read_at_most(path, 10, lambda problem: ReviewError("ten", problem), "too much") == b"0123456789"
    assert read_start("/dev/zero", 3) == b"\x00\x00\x00"
    assert [shown_size(2_000_000), shown_size(2 << 20), shown_size(1500)] == ["2 MB", "2 MiB", "1500 bytes"]
