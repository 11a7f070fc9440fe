"""The site shows nothing `register verify` would call forged: the views are checked against
the events when the server starts and then on a schedule (`serve --verify-every`).

While the first check runs the site serves, and says at the top of every page that the
register is being checked: refusing until then would make every restart an outage as long as
a whole verify, while the time between two scheduled checks stays open however the start is
handled. Once a check finds the register not intact, every page answers with a maintenance
page until a later check finds it intact again (after `register rebuild`, or a restore); while
closed, the register is checked again every `RETRY` (or sooner, on a shorter schedule), with
or without a schedule, so the site opens soon after the repair.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
import math
import re
import threading
from collections.abc import Callable

import attrs

from domain.errors import HistoryBroken, InvalidValue
from projections.sql import StoreBusy, StoreUnavailable
from register import audit
from register.application import Register
from register.web.context import connection_lost

log = logging.getLogger("beslutsregister.watch")

RETRY = dt.timedelta(minutes=1)
"""How soon a check that could not run (the store busy or unreachable, a rebuild putting its
views in place) is tried again, and how soon a register found not intact is checked again."""
LONGEST = dt.timedelta(days=30)
_EVERY = re.compile(r"([1-9][0-9]{0,6})([smhd])")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}


def parse_every(text: str) -> dt.timedelta:
    """`--verify-every`: a whole number and one unit, s, m, h or d (`30m`, `6h`), at most 30 days."""
    match = _EVERY.fullmatch(text)
    if match is None:
        raise InvalidValue(f"--verify-every {text!r}: give a whole number and one unit, s, m, h or d (30m, 6h, 1d)")
    every = dt.timedelta(**{_UNITS[match[2]]: int(match[1])})
    if every > LONGEST:
        raise InvalidValue(f"--verify-every {text!r}: at most 30d; a check less often than that defends little")
    return every


class Status(enum.Enum):
    CHECKING = "checking"
    """The first check has not ended yet."""
    INTACT = "intact"
    NOT_INTACT = "not-intact"


@attrs.frozen
class Finding:
    status: Status
    at: dt.datetime | None = None
    problem: str | None = None
    """What the check found wrong: for the operator's log, never for a page (it may quote a
    withheld text, or a forged one)."""


def could_not_run(error: BaseException) -> bool:
    """Whether a check failed to run at all, rather than finding something: try again later."""
    return isinstance(error, (StoreBusy, StoreUnavailable)) or connection_lost(error)


class SharedFinding:
    """A finding kept in memory shared with the processes forked after it is made (`serve
    --processes`): the check runs in a process of its own, and every worker reads what it found.
    What was wrong stays in the check's own log; the workers need only the status and when."""

    def __init__(self) -> None:
        import multiprocessing

        # Two numbers behind one lock: the status's place in `Status`, and the time (NaN for none).
        self._slots = multiprocessing.get_context("fork").Array("d", 2)
        self.put(Finding(Status.CHECKING))

    def put(self, finding: Finding) -> None:
        with self._slots.get_lock():
            self._slots[0] = list(Status).index(finding.status)
            self._slots[1] = math.nan if finding.at is None else finding.at.timestamp()

    def get(self) -> Finding:
        with self._slots.get_lock():
            status, at = self._slots[0], self._slots[1]
        return Finding(list(Status)[int(status)], None if math.isnan(at) else dt.datetime.fromtimestamp(at, dt.UTC))


class Watch:
    """Checks the register with `audit.verify` now and every `every` (None: only at start), in
    a thread of its own (or, `run`, in the caller's) with a register of its own, kept open
    between checks (opened again only after its connection failed). `shared`: where the finding
    is kept for processes forked after the watch is made."""

    def __init__(self, open_register: Callable[[], Register], every: dt.timedelta | None = None,
                 report: Callable[[str], None] = log.warning, shared: SharedFinding | None = None) -> None:
        self._open = open_register
        self.every = every
        self._report = report
        self._shared = shared
        self._finding = Finding(Status.CHECKING)
        self._register: Register | None = None
        self._stopped = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def finding(self) -> Finding:
        return self._finding if self._shared is None else self._shared.get()

    @finding.setter
    def finding(self, finding: Finding) -> None:
        self._finding = finding
        if self._shared is not None:
            self._shared.put(finding)

    @property
    def status(self) -> Status:
        return self.finding.status

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="register-check", daemon=True)
        self._thread.start()

    def run(self) -> None:
        """Checks in this thread, now and on the schedule, until `stop` (from another thread, or a signal's handler)."""
        self._run()

    def stop(self) -> None:
        self._stopped.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
        if self._thread is None or not self._thread.is_alive():
            self._forget_register()

    def _run(self) -> None:
        try:
            while True:
                ran = self.check()
                # Not intact, the site stays closed until a check finds it repaired: wait for
                # that no longer than for a check that could not run, schedule or none.
                soon = not ran or self.status is Status.NOT_INTACT
                wait = min(RETRY, self.every or RETRY) if soon else self.every
                if wait is None or self._stopped.wait(wait.total_seconds()):
                    return
        finally:
            self._forget_register()  # no connection held open for checks that will not come

    def check(self) -> bool:
        """Checks once, now; whether the check ran (it could not when the store was busy or
        unreachable: what was found before stands)."""
        try:
            if self._register is None:
                self._register = self._open()
            verified = audit.verify(self._register)
        except HistoryBroken as error:  # a forged event met on the way, after the chain was walked
            self._forget_register()
            verified = {"intact": False, "problem": str(error)}
        except Exception as error:
            self._forget_register()
            if could_not_run(error):
                self._report(f"check: could not check the register ({str(error).strip()}); trying again")
                return False
            log.exception("check: the check itself failed")
            verified = {"intact": False, "problem": f"the check itself failed: {type(error).__name__}: {error}"}
        now = dt.datetime.now(dt.UTC)
        if verified["intact"]:
            self._report(f"check: the register is intact: {verified['events']} events, digest {verified['digest']}")
            self.finding = Finding(Status.INTACT, now)
        else:
            where = f" at position {verified['position']}" if verified.get("position") is not None else ""
            self.finding = Finding(Status.NOT_INTACT, now, f"{verified['problem']}{where}")
            self._report(f"check: the register is NOT intact{where}: {verified['problem']}; "
                         "the site answers with a maintenance page until a check finds it intact again")
        return True

    def _forget_register(self) -> None:
        register, self._register = self._register, None
        if register is not None:
            try:
                register.close()
            except Exception:
                pass  # a connection that broke may fail to close; it is dropped either way
