"""Pages set in two columns of text, read left column then right.

A PDF draws words where they stand, so a page set in two columns gives, line by line, half a line
of the left column beside half a line of the right: read across, every sentence is cut in two and
mixed with another. The columns are found by their gutter: an upright strip in the middle of the
page that no line crosses, with text on both sides, where the two columns are about as wide and
the left column's lines run most of the way up to the strip (prose fills its column; a table's
left cells, names or labels, stop short).
A page that says too little to tell by itself (the last page, its right column half empty) is
read by the gutter its document's other pages have, if nothing on it crosses that gutter.

Lines that cross the gutter (a masthead, a heading over both columns) stand where they are;
between them, the left column is read before the right. The bands at the top and foot of a page,
where running headers and footers stand, are left out when the gutter is looked for: a title at
the left and a page number at the right say nothing of the body's columns.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from register.minutes.readers.layout import FURNITURE_BAND, PdfLine, lines_of, rows_of

Words = list[dict[str, Any]]

_MIDDLE = (0.3, 0.7)
"""Where on the page, as shares of its width, a gutter between two columns can stand."""
_FEW_WORDS = 40
"""Words a column holds at the least: a gutter beside a handful of words is a gap in a short page."""
_FILLED = 0.7
"""How far toward the gutter, as a share of the column's width, a line of prose set ragged reaches."""
_MOST_FILLED = 0.5
"""The share of the left column's lines that reach that far: most lines of prose do."""
_ALIKE = (0.6, 1.6)
"""How much wider one column may be than the other, either way: a page's two columns are set alike."""
_MOST_ACROSS = 0.2
"""The share of a page's lines that may cross the gutter: a masthead, a heading over both columns."""


def pages_in_reading_order(pages: list[tuple[Words, float, float]]) -> list[list[PdfLine]]:
    """Each page's (words, width, height) made into its lines in reading order."""
    found = [_gutter(_body(words, height), width) for words, width, height in pages]
    shared = Counter(round(g) for g in found if g is not None).most_common(1)
    out = []
    for number, ((words, _, height), gutter) in enumerate(zip(pages, found), start=1):
        if gutter is None and shared and _uncrossed(_body(words, height), shared[0][0]):
            gutter = float(shared[0][0])
        out.append(lines_of(words, number) if gutter is None else _in_columns(words, number, gutter))
    return out


def _in_columns(words: Words, page: int, gutter: float) -> list[PdfLine]:
    lines: list[PdfLine] = []
    stretch: Words = []
    for row in rows_of(words):
        if _crosses(row, gutter):
            lines += _left_then_right(stretch, gutter, page) + lines_of(row, page)
            stretch = []
        else:
            stretch += row
    return lines + _left_then_right(stretch, gutter, page)


def _left_then_right(words: Words, gutter: float, page: int) -> list[PdfLine]:
    return lines_of([w for w in words if w["x1"] <= gutter], page) + lines_of([w for w in words if w["x1"] > gutter], page)


def _in_a_band(row: Words, height: float) -> bool:
    return min(w["top"] for w in row) < height * FURNITURE_BAND or max(w["bottom"] for w in row) > height * (1 - FURNITURE_BAND)


def _body(words: Words, height: float) -> Words:
    return [w for row in rows_of(words) if not _in_a_band(row, height) for w in row]


def _crosses(row: Words, x: float) -> bool:
    """Whether a line runs across x: a word there, or words either side no wider apart than a space
    (`Kusten · Protokoll · Sammanträde 3/2086`, a masthead whose space falls on the gutter)."""
    return any(segment.x0 < x < segment.x1 for line in lines_of(row, 0) for segment in line.segments)


def _uncrossed(words: Words, x: float) -> bool:
    rows = rows_of(words)
    return bool(rows) and sum(_crosses(row, x) for row in rows) <= _MOST_ACROSS * len(rows)


def _gutter(words: Words, width: float) -> float | None:
    """The x of the gutter between two columns of prose, or None for a page that is not so set."""
    if len(words) < 2 * _FEW_WORDS:
        return None
    start, end = int(width * _MIDDLE[0]), int(width * _MIDDLE[1])
    crossing = [sum(w["x0"] < x < w["x1"] for w in words) for x in range(start, end)]
    first = crossing.index(min(crossing))
    last = next((i for i in range(first, len(crossing)) if crossing[i] > crossing[first]), len(crossing))
    at = start + (first + last) // 2  # the middle of the least crossed strip: another page's lines may run a little wider
    if not _uncrossed(words, at):
        return None
    beside = [row for row in rows_of(words) if not _crosses(row, at)]
    left = [[w for w in row if w["x1"] <= at] for row in beside]
    if sum(map(len, left)) < _FEW_WORDS or sum(len(row) for row in beside) - sum(map(len, left)) < _FEW_WORDS:
        return None
    lines = [row for row in left if len(row) >= 2]
    margin = min((w["x0"] for row in lines for w in row), default=at)
    right_edge = max(w["x1"] for row in beside for w in row)
    if not _ALIKE[0] <= (at - margin) / max(1.0, right_edge - at) <= _ALIKE[1]:
        return None  # a narrow column of labels beside the text, or notes in a wide margin
    reach = margin + _FILLED * (at - margin)
    filled = sum(max(w["x1"] for w in row) >= reach for row in lines)
    return float(at) if lines and filled >= _MOST_FILLED * len(lines) else None
