"""Reading a board document (an operating plan, an annual report) from a file, and the error
that says what in it could not be read."""

from __future__ import annotations

import datetime as dt
import enum
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


class Unread(enum.Enum):
    """Why a board document cannot be read: one per check, so that the site's desk says it in
    Swedish from the error's fields (`register/web/document_reasons.py`), never from its English."""

    TOO_LARGE = "too large"
    NO_FILE = "no such file"
    FOLDER = "a folder"
    UNREADABLE = "cannot be read"
    NOT_TEXT = "not text"
    NOT_UTF8 = "not UTF-8"
    CONTROL = "a control character"
    YEAR_OUT_OF_RANGE = "a year no plan or report can be for"
    YEAR_NOT_STATED = "the year does not appear"
    NO_GOALS = "no goal table"
    GOAL_TWICE = "a goal twice"
    SPAN_BELOW_ZERO = "a span below 0"
    SPAN_ABOVE_100 = "a span above 100 %"
    SPAN_OFF_SCALE = "a span outside its scale"
    SPAN_BACKWARDS = "a span backwards"
    NO_PROJECTS = "no project table"
    PROJECT_TWICE = "a project twice"
    NO_SUM_ROW = "no sum row"
    ROW_CELLS = "a row without four cells"
    NEGATIVE = "a negative frame or outcome"
    DIFFERENCE = "a difference that does not add up"
    SUM_WITHOUT_ROWS = "a sum row but no projects"
    SUM_CELLS = "a sum row without three amounts"
    SUM_DIFFERS = "a sum that does not add up"
    NOT_AN_AMOUNT = "not an amount"
    TOO_MUCH = "more than any board grants"


class DocumentError(RegisterError):
    """A document that cannot be read as what it was given as; the message names the file and
    line. `why`: which check refused it; `line`: where (None for the whole document); `facts`:
    what the check found (the values the message names), for the site to say in Swedish."""

    exit_status = 2

    def __init__(self, message: str, why: Unread, line: int | None = None, **facts: object) -> None:
        super().__init__(message)
        self.why, self.line, self.facts = why, line, facts


def read_document(path: Path) -> tuple[str, str]:
    """The document's text and the digest of its bytes (so the same document is not imported twice)."""
    try:
        data = read_at_most(path, MOST_BYTES, lambda problem: DocumentError(f"{path}: {problem}", Unread.TOO_LARGE, most=MOST_BYTES),
                            "a board document is kilobytes of text; is it the right file?")
    except FileNotFoundError:
        raise DocumentError(f"{path}: no such file", Unread.NO_FILE) from None
    except IsADirectoryError:
        raise DocumentError(f"{path}: a folder, not a document", Unread.FOLDER) from None
    except OSError as error:
        raise DocumentError(f"{path}: cannot be read ({error.strerror or error})", Unread.UNREADABLE) from None
    if b"\x00" in data:
        raise DocumentError(f"{path}: not text (a PDF or a word-processor file? save it as plain text first)", Unread.NOT_TEXT)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        # Read in another encoding, å, ä and ö would be other letters in every name and party.
        line, column = _where(data[: error.start].decode("utf-8-sig"))
        raise DocumentError(f"{path.name}, line {line}: not UTF-8 text (the byte 0x{data[error.start]:02x} at column "
                            f"{column}); save the document as UTF-8", Unread.NOT_UTF8, line, column=column,
                            byte=f"0x{data[error.start]:02x}") from None
    for number, line_text in enumerate(text.splitlines(), 1):
        control = _CONTROL.search(line_text)
        if control is not None:
            raise DocumentError(f"{path.name}, line {number}: a control character (U+{ord(control[0]):04X}) at column "
                                f"{control.start() + 1}; a board document is plain text", Unread.CONTROL, number,
                                column=control.start() + 1, character=f"U+{ord(control[0]):04X}")
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
        raise DocumentError(f"{where}: the year {year}{given} is {said}; a {what} is for a year from {FIRST_YEAR} to {last}",
                            Unread.YEAR_OUT_OF_RANGE, line, year=year, first=FIRST_YEAR, last=last)
    if line is None:
        raise DocumentError(f"{name}: the year {year} does not appear in the document; is it the {what} for another year?",
                            Unread.YEAR_NOT_STATED, year=year)


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
