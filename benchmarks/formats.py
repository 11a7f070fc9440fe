"""Reading minutes from PDF, Word and OpenDocument against reading the same minutes as text,
measured in the same run; prints a table, writes JSON.

    .venv/bin/python benchmarks/formats.py --pages 50 --json formats.json

The minutes are one meeting of our own (the layout fixture's) with as many more agenda items as
fill `--pages` pages of PDF, rendered by the tests' own script (`tests/importer/formats/make.py`,
which needs the `test` extra). Figures: the time to read a file into the document the parser reads (per page
of the PDF, so per the same share of the minutes for every format), the same with the parse
added, and the peak memory of a fresh process that reads the file, each against the text; and
the cost of importing each reading library, against a bare interpreter.
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from register.minutes.document import Block, BlockKind, Document, Format  # noqa: E402
from register.minutes.formats import read_document  # noqa: E402
from register.minutes.parser import parse_minutes  # noqa: E402
from tests.importer.formats.make import docx_bytes, odt_bytes, pdf_bytes  # noqa: E402
from tests.importer.formats.fixtures import layout_blocks  # noqa: E402

PROSE = ("Kansliet redovisade hur insatsen har bemannats under perioden, hur många deltagare som har "
         "tagit del av den och vilka parter som har medverkat. Styrelsen diskuterade hur erfarenheterna "
         "kan tas till vara i det fortsatta arbetet och i nästa års verksamhetsplan.")


def long_minutes(items: int) -> list[Block]:
    """One meeting (the layout fixture's) with `items` more agenda items, each with its prose
    (lines ended as a printed page ends them) and a decision."""
    blocks = layout_blocks()[:-3]
    for number in range(7, 7 + items):
        blocks += [Block(BlockKind.HEADING, f"§ {number} Uppföljning av insats {number}"),
                   Block(BlockKind.PARAGRAPH, "\n".join(textwrap.wrap(PROSE, 90))),
                   Block(BlockKind.PARAGRAPH, "Styrelsen beslutade:"),
                   Block(BlockKind.PARAGRAPH, "Att lägga redovisningen till handlingarna."),
                   Block(BlockKind.BLANK)]
    return blocks


def _pages(data: bytes) -> int:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return len(pdf.pages)


def render(pages: int, folder: Path) -> tuple[dict[str, Path], int]:
    """The minutes in each format, with as many items as make `pages` pages of PDF."""
    items = max(1, pages * 6)
    data = pdf_bytes(long_minutes(items))
    items = max(1, round(items * pages / _pages(data)) + 2)  # scaled to the pages asked, then trimmed
    blocks = long_minutes(items)
    data = pdf_bytes(blocks)
    while _pages(data) > pages and items > 1:
        items -= 1
        blocks = long_minutes(items)
        data = pdf_bytes(blocks)
    paths = {fmt: folder / f"minutes.{fmt}" for fmt in ("txt", "pdf", "docx", "odt")}
    paths["txt"].write_text(Document(Format.TEXT, tuple(blocks)).text, encoding="utf-8")
    paths["pdf"].write_bytes(data)
    paths["docx"].write_bytes(docx_bytes(blocks))
    paths["odt"].write_bytes(odt_bytes(blocks))
    return paths, _pages(data)


def timed(path: Path, parse: bool, repeat: int) -> float:
    """The best of `repeat` runs, in seconds (the libraries imported before the first)."""
    read_document(path)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        document = read_document(path).document
        if parse:
            parse_minutes(document.text, path.name)
        best = min(best, time.perf_counter() - start)
    return best


def reading_peak(path: Path) -> float:
    """The peak resident memory, in KiB, of a fresh interpreter that reads the file: its own
    VmHWM (Linux), which starts anew with the program; `ru_maxrss` would keep this process's
    peak across the fork, and a parent's count of its children keeps the largest child's."""
    code = (f"import sys; sys.path.insert(0, {str(ROOT)!r})\n"
            "from register.minutes.formats import read_document\n"
            f"read_document({str(path)!r})\n"
            "print(next(line.split()[1] for line in open('/proc/self/status') if line.startswith('VmHWM')))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True, text=True)
    return float(done.stdout.split()[-1])


def import_ms(module: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", f"import {module}" if module else "pass"], check=True)
    return (time.perf_counter() - start) * 1000


def measure(pages: int, repeat: int) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as scratch:
        paths, pdf_pages = render(pages, Path(scratch))
        sizes = {fmt: path.stat().st_size for fmt, path in paths.items()}
        for parse in (False, True):
            name = "read+parse" if parse else "read"
            text = timed(paths["txt"], parse, repeat) * 1000 / pdf_pages
            for fmt in ("pdf", "docx", "odt"):
                value = timed(paths[fmt], parse, repeat) * 1000 / pdf_pages
                rows.append(_row(f"{name}:{fmt}", value, "ms/page", text, pdf_pages, sizes[fmt]))
        text_peak = reading_peak(paths["txt"])
        for fmt in ("pdf", "docx", "odt"):
            rows.append(_row(f"memory:{fmt}", reading_peak(paths[fmt]), "KiB", text_peak, pdf_pages, sizes[fmt]))
    bare = min(import_ms("") for _ in range(3))
    for module in ("pdfplumber", "docx", "odf.opendocument"):
        rows.append(_row(f"import:{module}", min(import_ms(module) for _ in range(3)), "ms", bare, 0, 0))
    return rows


def _row(figure: str, value: float, unit: str, baseline: float, pages: int, size: int) -> dict[str, Any]:
    return {"figure": figure, "value": round(value, 6), "unit": unit, "baseline": round(baseline, 6),
            "ratio": value / baseline if baseline else None, "pages": pages, "bytes": size}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=50, help="Pages of the PDF (the other formats hold the same minutes).")
    parser.add_argument("--repeat", type=int, default=3, help="Timed runs of each reading; the best counts.")
    parser.add_argument("--json", type=Path, help="Write the rows here too.")
    options = parser.parse_args()
    rows = measure(options.pages, options.repeat)
    print(f"{'figure':<26} {'value':>12} {'unit':<8} {'baseline':>10} {'ratio':>7}  pages  bytes")
    for r in rows:
        print(f"{r['figure']:<26} {r['value']:>12.2f} {r['unit']:<8} {r['baseline']:>10.2f} {r['ratio'] or 0:>7.2f}"
              f"  {r['pages']:>5}  {r['bytes']}")
    if options.json:
        options.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
