"""Plain text: a block per line, so that the lines the parser reads are the file's own, and a
message's line number is the line an editor shows. Text in Markdown has its markup taken off
(`markdown.py`)."""

from __future__ import annotations

import re

from register.minutes.document import TICKED, Block, BlockKind, Document, Format
from register.minutes.parser import decode_minutes
from register.minutes.readers.markdown import looks_like_markdown, pipe_cells, unmarked

_BOX = re.compile(r"<input\b[^>]*>|[☐☒☑]")


def read(data: bytes, name: str) -> Document:
    text = decode_minutes(data, name)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the newline that ends the last line starts no line of its own
    blocks: list[Block] = []
    table = 0
    markdown = looks_like_markdown(lines)
    for line in lines:
        cells = pipe_cells(line) if markdown else None
        if cells is not None:  # a table in pipe syntax: its rows as rows, a divider row as nothing
            if not blocks or blocks[-1].kind is not BlockKind.TABLE_ROW:
                table += 1
            blocks.append(Block(BlockKind.TABLE_ROW, "", cells=tuple(unmarked(c) for c in cells),
                                ticks=(None,) * len(cells), table=table))
            continue
        if markdown:
            line = unmarked(line)
        if not line.strip():
            blocks.append(Block(BlockKind.BLANK))
        elif _is_row(line):
            if not blocks or blocks[-1].kind is not BlockKind.TABLE_ROW:
                table += 1
            blocks.append(_row(line, table))
        else:
            blocks.append(Block(BlockKind.PARAGRAPH, line))
    return Document(Format.TEXT, tuple(blocks))


def _is_row(line: str) -> bool:
    stripped = line.lstrip()
    return "<input" in line or stripped[:1] in ("☐", "☒", "☑")


def _row(line: str, table: int) -> Block:
    cells = [cell.strip() for cell in re.split(r"\t+|\s{2,}", line) if cell.strip()]
    ticks = tuple(
        ("checked" in cell or TICKED in cell or "☑" in cell) if _BOX.fullmatch(cell) else None for cell in cells
    )
    return Block(BlockKind.TABLE_ROW, line, cells=tuple(cells), ticks=ticks, table=table)
