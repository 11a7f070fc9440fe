"""Words placed on a PDF page, made into lines of segments: the geometry the PDF reader reads
its layout from."""

from __future__ import annotations

from collections import Counter
from typing import Any

import attrs

_GAP = 0.45
"""A gap between words wider than this share of the font size parts two cells: a space is about
0.3 of it, the two spaces or the tab stop between columns more."""
_LABEL_WIDTH = 60.0
"""Points between the left margin and a column of text beside labels, at the least."""
_SAME_X = 2.5
FURNITURE_BAND = 0.08
"""The top and foot of a page, as a share of its height, where running headers and footers stand."""


@attrs.frozen
class Segment:
    x0: float
    x1: float
    text: str

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2


@attrs.frozen
class PdfLine:
    page: int
    top: float
    bottom: float
    segments: tuple[Segment, ...]

    @property
    def text(self) -> str:
        return " ".join(segment.text for segment in self.segments)

    @property
    def height(self) -> float:
        return self.bottom - self.top

    def split_at(self, column: float) -> tuple[str, str] | None:
        """(label, text) for a line whose text starts at the column of text beside labels; None
        for a line that has nothing there."""
        at = next((i for i, s in enumerate(self.segments) if abs(s.x0 - column) <= _SAME_X), None)
        if at is None or at != len(self.segments) - 1 or any(s.x1 > column for s in self.segments[:at]):
            return None  # a row of a table has more cells than a label and its text
        label = " ".join(s.text for s in self.segments[:at])
        return label, "\t".join(s.text for s in self.segments[at:])


def rows_of(words: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Words on one baseline (give or take), top to bottom."""
    rows: list[list[dict[str, Any]]] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        size = float(word.get("size") or 10)
        if rows and abs(word["top"] - rows[-1][0]["top"]) <= size * 0.4:
            rows[-1].append(word)
        else:
            rows.append([word])
    return rows


def lines_of(words: list[dict[str, Any]], page: int) -> list[PdfLine]:
    """Words on one baseline (give or take) make a line, left to right; lines top to bottom."""
    lines = []
    for row in rows_of(words):
        row.sort(key=lambda w: w["x0"])
        segments: list[list[dict[str, Any]]] = [[row[0]]]
        for word in row[1:]:
            gap = word["x0"] - segments[-1][-1]["x1"]
            if gap > _GAP * float(word.get("size") or 10):
                segments.append([word])
            else:
                segments[-1].append(word)
        lines.append(PdfLine(
            page, min(w["top"] for w in row), max(w["bottom"] for w in row),
            tuple(Segment(s[0]["x0"], s[-1]["x1"], _joined(s)) for s in segments),
        ))
    return lines


_TOUCHING = 0.1
"""A gap narrower than this share of the font size parts no words: the reader splits a word where
its size changes, as in small capitals faked by size (`B` and `ESLUT`), while a space is about 0.3."""


def _joined(words: list[dict[str, Any]]) -> str:
    text = words[0]["text"]
    for before, word in zip(words, words[1:]):
        touching = word["x0"] - before["x1"] < _TOUCHING * float(word.get("size") or 10)
        text += ("" if touching else " ") + word["text"]
    return text


def label_column(lines: list[PdfLine]) -> float | None:
    """Where text stands beside a column of labels, if the minutes are laid out so: a place
    right of the margin where the text of at least two lines starts beside a short label in
    the margin, and where some of that text runs long, or goes on in a line of its own (what
    a table of short cells, such as names beside roles, does not do)."""
    if not lines:
        return None
    margin = min(line.segments[0].x0 for line in lines)
    beside = Counter(
        round(line.segments[1].x0) for line in lines
        if len(line.segments) == 2 and abs(line.segments[0].x0 - margin) <= _SAME_X
        and len(line.segments[0].text) <= 40 and line.segments[1].x0 >= margin + _LABEL_WIDTH)
    for x, count in beside.most_common(3):
        if count < 2:
            break
        long_text = any(len(split[1]) > 60 for line in lines if (split := line.split_at(float(x))) and split[0])
        goes_on = any(len(line.segments) == 1 and abs(line.segments[0].x0 - x) <= _SAME_X for line in lines)
        if long_text or goes_on:
            return float(x)
    return None


_TITLED_SHARE = 0.5
"""The share of a document's §§ whose title runs on below the number, in lines of their own."""


def titles_below(pages: list[list[PdfLine]], column: float) -> bool:
    """Whether each § stands in the label column with its title below the number (`§ 5` /
    `Rättelse av beslut`) and the body beside them, rather than the title beside the number
    (`§ 5  Rättelse av beslut`): a line of the label column alone, before any gap, comes after
    the number in most §§."""
    numbered = titled = 0
    for lines in pages:
        for i, line in enumerate(lines):
            split = line.split_at(column)
            if split is None or not split[0].startswith("§"):
                continue
            numbered += 1
            for before, after in zip(lines[i:], lines[i + 1:]):
                if after.top - before.bottom > 0.8 * after.height:
                    break  # a gap ends the §'s first lines
                if after.segments[-1].x1 < column:
                    titled += 1
                    break
    return numbered > 0 and titled >= _TITLED_SHARE * numbered
