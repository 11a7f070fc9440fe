"""A PDF printed from a word processor with its paragraphs set justified: a line whose gaps are
stretched wider than a table's (`kostnaden   förklaras   av   att …`) is a line of prose, not a row of
cells; `Beslut` set bold at the start of the decision's paragraph (`Beslut Styrelsen beviljar …`,
`Beslut Ärendet utgår …`, no colon) labels the decision. Minutes of our own."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics

from tests.importer.formats.make import blank_page
from tests.importer.steps import imported

PLAIN = ["Protokoll styrelsen, Samordningsförbundet i Blekinge län", "Sammanträde 2/2085", "Datum: 2085-04-10",
         "Plats: Förbundets kansli, Karlskrona", "Justerare: Malin Ekdal", "", "§ 14 Ekonomisk uppföljning"]
SPREAD = [
    "utfallet för perioden visar att kostnaderna ligger något under budget och prognosen",
    "Beslut Styrelsen lägger den ekonomiska uppföljningen till handlingarna och tackar för",
]
AFTER = ["redovisningen.", "", "§ 15 Ansökan om medel", "Beslut Styrelsen beviljar Ronneby kommun 300 000 kr för 2085.", "",
         "§ 16 Information från Arbetsförmedlingen", "Föredraganden har fått förhinder.", "Beslut Ärendet utgår från dagens sammanträde."]


def _pdf() -> bytes:
    page, out = blank_page()
    y = 780
    for line in PLAIN:
        page.drawString(72, y, line)
        y -= 16
    for line in SPREAD:  # justified: each word placed with a wide gap, as the line is stretched to the margin
        x = 72.0
        for word in line.split():
            page.drawString(x, y, word)
            x += pdfmetrics.stringWidth(word, "Dejavu", 10) + 14
        y -= 16
    for line in AFTER:
        page.drawString(72, y, line)
        y -= 16
    page.save()
    return out.getvalue()


def test_a_justified_line_is_prose_and_a_bold_beslut_labels_the_decision(cli, store, tmp_path):
    minutes = tmp_path / "2085-2.pdf"
    minutes.write_bytes(_pdf())
    text = cli("minutes-text", str(minutes)).output
    assert "kostnaderna ligger något under budget" in text, text
    decisions = {d["id"]: d["kind"] for d in imported(cli, minutes)["decisions"]}
    assert decisions == {"2085-2 §14:1": "acknowledgement", "2085-2 §15:1": "grant", "2085-2 §16:1": "withdrawal"}
