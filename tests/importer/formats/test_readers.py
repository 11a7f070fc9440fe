"""Each reader makes the same document of one meeting's Word, PDF and OpenDocument files: its
labels, its ticked attendance, its lists, without the page furniture."""

from __future__ import annotations

from pathlib import Path

import pytest

from domain.ids import MeetingId
from register.minutes.document import BlockKind, Format
from register.minutes.formats import read_document, sniff
from register.minutes.parser import parse_minutes
from tests.importer.formats.fixtures import FOLDER, HEADER, LAYOUT, PRESENT

FORMATS = ("docx", "pdf", "odt")


def layout(fmt: str) -> Path:
    return FOLDER / f"{LAYOUT}.{fmt}"


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_format_is_told_by_the_content(fmt):
    assert sniff(layout(fmt).read_bytes()) is Format(fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_attendance_table_is_read_tick_by_tick(fmt):
    """✓ glyphs in some rows, Word's checkbox controls (boxes in the PDF and .odt) in others; in
    the PDF the table runs on over a page break and is still one table."""
    document = read_document(layout(fmt)).document
    parsed = parse_minutes(document.text, layout(fmt).name)
    assert [(a.name, a.present) for a in parsed.attendance] == [
        (name.split(" (")[0], present) for name, _, _, present, _ in PRESENT]
    tables = document.attendance_tables()
    assert [rows for _, _, _, rows in tables] == [len(PRESENT)]
    if fmt == "pdf":
        assert {b.page for b in document.blocks if b.kind is BlockKind.TABLE_ROW and b.ticked_boxes} == {1, 2}


@pytest.mark.parametrize("fmt", FORMATS)
def test_labels_beside_their_text_are_read_as_text_minutes_write_them(fmt):
    lines = read_document(layout(fmt)).document.lines()
    assert "Datum: 2027-05-17" in lines and "Plats: Kansliet, Ronneby" in lines
    at = lines.index("Övriga deltagande")
    assert lines[at + 1: at + 3] == ["Magnus von Schenck, förbundschef", "Elin Nordqvist, sekreterare"]
    assert lines[lines.index("Beslut") + 1].startswith("Att fastställa verksamhetsplanen för 2028")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_numbered_list_keeps_its_numbers(fmt):
    lines = read_document(layout(fmt)).document.lines()
    assert "1. att genomföra en gemensam samverkansdag för parterna under hösten 2027," in lines
    assert any(line.startswith("2. att ge förbundschefen i uppdrag att planera dagen") for line in lines)


@pytest.mark.parametrize("fmt", FORMATS)
def test_running_headers_and_footers_are_left_out_and_said(fmt):
    document = read_document(layout(fmt)).document
    assert not any("kansliet · testprotokoll" in line or line.startswith(HEADER) for line in document.lines())
    said = " ".join(document.left_out)
    assert HEADER in said and "FINSAM Blekinge · kansliet · testprotokoll" in said


def test_the_pdf_has_its_pages_counted_and_a_word_hyphenated_at_a_page_break_made_whole():
    document = read_document(layout("pdf")).document
    assert document.pages == 3
    assert any(line.endswith("att sammanställa") for line in document.lines())
    assert not any(line.endswith("samman-") for line in document.lines())
    decisions = parse_minutes(document.text, "x.pdf").decisions
    assert "Att ge förbundschefen i uppdrag att sammanställa deltagarstatistiken för första halvåret" in decisions[1].text


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_format_parses_to_the_minutes_its_text_gives(fmt):
    text = read_document(FOLDER / f"{LAYOUT}.txt").document.text
    expected = parse_minutes(text, "x")
    got = parse_minutes(read_document(layout(fmt)).document.text, "x")
    assert got.meeting == expected.meeting == MeetingId.parse("2027-4")
    assert (got.held_on, got.place, got.justerare) == (expected.held_on, expected.place, expected.justerare)
    assert [(d.id, d.kind, d.text) for d in got.decisions] == [(d.id, d.kind, d.text) for d in expected.decisions]
    assert len(expected.decisions) == 4


def test_plain_text_reads_back_line_for_line():
    path = FOLDER / f"{LAYOUT}.txt"
    assert read_document(path).document.text == path.read_text(encoding="utf-8")


def test_the_digest_is_of_the_files_bytes(tmp_path):
    text = tmp_path / "crlf.txt"
    text.write_bytes(b"Styrelsem\xc3\xb6te 2022:5\r\n")
    import hashlib

    assert read_document(text).digest == "sha256:" + hashlib.sha256(text.read_bytes()).hexdigest()
    assert read_document(layout("docx")).digest == "sha256:" + hashlib.sha256(layout("docx").read_bytes()).hexdigest()


def test_a_tick_inserted_as_a_wingdings_symbol_counts_as_a_tick(tmp_path):
    """Older templates tick with Insert › Symbol: a `w:sym` of Wingdings, not a character."""
    import docx
    from docx.oxml import parse_xml

    word = docx.Document()
    table = word.add_table(rows=3, cols=2)
    for row, (name, char) in zip(table.rows, [("Namn", None), ("Anna Ek (S)", "F0FE"), ("Bo Ek (M)", "F0A8")]):
        row.cells[0].text = name
        if char:
            symbol = (f'<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                      f'<w:sym w:font="Wingdings" w:char="{char}"/></w:r>')
            row.cells[1].paragraphs[0]._p.append(parse_xml(symbol))
        else:
            row.cells[1].text = "Närvarande"
    path = tmp_path / "symboler.docx"
    word.save(path)
    assert read_document(path).document.lines() == ["Namn\tNärvarande", "☐\t☒\tAnna Ek (S)", "☒\t☐\tBo Ek (M)"]


def test_a_table_inside_a_cell_is_that_cells_text_not_rows_of_the_outer_table(tmp_path):
    import docx

    word = docx.Document()
    table = word.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Beslut"
    inner = table.cell(0, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "Att fastställa budgeten för 2028 så som förbundschefen föreslagit i sin skrivelse."
    inner.cell(0, 1).text = "Enhälligt"
    table.cell(1, 0).text = "Plats"
    table.cell(1, 1).text = "Kansliet"
    path = tmp_path / "inre.docx"
    word.save(path)
    assert read_document(path).document.lines() == [
        "Beslut", "Att fastställa budgeten för 2028 så som förbundschefen föreslagit i sin skrivelse.", "Enhälligt",
        "Plats: Kansliet"]
