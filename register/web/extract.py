"""Protokollsutdrag: what an extract of one decision from the minutes shows, for the print
page and for `register extract`."""

from __future__ import annotations

import datetime as dt
from typing import Any

from domain.errors import UnknownDecision
from domain.ids import DecisionId, ItemRef, MeetingId
from projections.lines import Happened
from register.application import Register


def extract_of(register: Register, ref: DecisionId, as_of: dt.date | None = None,
               as_recorded: dt.datetime | None = None) -> dict[str, Any]:
    """Board, meeting, date, place, paragraph, item title, decision text and justering."""
    decision = next((d for d in register.decisions(as_of, ref.meeting, None, as_recorded)
                     if DecisionId.parse(d.id).key == ref.key), None)
    if decision is None:
        raise UnknownDecision(f"beslut {ref} finns inte i registret" + (f" per {as_of}" if as_of else "")
                              + (f" (enligt registret {as_recorded.isoformat()})" if as_recorded else ""))
    meeting = next(m for m in register.meetings(as_recorded) if MeetingId.parse(m.meeting).key == ref.meeting.key)
    trace = register.trace(ref, as_of, as_recorded)
    item = DecisionId.parse(decision.id).item
    title = next((line.data["title"] for line in trace["events"]
                  if line.event == Happened.PUT_FORWARD and ItemRef.parse(line.data["matter"]).key == item.key), "")
    return {"board": register.board, "decision": decision, "meeting": meeting, "paragraph": f"§ {ref.item.item}",
            "title": title, "sealed": bool(meeting.sealed_by)}
