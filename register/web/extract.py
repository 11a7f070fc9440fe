"""Protokollsutdrag: what an extract of one decision from the minutes shows, for the print
page and for `register extract`: what a registrator signs as a true copy."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from domain.errors import UnknownDecision
from domain.board import Particulars
from domain.ids import DecisionId, ItemRef, MeetingId
from domain.values import Role
from projections.lines import Happened
from projections.queries import justered_by
from projections.rows import MeetingRow
from register.application import Register
from register.particulars import appeal_by, particulars


def extract_of(register: Register, ref: DecisionId | ItemRef, as_of: dt.date | None = None,
               as_recorded: dt.datetime | None = None,
               shown: Callable[[dict[str, Any]], dict[str, Any]] = lambda trace: trace) -> dict[str, Any]:
    """Board, meeting, date, place, paragraph, item title, the decision's text (or, for an agenda
    item, every decision of the paragraph) with its vote, reservations and jäv, who attended,
    and the justering: of the paragraph at the meeting, or of the minutes, as of `as_of`."""
    item = ref.item if isinstance(ref, DecisionId) else ref
    decisions = [d for d in register.decisions(as_of, ref.meeting, None, as_recorded)
                 if (DecisionId.parse(d.id).key == ref.key if isinstance(ref, DecisionId) else DecisionId.parse(d.id).item.key == ref.key)]
    if not decisions:
        what = f"beslut {ref}" if isinstance(ref, DecisionId) else f"inget beslut under {ref}"
        raise UnknownDecision(f"{what} finns inte i registret" + (f" per {as_of}" if as_of else "")
                              + (f" (enligt registret {as_recorded.isoformat()})" if as_recorded else ""))
    found = next(m for m in register.meetings(as_recorded) if MeetingId.parse(m.meeting).key == ref.meeting.key)
    meeting = justered_by(found, as_of.isoformat() if as_of else None)
    trace = shown(register.trace(ref, as_of, as_recorded))  # the public site's: a withheld matter's title is not shown
    title = title_of(trace, item)
    at_once = any(line.event == Happened.SEALED_AT_ONCE and ItemRef.parse(line.data["item"]).key == item.key
                  for line in trace["events"])
    attended = [a for a in meeting.attendance if a["present"] is not False]
    rules = particulars(register, as_of, as_recorded)
    return {"board": register.board, "ref": str(ref), "decisions": decisions, "meeting": meeting,
            "paragraph": f"§ {item.item}", "title": title, "sealed": meeting.justering is not None,
            "sealed_at_once": at_once, "attended": attended, "filing": decisions[0].filing,
            "chair": next((a["name"] for a in attended if a["role"] == Role.CHAIR.value), ""),
            **minutes_kept(meeting, rules)}


def title_of(trace: dict[str, Any], item: ItemRef) -> str:
    """The agenda item's title as it was put forward, else, for an item that took up a matter
    again, the matter's."""
    titles = [(ItemRef.parse(line.data["matter"]).key == item.key, line.data["title"])
              for line in trace["events"] if line.event == Happened.PUT_FORWARD]
    return next((title for own, title in titles if own), next((title for _, title in titles), ""))


def minutes_kept(meeting: MeetingRow, rules: Particulars) -> dict[str, Any]:
    """What the anslagstavla says of the minutes: the board's full name, where they are kept
    (as the minutes say, else as the board's rules do), and how and by when a decision can be
    appealed, where the board's rules say so."""
    notice = meeting.notice or {}
    return {"full_name": rules.full_name, "kept_at": notice.get("kept_at") or rules.kept_at, "appeal": rules.appeal,
            "appeal_weeks": _weeks(rules.appeal_weeks), "appeal_by": appeal_by(rules, notice.get("posted"))}


def _weeks(count: int | None) -> str:
    """`tre veckor`, as the rules of a board say it."""
    said = {1: "en vecka", 2: "två veckor", 3: "tre veckor", 4: "fyra veckor", 5: "fem veckor", 6: "sex veckor"}
    return "" if count is None else said.get(count, f"{count} veckor")
