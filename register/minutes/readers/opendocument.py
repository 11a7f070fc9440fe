"""OpenDocument text (.odt, LibreOffice's own), read with odfpy: the body's paragraphs,
headings, lists and tables in order. Headers and footers live in the master pages, not in
the body: they are named among what was left out."""

from __future__ import annotations

import io
from typing import Any

from register.minutes.document import Block, BlockKind, Document, Format
from register.minutes.parser import MinutesError
from register.minutes.readers import packages
from register.minutes.readers.numbering import formatted
from register.minutes.readers.tables import Cell, table_blocks

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_SKIPPED = {(TEXT, t) for t in ("note", "tracked-changes", "sequence-decls", "soft-page-break", "bookmark",
                                "bookmark-start", "bookmark-end", "number", "table-of-content")}
_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}


def read(data: bytes, name: str) -> Document:
    from odf.opendocument import load

    packages.checked(data, name)
    try:
        document = load(io.BytesIO(data))
    except Exception as error:  # odfpy raises what its zip and XML readers raise; each is the file's fault
        raise MinutesError(name, f"an OpenDocument file that cannot be read ({type(error).__name__}: {error})") from None
    reader = _Reader(_list_styles(document))
    reader.walk(document.text)
    return Document(Format.ODT, tuple(reader.blocks), left_out=_furniture(document))


def text_of(node: Any) -> str:
    parts: list[str] = []
    _text(node, parts)
    return "".join(parts)


def _text(node: Any, parts: list[str]) -> None:
    for child in node.childNodes:
        if child.nodeType == child.TEXT_NODE:
            parts.append(str(child.data))
            continue
        qname = child.qname
        if qname in _SKIPPED:
            continue
        if qname == (TEXT, "s"):
            parts.append(" " * int(child.getAttrNS(TEXT, "c") or 1))
        elif qname == (TEXT, "tab"):
            parts.append("\t")
        elif qname == (TEXT, "line-break"):
            parts.append("\n")
        elif qname in ((TEXT, "p"), (TEXT, "h")):
            if parts and parts[-1] != "\n":
                parts.append("\n")
            _text(child, parts)
        else:
            _text(child, parts)


class _Reader:
    def __init__(self, list_styles: dict[str, dict[int, tuple[str, str, str, int]]]) -> None:
        self.list_styles = list_styles
        self.blocks: list[Block] = []
        self.tables = 0

    def walk(self, node: Any) -> None:
        for child in node.childNodes:
            if child.nodeType == child.TEXT_NODE or child.qname in _SKIPPED:
                continue
            qname = child.qname
            if qname in ((TEXT, "p"), (TEXT, "h")):
                text = text_of(child).strip(" ")
                kind = BlockKind.HEADING if qname == (TEXT, "h") else BlockKind.PARAGRAPH
                self.blocks.append(Block(kind, text) if text.strip() else Block(BlockKind.BLANK))
            elif qname == (TEXT, "list"):
                self._list(child, str(child.getAttrNS(TEXT, "style-name") or ""), 0)
            elif qname == (TABLE, "table"):
                self.tables += 1
                self.blocks += table_blocks([self._row(row) for row in _rows(child)], self.tables)
            else:
                self.walk(child)  # sections, and what else holds paragraphs

    def _list(self, node: Any, style: str, level: int) -> None:
        kind, prefix, suffix, first = self.list_styles.get(style, {}).get(level + 1, ("1", "", ".", 1))
        count = first - 1  # the style's own start value: `§ 13` for a meeting that goes on from the last
        for item in node.childNodes:
            if item.nodeType == item.TEXT_NODE or item.qname not in ((TEXT, "list-item"), (TEXT, "list-header")):
                continue
            start = item.getAttrNS(TEXT, "start-value")
            count = int(start) if start else count + 1
            number = "-" if kind == "bullet" else f"{prefix}{formatted(count, _FORMATS.get(kind, 'decimal'))}{suffix}"
            for child in item.childNodes:
                if child.nodeType == child.TEXT_NODE:
                    continue
                if child.qname == (TEXT, "list"):
                    self._list(child, str(child.getAttrNS(TEXT, "style-name") or style), level + 1)
                elif child.qname in ((TEXT, "p"), (TEXT, "h")) and (text := text_of(child).strip()):
                    self.blocks.append(Block(BlockKind.LIST_ITEM, text, number=number))
                    number = ""  # a second paragraph of the item carries no number of its own

    def _row(self, row: Any) -> list[Cell]:
        cells = []
        for cell in row.childNodes:
            if cell.nodeType == cell.TEXT_NODE or cell.qname != (TABLE, "table-cell"):
                continue
            text = text_of(cell).strip()
            repeated = int(cell.getAttrNS(TABLE, "number-columns-repeated") or 1)
            cells += [Cell(text)] * (min(repeated, 64) if text else 1)
        return cells


def _rows(table: Any) -> list[Any]:
    found = []
    for child in table.childNodes:
        if child.nodeType == child.TEXT_NODE:
            continue
        if child.qname == (TABLE, "table-row"):
            found.append(child)
        elif child.qname in ((TABLE, "table-header-rows"), (TABLE, "table-rows"), (TABLE, "table-row-group")):
            found += _rows(child)
    return found


def _list_styles(document: Any) -> dict[str, dict[int, tuple[str, str, str, int]]]:
    """List style → level → (`bullet` or a number format, prefix, suffix, the number it starts at)."""
    found: dict[str, dict[int, tuple[str, str, str, int]]] = {}
    for styles in (document.automaticstyles, document.styles):
        for style in styles.childNodes:
            if style.nodeType == style.TEXT_NODE or style.qname != (TEXT, "list-style"):
                continue
            levels: dict[int, tuple[str, str, str, int]] = {}
            for level in style.childNodes:
                if level.nodeType == level.TEXT_NODE:
                    continue
                depth = int(level.getAttrNS(TEXT, "level") or 1)
                if level.qname == (TEXT, "list-level-style-bullet"):
                    levels[depth] = ("bullet", "", "", 1)
                elif level.qname == (TEXT, "list-level-style-number"):
                    levels[depth] = (str(level.getAttrNS(STYLE, "num-format") or "1"),
                                     str(level.getAttrNS(STYLE, "num-prefix") or ""),
                                     str(level.getAttrNS(STYLE, "num-suffix") or ""),
                                     int(level.getAttrNS(TEXT, "start-value") or 1))
            found[str(style.getAttrNS(STYLE, "name"))] = levels
    return found


def _furniture(document: Any) -> tuple[str, ...]:
    said: list[str] = []
    for page in document.masterstyles.childNodes:
        if page.nodeType == page.TEXT_NODE:
            continue
        for part in page.childNodes:
            if part.nodeType == part.TEXT_NODE or part.qname[1] not in ("header", "footer", "header-first", "footer-first"):
                continue
            text = " ".join(text_of(part).split())
            entry = f"{part.qname[1].replace('-first', ' of the first page')}: {text!r}"
            if text and entry not in said:
                said.append(entry)
    return tuple(said)
