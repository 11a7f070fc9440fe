"""A trace line as data: what happened, the ids it concerns under named roles, the minutes' own
words, amounts and dues. The command line's English (`detail`) and the site's Swedish are both
rendered from it by `phrase`, and what publication hides is decided on its ids, never on text.

A line's shape is a row of pieces, each a bit of sentence with `{role}` places; a piece whose
role the line does not have is left out (" by {by}" for a withdrawal no decision made).
"""

from __future__ import annotations

import enum
import string
from collections.abc import Callable, Mapping
from typing import Any

from domain.errors import InvalidValue
from domain.ids import DecisionId, ItemRef, MeetingId


class Happened(enum.StrEnum):
    """What a trace line says happened; stored as its value, the `event` of the trace's JSON."""

    PUT_FORWARD = "put forward"
    RETURNED = "returned"
    DECIDED = "decided"
    REFERRED_BACK = "referred back"
    DEFERRED = "deferred"
    WITHDRAWN = "withdrawn"
    REVOKED = "revoked"
    SUPERSEDED = "superseded"
    PLAN_PROPOSED = "plan proposed"
    PLAN_REFERRED_BACK = "plan referred back"
    PLAN_ADOPTED = "plan adopted"
    GRANTED = "grant"
    REPORT_REQUIRED = "report required"
    ASSIGNMENT_GIVEN = "assignment given"
    FULFILLED = "fulfilled"
    SETTLED = "settled"
    WRITTEN_OFF = "written off"
    VOTED = "vote"
    RESERVED = "reservation"
    RECUSED = "recusal (jäv)"
    REVIEWED = "reviewed"
    ADDED_IN_REVIEW = "added in review"
    CHANGED_IN_REVIEW = "changed in review"
    SEALED_AT_ONCE = "sealed at once"
    SEALED = "sealed"
    AGREEMENT_TERMINATED = "agreement terminated"
    DOCUMENT_ADOPTED = "document adopted"
    WITHHELD = "withheld from publication"
    PUBLISHED = "published again"
    CORRECTED = "corrected"
    FILED = "filed"
    NOTICE_POSTED = "notice posted"
    SECRETARY_NAMED = "secretary named"


class Role(enum.Enum):
    """How a role's value is shown, and whether publication reads it as an id."""

    ID = "id"
    """A decision, agenda item, follow-up source or meeting: linked on the site, hidden with what it names."""
    WORDS = "words"
    """The minutes' own words (a text, title, subject, reason): shown as written."""
    CODE = "code"
    """One of the register's code words (a decision's kind, a corrected field): each language names it."""
    WHEN = "when"
    """A due where none means "later"."""
    DUE = "due"
    AMOUNT = "amount"
    QUOTED = "quoted"
    """A value a correction replaced or gave, quoted and cut short."""
    NAMES = "names"
    CHANGES = "changes"
    PLAIN = "plain"
    """A party, a year, a person, a count: shown as it is in every language."""


ROLES: dict[str, Role] = {
    "decision": Role.ID, "by": Role.ID, "matter": Role.ID, "item": Role.ID, "source": Role.ID,
    "citing": Role.ID, "ref": Role.ID, "meeting": Role.ID, "target": Role.ID,
    "text": Role.WORDS, "title": Role.WORDS, "subject": Role.WORDS, "reason": Role.WORDS, "note": Role.WORDS,
    "purpose": Role.WORDS, "agreement": Role.WORDS, "responsible": Role.WORDS,
    "kind": Role.CODE, "field": Role.CODE,
    "returns": Role.WHEN, "to": Role.WHEN, "due": Role.DUE, "amount": Role.AMOUNT,
    "previous": Role.QUOTED, "value": Role.QUOTED,
    "justerare": Role.NAMES, "changes": Role.CHANGES, "on": Role.PLAIN,
    "party": Role.PLAIN, "year": Role.PLAIN, "name": Role.PLAIN, "reviewer": Role.PLAIN, "actor": Role.PLAIN, "changed": Role.PLAIN,
    "diary_number": Role.PLAIN, "posted": Role.PLAIN, "removed": Role.PLAIN, "kept_at": Role.WORDS,
    "in_favour": Role.PLAIN, "against": Role.PLAIN, "abstained": Role.PLAIN,
}
"""Every role a line may have, declared once: a line with another is a bug caught where it is made."""

Shapes = Mapping[str, tuple[str, ...]]
"""A language's sentence for each shape of line (`shape_of`)."""

VOIDED = "voided"
"""The shape of a correction saying a decision was never taken."""


def line(happened: Happened, **data: Any) -> dict[str, Any]:
    """A line's stored data: its roles, each a plain JSON value; a role without a value is left out."""
    unknown = set(data) - set(ROLES)
    if unknown:
        raise ValueError(f"a trace line has no role {', '.join(sorted(unknown))}")
    return {"event": happened.value, **{role: _plain(value) for role, value in data.items() if value is not None}}


def _plain(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    return value if isinstance(value, (int, str)) else str(value)


def shape_of(data: Mapping[str, Any]) -> str:
    """Which sentence a line takes: its event's, or a voiding correction's own."""
    if data["event"] == Happened.CORRECTED and data.get("field") == "void":
        return VOIDED
    return str(data["event"])


Say = Callable[[Role, str, Any], str]
"""How one language shows a role's value: (role's kind, role's name, value) → text."""


def phrase(data: Mapping[str, Any], shapes: Shapes, say: Say, literal: Callable[[str], str] = str) -> str:
    """The line in one language: each piece whose roles the line has, with its values said.
    `literal` turns the sentence's own words into the output's kind of text (escaped for HTML)."""
    out = []
    for piece in shapes[shape_of(data)]:
        parts = list(string.Formatter().parse(piece))
        if any(name is not None and name not in data for _, name, _, _ in parts):
            continue
        for text, name, _, _ in parts:
            out.append(literal(text))
            if name is not None:
                out.append(say(ROLES[name], name, data[name]))
    return "".join(out)


def concerns(data: Mapping[str, Any]) -> dict[str, list[str]]:
    """The ids a line concerns, by type: decisions, agenda items (and matters), follow-ups, meetings."""
    found: dict[str, list[str]] = {"decisions": [], "items": [], "follow_ups": [], "meetings": []}
    for role, value in data.items():
        if ROLES.get(role) is not Role.ID:
            continue
        if role == "source":
            found["follow_ups"].append(value)
        kind = _id_kind(value)
        if kind is not None and value not in found[kind]:
            found[kind].append(value)
    return found


def ids_of(data: Mapping[str, Any]) -> list[str]:
    """Every id the line names, whatever its role: what publication checks."""
    return [value for role, value in data.items() if ROLES.get(role) is Role.ID]


def _id_kind(text: str) -> str | None:
    for kind, parse in (("decisions", DecisionId.parse), ("items", ItemRef.parse), ("meetings", MeetingId.parse)):
        try:
            parse(text)
            return kind
        except InvalidValue:
            continue
    return None


ENGLISH: Shapes = {
    Happened.PUT_FORWARD: ("{matter} {title}",),
    Happened.RETURNED: ("{matter} returns as {item}", ", citing {citing}"),
    Happened.DECIDED: ("{decision} ({kind}): {text}",),
    Happened.REFERRED_BACK: ("{matter} by {by}", " to {responsible}", ", to return {returns}"),
    Happened.DEFERRED: ("{source}: {subject}, to {to}", ", awaiting {responsible}"),
    Happened.WITHDRAWN: ("{decision}", " by {by}", ": {reason}"),
    Happened.REVOKED: ("{decision} by {by}",),
    Happened.SUPERSEDED: ("{decision} by {by}",),
    Happened.PLAN_PROPOSED: ("{party} {year}",),
    Happened.PLAN_REFERRED_BACK: ("{party} {year} by {by}",),
    Happened.PLAN_ADOPTED: ("{party} {year} by {by}",),
    Happened.GRANTED: ("{amount} to {party} for {year}", " ({purpose})", " by {by}"),
    Happened.REPORT_REQUIRED: ("{responsible}: {subject}", ", due {due}"),
    Happened.ASSIGNMENT_GIVEN: ("{responsible}: {subject}", ", due {due}"),
    Happened.FULFILLED: ("follow-up from {source}", " by {by}", ": {note}"),
    Happened.SETTLED: ("follow-up from {source}", " by {by}", ": {note}"),
    Happened.WRITTEN_OFF: ("follow-up from {source}", " by {by}", " by the secretary ({actor})", ": {reason}"),
    Happened.VOTED: ("{decision}: {in_favour} for, {against} against, {abstained} abstained",),
    Happened.RESERVED: ("{name}", " ({party})", " on {decision}"),
    Happened.RECUSED: ("{name}", " ({party})", " on {decision}"),
    Happened.REVIEWED: ("minutes of {meeting} reviewed by {reviewer}", ": {changes}", "; {changed} changes not shown"),
    Happened.ADDED_IN_REVIEW: ("{decision} added by {reviewer} in the review: not read from the minutes",),
    Happened.CHANGED_IN_REVIEW: ("{decision} changed by {reviewer} in the review: {changes}",),
    Happened.SEALED_AT_ONCE: ("{item} justerad omedelbart",),
    Happened.SEALED: ("minutes of {meeting} justerade", " by {justerare}", " on {on}"),
    Happened.AGREEMENT_TERMINATED: ("{agreement} by {by}",),
    Happened.DOCUMENT_ADOPTED: ("{title} by {by}",),
    Happened.WITHHELD: ("{ref}: {reason}",),
    Happened.PUBLISHED: ("{ref}",),
    Happened.CORRECTED: ("{field} of {target}: {previous} → {value}", "; reason: {reason}"),
    VOIDED: ("{target} was never taken", "; reason: {reason}"),
    Happened.FILED: ("{item} filed", " as {diary_number}"),
    Happened.NOTICE_POSTED: ("notice of the justering of {meeting}", " posted {posted}", ", taken down {removed}",
                             "; minutes kept at {kept_at}"),
    Happened.SECRETARY_NAMED: ("minutes of {meeting} kept by {name}",),
}


def say_in_english(role: Role, name: str, value: Any) -> str:
    if role is Role.WHEN:
        return value or "later"
    if role is Role.AMOUNT:
        return kronor(value)
    if role is Role.QUOTED:
        return quoted(value)
    if role is Role.NAMES:
        return ", ".join(value)
    if role is Role.CHANGES:
        return "; ".join(value) if value else "nothing changed"
    return str(value)


def english(data: Mapping[str, Any]) -> str:
    """The line as the command line prints it (the trace's `detail`)."""
    return phrase(data, ENGLISH, say_in_english)


def kronor(amount: int) -> str:
    return f"{amount:,}".replace(",", " ") + " kr"


def quoted(text: str) -> str:
    short = text if len(text) <= 60 else text[:59] + "…"
    return f"'{short}'"
