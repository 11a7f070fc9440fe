"""Protokollsutdrag: what an extract of one decision from the minutes shows, for the print
page and for `register extract`: what a registrator signs as a true copy."""

from __future__ import annotations

import datetime as dt
from typing import Any

from domain.errors import UnknownDecision
from domain.ids import DecisionId, ItemRef, MeetingId
from projections.lines import Happened
from projections.queries import justered_by
from register.application import Register


def extract_of(register: Register, ref: DecisionId | ItemRef, as_of: dt.date | None = None,
               as_recorded: dt.datetime | None = None) -> dict[str, Any]:
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
    trace = register.trace(ref, as_of, as_recorded)
    title = next((line.data["title"] for line in trace["events"]
                  if line.event == Happened.PUT_FORWARD and ItemRef.parse(line.data["matter"]).key == item.key), "")
    at_once = any(line.event == Happened.SEALED_AT_ONCE and ItemRef.parse(line.data["item"]).key == item.key
                  for line in trace["events"])
    attended = [a for a in meeting.attendance if a["present"] is not False]
    return {"board": register.board, "ref": str(ref), "decisions": decisions, "meeting": meeting,
            "paragraph": f"§ {item.item}", "title": title, "sealed": meeting.justering is not None,
            "sealed_at_once": at_once, "attended": attended}
