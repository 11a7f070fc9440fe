"""`register serve --processes N` (#27): pages are built in Python, one core at a time per
process, so the site serves from N processes forked from one parent over one listening socket.

The parent binds the socket, builds the site, and closes every connection to the store before
it forks: each child opens its own. It forks N workers, which run waitress on the socket
(whichever is free accepts the next connection), and one process that checks the register
against its history and shares what it finds (`watch.SharedFinding`). The parent itself only
waits: a child that dies is started again, and stopping the parent (SIGTERM, Ctrl-C) stops
every child; a child whose parent is killed outright sees the pipe from it close and stops too.
"""

from __future__ import annotations

import collections
import os
import signal
import socket
import sys
import threading
import time
import traceback
from collections.abc import Callable

import attrs
from flask import Flask

from domain.errors import RegisterError

GRACE = 10.0
"""Seconds a child has to finish the requests it is serving once told to stop, before it is killed."""
RESTARTS = 5
"""Children that may die within `RESTARTS_WITHIN` seconds and be started again; one more stops the server."""
RESTARTS_WITHIN = 60.0
_STOPPING = {signal.SIGINT, signal.SIGTERM}


class ChildrenKeepDying(RegisterError):
    """Raised when the server's children die faster than starting them again is worth: something
    is wrong with every one of them, which their own lines in the log say."""

    exit_status = 2


@attrs.frozen
class Role:
    name: str
    """How the log names the child: `worker 2`, `check`."""
    run: Callable[[], None]
    """What the child does until it is told to stop (a KeyboardInterrupt). A child that returns
    has done its work and is not started again; one that dies or fails is."""


class Supervisor:
    """Forks a child for each role and keeps them running until the parent is told to stop."""

    def __init__(self, roles: list[Role], report: Callable[[str], None]) -> None:
        self.roles = roles
        self._report = report
        self._children: dict[int, Role] = {}
        self._deaths: collections.deque[float] = collections.deque()
        # The children read from this pipe, which no one writes to: it closes when the parent
        # ends, however it ends.
        self._lifeline, self._held = os.pipe()

    def run(self) -> None:
        # Signals wait to be asked for, so none arrives between a fork and noting the child.
        unblocked = signal.pthread_sigmask(signal.SIG_BLOCK, _STOPPING | {signal.SIGCHLD})
        try:
            for role in self.roles:
                self._start(role, unblocked)
            while self._children and signal.sigwaitinfo(_STOPPING | {signal.SIGCHLD}).si_signo == signal.SIGCHLD:
                for pid, status in self._reaped():
                    self._restart(pid, status, unblocked)
        finally:
            self._stop_all()
            os.close(self._held)
            os.close(self._lifeline)
            signal.pthread_sigmask(signal.SIG_SETMASK, unblocked)

    def _start(self, role: Role, unblocked: set[int | signal.Signals]) -> None:
        sys.stdout.flush()
        sys.stderr.flush()  # else what waits in a buffer is written again by the child
        pid = os.fork()
        if pid == 0:
            self._be_child(role, unblocked)
        self._children[pid] = role
        self._report(f"{role.name}: process {pid}")

    def _be_child(self, role: Role, unblocked: set[int | signal.Signals]) -> None:
        status = 0
        try:
            os.close(self._held)
            signal.signal(signal.SIGTERM, _interrupt)
            signal.signal(signal.SIGINT, signal.default_int_handler)
            signal.pthread_sigmask(signal.SIG_SETMASK, unblocked)
            threading.Thread(target=self._stop_when_orphaned, name="parent-watch", daemon=True).start()
            role.run()
        except KeyboardInterrupt:
            pass
        except BaseException:
            traceback.print_exc()
            status = 1
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(status)  # never back into the parent's code: no cleanup of what the parent owns

    def _stop_when_orphaned(self) -> None:
        while os.read(self._lifeline, 1):
            pass
        os.kill(os.getpid(), signal.SIGTERM)

    def _reaped(self) -> list[tuple[int, int]]:
        reaped = []
        while self._children:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if pid == 0:
                break
            reaped.append((pid, status))
        return reaped

    def _restart(self, pid: int, status: int, unblocked: set[int | signal.Signals]) -> None:
        role = self._children.pop(pid, None)
        if role is None:
            return
        if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0:
            return  # done with its work (the check, without a schedule): nothing to start again
        now = time.monotonic()
        self._deaths.append(now)
        while self._deaths and self._deaths[0] < now - RESTARTS_WITHIN:
            self._deaths.popleft()
        self._report(f"{role.name}: process {pid} {_ended(status)}; starting another")
        if len(self._deaths) > RESTARTS:
            raise ChildrenKeepDying(f"{len(self._deaths)} of the server's processes died within {RESTARTS_WITHIN:.0f} "
                                    "seconds; stopped (each one's own lines above say why)")
        self._start(role, unblocked)

    def _stop_all(self) -> None:
        for pid in self._children:
            _signal(pid, signal.SIGTERM)
        deadline = time.monotonic() + GRACE
        while self._children:
            left = deadline - time.monotonic()
            said = signal.sigtimedwait(_STOPPING | {signal.SIGCHLD}, left) if left > 0 else None
            if said is None or said.si_signo != signal.SIGCHLD:
                break  # out of time, or told again: no more waiting
            for pid, _ in self._reaped():
                self._children.pop(pid, None)
        for pid in list(self._children):
            self._report(f"{self._children[pid].name}: process {pid} did not stop in time; killed")
            _signal(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        self._children.clear()


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # waitress stops serving on it, as on Ctrl-C


def _signal(pid: int, signum: signal.Signals) -> None:
    try:
        os.kill(pid, signum)
    except ProcessLookupError:
        pass


def _ended(status: int) -> str:
    if os.WIFSIGNALED(status):
        return f"was ended by {signal.Signals(os.WTERMSIG(status)).name}"
    return f"ended with exit status {os.waitstatus_to_exitcode(status)}"


def warm(app: Flask) -> None:
    """What every worker would otherwise load at its first pages, loaded once in the parent and
    had by each from the fork (one started again too): the compiled templates, and search's
    stemmer and Swedish dictionary (the dictionary alone is most of a second of CPU)."""
    from projections import search

    for name in app.jinja_env.list_templates():
        app.jinja_env.get_template(name)
    search.load()


def bound(host: str, port: int, backlog: int = 1024) -> list[socket.socket]:
    """A listening socket on each address `host` names (as waitress binds them), made once in
    the parent for every worker to accept on; closed again, and the error raised, if one fails."""
    sockets: list[socket.socket] = []
    try:
        for family, kind, proto, _, address in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM,
                                                                  flags=socket.AI_PASSIVE):
            if any(made.family == family and made.getsockname()[:2] == address[:2] for made in sockets):
                continue
            made = socket.socket(family, kind, proto)
            sockets.append(made)
            made.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            if family == socket.AF_INET6:
                made.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
            made.bind(address)
            made.listen(backlog)
    except OSError:
        for made in sockets:
            made.close()
        raise
    return sockets


def can_fork() -> bool:
    """Whether this system forks and lets a parent wait for its signals (Linux and the BSDs; not
    Windows, nor macOS, which lacks sigwaitinfo)."""
    return hasattr(os, "fork") and hasattr(signal, "sigwaitinfo") and hasattr(signal, "sigtimedwait")
