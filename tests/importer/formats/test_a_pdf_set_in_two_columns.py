"""A PDF set in two columns a page, as a layout program sets a newsletter: read across, each line
would be half a sentence of the left column beside half a sentence of the right. The left column
is read before the right, a sentence broken at the foot of the left column goes on at the top of
the right, and a masthead drawn over both columns stays first. A page with a table of two short
columns (names beside roles) is not taken for two columns of text. Minutes of our own."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph, Spacer

from tests.importer.formats.make import FONT
from tests.importer.steps import imported, view

MASTHEAD = "Samordningsförbundet Östra Kusten · Protokoll · Sammanträde 3/2086"
PROTOCOL = [
    "Sammanträde 3/2086", "Datum: 2086-05-20", "Plats: Förbundets kansli, Kalmar", "Justerare: Ingrid Backman",
    "Närvarande ledamöter: Ola Persson (ordförande), Ingrid Backman, Tuva Ekström, Hans Lind och Maja Sund.",
    "§ 21 Mötets öppnande",
    "Ordföranden hälsar ledamöterna välkomna och förklarar sammanträdet öppnat. Dagordningen godkänns "
    "utan ändringar och ledamöterna har inget att anmäla inför dagens behandling av ärendena.",
    "§ 22 Ansökan om medel för Steget vidare",
    "Kalmar kommun har ansökt om medel för insatsen Steget vidare som riktar sig till unga vuxna som "
    "står långt från arbetsmarknaden. Kansliet har granskat ansökan och bedömer att den svarar mot "
    "förbundets mål och att kostnaderna är rimliga för den tänkta omfattningen av insatsen.",
    "Beslut: Styrelsen beviljar Kalmar kommun 420 000 kr för Steget vidare under 2086.",
    "§ 23 Uppföljning av förbundets insatser",
    "Förbundschefen redogör för hur insatserna har utvecklats under våren och för de mått som "
    "styrelsen har bett om. Flera insatser har fått fler deltagare än beräknat medan andra har haft "
    "svårt att nå ut till de grupper som de är tänkta för, vilket styrelsen vill veta mer om innan "
    "hösten.",
    "Beslut: Styrelsen ger förbundschefen i uppdrag att redovisa en analys av deltagarflödet senast "
    "den 30 september 2086.",
    "§ 24 Revidering av riktlinjer för ekonomiskt stöd",
    "Ett förslag till reviderade riktlinjer har tagits fram av kansliet. Ledamöterna vill att "
    "förslaget först stäms av med medlemmarnas tjänstemannagrupp innan det kan antas.",
    "Beslut: Ärendet återremitteras till kansliet för samråd med tjänstemannagruppen.",
    "§ 25 Mötets avslutande",
    "Ordföranden tackar för visat intresse och förklarar sammanträdet avslutat.",
]


def _two_columns(paragraphs: list[str | None]) -> bytes:
    """None ends a column: what follows starts the next one."""
    pdfmetrics.registerFont(TTFont("Dejavu", str(FONT)))
    style = ParagraphStyle("body", fontName="Dejavu", fontSize=9.5, leading=13, spaceAfter=6)
    width, height = A4
    gutter, margin = 18, 45
    column = (width - 2 * margin - gutter) / 2

    def masthead(canvas, _doc) -> None:  # type: ignore[no-untyped-def]
        canvas.setFont("Dejavu", 11)
        canvas.drawString(margin, height - 40, MASTHEAD)
        canvas.setFont("Dejavu", 8)
        canvas.drawString(width - margin - 40, 30, f"Sida {canvas.getPageNumber()}")

    frames = [Frame(margin, 50, column, height - 110, id="left"),
              Frame(margin + column + gutter, 50, column, height - 110, id="right")]
    out = io.BytesIO()
    document = BaseDocTemplate(out, pagesize=A4, pageTemplates=[PageTemplate("two", frames, onPage=masthead)])
    document.build([FrameBreak() if text is None else Paragraph(text, style) for text in paragraphs] + [Spacer(1, 4)])
    return out.getvalue()


def _minutes() -> bytes:
    """The protocol padded with an account long enough that the left column fills and breaks mid-sentence."""
    account = ("Ledamöterna samtalar om hur samverkan mellan parterna kan stärkas i det dagliga arbetet "
               "och om vilka erfarenheter från tidigare insatser som bör föras vidare till nya ansökningar. ")
    return _two_columns(PROTOCOL[:7] + [account * 4] + PROTOCOL[7:])


def test_the_left_column_is_read_before_the_right(cli, store, tmp_path):
    minutes = tmp_path / "2086-3.pdf"
    minutes.write_bytes(_minutes())
    text = _read(cli, minutes)
    assert "Styrelsen beviljar Kalmar kommun 420 000 kr för Steget vidare under 2086." in text, text
    # the left column ends within this sentence, and the right column's first line ends it
    assert "redovisa en analys av deltagarflödet senast den 30 september 2086." in text, text
    assert "Kusten · Protokoll · Sammanträde 3/2086 Sammanträde 3/2086 Datum: 2086-05-20" in text, text
    assert text.index("§ 21") < text.index("§ 22") < text.index("§ 23") < text.index("§ 24") < text.index("§ 25")


def _read(cli, minutes) -> str:  # type: ignore[no-untyped-def]
    """The text `minutes-text` prints, its line numbers and notes left out, as one run of words."""
    lines = cli("minutes-text", str(minutes)).output.splitlines()
    return " ".join(line.split(None, 1)[1] for line in lines if line[:1] != "#" and len(line.split(None, 1)) == 2)


def test_a_last_page_with_little_in_its_right_column_is_read_by_the_gutter_of_the_others(cli, store, tmp_path):
    """Page two's right column holds a few words only, too few to tell its columns by that page alone."""
    account = ("Ledamöterna samtalar om hur samverkan mellan parterna kan stärkas i det dagliga arbetet "
               "och om vilka erfarenheter från tidigare insatser som bör föras vidare till nya ansökningar. ")
    minutes = tmp_path / "2086-3.pdf"
    minutes.write_bytes(_two_columns(PROTOCOL[:7] + [account * 2, None] + PROTOCOL[7:13] + [None]
                                     + PROTOCOL[13:15] + [account * 2, None] + PROTOCOL[15:]))
    assert "Beslut: Ärendet återremitteras till kansliet för samråd med tjänstemannagruppen. § 25" in _read(cli, minutes)
    kinds = {d["id"]: d["kind"] for d in imported(cli, minutes)["decisions"]}
    assert kinds["2086-3 §24:1"] == "referral", kinds


def test_decisions_in_two_columns_are_read_with_their_meeting(cli, store, tmp_path):
    minutes = tmp_path / "2086-3.pdf"
    minutes.write_bytes(_minutes())
    summary = imported(cli, minutes)
    assert {d["id"]: d["kind"] for d in summary["decisions"]} == {
        "2086-3 §22:1": "grant", "2086-3 §23:1": "assignment", "2086-3 §24:1": "referral"}
    meeting = view(cli, "meetings")[0]
    assert (meeting["date"], meeting["justerare"]) == ("2086-05-20", ["Ingrid Backman"])
    due = {r["source"]: r["due"] for r in view(cli, "follow-ups", "--all", "--as-of", "2086-06-01")}
    assert due["2086-3 §23:1"] == "2086-09-30"


ROLES = [("Ola Persson", "ordförande"), ("Ingrid Backman", "vice ordförande"), ("Tuva Ekström", "ledamot"),
         ("Hans Lind", "ledamot"), ("Maja Sund", "ersättare"), ("Karin Holm", "förbundschef"),
         ("Per Ny", "sekreterare"), ("Lisa Ek", "ekonom")] * 5


def _drawn(rows: list[tuple[tuple[float, str], ...]]) -> bytes:
    from reportlab.pdfgen import canvas as pdf_canvas

    pdfmetrics.registerFont(TTFont("Dejavu", str(FONT)))
    out = io.BytesIO()
    page = pdf_canvas.Canvas(out, pagesize=A4)
    page.setFont("Dejavu", 10)
    for y, row in zip(range(780, 0, -15), rows):
        for x, text in row:
            page.drawString(x, y, text)
    page.save()
    return out.getvalue()


def test_a_table_of_names_beside_roles_is_read_across(cli, tmp_path):
    minutes = tmp_path / "närvaro.pdf"
    minutes.write_bytes(_drawn([((50, name), (250, role)) for name, role in ROLES]))
    lines = cli("minutes-text", str(minutes)).output.splitlines()
    assert any("Ingrid Backman" in line and "vice ordförande" in line for line in lines), lines


LABELLED = [("Beslutande ledamöter", "Ola Persson, ordförande, Kalmar kommun"), ("", "Ingrid Backman, ledamot, Region Kalmar län"),
            ("Övriga närvarande", "Karin Holm, förbundschef, Samordningsförbundet Östra Kusten"),
            ("Utses att justera", "Ingrid Backman, som jämte ordföranden justerar protokollet senast 2086-05-27"),
            ("Justeringens plats och tid", "Förbundets kansli, Kalmar, den 27 maj 2086 klockan 10.00 i kansliets lokaler")] * 9


def test_a_narrow_column_of_labels_beside_the_text_is_not_a_column_of_its_own(cli, tmp_path):
    minutes = tmp_path / "etiketter.pdf"
    minutes.write_bytes(_drawn([((50, label), (200, text)) if label else ((200, text),) for label, text in LABELLED]))
    lines = cli("minutes-text", str(minutes)).output.splitlines()
    assert any("Övriga närvarande" in line and "Karin Holm" in line for line in lines), lines
