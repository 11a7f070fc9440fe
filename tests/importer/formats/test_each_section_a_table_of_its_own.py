"""Word minutes whose every § is a two-column table of its own, as some case systems print them:
`§ 12` and its Dnr in the left cell, the title, the account, `Förslag till beslut` and `Beslut` in the
right. Each table is read as the item it is, paragraph by paragraph, not as one row of run-together
text. Minutes of our own."""

from __future__ import annotations

import io

from docx import Document

from tests.importer.steps import imported, view

HEAD = ["Protokoll styrelsen, Samordningsförbundet i Blekinge län", "Sammanträde 1/2083", "Datum: 2083-02-14",
        "Plats: Förbundets kansli, Karlskrona", "Justerare: Malin Ekdal"]
SECTIONS = [
    ("§ 5\nDnr 2083/004", ["Ekonomisk uppföljning", "Ekonomen redovisar utfallet för januari.", "Förslag till beslut",
                           "att lägga redovisningen till handlingarna.", "Beslut", "Styrelsen lägger redovisningen till handlingarna."]),
    ("§ 6\nDnr 2083/007", ["Ansökan om medel – Bryggan, Ronneby kommun", "Kommunen söker 400 tkr.", "Förslag till beslut",
                           "att bevilja Ronneby kommun 400 000 kr för 2083.", "Beslut",
                           "Styrelsen beslutar att bevilja Ronneby kommun 380 000 kr för insatsen Bryggan under 2083,",
                           "att Ronneby kommun ska återrapportera senast den 30 september 2083."]),
]


def _docx() -> bytes:
    document = Document()
    for line in HEAD:
        document.add_paragraph(line)
    for left, right in SECTIONS:
        cells = document.add_table(rows=1, cols=2).rows[0].cells
        cells[0].text = left
        cells[1].text = right[0]
        for paragraph in right[1:]:
            cells[1].add_paragraph(paragraph)
        document.add_paragraph("")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_each_section_table_is_read_as_its_item(cli, store, tmp_path):
    minutes = tmp_path / "2083-1.docx"
    minutes.write_bytes(_docx())
    decisions = {d["id"]: d["kind"] for d in imported(cli, minutes)["decisions"]}
    assert decisions == {"2083-1 §05:1": "acknowledgement", "2083-1 §06:1": "grant", "2083-1 §06:2": "report"}


def test_the_proposal_in_a_section_table_is_not_what_was_granted(cli, store, tmp_path):
    minutes = tmp_path / "2083-1.docx"
    minutes.write_bytes(_docx())
    imported(cli, minutes)
    grants = view(cli, "grants", "--as-of", "2083-12-31")
    assert [(g["party"], g["amount_sek"]) for g in grants] == [("Ronneby kommun", 380000)]
