"""Where the decisions stand in minutes that number them, and what the BESLUTSLISTA says there
should be.

Such minutes put `Beslut 2025-7 §07:1` on a line and the `Att …` text under it; their list
repeats the ids and, after it, the texts again without ids. Minutes that number none are read
by `unnumbered.py`.
"""

from __future__ import annotations

import re

import attrs

from domain.ids import DecisionId
from register.minutes.by_reference import board_took
from register.minutes.model import ParseWarning
from register.minutes.text import (
    ARTEFACTS, IdLine, Line, LineError, decision_marker, heading, is_end, is_list_heading, is_table_row, join,
    marker, opens_decision, starts_att,
)
from register.minutes.wording import is_formality


NUMBERED_AS = re.compile(r"^Beslut(?:s)?\s*(?:nr|nummer)\.?\s*:?\s*(?:\d{4}\s*[:/-]\s*)?\d{1,4}\.?$", re.I)
"""`Beslut nr 2089:30`: the number a body gives each decision through the year, on a line of its own."""


@attrs.frozen
class RawDecision:
    id: DecisionId
    text: str
    line: int
    generated: bool = False
    before: frozenset[int] = frozenset()
    """Line numbers of the paragraph that introduces it (`Förbundschefen föredrog …` above
    `Styrelsen beslutade:`): in minutes out of order, the one place its item's prose is sure."""
    after: frozenset[int] = frozenset()
    """Line numbers of the paragraph right after its text, where votes and reservations stand."""


@attrs.define
class Found:
    decisions: list[RawDecision] = attrs.Factory(list)
    listed: list[tuple[DecisionId, int]] | None = None
    consumed: set[int] = attrs.Factory(set)
    """Indices of lines that belong to decisions, their ids or the list."""
    warnings: list[ParseWarning] = attrs.Factory(list)
    doubts: list[ParseWarning] = attrs.Factory(list)
    """What was inferred rather than read, for the secretary's review."""

    def warn(self, line: int, message: str) -> None:
        self.warnings.append(ParseWarning(line, message))


class Reader:
    """Walks the lines, knowing which of them are structure rather than prose."""

    def __init__(self, lines: list[Line], ids: dict[int, IdLine]) -> None:
        self.lines = lines
        self.ids = ids

    def structural(self, i: int) -> bool:
        line = self.lines[i]
        return (
            i in self.ids or line.text in ARTEFACTS or heading(line) is not None
            or decision_marker(line) is not None or board_took(line) is not None or is_list_heading(line)
            or is_end(line) or is_table_row(line)
        )

    def next_filled(self, i: int, past_artefacts: bool = False) -> int | None:
        while i < len(self.lines):
            text = self.lines[i].text
            if text and not (past_artefacts and text in ARTEFACTS):
                return i
            i += 1
        return None

    def paragraph(self, i: int, first: Line | None = None) -> tuple[list[Line], int]:
        """Lines from i to the next blank or structural line; `first` is text already read."""
        taken = [first] if first is not None else []
        while i < len(self.lines) and self.lines[i].text and not self.structural(i):
            taken.append(self.lines[i])
            i += 1
        return taken, i

    def decision_text(self, i: int, first: Line | None = None) -> tuple[list[Line], int]:
        """A paragraph, continued past a blank line when the sentence plainly goes on there
        (a page break in the middle of a decision)."""
        taken, i = self.paragraph(i, first)
        while taken and not taken[-1].text.endswith((".", "!", "?", ":")):
            k = self.next_filled(i)
            if k is None or self.structural(k) or not self.lines[k].text[:1].islower():
                break
            more, i = self.paragraph(k)
            taken += more
        return taken, i

    def text_after_id(self, j: int) -> tuple[list[Line], int]:
        found = self.ids[j]
        if found.inline_text:
            line = self.lines[j]
            return self.decision_text(j + 1, Line(line.no, found.inline_text, found.inline_text))
        k = self.next_filled(j + 1)
        if k is None or self.structural(k) or not opens_decision(self.lines[k].text):
            return [], j + 1
        return self.decision_text(k)


_COLUMN_HEADS = re.compile(r"^(?:Beslut|Beslutsnummer|Beslutsnr|Nr|Id|§|Paragraf)\b(?:[\s:|/-]+(?:Beslut|Beslutstext|Text|Beslutet|Ärende|Ansvarig|Klart)\w*){1,3}\s*$", re.I)
"""`Beslut: Beslutstext`, `Beslut | Text`: the column heads of a BESLUTSLISTA kept as a table."""


def numbered(lines: list[Line], ids: dict[int, IdLine]) -> Found:
    reader, found = Reader(lines, ids), Found()
    in_list: set[int] = set()
    list_texts: dict[DecisionId, tuple[str, int]] = {}
    for h, line in enumerate(lines):
        if not is_list_heading(line):
            continue
        found.listed = found.listed if found.listed is not None else []
        found.consumed.add(h)
        j = reader.next_filled(h + 1, past_artefacts=True)
        while j is not None and j not in ids and _COLUMN_HEADS.match(lines[j].text):
            found.consumed.add(j)  # `Beslut | Beslutstext`: a table's header row over the list
            j = reader.next_filled(j + 1, past_artefacts=True)
        while j is not None and j in ids:
            in_list.add(j)
            found.consumed.add(j)
            found.listed.append((ids[j].id, lines[j].no))
            taken, after = reader.text_after_id(j)
            if taken:
                list_texts.setdefault(ids[j].id, (join(taken), lines[j].no))
                found.consumed.update(range(j, after))
            j = reader.next_filled(after, past_artefacts=True)

    seen: dict[DecisionId, int] = {}
    introduced: dict[int, frozenset[int]] = {}
    for j in sorted(set(ids) - in_list):
        found.consumed.add(j)
        line, id_ = lines[j], ids[j].id
        taken, after = reader.text_after_id(j)
        if not taken:
            neighbours = [k for k in (_previous_filled(reader, j), reader.next_filled(j + 1, True)) if k is not None]
            if any(k in ids for k in neighbours):
                found.listed = found.listed if found.listed is not None else []
                found.listed.append((id_, line.no))  # a list whose heading was lost
                continue
            k = reader.next_filled(j + 1)
            if k is None or reader.structural(k):
                found.warn(line.no, f"decision {id_} has no text under its id: not imported")
                continue
            taken, after = reader.decision_text(k)
            found.warn(line.no, f"decision {id_}: its text does not start with 'Att'; check it")
        if id_ in seen:
            raise LineError(line.no, f"decision {id_} appears twice (lines {seen[id_]} and {line.no})")
        seen[id_] = line.no
        before = _introduction(reader, j)
        if before is not None:
            introduced[id_.item.item] = before
        found.decisions.append(RawDecision(
            id_, join(taken), line.no, before=introduced.get(id_.item.item, frozenset()),
            after=_following(reader, after),
        ))
        found.consumed.update(range(j, after))

    _unnumbered_text(reader, found, list_texts)
    _take_listed_only(found, list_texts)
    _reconcile(found)
    return found


def _introduction(reader: Reader, j: int) -> frozenset[int] | None:
    """The paragraph above the `Styrelsen beslutade:` that stands above id line j; None when no
    marker stands there (a second decision of the same item)."""
    k = _previous_filled(reader, j)
    if k is None or decision_marker(reader.lines[k]) is None:
        return None
    end = _previous_filled(reader, k)
    if end is None or reader.structural(end):
        return frozenset()
    start = end
    while start > 0 and reader.lines[start - 1].text and not reader.structural(start - 1):
        start -= 1
    return frozenset(line.no for line in reader.lines[start: end + 1])


def _following(reader: Reader, after: int) -> frozenset[int]:
    k = reader.next_filled(after)
    if k is None or reader.structural(k):
        return frozenset()
    paragraph, _ = reader.paragraph(k)
    return frozenset(line.no for line in paragraph)


def _previous_filled(reader: Reader, j: int) -> int | None:
    for k in range(j - 1, -1, -1):
        if reader.lines[k].text and reader.lines[k].text not in ARTEFACTS:
            return k
    return None


def _unnumbered_text(reader: Reader, found: Found, list_texts: dict[DecisionId, tuple[str, int]]) -> None:
    """In minutes that number their decisions, a decision without an id is not imported,
    but said; the texts repeated after the list are known and pass quietly."""
    known = {d.text for d in found.decisions} | {text for text, _ in list_texts.values()}
    lines = reader.lines
    for i, line in enumerate(lines):
        if i in found.consumed:
            continue
        inline = marker(line)
        if inline is not None:
            k = reader.next_filled(i + 1, past_artefacts=True)
            if k is not None and k in reader.ids:
                continue  # `Styrelsen beslöt att bevilja ansökan.` above the numbered decision it restates
            text = inline or (join(reader.paragraph(k)[0]) if k is not None and not reader.structural(k) else "")
            if text and not is_formality(text) and text not in known:
                found.warn(line.no, f"a decision without an id ({_quote(text)}): not imported")
                if not inline and k is not None:
                    found.consumed.update(range(k, reader.paragraph(k)[1]))
            continue
        starts_paragraph = i == 0 or not lines[i - 1].text or reader.structural(i - 1)
        if starts_att(line.text) and starts_paragraph and not reader.structural(i):
            taken, after = reader.decision_text(i)
            found.consumed.update(range(i, after))
            if join(taken) not in known:
                found.warn(line.no, f"'Att' text without a decision id ({_quote(join(taken))}): not imported")


def _quote(text: str) -> str:
    return repr(text if len(text) <= 60 else text[:57] + "…")


def _take_listed_only(found: Found, list_texts: dict[DecisionId, tuple[str, int]]) -> None:
    body = {d.id for d in found.decisions}
    for id_, (text, line) in list_texts.items():
        if id_ not in body:
            found.decisions.append(RawDecision(id_, text, line))
            found.warn(line, f"{id_} stands only in the BESLUTSLISTA; its text is taken from there")


def _reconcile(found: Found) -> None:
    if found.listed is None:
        return
    listed: dict[DecisionId, int] = {}
    for id_, line in found.listed:
        if id_ in listed:
            found.warn(line, f"{id_} is in the BESLUTSLISTA twice")
        listed.setdefault(id_, line)
    body = {d.id: d.line for d in found.decisions}
    for id_, line in body.items():
        if id_ not in listed:
            found.warn(line, f"{id_} is in the body but not in the BESLUTSLISTA")
    for id_, line in listed.items():
        if id_ not in body:
            found.warn(line, f"{id_} is in the BESLUTSLISTA but not in the body")
