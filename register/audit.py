"""What an auditor or an operator asks of a whole store: is it intact, what did it show as of a
date, who recorded what and when, and a copy of all of it elsewhere.

These read a `Register`; none of them records anything in it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from domain.errors import HistoryBroken, RegisterError
from domain.board import BoardEvent
from domain.ids import DecisionId, ItemRef, MeetingId
from projections.catchup import Progress
from projections.compare import views_differ
from projections.read_model import ProjectionFailed
from projections.rows import LogRow, ReviewedRow
from projections.sql import busy_when_locked
from projections.unavailable import ConnectionLost, lost_when_gone
from register import audit_report, damage
from register.interrupts import Interrupted, held
from register.application import Register


class TargetNotEmpty(RegisterError):
    """Raised when copying a register into a store that already holds events."""


def verify(register: Register, progress: Progress | None = None, digest: str | None = None) -> dict[str, Any]:
    """Checks the stored history against its hash chain, then that the views equal what the
    events give (deriving them aside decodes every event); with `digest` (one printed
    earlier), also that the store still holds the history it names."""
    ledger = register.ledger
    breach = ledger.breach(progress)
    if breach is not None:
        return {"intact": False, "position": breach.position, "problem": breach.problem}
    named = None if digest is None else ledger.named_by(digest)
    if digest is not None and named is None:
        return {"intact": False, "position": None, "problem": (
            f"the store does not hold the history digest {digest} names: saves were removed from its end, "
            "or the digest is of another register")}
    try:
        register.catch_up()
        views = register.read_model  # after catching up, which may put views derived aside in place
        difference = views_differ(views, register.event_rows, register.decode, ledger.saves_after)
    except ProjectionFailed as failed:  # what the chain vouches for does not read back: never a traceback
        return {"intact": False, "position": failed.position, "problem": f"the event cannot be read ({failed.problem})"}
    except HistoryBroken as broken:  # broken after the walk above, by a write meanwhile
        return {"intact": False, "position": None, "problem": str(broken)}
    if difference is not None:
        return {"intact": False, "position": None, "problem": (
            f"the views differ from what the events give: {difference}; `register rebuild` derives them again")}
    read = views.position()
    return {"intact": True, "events": register.event_rows.count(read), "meetings": views.meeting_count(read),
            "digest": ledger.digest_at(read), "named_up_to": named}


def digest(register: Register) -> str:
    """The digest of the whole history the store holds: write it into the next minutes."""
    return register.ledger.digest_at(register.size())


def audit(register: Register, as_of: dt.date, as_recorded: dt.datetime | None = None) -> dict[str, Any]:
    """Every view as of a date, as recorded at an instant (the one asked, else the moment the
    report is made), with the digest of the history behind it, who recorded and reviewed each
    meeting and when, every correction, withholding and reviewer's change, attendance per
    meeting and the follow-ups open or overdue; only once the history and the views are proven
    intact."""
    verified = verify(register)
    if not verified["intact"]:
        where = f" at position {verified['position']}" if verified["position"] is not None else ""
        raise HistoryBroken(f"no audit: the register is not intact{where}: {verified['problem']}")
    if as_recorded is None:
        # The position first, then the moment: every save it holds was recorded by that moment,
        # and every view below is read at it, so a save made meanwhile is in none of them.
        position = register.size()
        made = dt.datetime.now(dt.timezone.utc)
        saved = register.ledger.save_ending(position)
        # A copy keeps its saves' instants: one from a clock ahead of this one still counts.
        as_recorded = max(made, dt.datetime.fromisoformat(saved[0])) if saved else made
    else:
        made = dt.datetime.now(dt.timezone.utc)
        position = register.ledger.position_at(as_recorded)
    meetings = register.meetings(as_recorded, as_of=as_of)
    decisions = register.decisions(as_of, as_recorded=as_recorded)
    last = register.ledger.save_ending(position)
    return {
        "board": register.board,
        "as_of": as_of.isoformat(),
        "as_recorded": audit_report.instant(as_recorded),
        "made_at": audit_report.instant(made),
        "position": position,
        "digest": register.ledger.digest_at(position),
        "last_save": {"recorded_at": last[0], "actor": last[1]} if last else None,
        "meetings": meetings,
        **audit_report.from_history(register, position, meetings),
        "attendance": {m.meeting: register.attendance(MeetingId.parse(m.meeting), as_of, as_recorded) for m in meetings},
        "decisions": decisions,
        "follow_ups": register.follow_ups(as_of, include_done=False, as_recorded=as_recorded),
        "plans": register.plans(as_of, as_recorded=as_recorded),
        "grants": register.grants(as_of, as_recorded=as_recorded),
        "reviewed": [row for d in decisions if (row := ReviewedRow.of_decision(d))],
    }


def history(register: Register, since: dt.datetime | None = None, until: dt.datetime | None = None) -> list[LogRow]:
    """Who recorded what, and when: one row per stored event."""
    register.catch_up()
    rows = []
    meetings: dict[Any, str] = {}  # one lookup per meeting, not per event
    for first, last, recorded_at, actor in register.ledger.entries(since, until):
        for notification in register.notifications(first - 1, last):
            with damage.read_back(register.ledger, f"the event at position {notification.id}"):
                event = register.mapper.to_domain_event(notification)
            if notification.originator_id not in meetings:
                meetings[notification.originator_id] = register.read_model.meeting_of(notification.originator_id)
            meeting = meetings[notification.originator_id]
            rows.append(LogRow(position=notification.id, recorded_at=recorded_at, actor=actor, meeting=meeting,
                               event=type(event).__name__, ref=_ref(event) or meeting))
    return rows


def copy(source: Register, target: Register, progress: Progress | None = None) -> tuple[int, int]:
    """Copies every stored event, with its recorded time and actor, save by save, into a store
    that is empty or holds the start of this history (a copy that stopped half-way), and
    goes on from there. Returns (events copied now, events that were there already)."""
    target.refuse_writes()
    # A copy chains what it is given afresh: it must not launder a forged history.
    damage.refuse_broken(source.ledger.breach(), "nothing was copied")
    there, done = target.size(), 0
    if there:
        done = source.ledger.save_reaching(target.ledger.digest_at(there)) or 0
        if not done:
            raise TargetNotEmpty("the target store already holds events that are not the start of this store's "
                                 "history; copy into an empty store")
    already = source.event_rows.count(done)
    if progress:
        progress(already)
    copied, total = 0, source.size()
    try:
        for first, last, recorded_at, actor in source.ledger.entries(None, None):
            if last <= done:
                continue
            batch = list(source.notifications(first - 1, last))
            so_far = f"{already + copied} of {total} events are copied, each save whole; run the same copy again to go on from there"
            with busy_when_locked(f"the target store is busy: another command held it for more than {{seconds}} s; {so_far}"), \
                    lost_when_gone(str(target.store), so_far), held():
                target.recorder.insert_events(batch, actor=actor, recorded_at=recorded_at)
                copied += len(batch)
            if progress:
                progress(len(batch))
        try:
            target.catch_up()
        except ConnectionLost as lost:  # every event is copied; the target's views catch up when next read
            target.notices.append(f"every event is copied, but then {lost.happened}, before the copy's views were brought up to date")
    except KeyboardInterrupt:
        so_far = f"{already + copied} of {total} events are copied, each save whole; run the same copy again to go on from there"
        raise Interrupted(f"interrupted; {so_far}") from None
    return copied, already


def _ref(event: Any) -> str:
    """The decision or matter an event is about, for the log."""
    for name in ("decision", "source", "by", "matter", "item", "ref"):
        value = getattr(event, name, None)
        if isinstance(value, (DecisionId, ItemRef)):
            return str(value)
    if isinstance(event, BoardEvent):  # the board's own: what it is about
        outcome = getattr(event, "outcome", None)
        about = outcome.project if outcome is not None else getattr(event, "year", None) or getattr(event, "project", "")
        return f"board: {about}" if about else "board"
    return ""
