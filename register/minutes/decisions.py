"""Where the decisions stand in the text, and what the BESLUTSLISTA says there should be.

Minutes that number their decisions put `Beslut 2025-7 §07:1` on a line and the `Att …` text
under it; their list repeats the ids and, after it, the texts again without ids. Minutes
that do not number them write `Styrelsen beslutade:` and the decision below; the importer
numbers those per agenda item.
"""

from __future__ import annotations

import attrs

from domain.errors import InvalidValue
from domain.ids import DecisionId, ItemRef, MeetingId
from domain.values import DecisionKind
from register.minutes.model import ParseWarning
from register.minutes.rules import classify
from register.minutes.text import (
    ARTEFACTS, Heading, IdLine, Line, LineError, heading, is_end, is_list_heading, is_table_row,
    join, looks_like_section_heading, marker, starts_att,
)
from register.minutes.wording import is_formality


@attrs.frozen
class RawDecision:
    id: DecisionId
    text: str
    line: int
    generated: bool = False


@attrs.define
class Found:
    decisions: list[RawDecision] = attrs.Factory(list)
    listed: list[tuple[DecisionId, int]] | None = None
    consumed: set[int] = attrs.Factory(set)
    """Indices of lines that belong to decisions, their ids or the list."""
    warnings: list[ParseWarning] = attrs.Factory(list)

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
            or marker(line) is not None or is_list_heading(line) or is_end(line) or is_table_row(line)
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
        if k is None or self.structural(k) or not starts_att(self.lines[k].text):
            return [], j + 1
        return self.decision_text(k)


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
        found.decisions.append(RawDecision(id_, join(taken), line.no))
        found.consumed.update(range(j, after))

    _unnumbered_text(reader, found, list_texts)
    _take_listed_only(found, list_texts)
    _reconcile(found)
    return found


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


def generated(lines: list[Line], meeting: MeetingId) -> Found:
    """Each `Styrelsen beslutade:` block is a decision (each `Att` paragraph, where it has
    several), numbered under the agenda item it stands in."""
    reader, found = Reader(lines, {}), Found()
    current: Heading | None = None
    counts: dict[int, int] = {}
    for i, line in enumerate(lines):
        if (found_heading := heading(line)) is not None:
            current = found_heading
            continue
        inline = marker(line)
        if inline is None:
            continue
        found.consumed.add(i)
        texts = _block(reader, found, i, inline)
        if not texts:
            found.warn(line.no, "'Styrelsen beslutade:' is followed by no decision text")
        for text, first in texts:
            if is_formality(text) and classify(text).kind is DecisionKind.OTHER:
                continue
            if current is None:
                raise LineError(first, "a decision stands before any agenda item (§) heading: cannot number it")
            counts[current.number] = counts.get(current.number, 0) + 1
            try:
                id_ = DecisionId(ItemRef(meeting, current.number), counts[current.number])
            except InvalidValue as error:
                raise LineError(first, str(error)) from None
            found.decisions.append(RawDecision(id_, text, first, generated=True))
    return found


def _block(reader: Reader, found: Found, i: int, inline: str) -> list[tuple[str, int]]:
    lines = reader.lines
    paragraphs: list[list[Line]] = []
    j = i + 1
    if inline:
        first, j = reader.paragraph(i + 1, Line(lines[i].no, inline, inline))
        paragraphs.append(first)
    while (k := reader.next_filled(j)) is not None and not reader.structural(k):
        paragraph, after = reader.decision_text(k)
        if paragraphs and (
            looks_like_section_heading(paragraph)
            or (starts_att(paragraphs[0][0].text) and not starts_att(paragraph[0].text))
        ):
            break
        paragraphs.append(paragraph)
        found.consumed.update(range(k, after))
        j = after
    found.consumed.update(range(i, j))
    if paragraphs and all(starts_att(p[0].text) for p in paragraphs):
        return [(join(p), p[0].no) for p in paragraphs]
    return [(join(sum(paragraphs, [])), paragraphs[0][0].no)] if paragraphs else []
