"""A Word document that sets each decision in a shaded box, a table of one cell: `Beslut` in bold and the
decision's sentences as paragraphs of that cell. A table of one column frames text, so its paragraphs
are read as the body's own, each on its line: `Beslut` heads what follows it. Minutes of our own."""

from __future__ import annotations

import io

import docx

from register.minutes.formats import read_document
from tests.importer.steps import imported

TOP = ["Protokoll, styrelsen för Samordningsförbundet i Blekinge län", "Sammanträde 2150:4",
       "Datum: 2150-09-15", "Plats: Stadshuset, Sölvesborg", "Justerare: Greta Lindqvist"]


def _docx() -> bytes:
    document = docx.Document()
    for line in TOP:
        document.add_paragraph(line)
    document.add_paragraph("§ 7 Ansökan om medel – Vägen vidare")
    document.add_paragraph("Sölvesborgs kommun söker medel för insatsen Vägen vidare under hösten.")
    box = document.add_table(rows=1, cols=1).cell(0, 0)
    box.paragraphs[0].add_run("Beslut").bold = True
    box.add_paragraph("Styrelsen beviljar Sölvesborgs kommun 210 000 kr för insatsen Vägen vidare under 2150 "
                      "och Sölvesborgs kommun ska återrapportera insatsen senast 2150-12-15.")
    document.add_paragraph("§ 8 Information om nätverket")
    document.add_paragraph("Förbundschefen informerade om det nationella nätverkets konferens.")
    box = document.add_table(rows=1, cols=1).cell(0, 0)
    box.paragraphs[0].add_run("Beslut").bold = True
    box.add_paragraph("Informationen läggs till handlingarna.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_the_paragraphs_of_a_box_of_one_cell_are_read_as_lines_of_their_own(tmp_path):
    minutes = tmp_path / "2150-4.docx"
    minutes.write_bytes(_docx())
    lines = read_document(minutes).document.text.splitlines()
    at = lines.index("Beslut")
    assert lines[at + 1].startswith("Styrelsen beviljar Sölvesborgs kommun 210 000 kr")


def test_a_decision_in_a_box_and_a_second_subjects_duty_after_och_are_two_decisions(cli, tmp_path):
    minutes = tmp_path / "2150-4.docx"
    minutes.write_bytes(_docx())
    decided = {d["id"]: (d["kind"], d["text"]) for d in imported(cli, minutes)["decisions"]}
    assert {id_: kind for id_, (kind, _) in decided.items()} == {
        "2150:4 §07:1": "grant", "2150:4 §07:2": "report", "2150:4 §08:1": "acknowledgement"}
    assert decided["2150:4 §07:2"][1] == "Sölvesborgs kommun ska återrapportera insatsen senast 2150-12-15."
