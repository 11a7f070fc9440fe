"""A review file read back into a plan: every value checked where it stands, and a bad one
refused with the file's line. Read with the standard library's `tomllib`, which does not say
where a value stood, so the lines are found by reading the file's table and key lines."""

from __future__ import annotations

import ast
import datetime as dt
import re
import tomllib
from typing import Any

import attrs

from domain.errors import InvalidValue
from domain.ids import DecisionId, ItemRef, MeetingId, parse_source
from domain.text import plain
from domain.values import Attendee, DecisionKind, Role
from register.minutes import proposal as p
from register.minutes import review_values as v
from register.minutes.review import Flaw, ReviewError

@attrs.frozen
class Reviewed:
    plan: p.Proposal
    reviewed_by: str
    lines: dict[tuple[str, int, str], int]
    """(table, index, key) → line in the review file, for messages."""
    proposed_on: dt.date | None = None
    """The meeting date the importer proposed (the minutes' or --date's), to say whether the review changed it."""


def from_toml(text: str, source: str) -> Reviewed:
    text = text.removeprefix("\ufeff")  # the byte-order mark Windows editors put before UTF-8
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = re.search(r"line (\d+)", str(error))
        raise ReviewError(source, Flaw.NOT_TOML, int(found[1]) if found else None, detail=_dotted(str(error))) from None
    except RecursionError:  # tomllib reads nested arrays and tables by recursion
        raise ReviewError(source, "not valid TOML for a review: values nested too deep (a review nests at most "
                                  "a list of tables, [{ … }])", _too_deep(text)) from None
    lines = locate(text)
    return _Reader(source, data, lines).read()


_TABLE = re.compile(r"^\s*\[\[?\s*([\w.-]+)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(r"""^\s*(?:"([^"]*)"|'([^']*)'|([\w-]+))\s*[=.]""")
"""A key line's first key: bare, quoted, or the first of a dotted key (`follow_up.kind = …`)."""

# The keys each table of a review file may hold: what review.py writes, and nothing else, so
# that a misspelt key is refused rather than silently left out of what is recorded.
_KEYS = {
    "": ("review", "meeting", "attendance", "decision", "item", "unlinked", "filed"),
    "review": ("minutes", "digest", "reviewed_by", "proposed_date"),
    "meeting": ("id", "date", "place", "justerare", "justerat", "justerat_on", "anslag_uppsatt", "anslag_nedtas",
                "forvaringsplats", "sekreterare"),
    "filed": ("item", "diarienummer", "underlag", "expedieras"),
    "attendance": ("name", "organisation", "role", "present", "party"),
    "decision": ("id", "kind", "text", "line", "generated", "cites", "plans", "grants", "documents", "agreements",
                 "follow_up", "struck", "withdraws", "revokes", "supersedes", "writes_off", "corrects", "settles", "vote",
                 "reservations", "recusals"),
    "item": ("ref", "title", "line", "continues", "returns_from", "settles", "deferred_to", "sealed", "proposes",
             "plan_referred_by", "noted"),
    "unlinked": ("line", "citation", "why", "at", "links_to"),
}


def _dotted(message: str) -> str:
    """tomllib's message with the keys it names as a tuple (`('decision',)`) as a dotted key."""
    def key(found: re.Match[str]) -> str:
        try:
            parts = ast.literal_eval(found[0])
        except (ValueError, SyntaxError):
            return found[0]
        return ".".join(map(v.key_shown, parts)) if all(isinstance(part, str) for part in parts) else found[0]
    return re.sub(r"\((?:'[^'\\]*'|\"[^\"\\]*\")(?:, (?:'[^'\\]*'|\"[^\"\\]*\"))*,?\)", key, message)


def _too_deep(text: str, most: int = 20) -> int | None:
    """The line where brackets first nest deeper than `most`, strings and comments aside."""
    depth, quote, line = 0, "", 1
    for i, char in enumerate(text):
        if char == "\n":
            line += 1
            if quote in ('"', "'", "\n"):
                quote = ""  # a comment or a one-line string ends with its line
                continue
        if quote:
            if text.startswith(quote, i) and (quote == "'" or text[i - 1] != "\\"):
                quote = ""
            continue
        if char == "#":
            quote = "\n"
        elif char in "\"'":
            quote = text[i:i + 3] if text[i:i + 3] in ('"""', "'''") else char
        elif char in "[{":
            depth += 1
            if depth > most:
                return line
        elif char in "]}":
            depth = max(depth - 1, 0)
    return None


def locate(text: str) -> dict[tuple[str, int, str], int]:
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

    def fail(self, table: str, index: int, key: str, problem: str | Flaw, /, **fields: Any) -> ReviewError:
        # Positional only: a flaw's own fields may be named `table` or `key` too (`[[decision]] 2 has no id`).
        line = self.lines.get((table, index, key)) or self.lines.get((table, index, ""))
        return ReviewError(self.source, problem, line, key=key, **fields)

    def read(self) -> Reviewed:
        self._known_keys("", 0, self.data)
        review = self._table("review")
        meeting_table = self._table("meeting")
        meeting = self._value("meeting", 0, "id", lambda x: MeetingId.parse(v.text(x)), meeting_table)
        held_on = self._value("meeting", 0, "date", v.date, meeting_table)
        justerad_on = self._value("meeting", 0, "justerat_on", v.date, meeting_table, None)
        said = {key: self._value("review", 0, key, v.text, review, "") for key in ("minutes", "digest", "reviewed_by")}
        decisions = tuple(self._decision(i, d, meeting, held_on) for i, d in enumerate(self._tables("decision")))
        seen: dict[DecisionId, int] = {}
        for i, d in enumerate(decisions):
            if d.id in seen:
                raise self.fail("decision", i, "id", Flaw.TWICE, id=d.id, other=seen[d.id] + 1)
            seen[d.id] = i
        items = [self._item(i, t, meeting, held_on) for i, t in enumerate(self._tables("item"))]
        items = self._with_links(items, meeting)
        plan = p.Proposal(
            source=said["minutes"], digest=said["digest"], meeting=meeting,
            held_on=held_on, place=self._value("meeting", 0, "place", v.text, meeting_table, ""),
            justerare=self._value("meeting", 0, "justerare", v.texts, meeting_table, ()),
            attendance=tuple(self._attendee(i, a) for i, a in enumerate(self._tables("attendance"))),
            decisions=decisions, items=tuple(items), justerad_on=justerad_on,
            justerad=self._value("meeting", 0, "justerat", v.flag, meeting_table, False) or justerad_on is not None,
            filed=tuple(self._filed(i, t, meeting) for i, t in enumerate(self._tables("filed"))),
            notice=self._notice(meeting_table, held_on),
            secretary=" ".join(self._value("meeting", 0, "sekreterare", v.text, meeting_table, "").split()),
        )
        return Reviewed(plan, said["reviewed_by"], self.lines, self._value("review", 0, "proposed_date", v.date, review, None))

    def _table(self, name: str) -> dict[str, Any]:
        table = self.data.get(name)
        if not isinstance(table, dict):
            raise ReviewError(self.source, Flaw.NO_TABLE, self.lines.get(("", 0, name)), name=name)
        self._known_keys(name, 0, table)
        return table

    def _tables(self, name: str) -> list[dict[str, Any]]:
        tables = self.data.get(name, [])
        if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
            raise ReviewError(self.source, f"[[{name}]] must be tables, one per {name}", self.lines.get(("", 0, name)))
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
        raise ReviewError(self.source, Flaw.UNKNOWN_KEY, line, name=unknown, where=where, allowed=may_hold)

    def _value(self, table: str, index: int, key: str, read: Any, values: dict[str, Any], default: Any = attrs.NOTHING) -> Any:
        if key not in values:
            if default is attrs.NOTHING:
                raise self.fail(table, index, "", Flaw.MISSING, table=table, number=index + 1, name=key)
            return default
        try:
            return read(values[key])
        except (InvalidValue, ValueError, TypeError, KeyError, AttributeError) as error:
            raise self.fail(table, index, key, f"{key}: {_problem(error)}",
                            cause=error if isinstance(error, InvalidValue) else None) from None

    def _decision(self, i: int, t: dict[str, Any], meeting: MeetingId, held_on: dt.date) -> p.Decision:
        f = lambda key, read, default=attrs.NOTHING: self._value("decision", i, key, read, t, default)  # noqa: E731
        id_ = f("id", lambda x: DecisionId.parse(v.text(x)))
        if id_.meeting != meeting:
            raise self.fail("decision", i, "id", Flaw.OTHER_MEETING, what="decision", id=id_, meeting=meeting)
        decision = p.Decision(
            id=id_, kind=f("kind", lambda x: DecisionKind.parse(v.text(x))), text=f("text", lambda x: plain(v.nonempty(x), f"the text of decision {id_}")),
            line=f("line", v.whole, 0), generated=f("generated", v.flag, False),
            cites=f("cites", v.decisions, ()), plans=f("plans", v.party_plans, ()), grants=f("grants", v.grants, ()),
            documents=f("documents", v.nonempty_texts, ()), agreements=f("agreements", v.nonempty_texts, ()),
            follow_up=f("follow_up", lambda x: v.follow_up(x, held_on), None), struck=f("struck", v.flag, False),
            withdraws=f("withdraws", v.decisions, ()), revokes=f("revokes", v.decisions, ()),
            supersedes=f("supersedes", v.decisions, ()), writes_off=f("writes_off", v.sources, ()),
            corrects=f("corrects", v.amendments, ()),
            settles=f("settles", v.settled, ()), vote=f("vote", v.vote, None),
            reservations=f("reservations", v.people, ()), recusals=f("recusals", v.people, ()),
        )
        for key in ("cites", "withdraws", "revokes", "supersedes", "writes_off"):
            for target in getattr(decision, key):
                self._earlier("decision", i, key, target.meeting, meeting, f"{id_} {key} {target}")
        for amendment in decision.corrects:
            self._earlier("decision", i, "corrects", amendment.decision.meeting, meeting, f"{id_} corrects {amendment.decision}")
        for settled in decision.settles:
            self._earlier("decision", i, "settles", settled.source.meeting, meeting, f"{id_} settles {settled.source}")
        return decision

    def _item(self, i: int, t: dict[str, Any], meeting: MeetingId, held_on: dt.date) -> p.Item:
        f = lambda key, read, default=attrs.NOTHING: self._value("item", i, key, read, t, default)  # noqa: E731
        ref = f("ref", lambda x: ItemRef.parse(v.text(x)) if v.text(x) else None)
        if ref is not None and ref.meeting != meeting:
            raise self.fail("item", i, "ref", Flaw.OTHER_MEETING, what="item", id=ref, meeting=meeting)
        item = p.Item(
            ref=ref, title=f("title", v.text, ""), line=f("line", v.whole, 0),
            continues=f("continues", lambda x: ItemRef.parse(v.text(x)), None),
            returns_from=f("returns_from", lambda x: DecisionId.parse(v.text(x)), None),
            settles=f("settles", v.settled, ()), deferred_to=f("deferred_to", lambda x: v.due(x, held_on), None),
            sealed=f("sealed", v.flag, False), proposes=f("proposes", v.party_plan, None),
            plan_referred_by=f("plan_referred_by", lambda x: DecisionId.parse(v.text(x)), None),
            noted=f("noted", v.flag, False),
        )
        if item.deferred_to is not None and not item.title.strip():  # what the follow-up is about
            raise self.fail("item", i, "title", Flaw.NEEDS_TITLE, ref=ref)
        if item.continues is not None:
            self._earlier("item", i, "continues", item.continues.meeting, meeting, f"{ref} continues {item.continues}")
        for settled in item.settles:
            self._earlier("item", i, "settles", settled.source.meeting, meeting, f"{ref} settles {settled.source}")
        return item

    def _filed(self, i: int, t: dict[str, Any], meeting: MeetingId) -> p.Filing:
        f = lambda key, read, default=attrs.NOTHING: self._value("filed", i, key, read, t, default)  # noqa: E731
        item = f("item", lambda x: ItemRef.parse(v.text(x)))
        if item.meeting != meeting:
            raise self.fail("filed", i, "item", Flaw.OTHER_MEETING, what="item", id=item, meeting=meeting)
        filing = p.Filing(item, f("diarienummer", v.text, ""), f("underlag", v.nonempty_texts, ()), f("expedieras", v.nonempty_texts, ()))
        if not (filing.diary_number.strip() or filing.basis or filing.sent_to):
            raise self.fail("filed", i, "", Flaw.FILED_EMPTY, number=i + 1, ref=item)
        return filing

    def _notice(self, t: dict[str, Any], held_on: dt.date) -> p.Notice | None:
        f = lambda key, read, default=None: self._value("meeting", 0, key, read, t, default)  # noqa: E731
        notice = p.Notice(f("anslag_uppsatt", v.date), f("anslag_nedtas", v.date), f("forvaringsplats", v.text, ""))
        if notice.posted is not None and notice.posted < held_on:
            raise self.fail("meeting", 0, "anslag_uppsatt", Flaw.POSTED_EARLY, posted=notice.posted, held_on=held_on)
        if notice.posted is not None and notice.removed is not None and notice.removed < notice.posted:
            raise self.fail("meeting", 0, "anslag_nedtas", Flaw.REMOVED_EARLY, removed=notice.removed, posted=notice.posted)
        return notice if notice != p.Notice() else None

    def _with_links(self, items: list[p.Item], meeting: MeetingId) -> list[p.Item]:
        """Citations the secretary linked in [[unlinked]]: settled by the item they stand in."""
        for i, u in enumerate(self._tables("unlinked")):
            # What the importer said of the citation is not recorded, but is read as strictly.
            for key, read in (("line", v.whole), ("citation", v.text), ("why", v.text), ("at", v.text)):
                self._value("unlinked", i, key, read, u, None)
            target = self._value("unlinked", i, "links_to", v.text, u, "").strip()
            if not target:
                continue
            source = self._value("unlinked", i, "links_to", lambda x: parse_source(v.text(x)), u)
            self._earlier("unlinked", i, "links_to", source.meeting, meeting, f"a link to {source}")
            at = self._value("unlinked", i, "at", lambda x: ItemRef.parse(v.text(x)), u)
            k = next((k for k, item in enumerate(items) if item.ref == at), None)
            if k is None:
                raise self.fail("unlinked", i, "at", Flaw.NO_ITEM, ref=at, source=source)
            items[k] = attrs.evolve(items[k], settles=(*items[k].settles, p.Settled(source, "by review")))
        return items

    def _earlier(self, table: str, index: int, key: str, cited: MeetingId, meeting: MeetingId, what: str) -> None:
        if cited > meeting:
            raise self.fail(table, index, key, Flaw.LATER_MEETING, what=what, meeting=meeting)

    def _attendee(self, i: int, t: dict[str, Any]) -> Attendee:
        f = lambda key, read, default=attrs.NOTHING: self._value("attendance", i, key, read, t, default)  # noqa: E731
        present = f("present", v.presence)
        read = (f("name", v.nonempty), f("organisation", v.text, ""), f("role", lambda x: Role.parse(v.text(x))),
                present, f("party", v.text, ""))
        try:
            return Attendee(*read)
        except InvalidValue as error:  # a control character in a name: the row's line
            raise self.fail("attendance", i, "", str(error), cause=error) from None


def _problem(error: Exception) -> str:
    # Anything but the readers' own refusals is said without Python's words for it.
    return str(error) if isinstance(error, InvalidValue) else "not what the field may hold"
