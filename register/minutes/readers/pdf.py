"""PDF, read with pdfplumber: each page's words with their positions, made into lines in
reading order, the pages in order.

A PDF has no paragraphs or tables, only words where they were drawn, so the layout is read
from the positions: a page set in two columns of text is read left column first (`gutter.py`);
a wide gap between words parts cells; a column where lines start that a
left column of short words stands beside is a column of labels (`Beslut` beside `Att …`); a
line at the top or foot of the page that comes back page after page is a running header or
footer and is left out; a word hyphenated at a line end is made whole. A page that is an
image with no text (a scan) is refused: it needs OCR first.
"""

from __future__ import annotations

import io
import re
from collections import defaultdict
from typing import Any

from register.minutes.document import Block, BlockKind, Document, Format
from register.minutes.noise import joined_at_hyphen
from register.minutes.parser import MinutesError
from register.minutes.readers.gutter import pages_in_reading_order
from register.minutes.readers.layout import FURNITURE_BAND, PdfLine, label_column, titles_below
from register.minutes.readers.tables import EMPTY_GLYPHS, TICKED_GLYPHS

MOST_PAGES = 200
"""Minutes run to a few dozen pages; two hundred is several years of them, and reading stops there."""
_PAGE_NUMBER = re.compile(r"^(?:(?:Sida|Sid\.?|Page|s\.)\s*)?[-–]?\s*\d{1,3}\s*(?:(?:av|of|/)\s*\d{1,3}|\(\d{1,3}\))?\s*[-–]?$", re.I)
_DIGITS = re.compile(r"\d+")
_SAME_COLUMN = 8.0
_BULLETS = frozenset("•–-▪◦·●*")
"""A glyph that opens a point set apart from its text by a tab stop (`•   Direktionen godkänner …`): a list item."""
"""Tick marks this close (in points) from the left stand in one column: ✓ and ☒ differ in width."""
_OCR = ("run OCR on it first (for example `ocrmypdf minutes.pdf minutes-ocr.pdf`), then import the PDF "
        "that OCR writes")


def read(data: bytes, name: str) -> Document:
    pages = _pages(data, name)
    furniture, left_out = _furniture(pages)
    body = [[line for line in lines if id(line) not in furniture] for _, lines in pages]
    column = label_column([line for lines in body for line in lines])
    titled = column is not None and titles_below(body, column)
    blocks: list[Block] = []
    tables = [0]
    top = min((lines[0].top for lines in body if lines), default=0.0)
    for number, lines in enumerate(body, start=1):
        if blocks and lines and lines[0].top - top > 0.8 * lines[0].height:
            blocks.append(Block(BlockKind.BLANK, page=number))  # the page starts with an empty line
        blocks += _blocks(lines, number, column, tables, bool(blocks) and blocks[-1].kind is BlockKind.TABLE_ROW, titled)
    return Document(Format.PDF, tuple(_hyphens_joined(blocks)), pages=len(pages), left_out=left_out)


def _pages(data: bytes, name: str) -> list[tuple[float, list[PdfLine]]]:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as error:  # pdfplumber wraps pdfminer's many errors; each is the file's fault
        cause = error.args[0] if error.args else error
        if isinstance(cause, PDFPasswordIncorrect) or "password" in str(cause).casefold():
            raise MinutesError(name, "the PDF is protected by a password: save a copy without one "
                                     "(or print it to a new PDF) and import that") from None
        raise MinutesError(name, f"a PDF that cannot be read (damaged or cut short?): {cause or type(cause).__name__}") from None
    with pdf:
        try:
            count = len(pdf.pages)
        except Exception as error:
            raise MinutesError(name, f"a PDF whose pages cannot be read (damaged?): {error}") from None
        if count > MOST_PAGES:
            raise MinutesError(name, f"a PDF of {count} pages (more than {MOST_PAGES}): minutes run to a few dozen; "
                                     "is it the right file?")
        placed: list[tuple[list[dict[str, Any]], float, float]] = []
        scanned: list[int] = []
        for number, page in enumerate(pdf.pages, start=1):
            words = page.extract_words(x_tolerance=1.5, y_tolerance=2, extra_attrs=["size"])
            if not words and page.images:
                scanned.append(number)
            words = _mapped(words, number, name)
            placed.append((words, float(page.width), float(page.height)))
            page.close()  # pdfplumber keeps each page's objects otherwise: memory grows with the pages
    if scanned:
        which = "every page is" if len(scanned) == count else (
            f"page {scanned[0]} is" if len(scanned) == 1 else f"pages {', '.join(map(str, scanned))} are")
        raise MinutesError(name, f"a scanned PDF: {which} an image with no text layer; {_OCR}")
    return [(height, lines) for (_, _, height), lines in zip(placed, pages_in_reading_order(placed))]


_UNMAPPED = re.compile(r"\(cid:\d+\)")
_MOST_UNMAPPED = 0.1
"""A glyph whose font does not say which letter it draws comes out as `(cid:127)`. A few among words
that read are symbols (a bullet in a standard font, as some PDF writers draw `•`); where they are more
than this share of a page's words, the font hides its letters and the page cannot be read."""


def _mapped(words: list[dict[str, Any]], number: int, name: str) -> list[dict[str, Any]]:
    """The page's words with unmapped symbols read: one that opens its line as a bullet, any other left out."""
    unmapped = [word for word in words if _UNMAPPED.search(word["text"])]
    if not unmapped:
        return words
    if len(unmapped) > _MOST_UNMAPPED * len(words):
        raise MinutesError(name, f"page {number}'s fonts do not say which letters they draw, so its text "
                                 f"cannot be read; {_OCR}")
    kept = []
    for word in words:
        text = _UNMAPPED.sub("", word["text"])
        if not text and _opens_line(word, words):
            kept.append({**word, "text": "•"})
        elif text:
            kept.append({**word, "text": text})
    return kept


def _opens_line(word: dict[str, Any], words: list[dict[str, Any]]) -> bool:
    return not any(abs(other["top"] - word["top"]) < 2 and other["x1"] <= word["x0"] and other is not word for other in words)


def _furniture(pages: list[tuple[float, list[PdfLine]]]) -> tuple[set[int], tuple[str, ...]]:
    """Lines in the top or foot band of a page that come back on other pages (up to their
    numbers), or that are only a page number."""
    seen: dict[tuple[str, str], list[PdfLine]] = defaultdict(list)
    for height, lines in pages:
        for line in lines:
            zone = "header" if line.top < height * FURNITURE_BAND else "footer" if line.bottom > height * (1 - FURNITURE_BAND) else ""
            if zone:
                seen[(zone, _DIGITS.sub("#", line.text))].append(line)
    dropped: set[int] = set()
    said: list[str] = []
    for (zone, _), lines in seen.items():
        numbered = all(_PAGE_NUMBER.match(line.text) for line in lines)
        if len({line.page for line in lines}) >= 2 or numbered:
            dropped |= {id(line) for line in lines}
            what = "page number" if numbered else zone
            said.append(f"{what} on {len(lines)} page{'s' if len(lines) > 1 else ''}: {lines[0].text!r}")
    return dropped, tuple(said)


def _blocks(lines: list[PdfLine], page: int, column: float | None, tables: list[int], continuing: bool,
            titled: bool = False) -> list[Block]:
    """`continuing`: the page before ended in a table, which rows at the top of this page go on;
    `titled`: each § has its title in the label column below its number (`titles_below`)."""
    blocks: list[Block] = []
    labelled: tuple[str, list[str]] | None = None
    title: list[str] = []
    run: list[PdfLine] = []

    def close() -> None:
        nonlocal labelled, run, title
        if titled and labelled is not None and labelled[0].startswith("§"):
            # `§ 5` / `Rättelse av beslut` beside the body's first lines: the heading, then the body.
            blocks.append(Block(BlockKind.HEADING, _one_line([labelled[0], *title]), page=page))
            blocks.extend(Block(BlockKind.PARAGRAPH, value, page=page) if value else Block(BlockKind.BLANK, page=page)
                          for value in labelled[1])
            labelled, title = None, []
        if labelled is not None:
            blocks.append(Block(BlockKind.LABELLED, "\n".join(labelled[1]), label=labelled[0], page=page))
            labelled = None
        if run:
            if not (continuing and not blocks):
                tables[0] += 1
            blocks.extend(_rows(run, tables[0], page))
            run = []

    previous: PdfLine | None = None
    for line in lines:
        in_section = titled and labelled is not None and labelled[0].startswith("§") and column is not None
        if previous is not None and line.top - previous.bottom > 0.8 * line.height:
            if in_section and labelled is not None:
                labelled[1].append("")  # the title may go on below the text's first paragraph
            else:
                close()
                blocks.append(Block(BlockKind.BLANK, page=page))
        previous = line
        if in_section and labelled is not None and column is not None:
            if line.segments[-1].x1 < column:
                title.append(line.text)  # the title goes on below the number, beside the body
                continue
            if (split := line.split_at(column)) is not None and not split[0].startswith("§"):
                title += [split[0]] if split[0] else []
                labelled[1].append(split[1])
                continue
        if column is not None and (split := line.split_at(column)) is not None:
            label, value = split
            if label:
                close()
                labelled = (label, [value])
                continue
            if labelled is not None:
                labelled[1].append(value)
                continue
        if _justified(line):
            close()
            blocks.append(Block(BlockKind.PARAGRAPH, line.text, page=page))
            continue
        if len(line.segments) == 2 and line.segments[0].text in _BULLETS:
            close()
            blocks.append(Block(BlockKind.LIST_ITEM, line.segments[1].text, number=line.segments[0].text, page=page))
            continue
        if len(line.segments) == 2 and line.segments[0].text.lower() == "att":
            close()  # `att   bevilja …`: an att-clause hung at a tab stop, one clause a line
            blocks.append(Block(BlockKind.PARAGRAPH, line.text, page=page))
            continue
        if len(line.segments) > 1:
            if labelled is not None:
                close()
            run.append(line)
            continue
        close()
        blocks.append(Block(BlockKind.PARAGRAPH, line.text, page=page))
    close()
    return blocks


_SPREAD_WORDS = 5
"""A line set justified whose gaps are stretched past a cell's: many segments, nearly all one word each."""


def _justified(line: PdfLine) -> bool:
    """`kostnadsökningen   förklaras   av   att   insatsen …`: a paragraph's line set justified, its
    stretched gaps read as cells; a table's row holds fewer cells, most of several words or marks, and
    a header row's are capitalised (`Part  Ja  Nej  Avstår`)."""
    words = [len(segment.text.split()) for segment in line.segments]
    running = [segment for segment in line.segments if not segment.text[:1].isupper()]  # prose: mostly not capitalised
    return len(words) >= _SPREAD_WORDS and sum(n == 1 for n in words) >= 0.7 * len(words) and len(running) >= len(words) / 2 \
        and not any(segment.text in TICKED_GLYPHS | EMPTY_GLYPHS for segment in line.segments)


def _rows(run: list[PdfLine], table: int, page: int) -> list[Block]:
    """Lines of cells; where some hold tick glyphs, the columns of ticks are found by position
    and a row without a mark in one of them has an empty box there."""
    columns: list[float] = []
    for x in sorted(s.x0 for line in run for s in line.segments if s.text in TICKED_GLYPHS | EMPTY_GLYPHS):
        if not columns or x - columns[-1] > _SAME_COLUMN:
            columns.append(x)
    blocks = []
    for index, line in enumerate(run):
        segments: list[tuple[float, str, bool | None]] = [
            (s.x0, s.text, (s.text in TICKED_GLYPHS) if s.text in TICKED_GLYPHS | EMPTY_GLYPHS else None)
            for s in line.segments]
        ticking = bool(columns) and (index > 0 or any(tick is not None for _, _, tick in segments))
        if ticking:
            held = [x for x, _, tick in segments if tick is not None]
            segments += [(c, "", False) for c in columns if all(abs(c - x) > _SAME_COLUMN for x in held)]
            segments.sort(key=lambda s: s[0])
        blocks.append(Block(BlockKind.TABLE_ROW, cells=tuple(text for _, text, _ in segments),
                            ticks=tuple(tick for _, _, tick in segments) if ticking else (), table=table, page=page))
    return blocks


def _one_line(parts: list[str]) -> str:
    """`§ 7`, `Samverkans-`, `avtal 2141`: `§ 7 Samverkansavtal 2141`."""
    text = parts[0]
    for part in parts[1:]:
        joined = joined_at_hyphen(text, part)
        text = f"{text} {part}" if joined is None else " ".join(piece for piece in joined if piece)
    return text


def _hyphens_joined(blocks: list[Block]) -> list[Block]:
    """`återrappor-` at the end of a line (or a page) and `tera …` on the next: one word."""
    out: list[Block] = []
    for block in blocks:
        last = out[-1] if out else None
        if (last is not None and last.kind is BlockKind.PARAGRAPH and block.kind is BlockKind.PARAGRAPH
                and (joined := joined_at_hyphen(last.text, block.text)) is not None):
            whole, rest = joined
            out[-1] = Block(BlockKind.PARAGRAPH, whole, page=last.page)
            if rest:
                out.append(Block(BlockKind.PARAGRAPH, rest, page=block.page))
            continue
        out.append(block)
    return out

