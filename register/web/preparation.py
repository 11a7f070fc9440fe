"""The start page of a member or secretary signed in (#26, item 5): the preparation for the board's
next meeting. The register keeps no calendar, so the next meeting is the day the reader gives
(`nasta`), else two months ahead, as the public start page counts. What returns at it: a referral
or deferral due at the next meeting or by that day; what else falls due by it; what is overdue —
each with its matter's page (the trace), and what the register has of its documents: the decision,
its protokollsutdrag, the diarienummer and the beslutsunderlag the minutes list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import attrs
from flask import abort

from domain.errors import InvalidValue
from domain.ids import DecisionId, DeferralRef, ItemRef, parse_source
from domain.values import Due, DueKind, FollowUpStatus, parse_date
from projections.rows import FollowUpRow
from register.application import Register
from register.web.parameters import arg

RETURNING = ("referred_back", "deferred")
"""The follow-ups that bring a matter back before the board."""


@attrs.frozen
class Matter:
    """A follow-up on the agenda of the next meeting, with where to read about it."""

    follow_up: FollowUpRow
    matter: ItemRef | DeferralRef
    """The matter's page: the matter a referral or deferral concerns, else the item the decision was taken under."""
    decision: DecisionId | None
    """The decision that gave the follow-up, whose protokollsutdrag the site prints; None for a deferral without one."""
    diary_number: str = ""
    basis: tuple[str, ...] = ()


@attrs.frozen
class Preparation:
    next_meeting: dt.date
    returning: list[Matter]
    falling_due: list[Matter]
    overdue: list[Matter]

    def twin(self, overdue_shown: int) -> dict[str, Any]:
        """What the JSON twin says: the follow-up rows, as the command line prints them."""
        return {"next_meeting": self.next_meeting.isoformat(), "returning": [m.follow_up for m in self.returning],
                "falling_due": [m.follow_up for m in self.falling_due],
                "overdue": [m.follow_up for m in self.overdue[:overdue_shown]], "overdue_total": len(self.overdue)}


def next_meeting(today: dt.date, ahead: int) -> dt.date:
    """The day the reader gave as the next meeting's (`nasta`), else `ahead` days after `today`."""
    given = arg("nasta").strip()
    if not given:
        return today + dt.timedelta(days=ahead)
    try:
        return parse_date(given)
    except InvalidValue:
        abort(400, f"ogiltigt datum {given!r} i fältet ”Nästa möte” (nasta): skriv ett datum som finns, som ÅÅÅÅ-MM-DD")


def prepared(register: Register, rows: Iterable[FollowUpRow], day: dt.date, as_of: dt.date | None,
             as_recorded: dt.datetime | None) -> Preparation:
    """The open and overdue follow-ups `rows` sorted into what the meeting on `day` has before it."""
    returning: list[FollowUpRow] = []
    falling_due: list[FollowUpRow] = []
    overdue: list[FollowUpRow] = []
    for row in rows:
        if row.status == FollowUpStatus.OVERDUE:
            overdue.append(row)
        elif row.status == FollowUpStatus.OPEN and _due_by(row.due, day):
            (returning if row.kind in RETURNING else falling_due).append(row)
    overdue.sort(key=lambda f: f.date, reverse=True)  # what this year's meetings left open first; stable
    filings = _filings(register, [*returning, *falling_due, *overdue], as_of, as_recorded)
    return Preparation(day, *([_matter(row, filings) for row in listed] for listed in (returning, falling_due, overdue)))


def _due_by(due: str | None, day: dt.date) -> bool:
    """Whether a follow-up is due at the meeting held on `day`: at the next meeting, or on a day or
    in a month that has begun by then (a month's due is the meeting that month)."""
    parsed = Due.parse(due)
    first = parsed.first_day()
    return parsed.kind is DueKind.NEXT_MEETING or (first is not None and first <= day)


def _matter(row: FollowUpRow, filings: dict[str, dict[str, Any]]) -> Matter:
    source = parse_source(row.source)
    decision = source if isinstance(source, DecisionId) else None
    matter = parse_source(row.matter) if row.matter else (decision.item if decision else source)
    assert isinstance(matter, (ItemRef, DeferralRef))
    filing = filings.get(matter.key) or (filings.get(decision.item.key) if decision else None) or {}
    return Matter(row, matter, decision, filing.get("diary_number") or "", tuple(filing.get("basis") or ()))


def _filings(register: Register, rows: list[FollowUpRow], as_of: dt.date | None,
             as_recorded: dt.datetime | None) -> dict[str, dict[str, Any]]:
    """What the minutes give of each agenda item the rows concern (diarienummer, beslutsunderlag),
    read from the decisions of the meetings they were decided at, by the item's key."""
    meetings = {parse_source(ref).meeting.key: parse_source(ref).meeting for row in rows
                for ref in (row.source, row.matter) if ref}
    found: dict[str, dict[str, Any]] = {}
    for meeting in meetings.values():
        for decision in register.decisions(as_of, meeting, None, as_recorded):
            if decision.filing:
                found.setdefault(DecisionId.parse(decision.id).item.key, decision.filing)
    return found
