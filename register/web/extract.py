"""Protokollsutdrag: what an extract of one decision from the minutes shows, for the print
page and for `register extract`."""

from __future__ import annotations

import datetime as dt
from typing import Any

from domain.errors import UnknownDecision
from domain.ids import DecisionId, ItemRef, MeetingId
from projections.lines import Happened
from register.application import Register


def extract_of(register: Register, ref: DecisionId | ItemRef, as_of: dt.date | None = None,
               as_recorded: dt.datetime | None = None) -> dict[str, Any]:
    """Board, meeting, date, place, paragraph, item title, the decision's text (or, for an agenda
    item, every decision of the paragraph) and justering."""
    item = ref.item if isinstance(ref, DecisionId) else ref
    decisions = [d for d in register.decisions(as_of, ref.meeting, None, as_recorded)
                 if (DecisionId.parse(d.id).key == ref.key if isinstance(ref, DecisionId) else DecisionId.parse(d.id).item.key == ref.key)]
    if not decisions:
        what = f"beslut {ref}" if isinstance(ref, DecisionId) else f"inget beslut under {ref}"
        raise UnknownDecision(f"{what} finns inte i registret" + (f" per {as_of}" if as_of else "")
                              + (f" (enligt registret {as_recorded.isoformat()})" if as_recorded else ""))
    meeting = next(m for m in register.meetings(as_recorded) if MeetingId.parse(m.meeting).key == ref.meeting.key)
    trace = register.trace(ref, as_of, as_recorded)
    title = next((line.data["title"] for line in trace["events"]
                  if line.event == Happened.PUT_FORWARD and ItemRef.parse(line.data["matter"]).key == item.key), "")
    return {"board": register.board, "ref": str(ref), "decisions": decisions, "meeting": meeting,
            "paragraph": f"§ {item.item}", "title": title, "sealed": bool(meeting.sealed_by)}
