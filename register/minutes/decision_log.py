"""A decision log closing the minutes (`BESLUTSLOGG`: Nr | Beslut | Ansvarig | Klart senast) repeats
the decisions read above it; it adds none. Its rows are matched to those decisions (`6.1`, or a
running `Nr` with `(ä. 8)` in the text). Where a decision above names no due, or no one responsible
for an assignment or a referral, and its row does, the row's is used and put to review; a row that no decision above matches is put
to review, never imported. Rows under a line of their own (`Öppna punkter från tidigare möten`) are
of earlier meetings and are left alone.
"""

from __future__ import annotations

import re

import attrs

from domain.ids import DecisionId, ItemRef, MeetingId
from register.minutes.dues import NO_DUE, due_in
from register.minutes.model import GiveAssignment, ReferBack, ParsedDecision, ParseWarning
from register.minutes.text import Line, heading, is_end
from register.minutes.voice import deciding_verbs

_TITLE = re.compile(r"^\W*Beslutslogg\b", re.I)
_CLOSING_LIST = re.compile(r"^\W*(?:Beslutslista|Åtgärdslista|Beslut\s+i\s+sammandrag)\b|^(?:Uppföljning(?:slista)?|Åtgärder)\s*:?$",
                           re.I)
_HEADER = re.compile(r"\bNr\b.*\bBeslut\b", re.I)
_RULE = re.compile(r"^[\s|+:=-]+$")
_NUMBERED = re.compile(r"^(?P<item>\d{1,3})(?:\.(?P<k>\d{1,2}))?$")
_ITEM_IN_TEXT = re.compile(r"\((?:ä|ärende|p|punkt|§)\.?\s*(?P<item>\d{1,3})\)", re.I)
_NOTHING = re.compile(r"^[\s–—-]*$")
_ASIDE = re.compile(r"\s*\([^)]*\)")


@attrs.frozen
class Row:
    line: int
    number: str
    text: str
    responsible: str
    due: str


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
        number, text, responsible, due = cells
        if not number and found:
            last = found[-1]
            found[-1] = attrs.evolve(last, text=f"{last.text} {text}".strip(),
                                     responsible=f"{last.responsible} {responsible}".strip(), due=f"{last.due} {due}".strip())
        elif number:
            found.append(Row(line.no, number, text, responsible, due))
    return found


def _cells(header: str, raw: str) -> tuple[str, str, str, str] | None:
    """Nr, Beslut, Ansvarig and Klart senast of a row in pipes or in aligned columns."""
    if "|" in header:
        if "|" not in raw:
            return None
        cells = raw.split("|")
        if header.lstrip().startswith("|"):
            cells = cells[1:]
    else:
        starts = [m.start() for m in re.finditer(r"(?:^|(?<=\s\s))\S", header)]
        cells = [raw[a:b] for a, b in zip(starts, [*starts[1:], None])]
    cells = [" ".join(cell.split()) for cell in cells] + ["", "", "", ""]
    return cells[0], cells[1], cells[2], cells[3]


def completed(meeting: MeetingId, decisions: list[ParsedDecision], lines: list[Line],
              doubts: list[ParseWarning]) -> list[ParsedDecision]:
    """The decisions, each given the responsible and due its log row names where it names none itself."""
    by_id = {d.id: d for d in decisions}
    for row in rows(lines):
        id_ = _matched(meeting, row, decisions)
        if id_ == _AMBIGUOUS:
            continue  # it repeats one of the item's decisions, which one unsaid: nothing to take from it
        if not isinstance(id_, DecisionId) or id_ not in by_id:
            doubts.append(ParseWarning(row.line, f"the decision log lists {row.number} '{row.text}', which no decision "
                                                 "read above says: not imported; check the minutes"))
            continue
        by_id[id_] = _filled(by_id[id_], row, doubts)
    return [by_id[d.id] for d in decisions]


_AMBIGUOUS = "ambiguous"
"""A row of an item with several decisions that does not say which."""


def _matched(meeting: MeetingId, row: Row, decisions: list[ParsedDecision]) -> DecisionId | str | None:
    numbered = _NUMBERED.match(row.number)
    if numbered is None:
        return None
    if numbered["k"]:
        return DecisionId(ItemRef(meeting, int(numbered["item"])), int(numbered["k"]))
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


def _filled(decision: ParsedDecision, row: Row, doubts: list[ParseWarning]) -> ParsedDecision:
    due = None if _NOTHING.match(row.due) else due_in(row.due)
    responsible = _ASIDE.sub("", row.responsible).strip(" –-")
    effects = []
    for effect in decision.effects:
        if due is not None and getattr(effect, "due", None) == NO_DUE:
            effect = attrs.evolve(effect, due=due)  # type: ignore[misc,arg-type]
            doubts.append(ParseWarning(decision.line, f"decision {decision.id}: due {row.due} taken from the decision "
                                                      f"log (row {row.number}); the decision itself names none: check it"))
        if responsible and isinstance(effect, (GiveAssignment, ReferBack)) and not effect.responsible:
            effect = attrs.evolve(effect, responsible=responsible)
            doubts.append(ParseWarning(decision.line, f"decision {decision.id}: {responsible} responsible, taken from "
                                                      f"the decision log (row {row.number}): check it"))
        effects.append(effect)
    return attrs.evolve(decision, effects=tuple(effects))
