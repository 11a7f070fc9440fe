"""A review file read back into a plan: every value checked where it stands, and a bad one
refused with the file's line. Read with the standard library's `tomllib`, which does not say
where a value stood, so the lines are found by reading the file's table and key lines."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from typing import Any

import attrs

from domain.errors import InvalidValue
from domain.ids import DecisionId, FollowUpSource, ItemRef, MeetingId, parse_source
from domain.text import plain
from domain.values import Attendee, DecisionKind, Due, Party, Role, parse_kronor
from register.minutes import plan as p
from register.minutes.debate import Person, Vote
from register.minutes.review import ReviewError

@attrs.frozen
class Reviewed:
    plan: p.Plan
    reviewed_by: str
    lines: dict[tuple[str, int, str], int]
    """(table, index, key) → line in the review file, for messages."""


def from_toml(text: str, source: str) -> Reviewed:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = re.search(r"line (\d+)", str(error))
        raise ReviewError(source, f"not valid TOML: {error}", int(found[1]) if found else None) from None
    lines = _locate(text)
    return _Reader(source, data, lines).read()


_TABLE = re.compile(r"^\s*\[\[?\s*([\w.-]+)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(r"""^\s*(?:"([^"]*)"|'([^']*)'|([\w-]+))\s*[=.]""")
"""A key line's first key: bare, quoted, or the first of a dotted key (`follow_up.kind = …`)."""

# The keys each table of a review file may hold: what review.py writes, and nothing else, so
# that a misspelt key is refused rather than silently left out of what is recorded.
_KEYS = {
    "": ("review", "meeting", "attendance", "decision", "item", "unlinked"),
    "review": ("minutes", "digest", "reviewed_by"),
    "meeting": ("id", "date", "place", "justerare"),
    "attendance": ("name", "organisation", "role", "present", "party"),
    "decision": ("id", "kind", "text", "line", "generated", "cites", "plans", "grants", "documents", "agreements",
                 "follow_up", "struck", "withdraws", "revokes", "supersedes", "corrects", "settles", "vote",
                 "reservations", "recusals"),
    "item": ("ref", "title", "line", "continues", "returns_from", "settles", "deferred_to", "sealed", "proposes",
             "plan_referred_by", "noted"),
    "unlinked": ("line", "citation", "why", "at", "links_to"),
}
# …and the inline tables ({ … }) a value may be.
_PARTY_YEAR = ("party", "year")
_GRANT_KEYS = ("party", "year", "amount_sek", "purpose")
_FOLLOW_UP_KEYS = ("kind", "responsible", "subject", "due")
_AMENDMENT_KEYS = ("decision", "amount_sek")
_SETTLED_KEYS = ("source", "how")
_VOTE_KEYS = ("for", "against", "abstained")
_PERSON_KEYS = ("name", "party")


def _locate(text: str) -> dict[tuple[str, int, str], int]:
    """Where each key of each table stands; the table header itself is key ''."""
    found: dict[tuple[str, int, str], int] = {}
    counts: dict[str, int] = {}
    table, index = "", 0
    for no, line in enumerate(text.split("\n"), start=1):
        if header := _TABLE.match(line):
            if "." in header[1]:  # `[decision.extra]`: a key of the table above it
                parent, key_name = header[1].split(".")[:2]
                found.setdefault((parent, counts.get(parent, 0), key_name), no)
            table = header[1]
            index = counts.get(table, -1) + 1 if line.strip().startswith("[[") else 0
            counts[table] = index
            found[(table, index, "")] = no
        elif key := _KEY.match(line):
            found.setdefault((table, index, next(k for k in key.groups() if k is not None)), no)
    return found


class _Reader:
    def __init__(self, source: str, data: dict[str, Any], lines: dict[tuple[str, int, str], int]) -> None:
        self.source = source
        self.data = data
        self.lines = lines

    def fail(self, table: str, index: int, key: str, problem: str) -> ReviewError:
        line = self.lines.get((table, index, key)) or self.lines.get((table, index, ""))
        return ReviewError(self.source, problem, line)

    def read(self) -> Reviewed:
        self._known_keys("", 0, self.data)
        review = self._table("review")
        meeting_table = self._table("meeting")
        meeting = self._value("meeting", 0, "id", lambda v: MeetingId.parse(_text(v)), meeting_table)
        held_on = self._value("meeting", 0, "date", _date, meeting_table)
        decisions = tuple(self._decision(i, d, meeting, held_on) for i, d in enumerate(self._tables("decision")))
        seen: dict[DecisionId, int] = {}
        for i, d in enumerate(decisions):
            if d.id in seen:
                raise self.fail("decision", i, "id", f"decision {d.id} stands twice (also decision {seen[d.id] + 1})")
            seen[d.id] = i
        items = [self._item(i, t, meeting, held_on) for i, t in enumerate(self._tables("item"))]
        items = self._with_links(items, meeting)
        plan = p.Plan(
            source=_text(review.get("minutes", "")), digest=_text(review.get("digest", "")), meeting=meeting,
            held_on=held_on, place=_text(meeting_table.get("place", "")),
            justerare=tuple(_text(j) for j in meeting_table.get("justerare", [])),
            attendance=tuple(self._attendee(i, a) for i, a in enumerate(self._tables("attendance"))),
            decisions=decisions, items=tuple(items),
        )
        return Reviewed(plan, _text(review.get("reviewed_by", "")), self.lines)

    def _table(self, name: str) -> dict[str, Any]:
        table = self.data.get(name)
        if not isinstance(table, dict):
            raise ReviewError(self.source, f"the review has no [{name}] table")
        self._known_keys(name, 0, table)
        return table

    def _tables(self, name: str) -> list[dict[str, Any]]:
        tables = self.data.get(name, [])
        if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
            raise ReviewError(self.source, f"[[{name}]] must be tables, one per {name}")
        for index, table in enumerate(tables):
            self._known_keys(name, index, table)
        return tables

    def _known_keys(self, name: str, index: int, table: dict[str, Any]) -> None:
        allowed = _KEYS[name]
        unknown = next((key for key in table if key not in allowed), None)
        if unknown is None:
            return
        if name:
            where = f"[{name}]" if name in ("review", "meeting") else f"[[{name}]] {index + 1}"
            may_hold = ", ".join(allowed)
            line = self.lines.get((name, index, unknown)) or self.lines.get((name, index, ""))
        else:
            where = "the top level"
            may_hold = ", ".join(f"[{t}]" if t in ("review", "meeting") else f"[[{t}]]" for t in allowed)
            line = self.lines.get(("", 0, unknown)) or self.lines.get((unknown, 0, ""))
        raise ReviewError(self.source, f"unknown key {unknown!r} in {where}; allowed there: {may_hold}", line)

    def _value(self, table: str, index: int, key: str, read: Any, values: dict[str, Any], default: Any = attrs.NOTHING) -> Any:
        if key not in values:
            if default is attrs.NOTHING:
                raise self.fail(table, index, "", f"{table} {index + 1} has no {key}")
            return default
        try:
            return read(values[key])
        except (InvalidValue, ValueError, TypeError, KeyError, AttributeError) as error:
            raise self.fail(table, index, key, f"{key}: {_problem(error)}") from None

    def _decision(self, i: int, t: dict[str, Any], meeting: MeetingId, held_on: dt.date) -> p.Decision:
        v = lambda key, read, default=attrs.NOTHING: self._value("decision", i, key, read, t, default)  # noqa: E731
        id_ = v("id", lambda x: DecisionId.parse(_text(x)))
        if id_.meeting != meeting:
            raise self.fail("decision", i, "id", f"decision {id_} is not of meeting {meeting}, the meeting reviewed")
        decision = p.Decision(
            id=id_, kind=v("kind", lambda x: DecisionKind.parse(_text(x))),
            text=v("text", lambda x: plain(_nonempty(x), f"the text of decision {id_}")),
            line=v("line", int, 0), generated=v("generated", bool, False),
            cites=v("cites", _decisions, ()), plans=v("plans", _plans, ()), grants=v("grants", _grants, ()),
            documents=v("documents", _texts, ()), agreements=v("agreements", _texts, ()),
            follow_up=v("follow_up", lambda x: _follow_up(x, held_on), None), struck=v("struck", bool, False),
            withdraws=v("withdraws", _decisions, ()), revokes=v("revokes", _decisions, ()),
            supersedes=v("supersedes", _decisions, ()), corrects=v("corrects", _amendments, ()),
            settles=v("settles", _settled, ()), vote=v("vote", _vote, None),
            reservations=v("reservations", _people, ()), recusals=v("recusals", _people, ()),
        )
        for key in ("cites", "withdraws", "revokes", "supersedes"):
            for target in getattr(decision, key):
                self._earlier("decision", i, key, target.meeting, meeting, f"{id_} {key} {target}")
        for amendment in decision.corrects:
            self._earlier("decision", i, "corrects", amendment.decision.meeting, meeting, f"{id_} corrects {amendment.decision}")
        for settled in decision.settles:
            self._earlier("decision", i, "settles", settled.source.meeting, meeting, f"{id_} settles {settled.source}")
        return decision

    def _item(self, i: int, t: dict[str, Any], meeting: MeetingId, held_on: dt.date) -> p.Item:
        v = lambda key, read, default=attrs.NOTHING: self._value("item", i, key, read, t, default)  # noqa: E731
        ref = v("ref", lambda x: ItemRef.parse(_text(x)) if _text(x) else None)
        if ref is not None and ref.meeting != meeting:
            raise self.fail("item", i, "ref", f"item {ref} is not of meeting {meeting}, the meeting reviewed")
        item = p.Item(
            ref=ref, title=v("title", _text, ""), line=v("line", int, 0),
            continues=v("continues", lambda x: ItemRef.parse(_text(x)), None),
            returns_from=v("returns_from", lambda x: DecisionId.parse(_text(x)), None),
            settles=v("settles", _settled, ()), deferred_to=v("deferred_to", lambda x: _due(x, held_on), None),
            sealed=v("sealed", bool, False), proposes=v("proposes", _plan, None),
            plan_referred_by=v("plan_referred_by", lambda x: DecisionId.parse(_text(x)), None), noted=v("noted", bool, False),
        )
        if item.continues is not None:
            self._earlier("item", i, "continues", item.continues.meeting, meeting, f"{ref} continues {item.continues}")
        for settled in item.settles:
            self._earlier("item", i, "settles", settled.source.meeting, meeting, f"{ref} settles {settled.source}")
        return item

    def _with_links(self, items: list[p.Item], meeting: MeetingId) -> list[p.Item]:
        """Citations the secretary linked in [[unlinked]]: settled by the item they stand in."""
        for i, u in enumerate(self._tables("unlinked")):
            target = _text(u.get("links_to", "")).strip()
            if not target:
                continue
            source = self._value("unlinked", i, "links_to", lambda x: parse_source(_text(x)), u)
            self._earlier("unlinked", i, "links_to", source.meeting, meeting, f"a link to {source}")
            at = self._value("unlinked", i, "at", lambda x: ItemRef.parse(_text(x)), u)
            k = next((k for k, item in enumerate(items) if item.ref == at), None)
            if k is None:
                raise self.fail("unlinked", i, "at", f"no [[item]] {at} in this review to settle {source}")
            items[k] = attrs.evolve(items[k], settles=(*items[k].settles, p.Settled(source, "by review")))
        return items

    def _earlier(self, table: str, index: int, key: str, cited: MeetingId, meeting: MeetingId, what: str) -> None:
        if cited > meeting:
            raise self.fail(table, index, key, f"{what}: a decision cannot link to a later meeting than its own ({meeting})")

    def _attendee(self, i: int, t: dict[str, Any]) -> Attendee:
        v = lambda key, read, default=attrs.NOTHING: self._value("attendance", i, key, read, t, default)  # noqa: E731
        present = v("present", _presence)
        return Attendee(v("name", _nonempty), v("organisation", _text, ""), v("role", lambda x: Role.parse(_text(x))),
                        present, v("party", _text, ""))


def _problem(error: Exception) -> str:
    return str(error) if isinstance(error, InvalidValue) else f"not what the field may hold ({error})"


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise InvalidValue(f"expected text, not {value!r}")
    return value


def _nonempty(value: Any) -> str:
    if not _text(value).strip():
        raise InvalidValue("must not be empty")
    return _text(value).strip()


def _texts(value: Any) -> tuple[str, ...]:
    return tuple(_nonempty(v) for v in _sequence(value))


def _sequence(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise InvalidValue(f"expected a list [ … ], not {value!r}")
    return value


def _table_value(value: Any, allowed: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InvalidValue(f"expected a table {{ … }}, not {value!r}")
    unknown = next((key for key in value if key not in allowed), None)
    if unknown is not None:
        raise InvalidValue(f"unknown key {unknown!r} in {{ … }}; allowed there: {', '.join(allowed)}")
    return value


def _decisions(value: Any) -> tuple[DecisionId, ...]:
    return tuple(DecisionId.parse(_text(v)) for v in _sequence(value))


def _date(value: Any) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    raise InvalidValue(f"expected a date such as 2026-05-19, not {value!r}")


def _due(value: Any, held_on: dt.date) -> Due:
    return Due.parse(_text(value)).check_near(held_on)


def _amount(value: Any) -> int:
    return parse_kronor(value)


def _plan(value: Any) -> p.PartyPlan:
    t = _table_value(value, _PARTY_YEAR)
    return p.PartyPlan(Party.parse(_text(t["party"])), _year(t["year"]))


def _plans(value: Any) -> tuple[p.PartyPlan, ...]:
    return tuple(_plan(v) for v in _sequence(value))


def _year(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1900 <= value <= 2999:
        raise InvalidValue(f"not a year: {value!r}")
    return value


def _grants(value: Any) -> tuple[p.Grant, ...]:
    grants = []
    for v in _sequence(value):
        t = _table_value(v, _GRANT_KEYS)
        grants.append(p.Grant(Party.parse(_text(t["party"])), _year(t["year"]), _amount(t["amount_sek"]), _text(t.get("purpose", ""))))
    return tuple(grants)


def _follow_up(value: Any, held_on: dt.date) -> p.FollowUp:
    t = _table_value(value, _FOLLOW_UP_KEYS)
    kind = _text(t["kind"])
    if kind not in p.FOLLOW_UP_KINDS:
        raise InvalidValue(f"unknown follow-up kind {kind!r}: expected one of {', '.join(p.FOLLOW_UP_KINDS)}")
    responsible = tuple(_text(r) for r in _sequence(t.get("responsible", [])))
    if kind == "report":
        responsible = tuple(Party.parse(r).value for r in responsible)
        if not responsible:
            raise InvalidValue("a report needs the party (or parties) that owe it")
    if kind == "assignment" and not responsible:
        raise InvalidValue("an assignment needs who holds it")
    return p.FollowUp(kind, responsible, _text(t.get("subject", "")), _due(t.get("due", "none"), held_on))


def _amendments(value: Any) -> tuple[p.Amendment, ...]:
    out = []
    for v in _sequence(value):
        t = _table_value(v, _AMENDMENT_KEYS)
        out.append(p.Amendment(DecisionId.parse(_text(t["decision"])), _amount(t["amount_sek"])))
    return tuple(out)


def _settled(value: Any) -> tuple[p.Settled, ...]:
    out = []
    for v in _sequence(value):
        t = _table_value(v, _SETTLED_KEYS) if isinstance(v, dict) else {"source": v, "how": "by review"}
        out.append(p.Settled(_source(t["source"]), _text(t.get("how", "by review"))))
    return tuple(out)


def _source(value: Any) -> FollowUpSource:
    return parse_source(_text(value))


def _vote(value: Any) -> Vote:
    t = _table_value(value, _VOTE_KEYS)
    counts = [t.get(k, 0) for k in ("for", "against", "abstained")]
    if any(isinstance(n, bool) or not isinstance(n, int) or n < 0 for n in counts):
        raise InvalidValue(f"vote counts must be whole numbers from 0: {t}")
    return Vote(*counts)


def _people(value: Any) -> tuple[Person, ...]:
    out = []
    for v in _sequence(value):
        t = _table_value(v, _PERSON_KEYS)
        out.append(Person(_nonempty(t["name"]), _text(t.get("party", ""))))
    return tuple(out)


def _presence(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if value == "unclear":
        return None
    raise InvalidValue(f"present is true, false or \"unclear\", not {value!r}")
