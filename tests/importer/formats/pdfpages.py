"""Blocks laid out on A4 pages with reportlab, as a word processor prints minutes: wrapped
paragraphs, tables in columns, labels beside their text, a running header and footer."""

from __future__ import annotations

import io
from pathlib import Path

import attrs

from register.minutes.document import Block, BlockKind

WIDTH, HEIGHT = 595.0, 842.0
MARGIN = 50.0
TOP, BOTTOM = 80.0, HEIGHT - 75.0
"""Where the body runs, from the top of the page; the header and footer stand outside it."""
SIZE, LEADING = 9.0, 12.0
LABEL_COLUMN = 110.0
SOFT_HYPHEN = "\u00ad"


@attrs.define
class _Line:
    cells: list[tuple[float, str]]
    font: str = "body"
    size: float = SIZE
    page_break_before: bool = False


class PdfWriter:
    def __init__(self, font: Path, bold: Path, header: str, footer: str) -> None:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        pdfmetrics.registerFont(TTFont("body", str(font)))
        pdfmetrics.registerFont(TTFont("bold", str(bold)))
        self.header, self.footer = header, footer
        self.width = pdfmetrics.stringWidth

    def wrap(self, text: str, width: float, size: float = SIZE, font: str = "body") -> list[str]:
        from reportlab.lib.utils import simpleSplit

        return simpleSplit(text, font, size, width) or [""]

    def lines(self, blocks: list[Block], break_after: set[int]) -> list[_Line | None]:
        """The lines to draw; None is an empty line."""
        out: list[_Line | None] = []
        body = WIDTH - 2 * MARGIN
        at = 0
        while at < len(blocks):
            block = blocks[at]
            run = [block]
            while (block.kind is BlockKind.TABLE_ROW and at + len(run) < len(blocks)
                   and blocks[at + len(run)].kind is BlockKind.TABLE_ROW and blocks[at + len(run)].table == block.table
                   and at + len(run) - 1 not in break_after):
                run.append(blocks[at + len(run)])
            if block.kind is BlockKind.BLANK:
                out.append(None)
            elif block.kind is BlockKind.TABLE_ROW:
                out += self._table(run)
            elif block.kind is BlockKind.LABELLED:
                values = [part for value in block.text.split("\n") for part in self.wrap(value, body - LABEL_COLUMN)]
                out.append(_Line([(MARGIN, block.label), (MARGIN + LABEL_COLUMN, values[0])]))
                out += [_Line([(MARGIN + LABEL_COLUMN, value)]) for value in values[1:]]
            else:
                font, size = ("bold", 11.0) if block.kind is BlockKind.HEADING else ("body", SIZE)
                text = f"{block.number} {block.text}" if block.kind is BlockKind.LIST_ITEM else block.text
                for part in text.split("\n"):  # a line break of the paragraph: a line as printed
                    before, _, after = part.partition(SOFT_HYPHEN)
                    if not after:
                        out.append(self._printed(part, font, size, body))
                        continue
                    out += [_Line([(MARGIN, line)], font, size)
                            for line in self.wrap(before + "-", body, size, font)]
                    if after:  # the word breaks where the page does
                        first, *rest = self.wrap(after.lstrip(), body, size, font)
                        out.append(_Line([(MARGIN, first)], font, size, page_break_before=True))
                        out += [_Line([(MARGIN, line)], font, size) for line in rest]
            if at + len(run) - 1 in break_after and out and out[-1] is not None:
                out.append(_Line([], page_break_before=True))
            at += len(run)
        return out

    def _printed(self, line: str, font: str, size: float, body: float) -> _Line:
        """A line of text as its writer ended it, set smaller where it is wider than the page;
        a tab in it a column of its own."""
        parts = line.split("\t")
        widths = [self.width(part, font, size) for part in parts]
        wide = sum(widths) + 16 * (len(parts) - 1)
        if wide > body:
            size = size * body / wide
        cells, x = [], MARGIN
        for part in parts:
            cells.append((x, part))
            x += self.width(part, font, size) + 16 * size / SIZE
        return _Line(cells, font, size)

    def _table(self, rows: list[Block]) -> list[_Line | None]:
        width = max(len(row.cells) for row in rows)
        texts = [[self._cell(row, at) for at in range(len(row.cells))] for row in rows]
        columns = [max((self.width(t[at], "body", SIZE) for t in texts if at < len(t)), default=0) for at in range(width)]
        xs, x = [], MARGIN
        for column in columns:
            xs.append(x)
            x += max(column, 10) + 16
        return [_Line([(xs[at], text) for at, text in enumerate(t) if text]) for t in texts]

    def _cell(self, row: Block, at: int) -> str:
        if at < len(row.ticks) and row.ticks[at] is not None:
            ticked = bool(row.ticks[at])
            if row.cells[at]:
                return row.cells[at] if ticked else ""
            return "☒" if ticked else "☐"
        return row.cells[at]

    def write(self, blocks: list[Block], break_after: set[int]) -> bytes:
        pages: list[list[tuple[float, _Line]]] = [[]]
        y = TOP
        for line in self.lines(blocks, break_after):
            if line is not None and line.page_break_before and pages[-1]:
                pages.append([])
                y = TOP
            if y + LEADING > BOTTOM or (line is None and y + 2 * LEADING > BOTTOM):
                # An empty line that would end a page starts the next one, where a reader sees it.
                pages.append([])
                y = TOP
            if line is not None and line.cells:
                pages[-1].append((y, line))
            if line is not None and not line.cells:
                continue
            y += LEADING
        return self._draw(pages)

    def _draw(self, pages: list[list[tuple[float, _Line]]]) -> bytes:
        from reportlab.pdfgen import canvas

        out = io.BytesIO()
        sheet = canvas.Canvas(out, pagesize=(WIDTH, HEIGHT), invariant=1)
        for number, lines in enumerate(pages, start=1):
            sheet.setFont("body", 8)
            sheet.drawString(MARGIN, HEIGHT - 40, self.header)
            sheet.drawRightString(WIDTH - MARGIN, HEIGHT - 40, f"Sida {number} av {len(pages)}")
            sheet.drawString(MARGIN, 40, self.footer)
            for y, line in lines:
                sheet.setFont(line.font, line.size)
                for x, text in line.cells:
                    sheet.drawString(x, HEIGHT - y - line.size, text)
            sheet.showPage()
        sheet.save()
        return out.getvalue()
