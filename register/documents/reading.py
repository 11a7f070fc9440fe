"""Reading a board document (an operating plan, an annual report) from a file, and the error
that says what in it could not be read."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path

from domain.errors import RegisterError
from register.files import read_at_most

MOST_BYTES = 2 * 1024 * 1024
FIRST_YEAR = 2004
"""The year the law on financial coordination (FINSAM) came into force: no samordningsförbund
planned or reported anything before it."""
YEARS_AHEAD = 10
"""How far ahead an operating plan may look, as a due may (README: a due lies between 2004 and
ten years after its meeting)."""
_CONTROL = re.compile("[\x01-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""Control characters no plain text holds: C0 and C1 controls (a tab, a line break and a form
feed are kept: a cell, a line and a page), and the bidirectional overrides that make a name
read otherwise than it is."""


class DocumentError(RegisterError):
    """A document that cannot be read as what it was given as; the message names the file and line."""

    exit_status = 2


def read_document(path: Path) -> tuple[str, str]:
    """The document's text and the digest of its bytes (so the same document is not imported twice)."""
    try:
        data = read_at_most(path, MOST_BYTES, lambda problem: DocumentError(f"{path}: {problem}"),
                            "a board document is kilobytes of text; is it the right file?")
    except FileNotFoundError:
        raise DocumentError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise DocumentError(f"{path}: a folder, not a document") from None
    except OSError as error:
        raise DocumentError(f"{path}: cannot be read ({error.strerror or error})") from None
    if b"\x00" in data:
        raise DocumentError(f"{path}: not text (a PDF or a word-processor file? save it as plain text first)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        # Read in another encoding, å, ä and ö would be other letters in every name and party.
        line, column = _where(data[: error.start].decode("utf-8-sig"))
        raise DocumentError(f"{path.name}, line {line}: not UTF-8 text (the byte 0x{data[error.start]:02x} at column "
                            f"{column}); save the document as UTF-8") from None
    for number, line_text in enumerate(text.splitlines(), 1):
        control = _CONTROL.search(line_text)
        if control is not None:
            raise DocumentError(f"{path.name}, line {number}: a control character (U+{ord(control[0]):04X}) at column "
                                f"{control.start() + 1}; a board document is plain text")
    return text, hashlib.sha256(data).hexdigest()


def _where(before: str) -> tuple[int, int]:
    """The line and column (from 1) of what follows `before`, lines counted as `splitlines` counts them."""
    lines = (before + "x").splitlines()
    return len(lines), len(lines[-1])


def check_year(text: str, name: str, year: int, what: str) -> None:
    """Refuses a year no board document can be for, naming the line that states it, and a
    document that does not state the year at all (`what`: "plan" or "report")."""
    stated = re.compile(rf"(?<!\d){year}(?!\d)")
    line = next((number for number, text_line in enumerate(text.splitlines(), 1) if stated.search(text_line)), None)
    last = dt.date.today().year + YEARS_AHEAD
    if not FIRST_YEAR <= year <= last:
        where, given = (f"{name}, line {line}", "") if line is not None else (name, " (--year; the document never states it)")
        said = f"before {FIRST_YEAR}, when the FINSAM law came into force" if year < FIRST_YEAR else \
            f"more than {YEARS_AHEAD} years from now"
        raise DocumentError(f"{where}: the year {year}{given} is {said}; a {what} is for a year from {FIRST_YEAR} to {last}")
    if line is None:
        raise DocumentError(f"{name}: the year {year} does not appear in the document; is it the {what} for another year?")


def numbered_lines(text: str) -> list[tuple[int, str]]:
    """(line number, the line with its spacing tidied) for every line; a table row written with
    bars (`| PR:3 | … | 80-100 % |`) reads as its cells in a row, and a rule row (`|---|`) as blank."""
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        tidy = line.replace("\u00a0", " ")
        if tidy.strip().startswith("|"):
            cells = [cell.strip() for cell in tidy.strip().strip("|").split("|")]
            tidy = "" if all(set(cell) <= set("-: ") for cell in cells) else " ".join(cells)
        found.append((number, " ".join(tidy.split())))
    return found
