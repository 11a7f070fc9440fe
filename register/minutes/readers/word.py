"""Word (.docx), read with python-docx: the body's paragraphs and tables in document order.

Headers and footers are parts of their own and never reach the body's text; they are named
among what was left out. A table with ticks (glyphs, or Word's checkbox content controls, whose
state counts, not the glyph drawn) is read as rows of cells and ticks; a two-column table of
short labels beside text as labelled blocks; a list paragraph keeps the number Word shows.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from register.minutes.document import Block, BlockKind, Document, Format
from register.minutes.parser import MinutesError
from register.minutes.readers import packages
from register.minutes.readers.numbering import Numbering
from register.minutes.readers.tables import Cell, table_blocks

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _q(namespace: str, tag: str) -> str:
    return f"{{{namespace}}}{tag}"


_P, _TBL, _SDT, _TR, _TC = (_q(W, t) for t in ("p", "tbl", "sdt", "tr", "tc"))
_T, _TAB, _BR, _CR, _NB_HYPHEN = (_q(W, t) for t in ("t", "tab", "br", "cr", "noBreakHyphen"))
_CHECKBOX, _CHECKED = _q(W14, "checkbox"), _q(W14, "checked")
_SYM = _q(W, "sym")
_SYMBOLS = {"F0FE": "☒", "F0FD": "☒", "F078": "☒", "F0FC": "✓", "F0A8": "☐", "F06F": "☐", "F0A3": "☐",
            "F052": "☒", "F054": "☒", "F050": "✓"}
"""Boxes and ticks of the Wingdings fonts, inserted as symbols (Insert › Symbol) in older templates."""
_SKIPPED = {_q(W, t) for t in ("delText", "instrText", "footnoteReference", "endnoteReference", "commentReference",
                               "pPr", "rPr", "sdtPr", "del")} | {_q(MC, "Fallback")}
"""Deleted text, field codes, notes, and the fallback copy of a text box: not what the minutes say."""

TICK, NO_TICK = "\ue000", "\ue001"
"""A checkbox control's state, carried through a cell's text until the table reader reads it."""


def read(data: bytes, name: str) -> Document:
    import docx

    packages.checked(data, name)
    try:
        word = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises many kinds on a damaged package; each is the file's fault
        raise MinutesError(name, f"a Word document that cannot be read ({type(error).__name__}: {error})") from None
    numbering = Numbering.of(word)
    styles = _Styles(word)
    blocks: list[Block] = []
    tables = 0
    for element in _body(word.element.body):
        if element.tag == _P:
            blocks.append(_paragraph(element, numbering, styles))
        else:
            tables += 1
            rows = [tr for tr in element.iter(_TR) if next(tr.iterancestors(_TBL)) is element]
            cells = [_row(tr) for tr in rows]
            if cells and all(len(row) == 1 for row in cells):
                # A table of one column frames text (a shaded `Beslut` box): its paragraphs are read as the body's.
                blocks += [_paragraph(p, numbering, styles) for p in element.iter(_P) if next(p.iterancestors(_TBL)) is element]
                continue
            blocks += table_blocks(cells, tables)
    return Document(Format.DOCX, tuple(blocks), left_out=_furniture(word))


def _body(body: Any) -> Iterator[Any]:
    """Paragraphs and tables in order, also those inside a block-level content control."""
    for child in body.iterchildren():
        if child.tag in (_P, _TBL):
            yield child
        elif child.tag == _SDT:
            content = child.find(_q(W, "sdtContent"))
            if content is not None:
                yield from _body(content)


def text_of(element: Any) -> str:
    """The text Word shows for an element: runs, tabs, line breaks; a checkbox control as its state."""
    parts: list[str] = []
    _walk(element, parts)
    return "".join(parts)


def _walk(element: Any, parts: list[str]) -> None:
    for child in element.iterchildren():
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIPPED:
            continue
        if tag == _SDT and (box := child.find(f"{_q(W, 'sdtPr')}/{_CHECKBOX}")) is not None:
            checked = box.find(_CHECKED)
            parts.append(TICK if checked is not None and checked.get(_q(W14, "val")) in ("1", "true") else NO_TICK)
            continue
        if tag == _T:
            parts.append(child.text or "")
        elif tag == _TAB:
            parts.append("\t")
        elif tag in (_BR, _CR):
            if child.get(_q(W, "type")) not in ("page", "column"):
                parts.append("\n")
        elif tag == _NB_HYPHEN:
            parts.append("-")
        elif tag == _SYM:
            parts.append(_SYMBOLS.get(str(child.get(_q(W, "char"), "")).upper(), ""))
        elif tag == _P:
            if parts and parts[-1] != "\n":
                parts.append("\n")
            _walk(child, parts)
        else:
            _walk(child, parts)


def _paragraph(p: Any, numbering: Numbering, styles: _Styles) -> Block:
    text = text_of(p).strip(" ")
    if not text.strip():
        return Block(BlockKind.BLANK)
    style = styles.of(p)
    number = numbering.number(p, styles.numbering_of(style))
    if number is not None:
        return Block(BlockKind.LIST_ITEM, text.strip(), number=number)
    if styles.is_heading(style):
        return Block(BlockKind.HEADING, text.strip())
    return Block(BlockKind.PARAGRAPH, text)


def _row(tr: Any) -> list[Cell]:
    cells = []
    for tc in tr.iter(_TC):
        if next(tc.iterancestors(_TR)) is not tr:
            continue  # a cell of a table nested in this row's cells: read as that cell's text
        text = text_of(tc)
        box: bool | None = None
        if TICK in text or NO_TICK in text:
            box = TICK in text
            text = text.replace(TICK, "").replace(NO_TICK, "")
        cells.append(Cell(text.strip(), box))
    return cells


class _Styles:
    """Paragraph styles by id: which are headings, which carry a list's numbering."""

    def __init__(self, word: Any) -> None:
        self.by_id: dict[str, Any] = {}
        for style in word.styles.element.iterchildren(_q(W, "style")):
            self.by_id[style.get(_q(W, "styleId"))] = style

    def of(self, p: Any) -> str:
        found = p.find(f"{_q(W, 'pPr')}/{_q(W, 'pStyle')}")
        return "" if found is None else str(found.get(_q(W, "val")))

    def _chain(self, style_id: str) -> Iterator[Any]:
        seen: set[str] = set()
        while style_id and style_id not in seen and style_id in self.by_id:
            seen.add(style_id)
            style = self.by_id[style_id]
            yield style
            based = style.find(_q(W, "basedOn"))
            style_id = "" if based is None else str(based.get(_q(W, "val")))

    def is_heading(self, style_id: str) -> bool:
        for style in self._chain(style_id):
            name = style.find(_q(W, "name"))
            shown = "" if name is None else str(name.get(_q(W, "val"))).casefold()
            if shown.startswith(("heading", "rubrik", "title")) or style.find(f".//{_q(W, 'outlineLvl')}") is not None:
                return True
        return False

    def numbering_of(self, style_id: str) -> Any:
        for style in self._chain(style_id):
            found = style.find(f"{_q(W, 'pPr')}/{_q(W, 'numPr')}")
            if found is not None:
                return found
        return None


def _furniture(word: Any) -> tuple[str, ...]:
    said: list[str] = []
    for section in word.sections:
        for where, part in (("header", section.header), ("footer", section.footer),
                            ("first page's header", section.first_page_header),
                            ("first page's footer", section.first_page_footer)):
            if part.is_linked_to_previous:
                continue
            text = " ".join(" ".join(text_of(p).split()) for p in part._element.iter(_P)).strip()
            entry = f"{where}: {text!r}"
            if text and entry not in said:
                said.append(entry)
    return tuple(said)
