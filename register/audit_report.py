"""What the audit report holds beyond the views: who recorded each meeting and who reviewed it,
and when; every correction and every withholding, with the save that recorded it. All of it is
read from the stored events and the ledger's saves up to the instant asked, never from the
views, so that it says what the history says."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

import attrs

from domain import events as e
from domain.ids import DecisionId, MeetingId, parse_source
from domain.meeting import meeting_uuid
from projections.rows import MeetingRow, ViewRow
from projections.sql import hex_id
from register import damage
from register.application import Register


@attrs.frozen
class RecordingRow(ViewRow):
    """One save that recorded something of a meeting: when, by whom, and who reviewed the minutes in it."""

    COLUMNS = ("meeting", "recorded_at", "actor", "reviewed_by", "events", "what")
    meeting: str
    recorded_at: str
    actor: str
    """Who ran the command (the `--actor`, else the OS user)."""
    reviewed_by: str
    """Who reviewed the minutes before this save recorded them; empty when none did."""
    events: int
    what: str
    """The events of the save, by kind: `DecisionTaken ×9, Reviewed`."""


@attrs.frozen
class CorrectionRow(ViewRow):
    """A rättelse as recorded: what it changed, by which decision or for which reason, and the save."""

    COLUMNS = ("meeting", "decision", "field", "previous", "value", "by", "reason", "recorded_at", "actor")
    meeting: str
    """The meeting that recorded the correction."""
    date: str
    """That meeting's date: when the correction was decided."""
    decision: str | None
    """None when the meeting itself (its date) was corrected."""
    field: str
    previous: str
    value: str
    by: str | None
    """The correcting decision; None for a rättelse of the meeting's own record."""
    reason: str
    recorded_at: str
    actor: str


@attrs.frozen
class WithholdingRow(ViewRow):
    """A decision or agenda item withheld from publication, and when it was published again, if it was."""

    COLUMNS = ("ref", "reason", "withheld_at", "actor", "published_again_at")
    ref: str
    meeting: str
    reason: str
    withheld_at: str
    actor: str
    published_again_at: str | None
    """None while it is withheld at the instant asked."""
    published_again_by: str | None


_READ = (e.Corrected.TOPIC, e.PublicationWithheld.TOPIC, e.PublicationRestored.TOPIC, e.Reviewed.TOPIC)
"""The only events decoded: the rest are counted by their topic."""


def from_history(register: Register, position: int, meetings: list[MeetingRow]) -> dict[str, Any]:
    """The recordings, corrections and withholdings of `meetings`, as the saves up to `position` hold them."""
    held = {meeting_uuid(register.board, MeetingId.parse(m.meeting)).hex: m for m in meetings}
    recordings: list[RecordingRow] = []
    corrections: list[CorrectionRow] = []
    withholdings: list[WithholdingRow] = []
    standing: dict[str, int] = {}
    """Each decision or item withheld at this point of the history → its row in `withholdings`."""
    for first, last, recorded_at, actor in register.ledger.entries(None, None):
        if first > position:
            break
        kinds: dict[str, Counter[str]] = {}
        reviewers: dict[str, str] = {}
        for notification in register.notifications(first - 1, min(last, position)):
            meeting = held.get(hex_id(notification.originator_id))
            if meeting is None:
                continue  # another board's, the board's own, or a meeting not held by the date asked
            kinds.setdefault(meeting.meeting, Counter())[notification.topic.rpartition(".")[2]] += 1
            if notification.topic not in _READ:
                continue
            with damage.read_back(register.ledger, f"the event at position {notification.id}"):
                event = register.mapper.to_domain_event(notification)
            if isinstance(event, e.Reviewed):
                reviewers[meeting.meeting] = event.by
            elif isinstance(event, e.Corrected):
                corrections.append(CorrectionRow(
                    meeting.meeting, meeting.date, str(event.decision) if event.decision else None, event.field,
                    event.previous, event.value, str(event.by) if event.by else None, event.reason, recorded_at, actor))
            elif isinstance(event, e.PublicationWithheld):
                standing[event.ref.key] = len(withholdings)
                withholdings.append(WithholdingRow(str(event.ref), meeting.meeting, event.reason, recorded_at, actor, None, None))
            elif isinstance(event, e.PublicationRestored) and (at := standing.pop(event.ref.key, None)) is not None:
                withholdings[at] = attrs.evolve(withholdings[at], published_again_at=recorded_at, published_again_by=actor)
        recordings += [RecordingRow(name, recorded_at, actor, reviewers.get(name, ""), sum(counted.values()), _what(counted))
                       for name, counted in kinds.items()]
    order = {m.meeting: (m.date, m.meeting) for m in meetings}
    recordings.sort(key=lambda r: (order[r.meeting], r.recorded_at))
    return {"recordings": recordings, "corrections": corrections, "withholdings": withholdings}


def _what(counted: Counter[str]) -> str:
    return ", ".join(kind if n == 1 else f"{kind} ×{n}" for kind, n in counted.items())


def instant(moment: dt.datetime) -> str:
    """An instant as the report names it: UTC, to the microsecond, as `--as-recorded` takes it back."""
    return moment.astimezone(dt.timezone.utc).isoformat()


def page_context(document: dict[str, Any], asked: bool) -> dict[str, Any]:
    """What the print page (`templates/audit.html`) is given: the report, each correction as the
    mapping the site's correction mark reads, whether the instant was asked for, and the
    decisions withheld from publication at that instant (by their own id or their item's)."""
    standing = {parse_source(w.ref).key for w in document["withholdings"] if w.published_again_at is None}
    withheld = {d.id for d in document["decisions"]
                if DecisionId.parse(d.id).key in standing or DecisionId.parse(d.id).item.key in standing}
    return {**document, "asked": asked, "corrections": [c.json() for c in document["corrections"]], "withheld": withheld}
