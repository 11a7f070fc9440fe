"""A decision log closing the minutes (`BESLUTSLOGG`: Nr | Beslut | Ansvarig | Klart senast) repeats
the decisions read above it; it adds none. Its rows are matched to those decisions (`6.1`, or a
running `Nr` with `(ä. 8)` in the text). Where a decision above names no due, or no one responsible
for an assignment or a referral, and its row does, the row's is used and put to review; a row that no decision above matches is put
to review, never imported. Rows under a line of their own (`Öppna punkter från tidigare möten`) are
of earlier meetings and are left alone.
"""

from __future__ import annotations

import re
from typing import Any

import attrs

from domain.ids import DecisionId, ItemRef, MeetingId
from register.minutes.decisions import RawDecision
from register.minutes.dues import NO_DUE, due_in
from register.minutes.model import Defer, GiveAssignment, ReferBack, ParsedDecision, ParseWarning
from register.minutes.rules import classify
from register.minutes.text import Line, heading, is_end
from register.minutes.voice import deciding_verbs

_TITLE = re.compile(r"^\W*(?:Beslutslogg|Beslutsförteckning|Sammanställning\s+av\s+beslut)\b", re.I)
_CLOSING_LIST = re.compile(r"^\W*(?:Beslutslista|Åtgärdslista|Beslut\s+i\s+sammandrag)\b|^(?:Uppföljning(?:slista)?|Åtgärder)\s*:?$",
                           re.I)
_HEADER = re.compile(r"\bNr\b.*\bBeslut\b", re.I)
_RULE = re.compile(r"^[\s|+:=-]+$")
_NUMBERED = re.compile(r"^(?P<item>\d{1,3})(?:\.(?P<k>\d{1,2})|(?P<letter>[a-h]))?$")
"""`6.2`, or `8b`, the second decision of point 8; `5` alone, point 5's decision."""
_ITEM_IN_TEXT = re.compile(r"\((?:ä|ärende|p|punkt|§)\.?\s*(?P<item>\d{1,3})\)", re.I)
_SUM = re.compile(r"\d\s*(?:kr\b|kronor|tkr|mnkr|miljon|:-)", re.I)
_NOTHING = re.compile(r"^[\s–—-]*$")
_ASIDE = re.compile(r"\s*\([^)]*\)")


@attrs.frozen
class Row:
    line: int
    number: str
    text: str
    responsible: str
    due: str
    matter: str = ""
    """The `Ärende` column, where the table has one."""


def lines_of(lines: list[Line]) -> range:
    """The indices of the log, from its title to the closing formalities; empty where there is none.
    A `Beslutslista` or `Åtgärdslista` after the last § is such a log too: it repeats the decisions
    and their follow-ups, and cites this meeting's own decisions without doing anything to them."""
    start = next((i for i, line in enumerate(lines) if _TITLE.match(line.text)), None)
    if start is None:
        last = max((i for i, line in enumerate(lines) if heading(line) is not None), default=len(lines))
        start = next((i for i in range(last + 1, len(lines)) if _CLOSING_LIST.match(lines[i].text)
                      and _tabular(next((line for line in lines[i + 1:] if line.text), None))), None)
        if start is not None:  # the list's rows, up to the first line of prose
            end = next((k for k in range(start + 1, len(lines)) if is_end(lines[k]) or _prose(lines[k])), len(lines))
            return range(start, end)
    if start is None:
        return range(0)
    end = next((k for k in range(start + 1, len(lines)) if is_end(lines[k])), len(lines))
    return range(start, end)


_LISTED = re.compile(r"^(?:[-*•]\s+(?:\[[ xX]\]\s+)?)\S")
"""`* Rapport … – Karlshamns kommun – november`, `- [x] …`: a list's row."""


def _tabular(line: Line | None) -> bool:
    """A row of a table set as text: cells between pipes, or apart by a tab or a wide gap, or an
    item of a list."""
    return line is not None and ("|" in line.text or bool(re.search(r"\t|\S {3,}\S", line.raw)) or bool(_LISTED.match(line.text)))


def _prose(line: Line) -> bool:
    return len(line.text.split()) > 8 and not _tabular(line)


def rows(lines: list[Line]) -> list[Row]:
    """The log's rows of this meeting, a row carried on over several lines joined."""
    span = lines_of(lines)
    header = next((lines[i] for i in span if _HEADER.search(lines[i].text)), None)
    if header is None:
        return []
    found: list[Row] = []
    for i in span:
        line = lines[i]
        if line is header or not line.text or _TITLE.match(line.text) or _RULE.match(line.text):
            continue
        cells = _cells(header.raw, line.raw)
        if cells is None:
            break  # a line of its own: what follows is of earlier meetings
        number = cells.pop("number")
        if not number and found:
            last = found[-1]
            wrapped: dict[str, Any] = {role: f"{getattr(last, role)} {cell}".strip() for role, cell in cells.items()}
            found[-1] = attrs.evolve(last, **wrapped)  # a cell wrapped onto the next line
        elif number:
            found.append(Row(line.no, number, **cells))
    return found


_ROLES = (("number", re.compile(r"(?:nr|nummer|punkt|p)\b\.?|§", re.I)),
          ("matter", re.compile(r"ärende|rubrik|fråga", re.I)),
          ("text", re.compile(r"beslut|åtgärd", re.I)),
          ("responsible", re.compile(r"ansvar", re.I)),
          ("due", re.compile(r"klart|senast|datum|när\b|tid", re.I)))
_TAB = re.compile(r"\t+| {2,}")
"""Between cells a word processor set apart: a tab, or a gap it left of spaces."""
_IN_ORDER = ("number", "text", "responsible", "due")
"""The columns of a log whose header names none of them: Nr, Beslut, Ansvarig, Klart senast."""


def _cells(header: str, raw: str) -> dict[str, str] | None:
    """A row's cells by the role its header gives each column (`Nr`, `Ärende`, `Beslut`,
    `Ansvarig`, `Klart senast`, in any order), in pipes or in aligned columns."""
    if "|" in header:
        if "|" not in raw:
            return None
        names, cells = header.split("|"), raw.split("|")
        if header.lstrip().startswith("|"):
            names, cells = names[1:], cells[1:]
    elif "\t" in header.strip():
        names, cells = _TAB.split(header.strip()), _TAB.split(raw.strip())
    else:
        starts = [m.start() for m in re.finditer(r"(?:^|(?<=\s\s))\S", header)]
        names = [header[a:b] for a, b in zip(starts, [*starts[1:], None])]
        cells = [raw[a:b] for a, b in zip(starts, [*starts[1:], None])]
    roles = [next((role for role, said in _ROLES if said.match(name.strip())), None) for name in names]
    if len(set(roles) - {None}) < 3:
        roles = list(_IN_ORDER)
    if "\t" in header.strip() and len(cells) < len(names):
        # Columns set apart by tabs, two run together where a gap was narrow: the number first,
        # the rest from the right; a line without a tab carries on a cell, the matter's if any.
        cells = ["", raw.strip()] if len(cells) == 1 else cells[:1] + [""] * (len(names) - len(cells)) + cells[1:]
        if len(cells) == 2:
            cells = [""] * len(names)
            cells[next((k for k, role in enumerate(roles) if role in ("matter", "text")), min(1, len(names) - 1))] = raw.strip()
    found = {role: "" for role, _ in _ROLES}
    for role, cell in zip(roles, cells):
        if role is not None and not found[role]:
            found[role] = " ".join(cell.split())
    return found


def completed(meeting: MeetingId, decisions: list[ParsedDecision], lines: list[Line],
              doubts: list[ParseWarning], from_rows: frozenset[DecisionId] = frozenset()) -> list[ParsedDecision]:
    """The decisions, each given the responsible and due its log row names where it names none itself."""
    by_id = {d.id: d for d in decisions}
    titles = _titles(lines)
    for row in rows(lines):
        id_ = _matched(meeting, row, decisions, titles)
        if id_ == _AMBIGUOUS:
            continue  # it repeats one of the item's decisions, which one unsaid: nothing to take from it
        if not isinstance(id_, DecisionId) or id_ not in by_id:
            doubts.append(ParseWarning(row.line, f"the decision log lists {row.number} '{row.text}', which no decision "
                                                 "read above says: not imported; check the minutes"))
            continue
        by_id[id_] = _filled(by_id[id_], row, doubts, tabled=id_ in from_rows)
        if id_ not in from_rows and _SUM.search(row.text) and not _SUM.search(by_id[id_].text):
            doubts.append(ParseWarning(by_id[id_].line, f"decision {id_}: its row {row.number} in the decision table "
                                                        f"says '{row.text}', a sum the decision does not name: check it"))
    return [by_id[d.id] for d in decisions]


def _titles(lines: list[Line]) -> dict[int, str]:
    return {found.number: found.title for line in lines if (found := heading(line)) is not None}


def added(meeting: MeetingId, said: list[RawDecision], lines: list[Line]) -> tuple[list[RawDecision], list[ParseWarning]]:
    """The rows no decision read from the prose gives, each a decision of the point it numbers,
    read from its row (`Beslut enligt beslutsförteckningen` leaves the decision to the table).
    Where the point's prose gives decisions of its own and not this one, it is put to review."""
    titles = _titles(lines)
    known = {d.id for d in said}
    found: list[RawDecision] = []
    doubts: list[ParseWarning] = []
    for row in rows(lines):
        id_ = _own(meeting, row, titles)
        if id_ is None or id_ in known or id_.item.item not in titles:
            continue
        known.add(id_)
        found.append(RawDecision(id_, _said(row), row.line))
        if any(d.id.item == id_.item for d in said):
            doubts.append(ParseWarning(row.line, f"decision {id_} read from row {row.number} of the decision table "
                                                 f"only: the text of point {id_.item.item} does not say it; check it"))
    return found, doubts


_AND_THAT = re.compile(r",?\s+(?:och|samt)\s+att\s+", re.I)


def split_by_rows(meeting: MeetingId, said: list[RawDecision], lines: list[Line]) -> list[RawDecision]:
    """A decision of the prose that joins two clauses (`att notera redovisningen, och att säga upp
    avtalet`) where the table gives its point one row more than the prose gives decisions: the two
    decisions the rows say, each clause one, so that the second row does not give it again."""
    titles = _titles(lines)
    wanted: dict[int, int] = {}
    for row in rows(lines):
        if (id_ := _own(meeting, row, titles)) is not None:
            wanted[id_.item.item] = max(wanted.get(id_.item.item, 0), id_.number)
    result: list[RawDecision] = []
    for decision in said:
        of_item = [d for d in said if d.id.item == decision.id.item]
        clauses = _AND_THAT.split(decision.text)
        if len(of_item) == 1 and len(clauses) == 2 and wanted.get(decision.id.item.item) == decision.id.number + 1:
            first, second = clauses
            result.append(attrs.evolve(decision, text=f"{first.rstrip(' ,')}."))
            result.append(attrs.evolve(decision, id=DecisionId(decision.id.item, decision.id.number + 1),
                                       text=f"Att {second}"))
        else:
            result.append(decision)
    return result


def _said(row: Row) -> str:
    """A row's decision as a sentence: its `Beslut` as written where that reads as a decision,
    else (`Slutrapport`, with a due) as what its `Ansvarig` owes."""
    text = row.text.rstrip(" .")
    head = re.split(r"\s+[–—-]\s+", text, maxsplit=1)[0]
    if head != text and not classify(text).classified and classify(head).classified:
        text = head  # `Utgår – ansökan återkallad`: the decision, then why
    responsible = _ASIDE.sub("", row.responsible).strip(" –-")
    if classify(text).classified or _NOTHING.match(row.due) or not responsible:
        return f"{text}."
    return f"Att {responsible} ska lämna {text[:1].lower()}{text[1:]}."


_AMBIGUOUS = "ambiguous"
"""A row of an item with several decisions that does not say which."""


def _own(meeting: MeetingId, row: Row, titles: dict[int, str]) -> DecisionId | None:
    """The decision a row numbers itself: `6.2` and `8b` say which of their point's, `5` alone is
    point 5's where the table has a column of matters or the row names its point's (a running `Nr`
names none)."""
    numbered = _NUMBERED.match(row.number)
    if numbered is None:
        return None
    item = ItemRef(meeting, int(numbered["item"]))
    if numbered["k"] or numbered["letter"]:
        return DecisionId(item, int(numbered["k"]) if numbered["k"] else ord(numbered["letter"]) - ord("a") + 1)
    if _ITEM_IN_TEXT.search(row.text) is None and (row.matter or _words(row.text) & _words(titles.get(item.item, ""))):
        return DecisionId(item, 1)
    return None


def _words(text: str) -> set[str]:
    return {word.casefold()[:6] for word in re.findall(r"[^\W\d_]{4,}", text)}


def _matched(meeting: MeetingId, row: Row, decisions: list[ParsedDecision], titles: dict[int, str]) -> DecisionId | str | None:
    own = _own(meeting, row, titles)
    if own is not None:
        return own
    named = _ITEM_IN_TEXT.search(row.text)
    if named is None:
        return None
    in_item = [d for d in decisions if d.id.item.item == int(named["item"])]
    if len(in_item) == 1:
        return in_item[0].id
    verbs = deciding_verbs(row.text)
    alike = [d for d in in_item if verbs and verbs & deciding_verbs(d.text)]
    if len(alike) == 1:
        return alike[0].id
    owing = [d for d in in_item if any(getattr(e, "due", None) is not None for e in d.effects)]
    if len(owing) == 1 and not verbs:
        return owing[0].id  # `Resultatredovisning Hälsolotsen`: the one decision of the item that owes something
    return _AMBIGUOUS if in_item else None


def _filled(decision: ParsedDecision, row: Row, doubts: list[ParseWarning], tabled: bool = False) -> ParsedDecision:
    """`tabled`: the decision is the row's own, so what the row says of it is read, not doubted;
    only then is the row's Ansvarig also who answers for a deferral (the text's own says the board)."""
    if tabled:
        doubts = []
    due = None if _NOTHING.match(row.due) else due_in(row.due) or due_in(f"senast {row.due}")  # `Klart senast`: `September`
    responsible = _ASIDE.sub("", row.responsible).strip(" –-")
    effects = []
    for effect in decision.effects:
        if due is not None and getattr(effect, "due", None) == NO_DUE:
            effect = attrs.evolve(effect, due=due)  # type: ignore[misc,arg-type]
            doubts.append(ParseWarning(decision.line, f"decision {decision.id}: due {row.due} taken from the decision "
                                                      f"log (row {row.number}); the decision itself names none: check it"))
        if responsible and (isinstance(effect, (GiveAssignment, ReferBack)) or (tabled and isinstance(effect, Defer))) \
                and not effect.responsible:
            effect = attrs.evolve(effect, responsible=responsible)
            doubts.append(ParseWarning(decision.line, f"decision {decision.id}: {responsible} responsible, taken from "
                                                      f"the decision log (row {row.number}): check it"))
        effects.append(effect)
    return attrs.evolve(decision, effects=tuple(effects))
