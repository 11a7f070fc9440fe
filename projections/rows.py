"""One class per view's row: its fields (in the order its JSON gives them) and the columns a
table of it shows. The CLI's tables, its JSON and any later page take both from here."""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping, Sequence
from typing import Any, ClassVar, Self

import attrs

from projections import lines


_PICKERS: dict[type, Callable[[Mapping[str, Any]], tuple[Any, ...]]] = {}


@attrs.frozen
class ViewRow:
    COLUMNS: ClassVar[tuple[str, ...]]
    """What a table of these rows shows, in order; the JSON holds every field."""
    WHEN_FILLED: ClassVar[tuple[tuple[str, str], ...]] = ()
    """(column, the column it goes before): shown only when a row of the table fills it, so
    that a table of rows none of which was ever corrected reads as it always has."""
    WHEN_GIVEN: ClassVar[tuple[str, ...]] = ()
    """Fields the JSON leaves out while they are None: what only some minutes give (a diarienummer,
    an anslag), so that the JSON of minutes without them reads as it always has."""

    @classmethod
    def columns(cls, rows: Sequence[Mapping[str, Any]]) -> tuple[str, ...]:
        """The columns a table of these rows shows."""
        shown = list(cls.COLUMNS)
        for column, before in cls.WHEN_FILLED:
            if any(row.get(column) for row in rows):
                shown.insert(shown.index(before) if before in shown else len(shown), column)
        return tuple(shown)

    @classmethod
    def of(cls, fields: Mapping[str, Any]) -> Self:
        """The row from a mapping that holds at least its fields, by name (a read-model row)."""
        picker = _PICKERS.get(cls)
        if picker is None:
            # One C-level itemgetter per class: a view builds thousands of rows, and naming
            # each field in a Python call cost the decisions view about a fifth of its time.
            picker = _PICKERS[cls] = operator.itemgetter(*(field.name for field in attrs.fields(cls)))
        return cls(*picker(fields))

    def json(self) -> dict[str, Any]:
        shown = attrs.asdict(self, recurse=False)
        for name in self.WHEN_GIVEN:
            if shown[name] is None:
                del shown[name]
        return shown

    def __getitem__(self, field: str) -> Any:
        """A field by name, as in the row's JSON."""
        return getattr(self, field)


@attrs.frozen
class DecisionRow(ViewRow):
    COLUMNS = ("id", "date", "kind", "status", "votes", "reservations", "recusals", "text")
    WHEN_FILLED = (("corrections", "text"),)
    WHEN_GIVEN = ("filing",)
    id: str
    meeting: str
    date: str
    text: str
    status: str
    kind: str
    matter: str | None
    cites: list[str]
    votes: dict[str, int] | None
    """For, against and abstained; a table shows them as `6-2-1`."""
    reservations: list[dict[str, str]]
    recusals: list[dict[str, str]]
    review: dict[str, Any] | None = None
    """None when the decision is as read from the minutes (or recorded by a command); else who
    reviewed it (`by`), whether they added it (`added`), and what they changed (`changes`)."""
    corrections: list[dict[str, Any]] = attrs.Factory(list)
    """Each correction of the decision decided by the clocks asked, oldest first: `field`,
    `previous` and `value` as the correction gave them, `by` (the correcting decision, None for a
    rättelse by hand), `date` (when it was decided) and `reason`."""
    filing: dict[str, Any] | None = None
    """What the minutes give for the decision's agenda item: `diary_number` (the matter's
    diarienummer, "" where none), `basis` (its beslutsunderlag) and `sent_to` (expedieras); None
    where they give none of these."""


@attrs.frozen
class FollowUpRow(ViewRow):
    COLUMNS = ("kind", "source", "responsible", "due", "status", "subject")
    kind: str
    source: str
    responsible: str
    subject: str
    due: str | None
    status: str
    meeting: str
    date: str
    done_on: str | None
    matter: str | None = None
    """The matter a referral or deferral concerns (its subject is the matter's title); None for a report or assignment."""
    written_off: dict[str, Any] | None = None
    """For a follow-up written off (avskriven): the `date`, the `reason`, the decision that wrote it
    off (`by`, None when the secretary did) and who recorded it (`actor`)."""


@attrs.frozen
class PlanRow(ViewRow):
    COLUMNS = ("party", "year", "status", "granted_sek", "decision")
    WHEN_FILLED = (("corrections", ""),)
    party: str
    year: int
    status: str
    granted_sek: int | None
    """None only on the public site, where one of the grants it sums is withheld."""
    decision: str | None
    corrections: list[dict[str, Any]] = attrs.Factory(list)
    """Each correction of a grant's amount this plan lists, with the grant's `decision`."""


@attrs.frozen
class GrantRow(ViewRow):
    COLUMNS = ("date", "decision", "party", "year", "amount_sek", "status", "purpose")
    WHEN_FILLED = (("corrections", "purpose"),)
    party: str | None
    """None for a project run jointly by several parties; its `purpose` names the project."""
    year: int
    decision: str
    date: str
    amount_sek: int
    purpose: str
    status: str
    corrections: list[dict[str, Any]] = attrs.Factory(list)
    """Each correction of the amount, oldest first (as a decision row gives them)."""


@attrs.frozen
class TraceLine(ViewRow):
    """One line of a trace: `detail` is the English the command line prints; `concerns` the
    ids it names by type, and `data` its roles (`projections/lines.py`), which the site says
    in Swedish and publication reads."""

    COLUMNS = ("date", "meeting", "event", "detail")
    date: str
    meeting: str
    event: str
    detail: str
    concerns: dict[str, list[str]]
    data: dict[str, Any]

    @classmethod
    def of_line(cls, date: str, meeting: str, data: dict[str, Any]) -> TraceLine:
        return cls(date=date, meeting=meeting, event=data["event"], detail=lines.english(data),
                   concerns=lines.concerns(data), data={k: v for k, v in data.items() if k != "event"})

    @property
    def said(self) -> dict[str, Any]:
        """The line's data as `lines.phrase` reads it (its roles and its event)."""
        return {"event": self.event, **self.data}


@attrs.frozen
class ReviewedRow(ViewRow):
    """A decision the reviewer added or changed before it was recorded: the audit lists them."""

    COLUMNS = ("decision", "by", "added", "changes")
    decision: str
    by: str
    added: bool
    changes: list[str]

    @classmethod
    def of_decision(cls, decision: DecisionRow) -> ReviewedRow | None:
        review = decision.review
        return None if review is None else cls(decision.id, review["by"], review["added"], review["changes"])


@attrs.frozen
class MeetingRow(ViewRow):
    COLUMNS = ("meeting", "date", "place", "justerare", "justering")
    WHEN_GIVEN = ("notice", "secretary")
    meeting: str
    date: str
    place: str
    attendance: list[dict[str, Any]]
    justerare: list[str]
    sealed_by: list[str]
    justering: dict[str, Any] | None = None
    """None while the minutes are not justerade; else `by` (names), `on` (the day, None where
    nothing said it) and `stated` (the minutes say so, rather than `register seal`)."""
    notice: dict[str, Any] | None = None
    """The anslag, as the minutes give it: `posted` (the day the notice of the justering went up),
    `removed` (the day it comes down), each None where not given, and `kept_at` (förvaringsplats,
    "" where not given); None where the minutes say none of these, or, as of a day, before the
    notice went up."""
    secretary: str | None = None
    """Who kept the minutes, where the minutes name them."""


@attrs.frozen
class AttendanceRow(ViewRow):
    COLUMNS = ("organisation", "name", "role", "present")
    name: str
    organisation: str
    role: str
    present: bool | None
    """None where the minutes are unclear."""
    political_party: str = ""


@attrs.frozen
class LogRow(ViewRow):
    COLUMNS = ("position", "recorded_at", "actor", "meeting", "event", "ref")
    position: int
    recorded_at: str
    actor: str
    meeting: str
    event: str
    ref: str


@attrs.frozen
class SearchHit(ViewRow):
    COLUMNS = ("ref", "found_in", "date", "status", "score", "text")
    ref: str
    found_in: str
    """"decision" (its text matched) or "follow-up" (its subject matched)."""
    kind: str
    status: str
    meeting: str
    date: str
    score: int
    text: str
    matched: list[str]
    """The words of `text`, as written, that matched the query."""
    matter: str | None = None
    """For a follow-up found by its subject: the matter a referral or deferral concerns."""


@attrs.frozen
class WithheldRow(ViewRow):
    COLUMNS = ("ref", "meeting", "reason")
    ref: str
    """A decision or an agenda item."""
    reason: str
    meeting: str


@attrs.frozen
class PartyRow(ViewRow):
    COLUMNS = ("party",)
    party: str


@attrs.frozen
class ParticularsRow(ViewRow):
    """What the board's own rules say of its minutes (`domain.board.Particulars`)."""

    COLUMNS = ("board", "full_name", "kept_at", "appeal", "appeal_weeks")
    board: str
    full_name: str
    kept_at: str
    appeal: str
    appeal_weeks: int | None


@attrs.frozen
class RepresentationRow(ViewRow):
    COLUMNS = ("party", "goal", "target", "rule", "meetings", "represented", "unclear", "unknown", "substitute_only", "rate", "met")
    party: str | None
    """None for a goal over all parties (at least N represented at every meeting)."""
    goal: str | None
    target: str | None
    meetings: int
    represented: int
    unclear: int
    unknown: int
    rate: float | None
    """Per cent of the meetings whose representation is known and clear."""
    met: bool | None
    substitute_only: int = 0
    """Meetings where the party's only attendee present was a substitute the rule does not count."""
    rule: str = "member_or_serving_substitute"
    """Who counted as representing a party (`projections.representation.Rule`), as the goal's wording says."""


@attrs.frozen
class OutcomeRow(ViewRow):
    COLUMNS = ("project", "year", "granted_register", "granted_report", "outcome", "difference", "used", "decisions", "remark")
    project: str
    year: int
    granted_register: int | None
    granted_report: int | None
    outcome: int | None
    difference: int | None
    used: float | None
    """Per cent of the reported frame spent."""
    decisions: list[str]
    remark: str | None
