"""Reading, decoding and describing events in a second process while this one folds and writes.

A long pass (a rebuild, the first read after a bulk import) is the one place a register does
much work at once; splitting it in two halves (`describe`, `catchup`) lets a second core take
the first half.
The child reads the store over its own connection and sends batches of described events
through a queue; the queue's bound keeps it from running more than `_AHEAD` batches ahead.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from multiprocessing.process import BaseProcess
    from multiprocessing.queues import Queue

from domain.errors import RegisterError
from projections.describe import Described, Describer, meeting_lookup
from projections.event_rows import BATCH, Decoder, EventRows

Batch = list[tuple[int, Described]]
"""(position, what the event says)"""

_AHEAD = 32
_PATIENCE = 1.0
"""Seconds between checks that the other process is still there."""


class ReaderStopped(RegisterError):
    """Raised when the second process died without a word (killed, out of memory)."""


class DescribingFailed(Exception):
    def __init__(self, position: int, problem: str) -> None:
        super().__init__(problem)
        self.position = position


def available() -> bool:
    """Whether a second process can take the first half: a forked child needs no re-import."""
    return sys.platform == "linux" and (os.cpu_count() or 1) > 1


def described_batches(stored: EventRows, decode: Decoder, start: int) -> Iterator[Batch]:
    """Batches of described events after `start`, in position order, from a child process.

    Raises DescribingFailed for an event the child could not decode or describe."""
    import multiprocessing  # here: every command would pay for importing it on start

    context = multiprocessing.get_context("fork")
    queue: Queue[Any] = context.Queue(maxsize=_AHEAD)
    child = context.Process(target=_describe_all, args=(stored, decode, start, queue), daemon=True)
    # Ctrl-C held back while forking: a child interrupted before it ignores SIGINT prints a
    # traceback from inside the fork; the parent gets a Ctrl-C pressed meanwhile once it is unblocked.
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        child.start()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
    try:
        while True:
            message = _next(queue, child)
            if message is None:
                return
            if isinstance(message, tuple):
                raise DescribingFailed(*message)
            yield message
    finally:
        child.terminate()
        child.join()
        queue.close()


def _next(queue: Queue[Any], child: BaseProcess) -> Any:
    from queue import Empty

    while True:
        try:
            return queue.get(timeout=_PATIENCE)
        except Empty:
            if not child.is_alive():
                raise ReaderStopped(
                    f"the process reading the events stopped unexpectedly (exit code {child.exitcode}); nothing was "
                    "written; run the command again, and if it stops again, check the machine's free memory"
                ) from None


def _describe_all(stored: EventRows, decode: Decoder, start: int, sending: Queue[Any]) -> None:
    from queue import Full

    # Ctrl-C reaches every process of the terminal's group: the parent stops this one and says
    # what was written; here it would only print a traceback of its own. (Forked with it blocked.)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    parent = os.getppid()

    def send(message: Any) -> None:
        while True:
            try:
                return sending.put(message, timeout=_PATIENCE)
            except Full:
                if os.getppid() != parent:  # the pass was abandoned; nobody will read on
                    raise SystemExit(1) from None

    rows = stored.reopened()
    # The read model as last committed: meetings recorded since come among the events themselves.
    describe = Describer(meeting_lookup(rows.db))
    position = start
    try:
        while True:
            batch = rows.after(position, BATCH)
            described: Batch = []
            for position, aggregate, topic, state in batch:
                described.append((position, describe(position, aggregate, decode(topic, state))))
            if described:
                send(described)
            if len(batch) < BATCH:
                break
        send(None)
    except Exception as error:
        send((position, f"{type(error).__name__}: {error}"))
    sending.close()
    sending.join_thread()
