"""Reading a board document (an operating plan, an annual report) from a file, and the error
that says what in it could not be read."""

from __future__ import annotations

import hashlib
from pathlib import Path

from domain.errors import RegisterError
from register.files import read_at_most

MOST_BYTES = 2 * 1024 * 1024


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
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return text, hashlib.sha256(data).hexdigest()


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
