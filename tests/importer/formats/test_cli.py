"""The import commands say how a file was read, and `minutes-text` shows the lines that the
import's messages number."""

from __future__ import annotations

import json
import re
import shutil

from tests.conftest import stored_events
from tests.importer.formats.fixtures import FOLDER, LAYOUT

PDF = FOLDER / f"{LAYOUT}.pdf"
DOCX = FOLDER / f"{LAYOUT}.docx"


def test_minutes_text_prints_the_lines_the_register_read_numbered(cli):
    result = cli("minutes-text", str(DOCX))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[:4] == [" 1  Protokoll styrelsemöte 2027-4", " 2  Samordningsförbundet i Blekinge län", " 3",
                         " 4  Datum: 2027-05-17"]
    assert "☐\t☒\tIngrid Hermansson (C)\tOrdförande\tRegion Blekinge" in result.stdout
    assert result.stderr.splitlines()[0].startswith("# read as a Word document (.docx): 35 blocks, 46 lines")


def test_a_line_number_of_an_import_of_a_pdf_is_a_line_minutes_text_prints(cli):
    summary = json.loads(cli("import-minutes", str(PDF), "--dry-run", "--format", "json").output)
    doubt = next(r for r in summary["to_review"] if "no rule knows this wording" in r["what"])
    printed = cli("minutes-text", str(PDF)).stdout.splitlines()
    assert printed[doubt["line"] - 1].endswith("1. att genomföra en gemensam samverkansdag för parterna under hösten 2027,")


def test_the_summary_says_how_a_pdf_was_read(cli, store):
    result = cli("import-minutes", str(PDF))
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:5] == [
        "meeting 2027-4 (2027-05-17) from protokoll-2027-4.pdf: recorded 12 events",
        "read as a PDF: 3 pages, 36 blocks, 48 lines (line numbers are those `register minutes-text` prints)",
        "attendance read from table 1, lines 14–22 (9 rows)",
        "left out as page furniture: header on 3 pages: 'Samordningsförbundet i Blekinge län · protokoll 2027-4 "
        "Sida 1 av 3'; footer on 3 pages: 'FINSAM Blekinge · kansliet · testprotokoll'",
        "justerare: Karin Blomdahl",
    ]
    assert stored_events(store) == 12


def test_the_json_summary_says_how_a_word_file_was_read(cli):
    summary = json.loads(cli("import-minutes", str(DOCX), "--dry-run", "--format", "json").output)
    assert summary["read"] == {
        "format": "docx", "pages": None, "blocks": 35, "lines": 46,
        "left_out": ["header: 'Samordningsförbundet i Blekinge län · protokoll 2027-4'",
                     "footer: 'FINSAM Blekinge · kansliet · testprotokoll'"],
        "attendance_tables": ["table 2, lines 14–22 (9 rows)"],
    }
    text = json.loads(cli("import-minutes", str(FOLDER / f"{LAYOUT}.txt"), "--dry-run", "--format", "json").output)
    assert text["read"]["format"] == "text" and text["read"]["attendance_tables"] == ["table 1, lines 14–22 (9 rows)"]


def test_a_review_of_a_word_file_says_how_it_was_read_and_is_accepted_for_that_file_only(cli, store, tmp_path):
    docx = tmp_path / "protokoll.docx"
    shutil.copy(DOCX, docx)
    review = tmp_path / "review.toml"
    assert cli("import-minutes", str(docx), "--review", str(review)).exit_code == 0
    written = review.read_text(encoding="utf-8")
    assert "# How the minutes were read:\n# read as a Word document (.docx): 35 blocks, 46 lines" in written
    assert "# attendance read from table 2, lines 14–22 (9 rows)" in written
    other = cli("import-minutes", str(FOLDER / f"{LAYOUT}.txt"), "--accept", str(review))
    assert other.exit_code == 2 and "their digests differ" in other.output
    assert stored_events(store) == 0
    accepted = cli("import-minutes", str(docx), "--accept", str(review))
    assert accepted.exit_code == 0, accepted.output
    assert re.search(r"recorded \d+ events", accepted.output.splitlines()[0])
    assert accepted.output.splitlines()[1].startswith("read as a Word document (.docx)")
