"""One way to print every listing: an aligned table, a JSON document, or CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

FORMATS = ("table", "json", "csv")
_WIDEST = 72


def render(rows: Sequence[dict[str, Any]], columns: Sequence[str], fmt: str, document: Any = None) -> str:
    """`document` is what JSON prints when it is more than the rows (a trace's envelope)."""
    if fmt == "json":
        return json.dumps(rows if document is None else document, ensure_ascii=False, indent=2)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[_raw(row.get(c)) for c in columns] for row in rows])
        return buffer.getvalue().rstrip("\n")
    if fmt == "md":
        return markdown(rows, columns)
    return table(rows, columns)


def markdown(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    if not rows:
        return "(none)"
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for row in rows:
        cells = (_cell(row.get(c), c).replace("|", "\\|") for c in columns)
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def table(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    if not rows:
        return "(none)"
    cells = [[_short(_cell(row.get(c), c)) for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    numeric = [all(_is_number(row.get(c)) for row in rows) for c in columns]

    def line(values: Sequence[str]) -> str:
        parts = [v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, widths, numeric)]
        return "  ".join(parts).rstrip()

    rule = ["-" * w for w in widths]
    return "\n".join([line(list(columns)), line(rule), *(line(r) for r in cells)])


def _cell(value: Any, column: str = "") -> str:
    if value is None and column != "present":
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if value is None and column == "present":
        return "unclear"
    if isinstance(value, int) and column.endswith("_sek"):
        # Kronor grouped as the minutes write them: 3 578 000.
        return f"{value:,}".replace(",", " ")
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    return " ".join(str(value).split())


def _raw(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_raw(v) for v in value)
    return str(value)


def _short(text: str) -> str:
    return text if len(text) <= _WIDEST else text[: _WIDEST - 1] + "…"


def _is_number(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
