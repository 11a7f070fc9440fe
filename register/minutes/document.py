"""What a reader makes of a minutes file, whatever its format: a `Document` of blocks.

Each reader (plain text, Word, PDF, OpenDocument) says once what every block is — a paragraph,
a heading, a row of a table with its ticks, a label beside its text, an item of a numbered
list — and on which page it stood. The parser reads the document's lines (`Document.lines`):
a table row as tab-separated cells with its ticks as boxes (as `attendance.py` reads a row),
a label and its text as text minutes write them. So the parser, the proposer and the review do
not know which format the minutes came in, and `register minutes-text` prints exactly the lines
the parser's line numbers count.
"""

from __future__ import annotations

import enum
from typing import Any

import attrs


class Format(enum.Enum):
    TEXT = "text"
    DOCX = "docx"
    PDF = "pdf"
    ODT = "odt"

    @property
    def described(self) -> str:
        return {
            Format.TEXT: "plain text", Format.DOCX: "a Word document (.docx)", Format.PDF: "a PDF",
            Format.ODT: "an OpenDocument text (.odt)",
        }[self]


class BlockKind(enum.Enum):
    BLANK = "blank"
    """A gap between paragraphs: an empty line, an empty paragraph, a wide space on a page."""
    PARAGRAPH = "paragraph"
    HEADING = "heading"
    """A paragraph the document itself styles as a heading."""
    TABLE_ROW = "table_row"
    LABELLED = "labelled"
    """A label beside its text: two-column minutes (`Beslut` | `Att …`), a title block (`Datum` | …)."""
    LIST_ITEM = "list_item"


TICKED, UNTICKED = "☒", "☐"
"""How a tick box is written in the lines the parser reads, whatever the document drew."""

_SHORT_VALUE = 60
"""A label's text this short stands on the label's line (`Datum: 2027-02-15`), as text minutes write it."""


@attrs.frozen
class Block:
    kind: BlockKind
    text: str = ""
    """Its text; a labelled block's text keeps its own paragraphs as lines; a table row of plain
    text, the line as written (its cells are read from it, its line is left as it is)."""
    label: str = ""
    number: str = ""
    """A list item's number or bullet as the document shows it (`1.`, `b)`, `-`)."""
    cells: tuple[str, ...] = ()
    ticks: tuple[bool | None, ...] = ()
    """Per cell of a table row: ticked, not ticked, or None for a cell that is not a tick box."""
    table: int | None = None
    """Which table of the document (1, 2, …) a row belongs to."""
    page: int | None = None

    @property
    def ticked_boxes(self) -> list[bool]:
        return [tick for tick in self.ticks if tick is not None]

    def lines(self) -> list[str]:
        match self.kind:
            case BlockKind.BLANK:
                return [""]
            case BlockKind.TABLE_ROW:
                return [self.text or self._row()]
            case BlockKind.LABELLED:
                return self._labelled()
            case BlockKind.LIST_ITEM:
                first, *rest = self.text.split("\n")
                return [f"{self.number} {first}".strip(), *rest]
            case _:
                # A line break inside a paragraph (Word's Shift+Enter) starts a line of its own.
                return self.text.split("\n")

    def _row(self) -> str:
        boxes = self.ticked_boxes
        cells = [c if t is None else (TICKED if t else UNTICKED) for c, t in zip(self.cells, self._all_ticks())]
        if len(boxes) == 1:
            # One column of ticks says who was present; the attendance reader reads two boxes
            # (absent, present), as the minutes' own tables have them.
            at = next(i for i, tick in enumerate(self._all_ticks()) if tick is not None)
            cells[at: at + 1] = [UNTICKED, TICKED] if boxes[0] else [TICKED, UNTICKED]
            cells = [*cells[at: at + 2], *cells[:at], *cells[at + 2:]]
        elif boxes:
            # Boxes first, the way the attendance reader expects them; their order kept.
            cells = [cells[i] for i, t in enumerate(self._all_ticks()) if t is not None] + [
                cells[i] for i, t in enumerate(self._all_ticks()) if t is None]
        return "\t".join(cells).strip("\t")

    def _all_ticks(self) -> tuple[bool | None, ...]:
        return self.ticks + (None,) * (len(self.cells) - len(self.ticks))

    def _labelled(self) -> list[str]:
        values = [line for line in self.text.split("\n") if line.strip()]
        if not self.label:
            return values or [""]
        if self.label.startswith("§") and values:
            return [f"{self.label} {values[0]}", *values[1:]]  # `§ 5` beside its title: one heading
        if len(values) == 1 and len(values[0]) <= _SHORT_VALUE:
            joint = " " if self.label.endswith(":") else ": "
            return [f"{self.label}{joint}{values[0]}"]
        return [self.label, *values]


@attrs.frozen
class Document:
    format: Format
    blocks: tuple[Block, ...]
    pages: int | None = None
    """Pages of a PDF; None where the format has no fixed pages."""
    left_out: tuple[str, ...] = ()
    """Page furniture the reader took out (running headers and footers), each said once."""

    def lines(self) -> list[str]:
        return [line for block in self.blocks for line in block.lines()]

    @property
    def text(self) -> str:
        return "\n".join(self.lines()) + "\n"

    def attendance_tables(self) -> list[tuple[int, int, int, int]]:
        """(table, first line, last line, rows) of each table with ticks: read as attendance."""
        found: dict[int, list[int]] = {}
        line = 0
        for block in self.blocks:
            first = line + 1
            line += len(block.lines())
            if block.kind is BlockKind.TABLE_ROW and block.table is not None and block.ticked_boxes:
                found.setdefault(block.table, []).append(first)
        return [(table, rows[0], rows[-1], len(rows)) for table, rows in found.items()]

    def reading(self) -> Reading:
        return Reading(
            format=self.format.value,
            described=self.format.described,
            pages=self.pages,
            blocks=sum(1 for block in self.blocks if block.kind is not BlockKind.BLANK),
            lines=len(self.lines()),
            left_out=self.left_out,
            attendance_tables=tuple(
                f"table {table}, lines {first}–{last} ({rows} rows)" if first != last else f"table {table}, line {first} (1 row)"
                for table, first, last, rows in self.attendance_tables()
            ),
        )


@attrs.frozen
class Reading:
    """What the summary and the review file say of how the minutes were read."""

    format: str
    described: str
    pages: int | None
    blocks: int
    lines: int
    left_out: tuple[str, ...] = ()
    attendance_tables: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {"format": self.format, "pages": self.pages, "blocks": self.blocks, "lines": self.lines,
                "left_out": list(self.left_out), "attendance_tables": list(self.attendance_tables)}

    def said(self) -> list[str]:
        """In words, a line each: for the import summary and the review file's header."""
        size = f"{self.pages} pages, " if self.pages is not None else ""
        lines = [f"read as {self.described}: {size}{self.blocks} blocks, {self.lines} lines "
                 "(line numbers are those `register minutes-text` prints)"]
        if self.attendance_tables:
            lines.append(f"attendance read from {'; '.join(self.attendance_tables)}")
        if self.left_out:
            lines.append("left out as page furniture: " + "; ".join(self.left_out))
        return lines

