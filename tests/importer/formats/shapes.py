"""Text minutes cut into the blocks a word processor would hold: what `make.py` renders.

Lines of columns (tabs, or three spaces and more) are the rows of a table, a line of tick boxes
a row of an attendance table, and the line of column names above it its header; `- ` starts a
bulleted list item; the lines between blank lines are one paragraph. Each line of a paragraph
keeps its end, as a line break inside the paragraph (Word's Shift+Enter; in the PDF, a line as
printed): the parser reads minutes line by line, and a paragraph joined into one line is read
otherwise than its wrapped lines (attendance written as running text above all), which is the
parser's to learn, not the readers' to hide (see the report of issue 23).
"""

from __future__ import annotations

import re

from register.minutes.document import Block, BlockKind

_COLUMNS = re.compile(r"\t+|\s{3,}")
_BOX = re.compile(r"<input\b[^>]*>|[☐☒☑]")
_BULLET = re.compile(r"^\s*-\s+")


def blocks_of_text(text: str) -> list[Block]:
    # A form feed is where a page of the text ended: a line break to a renderer that lays out its own pages.
    lines = text.replace("\f", "\n").rstrip("\n").split("\n")
    blocks: list[Block] = []
    table = 0
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
        elif (cells := _cells(stripped)) and (_cells(lines[at - 1].strip()) if at else []) + (
                _cells(lines[at + 1].strip()) if at + 1 < len(lines) else []) == [] and not (
                at + 1 < len(lines) and _BOX.search(lines[at + 1])):
            # One line of two columns among prose: a paragraph with a tab, as a Word user writes it.
            paragraph = Block(BlockKind.PARAGRAPH, "\t".join(cells))
            if last is not None and last.kind is BlockKind.PARAGRAPH:
                blocks[-1] = Block(BlockKind.PARAGRAPH, f"{last.text}\n{paragraph.text}")
            else:
                blocks.append(paragraph)
        elif cells:
            continuing = last is not None and last.kind is BlockKind.TABLE_ROW
            header_of_boxes = at + 1 < len(lines) and bool(_BOX.search(lines[at + 1]))
            if not continuing or header_of_boxes:
                table += 1
            blocks.append(Block(BlockKind.TABLE_ROW, cells=tuple(cells), table=table))
        elif _BULLET.match(line):
            blocks.append(Block(BlockKind.LIST_ITEM, _BULLET.sub("", line).strip(), number="-"))
        elif last is not None and last.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
            blocks[-1] = Block(last.kind, f"{last.text}\n{stripped}", number=last.number)
        else:
            blocks.append(Block(BlockKind.PARAGRAPH, stripped))
    return blocks


def _split_boxes(line: str) -> list[str]:
    return [part for part in re.split(r"(<input\b[^>]*>)", line) if part]


def _cells(line: str) -> list[str]:
    """The columns of a line written in columns; none for a line of prose."""
    cells = [c for c in _COLUMNS.split(line) if c]
    return cells if len(cells) > 1 and not _BOX.search(line) else []
