"""Reading a file the user names (minutes, a review, a board document, the head of a store):
never more than a limit, whatever the file turns out to be.

The limit is on what is read, not on what `stat` says: a device such as `/dev/zero` says its
size is 0 and never ends, and a pipe has no size at all.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from domain.errors import RegisterError

_CHUNK = 1 << 20


def read_start(path: str | os.PathLike[str], most: int, then: tuple[int, Callable[[bytes], bool]] | None = None) -> bytes:
    """The first `most` bytes of the file (fewer if it ends before); with `then` (`more`,
    `allowed`), reading goes on up to `more` bytes if `allowed(the bytes read so far)`. A pipe
    that no one writes to reads as empty instead of holding the open; errors of the file system
    (no such file, a folder, no permission) pass to the caller as `OSError`, for it to word."""
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        os.set_blocking(descriptor, True)  # non-blocking only to open: a writer's data is waited for
        chunks: list[bytes] = []
        held = _read_into(descriptor, chunks, most)
        if then is not None and held >= most and then[1](b"".join(chunks)):
            _read_into(descriptor, chunks, then[0] - held)
        return b"".join(chunks)
    finally:
        os.close(descriptor)


def _read_into(descriptor: int, chunks: list[bytes], most: int) -> int:
    held = 0
    while held < most:
        chunk = os.read(descriptor, min(_CHUNK, most - held))
        if not chunk:
            break
        chunks.append(chunk)
        held += len(chunk)
    return sum(len(chunk) for chunk in chunks)


def read_at_most(path: str | os.PathLike[str], most: int, refused: Callable[[str], RegisterError], why: str) -> bytes:
    """The whole file, if it holds at most `most` bytes; otherwise `refused(problem)` is raised,
    the problem naming the limit and `why` nothing larger can be what was asked for. At most
    `most + 1` bytes are ever read."""
    data = read_start(path, most + 1)
    if len(data) > most:
        raise refused(f"larger than {shown_size(most)}: {why}")
    return data


def shown_size(size: int) -> str:
    """A limit as a person reads it: `2 MB`, `2 MiB`, else in bytes."""
    if size % 1_000_000 == 0:
        return f"{size // 1_000_000} MB"
    if size % (1 << 20) == 0:
        return f"{size >> 20} MiB"
    return f"{size} bytes"
