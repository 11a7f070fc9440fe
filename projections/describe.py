"""The first half of projecting an event: what it says, as plain data.

An event becomes a `MeetingSeen` (a meeting's own record) or `EventFacts` (its facts,
relations and trace line, with the board, meeting and date they belong to). Nothing here
writes, and the only read is of a meeting recorded before the events at hand, so this half
can run in another process while the second half (`catchup.CatchUp`) folds and writes; both
halves see the events in position order.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from json import encoder
from typing import Any, NamedTuple

from domain.ids import MeetingId
from domain import events as e
from domain.meeting import Meeting
from projections.facts import facts_of
from projections.folds import changes_a_row
from projections.sql import Database


def _json_encoder() -> Callable[[Any], str]:
    """How the read model stores a value as JSON: facts here, row versions in `catchup`.

    `JSONEncoder.encode` builds json's C encoder anew on every call, which costs more than
    encoding a fact's few fields; this builds it once. Same output, without the check for
    circular references, which plain data from events cannot have. Measured
    (`benchmarks/internals.py --events 50000`): `json.dumps` takes 2.9 × as long on a
    rebuild's facts, so this use of json's private C encoder stays; without it, the public
    encoder is used."""
    make_encoder = getattr(encoder, "c_make_encoder", None)  # json's C accelerator, when built
    if make_encoder is None:
        return json.JSONEncoder(ensure_ascii=False).encode

    def refuse(value: Any) -> Any:
        raise TypeError(f"{type(value).__name__} is not plain data")

    make = make_encoder(None, refuse, encoder.encode_basestring, None, ": ", ", ", False, False, True)
    return lambda value: "".join(make(value, 0))


to_json = _json_encoder()

MeetingOf = tuple[str, str, str]
"""(board, meeting as shown, date held)"""


class MeetingSeen(NamedTuple):
    board: str
    row: tuple[Any, ...]
    """The meeting's `view_meetings` row."""


class EventFacts(NamedTuple):
    board: str
    meeting: str
    held_on: str
    redated_from: str | None
    """For a corrected meeting date: the date it replaces (`held_on` is the new one)."""
    facts: list[tuple[str, str, str]]
    """(key, type, data as JSON)"""
    relations: tuple[tuple[str, str], ...]
    touched: tuple[str, ...]
    """Keys whose rows this event may change: of its facts a fold reads, and of its relations."""
    event: str
    line: str
    """The trace line's data as JSON (`projections/lines.py`)."""


Described = MeetingSeen | EventFacts | None


class Describer:
    """Follows meetings and their dates through the events it describes; `lookup` finds a
    meeting recorded before them."""

    def __init__(self, lookup: Callable[[str], MeetingOf | None]) -> None:
        self.meetings: dict[str, MeetingOf] = {}
        self.lookup = lookup

    def __call__(self, position: int, aggregate: str, event: Any) -> Described:
        if isinstance(event, Meeting.Recorded):
            shown, held_on = str(event.meeting), event.held_on.isoformat()
            self.meetings[aggregate] = (event.board, shown, held_on)
            return MeetingSeen(event.board, (
                aggregate, event.board, event.meeting.key, shown, held_on, event.place,
                to_json([a.as_row() for a in event.attendance]), to_json(list(event.justerare)), position,
            ))
        meeting = self._meeting(aggregate)
        if meeting is None:
            return None
        board, shown, held_on = meeting
        redated_from = None
        if isinstance(event, e.Corrected) and event.field == "date":
            redated_from, held_on = held_on, event.value
            self.meetings[aggregate] = (board, shown, held_on)
        facts = facts_of(event, MeetingId.parse(shown))
        if isinstance(event, e.FollowUpWrittenOff) and event.on is not None:
            held_on = event.on.isoformat()  # the secretary's write-off counts from its own day, not the meeting's
        if facts is None:
            return None
        touched = {fact.key: None for fact in facts.facts if changes_a_row(fact.key, fact.type)}
        touched.update((key, None) for key, _ in facts.relations)
        return EventFacts(
            board, shown, held_on, redated_from,
            [(fact.key, fact.type, to_json(fact.data)) for fact in facts.facts],
            facts.relations, tuple(touched), facts.event, to_json(facts.line),
        )

    def _meeting(self, aggregate: str) -> MeetingOf | None:
        found = self.meetings.get(aggregate)
        if found is None:
            found = self.lookup(aggregate)
            if found is not None:
                self.meetings[aggregate] = found
        return found


def meeting_lookup(db: Database) -> Callable[[str], MeetingOf | None]:
    """Finds a meeting the read model recorded before, by its aggregate id."""

    def lookup(aggregate: str) -> MeetingOf | None:
        found = db.execute("SELECT board, shown, held_on FROM view_meetings WHERE aggregate = ?", (aggregate,)).fetchone()
        return None if found is None else (found[0], found[1], found[2])

    return lookup
