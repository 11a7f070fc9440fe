"""The committed fixtures of `fixtures/`, written by `make.py` (our own minutes, the board's facts):

- `protokoll-2027-4.txt`, `.docx`, `.pdf`, `.odt`: one meeting laid out as a word processor does:
  a title block of labels beside their values, an attendance table whose ticks are ✓ glyphs in
  some rows and Word checkbox controls in others (boxes ☒ ☐ in the PDF and .odt), headings,
  a decision beside its `Beslut` label, a numbered list of clauses, a header and footer on every
  page; in the PDF the attendance table is split over a page break and a word of a decision
  is hyphenated where a page ends. The .txt is the same minutes as text minutes write them.
- `inskannat.pdf`: a scanned page, an image with no text layer.
- `losenord.pdf`: a PDF that opens only with a password.
"""

from __future__ import annotations

import io
from pathlib import Path

from register.minutes.document import Block, BlockKind, Document, Format
from tests.importer.formats.make import FONT, docx_bytes, odt_bytes, pdf_bytes, SOFT_HYPHEN

FOLDER = Path(__file__).parent / "fixtures"
LAYOUT = "protokoll-2027-4"
HEADER = "Samordningsförbundet i Blekinge län · protokoll 2027-4"


def _p(text: str) -> Block:
    return Block(BlockKind.PARAGRAPH, text)


def _label(label: str, text: str) -> Block:
    return Block(BlockKind.LABELLED, text, label=label, table=1)


BLANK = Block(BlockKind.BLANK)
PRESENT = (
    # name, role, organisation, present, drawn as a ✓ glyph (else as a checkbox control)
    ("Ingrid Hermansson (C)", "Ordförande", "Region Blekinge", True, True),
    ("Fredrik Johansson", "Vice ordförande", "Försäkringskassan", True, False),
    ("Karin Blomdahl", "Ledamot", "Arbetsförmedlingen", True, True),
    ("Lisbeth Bengtsson (S)", "Ledamot", "Karlskrona kommun", False, False),
    ("Therese Åberg (M)", "Ledamot", "Ronneby kommun", True, True),
    ("Annika Wahlberg (S)", "Ledamot", "Karlshamns kommun", False, True),
    ("Niklas Joelsson (M)", "Ledamot", "Sölvesborgs kommun", True, False),
    ("Yvonne Andreasson (S)", "Ledamot", "Olofströms kommun", True, False),
    ("Emina Cejvan (M)", "Ersättare", "Karlskrona kommun", True, True),
)
SPLIT_AFTER_ROW = 4
"""The PDF's page ends inside the attendance table, after this row."""


def layout_blocks() -> list[Block]:
    rows = [Block(BlockKind.TABLE_ROW, cells=("Namn", "Roll", "Organisation", "Närvarande"), table=2)] + [
        Block(BlockKind.TABLE_ROW, cells=(name, role, organisation, "✓" if glyph else ""),
              ticks=(None, None, None, present), table=2)
        for name, role, organisation, present, glyph in PRESENT]
    return [
        _p("Protokoll styrelsemöte 2027-4"),
        _p("Samordningsförbundet i Blekinge län"),
        BLANK,
        _label("Datum", "2027-05-17"),
        _label("Tid", "09.00–11.30"),
        _label("Plats", "Kansliet, Ronneby"),
        _label("Övriga deltagande", "Magnus von Schenck, förbundschef\nElin Nordqvist, sekreterare"),
        _label("Justerare", "Karin Blomdahl"),
        BLANK,
        _p("Närvaro"),
        *rows,
        BLANK,
        Block(BlockKind.HEADING, "§ 1 Mötets öppnande"),
        _p("Ordföranden hälsade alla välkomna och förklarade mötet öppnat."),
        BLANK,
        Block(BlockKind.HEADING, "§ 2 Val av justerare"),
        _p("Karin Blomdahl valdes att justera protokollet."),
        BLANK,
        Block(BlockKind.HEADING, "§ 3 Verksamhetsplan 2028"),
        _p("Förbundschefen presenterade ett utkast till verksamhetsplan för 2028 med budget och mål för "
           "deltagare, samverkan och strukturövergripande arbete."),
        Block(BlockKind.LABELLED, "Att fastställa verksamhetsplanen för 2028 med de ändringar som framkom vid "
                                  "mötet.", label="Beslut", table=3),
        BLANK,
        Block(BlockKind.HEADING, "§ 4 Uppföljning av insatser"),
        _p("Kansliet redovisade deltagarstatistiken för första kvartalet och hur insatserna bemannats."),
        _p("Styrelsen beslutade:"),
        _p(f"Att ge förbundschefen i uppdrag att samman{SOFT_HYPHEN}ställa deltagarstatistiken för första "
           "halvåret till nästa styrelsemöte."),
        BLANK,
        Block(BlockKind.HEADING, "§ 5 Samverkansdag"),
        _p("Styrelsen beslutade"),
        Block(BlockKind.LIST_ITEM, "att genomföra en gemensam samverkansdag för parterna under hösten 2027,", number="1."),
        Block(BlockKind.LIST_ITEM, "att ge förbundschefen i uppdrag att planera dagen tillsammans med de lokala "
                                   "samverkansgrupperna.", number="2."),
        BLANK,
        Block(BlockKind.HEADING, "§ 6 Mötets avslutande"),
        _p("Ordföranden tackade för visat intresse och avslutade mötet."),
    ]


def _split_row() -> int:
    blocks = layout_blocks()
    first = next(i for i, b in enumerate(blocks) if b.kind is BlockKind.TABLE_ROW)
    return first + SPLIT_AFTER_ROW


def layout_text() -> str:
    return Document(Format.TEXT, tuple(layout_blocks())).text.replace(SOFT_HYPHEN, "")


def scanned_pdf() -> bytes:
    """A page that is only an image of text, as a scanner makes it."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 36)
    for row, line in enumerate(["Protokoll styrelsemöte 2027-4", "Samordningsförbundet i Blekinge län",
                                "§ 1 Mötets öppnande"]):
        draw.text((120, 160 + 60 * row), line, fill=0, font=font)
    out = io.BytesIO()
    sheet = canvas.Canvas(out, pagesize=(595, 842), invariant=1)
    sheet.drawImage(ImageReader(image), 0, 0, width=595, height=842)
    sheet.showPage()
    sheet.save()
    return out.getvalue()


def protected_pdf() -> bytes:
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    sheet = canvas.Canvas(out, encrypt=StandardEncryption("hemligt", canPrint=0), invariant=1)
    sheet.drawString(72, 760, "Protokoll styrelsemöte 2027-4")
    sheet.showPage()
    sheet.save()
    return out.getvalue()


def pages_pdf(count: int) -> bytes:
    """A PDF of `count` pages, a line of text on each."""
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    sheet = canvas.Canvas(out, invariant=1)
    for number in range(1, count + 1):
        sheet.drawString(72, 760, f"Sida {number}: bilaga till protokollet")
        sheet.showPage()
    sheet.save()
    return out.getvalue()


def write_all() -> list[Path]:
    FOLDER.mkdir(exist_ok=True)
    blocks = layout_blocks()
    written = {
        f"{LAYOUT}.txt": layout_text().encode("utf-8"),
        f"{LAYOUT}.docx": docx_bytes(blocks, HEADER),
        f"{LAYOUT}.pdf": pdf_bytes(blocks, HEADER, break_after=[_split_row()]),
        f"{LAYOUT}.odt": odt_bytes(blocks, HEADER),
        "inskannat.pdf": scanned_pdf(),
        "losenord.pdf": protected_pdf(),
    }
    for name, data in written.items():
        (FOLDER / name).write_bytes(data)
    return [FOLDER / name for name in written]
