"""Which format a minutes file is, told by its first bytes, never by its name, and the one
reader for that format. Whatever it is, the file is read once, within a limit, and its digest
is taken of those bytes.

The readers' libraries (python-docx, pdfplumber, odfpy) are imported only when such a file is
read: together they cost about 140 ms at start, which `register --help` and a plain-text
import do not pay.
"""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from pathlib import PurePath

import attrs

from register.files import read_start, shown_size
from register.minutes.document import Document, Format
from register.minutes.parser import MOST_BYTES, MinutesError

MOST_FILE_BYTES = 20_000_000
"""A Word file with the board's logo, or a signed PDF with its fonts embedded, runs to some
megabytes though its text is kilobytes; twenty is far more than minutes need. Only a PDF or a
zip package may be that large: any other file is held to the limit of text minutes
(`MOST_BYTES`), and so is the text read out of a PDF or a package."""

READ = "it reads Word (.docx), PDF, OpenDocument text (.odt) and plain UTF-8 text"

_PACKAGED = (b"%PDF-", b"PK\x03\x04")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGES = ((b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"II*\x00", "a TIFF image"),
           (b"MM\x00*", "a TIFF image"), (b"GIF8", "a GIF image"))
_NAMED = {".txt": Format.TEXT, ".text": Format.TEXT, ".docx": Format.DOCX, ".pdf": Format.PDF, ".odt": Format.ODT,
          ".doc": None, ".rtf": None, ".xlsx": None, ".xls": None, ".ods": None}
"""What a file's name says it is (None: a format the register does not read)."""


@attrs.frozen
class ReadFile:
    document: Document
    digest: str
    """`sha256:…` of the file's bytes: what ties a review, and the recorded meeting, to this file."""


def digest_of_bytes(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def read_document(path: str | os.PathLike[str], name: str | None = None) -> ReadFile:
    """The file as a `Document`; refuses, in one line naming the file, what is not minutes the
    register can read. `name` is how messages name the file (default: the path)."""
    shown = name or str(path)
    try:
        # Past the limit of text only a PDF or a zip package is read on: they carry fonts and pictures.
        data = read_start(path, MOST_BYTES + 1, then=(MOST_FILE_BYTES + 1, lambda head: head.startswith(_PACKAGED)))
    except OSError as error:
        raise MinutesError(shown, f"cannot read the file: {error.strerror or error}") from None
    if len(data) > MOST_BYTES and not data.startswith(_PACKAGED):
        raise MinutesError(shown, f"larger than {shown_size(MOST_BYTES)}: minutes are kilobytes; this is not minutes")
    if len(data) > MOST_FILE_BYTES:
        raise MinutesError(shown, f"larger than {shown_size(MOST_FILE_BYTES)}: minutes are kilobytes, and a Word "
                                  "file or PDF of them some megabytes; this is not minutes")
    found = sniff(data)
    if isinstance(found, str):
        raise MinutesError(shown, f"{found}, not minutes the register reads: {READ}")
    _check_name(shown, found)
    document = _read(found, data, shown)
    if len(document.text.encode("utf-8")) > MOST_BYTES:
        raise MinutesError(shown, f"its text is larger than {shown_size(MOST_BYTES)}: minutes are kilobytes; this is not minutes")
    return ReadFile(document, digest_of_bytes(data))


def _read(found: Format, data: bytes, name: str) -> Document:
    if found is Format.TEXT:
        from register.minutes.readers import plain

        return plain.read(data, name)
    if found is Format.DOCX:
        from register.minutes.readers import word

        return word.read(data, name)
    if found is Format.PDF:
        from register.minutes.readers import pdf

        return pdf.read(data, name)
    from register.minutes.readers import opendocument

    return opendocument.read(data, name)


def sniff(data: bytes) -> Format | str:
    """The format the bytes are in, or what they are, in words, when it is none the register reads."""
    if b"%PDF-" in data[:1024]:
        return Format.PDF
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zipped(data)
    if data.startswith(_OLE):
        if "WordDocument".encode("utf-16-le") in data:
            return "an old binary Word document (.doc): save it as .docx or PDF in Word first"
        if "Workbook".encode("utf-16-le") in data:
            return "an old binary Excel spreadsheet (.xls)"
        return "an old binary Office file"
    if data.startswith(b"{\\rtf"):
        return "a Rich Text file (.rtf): save it as .docx or PDF first"
    for magic, what in _IMAGES:
        if data.startswith(magic):
            return f"{what} (a scan needs OCR, e.g. ocrmypdf, into a PDF with a text layer)"
    if b"\x00" in data:
        return "a binary file (it holds NUL bytes)"
    return Format.TEXT


def _zipped(data: bytes) -> Format | str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = set(package.namelist())
            mimetype = b""
            if "mimetype" in names and package.getinfo("mimetype").file_size <= 200:
                mimetype = package.read("mimetype").strip()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, NotImplementedError) as error:
        return f"a broken or truncated zip archive (a Word or OpenDocument file cut short?: {error})"
    if "word/document.xml" in names:
        return Format.DOCX
    if mimetype == b"application/vnd.oasis.opendocument.text":
        return Format.ODT
    if mimetype.startswith(b"application/vnd.oasis.opendocument.spreadsheet") or "xl/workbook.xml" in names:
        return "a spreadsheet (.ods or .xlsx)"
    if mimetype.startswith(b"application/vnd.oasis.opendocument.presentation") or "ppt/presentation.xml" in names:
        return "a presentation (.odp or .pptx)"
    if mimetype.startswith(b"application/vnd.oasis.opendocument"):
        return f"an OpenDocument file of another kind ({mimetype.decode('ascii', 'replace')})"
    return "a zip archive of something else (neither a Word nor an OpenDocument file)"


def _check_name(name: str, found: Format) -> None:
    """A name that says another format than the content: most likely the wrong file."""
    suffix = PurePath(name).suffix.casefold()
    if suffix not in _NAMED or _NAMED[suffix] is found:
        return
    raise MinutesError(name, f"its name says {suffix} but it holds {found.described}: "
                             "rename it to say what it is, or check it is the file you meant")
