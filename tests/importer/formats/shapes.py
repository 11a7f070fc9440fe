"""Text minutes cut into the blocks a word processor would hold: what `make.py` renders.

A secretary's Word file has paragraphs, not the wrapped lines of a text file: lines that run on
(no full stop at the end, lower case or a figure after) are one paragraph; lines of columns
(tabs, or three spaces and more) are the rows of a table, a line of tick boxes a row of an
attendance table, and the line of column names above it its header; `- ` starts a bulleted
list item.
"""

from __future__ import annotations

import re

from register.minutes.document import Block, BlockKind

_COLUMNS = re.compile(r"\t+|\s{3,}")
_BOX = re.compile(r"<input\b[^>]*>|[☐☒☑]")
_BULLET = re.compile(r"^\s*[-–•]\s+")
_SENTENCE_END = (".", ":", ";", "!", "?")
_WRAPPED = 60
"""A line this long that ends mid-sentence was wrapped by the page, not ended by the writer."""


def blocks_of_text(text: str) -> list[Block]:
    lines = text.rstrip("\n").split("\n")
    blocks: list[Block] = []
    table = 0
    previous = ""
    for at, line in enumerate(lines):
        stripped = line.strip()
        last = blocks[-1] if blocks else None
        if not stripped:
            blocks.append(Block(BlockKind.BLANK))
        elif _BOX.search(line):
            cells = [c.strip() for c in _COLUMNS.split(_BOX.sub("\t", "\t".join(_split_boxes(line)))) if c.strip()]
            ticks = [("checked" in b or b in "☒☑") for b in _BOX.findall(line)]
            if last is None or last.kind is not BlockKind.TABLE_ROW or last.table != table:
                table += 1
            blocks.append(Block(BlockKind.TABLE_ROW, cells=("",) * len(ticks) + tuple(cells),
                                ticks=tuple(ticks) + (None,) * len(cells), table=table))
        elif len(cells := [c for c in _COLUMNS.split(stripped) if c]) > 1:
            continuing = last is not None and last.kind is BlockKind.TABLE_ROW
            header_of_boxes = at + 1 < len(lines) and bool(_BOX.search(lines[at + 1]))
            if not continuing or header_of_boxes:
                table += 1
            blocks.append(Block(BlockKind.TABLE_ROW, cells=tuple(cells), table=table))
        elif _BULLET.match(line):
            blocks.append(Block(BlockKind.LIST_ITEM, _BULLET.sub("", line).strip(), number="-"))
        elif last is not None and _runs_on(last, previous, stripped):
            blocks[-1] = Block(last.kind, f"{last.text} {stripped}", number=last.number)
        else:
            blocks.append(Block(BlockKind.PARAGRAPH, stripped))
        previous = stripped
    return blocks


def _split_boxes(line: str) -> list[str]:
    return [part for part in re.split(r"(<input\b[^>]*>)", line) if part]


def _runs_on(last: Block, previous: str, line: str) -> bool:
    """`previous`: the text file's line before this one, the end of `last`."""
    if last.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
        return False
    if len(previous) < _WRAPPED or previous.endswith(_SENTENCE_END):
        return False
    if re.match(r"(?:att\b|\d{1,2}[.)]\s)", line):
        return False  # a clause of a decision written as a list starts a line of its own
    return line[0].islower() or line[0].isdigit()
