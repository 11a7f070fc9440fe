"""Ctrl-C: a save is never cut off between its commit and the count of what was written, so a
command interrupted anywhere can say truly what it left in the store."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from domain.errors import RegisterError

INTERRUPTED = 130
"""What shells expect of a command stopped by Ctrl-C (128 + SIGINT)."""


class Interrupted(RegisterError):
    """Raised when Ctrl-C stopped a command that knows better than "nothing was written" what
    it left (a copy, whole save by whole save)."""

    exit_status = INTERRUPTED


@contextmanager
def held() -> Iterator[None]:
    """Holds off Ctrl-C while the block runs (a save and its counting): it lands before the
    block or right after it, never in between. Only the main thread receives signals; other
    threads (the site's) run the block as it is."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    pressed: list[Any] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: pressed.append(frame))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if pressed and callable(previous):
        previous(signal.SIGINT, pressed[0])


def said(saves: int) -> str:
    """What a command stopped by Ctrl-C left, from the saves its register made before."""
    if not saves:
        return "interrupted; nothing was written"
    if saves == 1:
        return "interrupted after one transaction was recorded, whole; nothing after it was written"
    return f"interrupted after {saves} transactions were recorded, each whole; nothing after them was written"
