"""Renders test minutes into Word (python-docx), PDF with a real text layer (reportlab) and
OpenDocument (odfpy) files, laid out as a secretary's would be: running header and footer on
every page, tables, label columns, lists. Regenerate the committed fixtures with

    .venv/bin/python -m tests.importer.formats.make

(`fixtures.py` says what each fixture holds). The histories' minutes are rendered by the tests
themselves, once a session, with the same functions.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from register.minutes.document import Block, BlockKind
from tests.importer.formats.shapes import blocks_of_text

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
"""Debian's fonts-dejavu-core: it draws § and å ä ö, and the tick glyphs ☐ ☒ ✓."""
BOLD = FONT.with_name("DejaVuSans-Bold.ttf")
HEADER = "Samordningsförbundet i Blekinge län – styrelsens protokoll"
FOOTER = "FINSAM Blekinge · kansliet · testprotokoll"
SOFT_HYPHEN = "\u00ad"
"""Where a word in a fixture is to be broken across a page of the PDF."""


def render(text: str, folder: Path, stem: str, header: str = HEADER) -> dict[str, Path]:
    """The minutes `text` written as `stem`.docx, .pdf and .odt in `folder`."""
    blocks = blocks_of_text(text)
    paths = {suffix: folder / f"{stem}.{suffix}" for suffix in ("docx", "pdf", "odt")}
    paths["docx"].write_bytes(docx_bytes(blocks, header))
    paths["pdf"].write_bytes(pdf_bytes(blocks, header))
    paths["odt"].write_bytes(odt_bytes(blocks, header))
    return paths


def _runs(blocks: list[Block]) -> Iterable[list[Block]]:
    """Blocks grouped as they are laid out: the rows of one table, the labels of one layout."""
    run: list[Block] = []
    for block in blocks:
        key = (block.kind, block.table)
        if run and (run[0].kind, run[0].table) == key and block.kind in (BlockKind.TABLE_ROW, BlockKind.LABELLED):
            run.append(block)
            continue
        if run:
            yield run
        run = [block]
    if run:
        yield run


def _plain(text: str) -> str:
    return text.replace(SOFT_HYPHEN, "")


def _tick_glyph(block: Block, at: int, boxes: bool) -> str:
    """A tick as drawn: the cell's own glyph (`✓`) where the fixture names one, else a box."""
    ticked = bool(block.ticks[at])
    if block.cells[at]:
        return block.cells[at] if ticked else ""
    return ("☒" if ticked else "☐") if boxes else ""


# Word.

_CHECKBOX = (
    '<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w:sdtPr><w14:checkbox>'
    '<w14:checked w14:val="{state}"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
    '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
    '<w:sdtContent><w:r><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>'
)


def docx_bytes(blocks: list[Block], header: str = HEADER, footer: str = FOOTER) -> bytes:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = header
    section.footer.paragraphs[0].text = footer
    for run in _runs(blocks):
        first = run[0]
        if first.kind is BlockKind.BLANK:
            document.add_paragraph("")
        elif first.kind is BlockKind.HEADING:
            document.add_heading(_plain(first.text), level=2)
        elif first.kind is BlockKind.LIST_ITEM:
            style = "List Bullet" if first.number == "-" else "List Number"
            document.add_paragraph(_plain(first.text), style=style)
        elif first.kind is BlockKind.PARAGRAPH:
            document.add_paragraph(_plain(first.text))
        elif first.kind is BlockKind.LABELLED:
            table = document.add_table(rows=len(run), cols=2)
            for row, block in zip(table.rows, run):
                row.cells[0].text = block.label
                row.cells[1].text = _plain(block.text.split("\n")[0])
                for more in block.text.split("\n")[1:]:
                    row.cells[1].add_paragraph(_plain(more))
        else:
            width = max(len(block.cells) for block in run)
            table = document.add_table(rows=len(run), cols=width)
            for row, block in zip(table.rows, run):
                for at, cell in enumerate(block.cells):
                    if at < len(block.ticks) and block.ticks[at] is not None:
                        if block.cells[at]:
                            row.cells[at].text = _tick_glyph(block, at, boxes=False)
                        else:  # Word's own checkbox control: its state is what counts
                            state = "1" if block.ticks[at] else "0"
                            glyph = "☒" if block.ticks[at] else "☐"
                            row.cells[at].paragraphs[0]._p.append(parse_xml(_CHECKBOX.format(state=state, glyph=glyph)))
                    else:
                        row.cells[at].text = cell
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# OpenDocument.

def odt_bytes(blocks: list[Block], header: str = HEADER, footer: str = FOOTER) -> bytes:
    from odf import teletype
    from odf.opendocument import OpenDocumentText
    from odf.style import Footer, Header, MasterPage, PageLayout
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, List, ListItem, ListLevelStyleBullet, ListLevelStyleNumber, ListStyle, P

    document = OpenDocumentText()
    layout = PageLayout(name="Sida")
    document.automaticstyles.addElement(layout)
    page = MasterPage(name="Standard", pagelayoutname=layout)
    for part, text in ((Header(), header), (Footer(), footer)):
        part.addElement(P(text=text))
        page.addElement(part)
    document.masterstyles.addElement(page)
    bullets, numbers = ListStyle(name="Punkter"), ListStyle(name="Nummer")
    bullets.addElement(ListLevelStyleBullet(level=1, bulletchar="•"))
    numbers.addElement(ListLevelStyleNumber(level=1, numformat="1", numsuffix="."))
    document.automaticstyles.addElement(bullets)
    document.automaticstyles.addElement(numbers)

    def paragraph(text: str, kind: type = P) -> object:
        element = kind(outlinelevel=2) if kind is H else kind()
        teletype.addTextToElement(element, _plain(text))
        return element

    open_list: tuple[str, object] | None = None
    for run in _runs(blocks):
        first = run[0]
        if first.kind is not BlockKind.LIST_ITEM:
            open_list = None
        if first.kind is BlockKind.BLANK:
            document.text.addElement(P())
        elif first.kind is BlockKind.HEADING:
            document.text.addElement(paragraph(first.text, H))
        elif first.kind is BlockKind.LIST_ITEM:
            style = "Punkter" if first.number == "-" else "Nummer"
            if open_list is None or open_list[0] != style:
                open_list = (style, List(stylename=bullets if style == "Punkter" else numbers))
                document.text.addElement(open_list[1])
            item = ListItem()
            item.addElement(paragraph(first.text))
            open_list[1].addElement(item)  # type: ignore[attr-defined]
        elif first.kind is BlockKind.PARAGRAPH:
            document.text.addElement(paragraph(first.text))
        else:
            width = 2 if first.kind is BlockKind.LABELLED else max(len(block.cells) for block in run)
            table = Table(name=f"Tabell{first.table or 0}")
            table.addElement(TableColumn(numbercolumnsrepeated=width))
            for block in run:
                row = TableRow()
                if block.kind is BlockKind.LABELLED:
                    texts = [[block.label], block.text.split("\n")]
                else:
                    texts = [[_tick_glyph(block, at, boxes=True) if at < len(block.ticks) and block.ticks[at] is not None
                              else cell] for at, cell in enumerate(block.cells)]
                    texts += [[""]] * (width - len(texts))
                for lines in texts:
                    cell = TableCell(valuetype="string")
                    for line in lines:
                        cell.addElement(paragraph(line))
                    row.addElement(cell)
                table.addElement(row)
            document.text.addElement(table)
    out = io.BytesIO()
    document.write(out)
    return out.getvalue()


def blank_page() -> tuple[Any, io.BytesIO]:
    """A canvas for a test that draws its own PDF word by word, in the font that draws § and å ä ö (size 10),
    and the buffer it writes to when saved."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("Dejavu", str(FONT)))
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.setFont("Dejavu", 10)
    return page, out


def pdf_bytes(blocks: list[Block], header: str = HEADER, footer: str = FOOTER, break_after: Iterable[int] = ()) -> bytes:
    from tests.importer.formats.pdfpages import PdfWriter

    return PdfWriter(FONT, BOLD, header, footer).write(blocks, set(break_after))


if __name__ == "__main__":
    from tests.importer.formats.fixtures import write_all

    for written in write_all():
        print(written)
