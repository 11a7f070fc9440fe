"""A file that is not minutes the register can read is refused in one line naming the file and
what it is, with exit status 2 and nothing written, on both stores."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest

from register.minutes.formats import MOST_FILE_BYTES
from register.minutes.readers.packages import MOST_ENTRIES
from tests.conftest import stored_events
from tests.importer.formats.fixtures import FOLDER, LAYOUT, pages_pdf

READ = "it reads Word (.docx), PDF, OpenDocument text (.odt) and plain UTF-8 text"
DOCX = FOLDER / f"{LAYOUT}.docx"


def refused(cli, store, path: Path) -> str:
    result = cli("import-minutes", str(path))
    assert result.exit_code == 2, result.output
    assert stored_events(store) == 0
    lines = result.output.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {path}: "), result.output
    return lines[0].removeprefix(f"error: {path}: ")


def test_a_truncated_word_file_is_refused_as_a_broken_zip(cli, store, tmp_path):
    cut = tmp_path / "protokoll.docx"
    cut.write_bytes(DOCX.read_bytes()[: DOCX.stat().st_size // 2])
    said = refused(cli, store, cut)
    assert said.startswith("a broken or truncated zip archive (a Word or OpenDocument file cut short?")
    assert said.endswith(f"not minutes the register reads: {READ}")


def test_a_pdf_with_a_password_is_refused_saying_what_to_do(cli, store):
    assert refused(cli, store, FOLDER / "losenord.pdf") == (
        "the PDF is protected by a password: save a copy without one (or print it to a new PDF) and import that")


def test_a_scanned_pdf_is_refused_as_needing_ocr_first(cli, store):
    assert refused(cli, store, FOLDER / "inskannat.pdf") == (
        "a scanned PDF: every page is an image with no text layer; run OCR on it first (for example "
        "`ocrmypdf minutes.pdf minutes-ocr.pdf`), then import the PDF that OCR writes")


def test_a_pdf_of_five_hundred_pages_is_refused_before_its_pages_are_read(cli, store, tmp_path):
    long = tmp_path / "bilagor.pdf"
    long.write_bytes(pages_pdf(500))
    assert refused(cli, store, long) == (
        "a PDF of 500 pages (more than 200): minutes run to a few dozen; is it the right file?")


def _package(entries: dict[str, bytes], level: int = 1) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as package:
        with zipfile.ZipFile(DOCX) as real:
            for name in real.namelist():
                if name not in entries:
                    package.writestr(name, real.read(name))
        for name, data in entries.items():
            package.writestr(name, data)
    return out.getvalue()


def test_a_word_file_that_unpacks_to_more_than_a_hundred_megabytes_is_refused_unpacked(cli, store, tmp_path):
    bomb = tmp_path / "bomb.docx"
    filler = b"\0" * 24_000_000
    bomb.write_bytes(_package({f"word/media/image{n}.png": filler for n in range(5)}))
    assert bomb.stat().st_size < 1_000_000  # kilobytes that would unpack to 120 MB
    unpacked = sum(entry.file_size for entry in zipfile.ZipFile(bomb).infolist())
    assert refused(cli, store, bomb) == (
        f"it would unpack to {unpacked:,} bytes (more than 100 MB): not minutes; a zip bomb?")


def test_a_word_file_whose_document_unpacks_to_more_than_the_xml_reader_is_given_is_refused(cli, store, tmp_path):
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(_package({"word/document.xml": b" " * 30_000_000}))
    assert refused(cli, store, bomb) == (
        "its part word/document.xml would unpack to 30,000,000 bytes (more than 25 MB): not minutes; a zip bomb?")


def test_a_word_file_of_thousands_of_entries_is_refused(cli, store, tmp_path):
    many = tmp_path / "many.docx"
    many.write_bytes(_package({f"word/part{n}.xml": b"" for n in range(MOST_ENTRIES + 1)}))
    entries = len(zipfile.ZipFile(many).infolist())
    assert refused(cli, store, many) == (
        f"a package of {entries} entries (more than {MOST_ENTRIES}): not minutes; a zip bomb?")


def test_a_file_whose_name_says_another_format_than_its_content_is_refused(cli, store, tmp_path):
    renamed = tmp_path / "protokoll.pdf"
    shutil.copy(DOCX, renamed)
    assert refused(cli, store, renamed) == (
        "its name says .pdf but it holds a Word document (.docx): rename it to say what it is, or check it is "
        "the file you meant")


@pytest.mark.parametrize("name, data, what", [
    ("gammal.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le") + b"\0" * 64,
     "an old binary Word document (.doc): save it as .docx or PDF in Word first"),
    ("budget.xlsx", None, "a spreadsheet (.ods or .xlsx)"),
    ("budget.ods", b"ods", "a spreadsheet (.ods or .xlsx)"),
    ("arkiv.zip", b"zip", "a zip archive of something else (neither a Word nor an OpenDocument file)"),
    ("skanning.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 32,
     "a PNG image (a scan needs OCR, e.g. ocrmypdf, into a PDF with a text layer)"),
])
def test_a_file_of_another_kind_is_named_with_the_formats_the_register_reads(cli, store, tmp_path, name, data, what):
    path = tmp_path / name
    if data is None or data in (b"ods", b"zip"):
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as package:
            if data == b"ods":
                package.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
            elif data is None:
                package.writestr("xl/workbook.xml", "<workbook/>")
            else:
                package.writestr("readme.txt", "hej")
        data = out.getvalue()
    path.write_bytes(data)
    assert refused(cli, store, path) == f"{what}, not minutes the register reads: {READ}"


def test_a_file_larger_than_twenty_megabytes_is_not_read_to_its_end(cli, store, tmp_path):
    big = tmp_path / "stor.pdf"
    with big.open("wb") as out:
        out.write(b"%PDF-1.7\n")
        out.truncate(MOST_FILE_BYTES + 10)
    assert refused(cli, store, big) == (
        "larger than 20 MB: minutes are kilobytes, and a Word file or PDF of them some megabytes; this is not minutes")
