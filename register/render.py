"""One way to print every listing: an aligned table, a JSON document, or CSV."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence
from typing import Any

from projections.rows import ViewRow

FORMATS = ("table", "json", "csv")
_WIDEST = 72


def render(rows: Sequence[ViewRow], kind: type[ViewRow], fmt: str, document: Any = None) -> str:
    """Rows of one view, with the columns its row class shows; `document` is what JSON prints
    when it is more than the rows (a trace's envelope)."""
    if fmt == "json":
        return as_json(rows if document is None else document)
    plain = [row.json() for row in rows]
    return _rendered(plain, kind.columns(plain), fmt)


def _rendered(rows: Sequence[dict[str, Any]], columns: Sequence[str], fmt: str) -> str:
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[_raw(row.get(c)) for c in columns] for row in rows])
        return visible(buffer.getvalue().rstrip("\n"))
    if fmt == "md":
        return visible(markdown(rows, columns))
    return visible(table(rows, columns))


def as_json(document: Any) -> str:
    # JSON escapes the C0 controls itself; DEL and the C1 controls it would print as they are.
    return _C1.sub(lambda m: f"\\u{ord(m[0]):04x}", json.dumps(document, ensure_ascii=False, indent=2, default=_plain))


def _plain(value: Any) -> Any:
    if isinstance(value, ViewRow):
        return value.json()
    raise TypeError(f"{type(value).__name__} is not plain data")


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_C1 = re.compile("[\x7f-\x9f]")


def visible(text: str) -> str:
    """Text for a terminal: a control character stored before they were refused (an ESC that
    would recolour the screen, a BEL) is shown as its escape, `\\x1b`, never sent as it is."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m[0]):02x}", text)


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


_KRONOR = {"granted_register", "granted_report", "outcome", "difference"}
"""Columns of kronor whose names do not end in _sek (the outcomes view's, named as the report names them)."""


def _cell(value: Any, column: str = "") -> str:
    if value is None and column == "due":
        return "ingen tid angiven"
    if value is None and column != "present":
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if value is None and column == "present":
        return "unclear"
    if isinstance(value, int) and not isinstance(value, bool) and (column.endswith("_sek") or column in _KRONOR):
        # Kronor grouped as the minutes write them: 3 578 000.
        return f"{value:,}".replace(",", " ")
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    if isinstance(value, dict) and "against" in value:
        return f"{value['for']}-{value['against']}-{value['abstained']}"
    if isinstance(value, dict) and "previous" in value:
        return corrected(value)
    if isinstance(value, dict) and "stated" in value:  # a meeting's justering
        said = [value["on"] or "", "by " + ", ".join(value["by"]) if value["by"] else "", "(the minutes say)" if value["stated"] else ""]
        return " ".join(part for part in said if part) or "yes"
    if isinstance(value, dict) and "name" in value:
        return value["name"] + (f" ({value['party']})" if value.get("party") else "")
    return " ".join(str(value).split())


def corrected(correction: dict[str, Any]) -> str:
    """`amount of 2026-2 §03:1 corrected 640 000 → 460 000 by 2026-4 §03:1`: a correction in a table's cell."""
    field, previous, value = correction["field"], correction["previous"], correction["value"]
    if field == "amount":
        previous, value = (_cell(int(v), "amount_sek") if v.isdigit() else v for v in (previous, value))
    what = f"{field} of {correction['decision']}" if correction.get("decision") else field
    return f"{what} corrected {previous} → {value} " + (f"by {correction['by']}" if correction["by"] else f"({correction['reason']})")


def _raw(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_raw(v) for v in value)
    if isinstance(value, dict):
        return _cell(value)
    return str(value)


def _short(text: str) -> str:
    return text if len(text) <= _WIDEST else text[: _WIDEST - 1] + "…"


def _is_number(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def import_summary(summary: Any) -> str:
    return visible(_import_summary(summary))


def _how_read(read: dict[str, Any] | None) -> list[str]:
    """How a file other than plain text was read; a text file is read as it stands."""
    if not read or read["format"] == "text":
        return []
    from register.minutes.document import Format, Reading

    return Reading(read["format"], Format(read["format"]).described, read["pages"], read["blocks"], read["lines"],
                   tuple(read["left_out"]), tuple(read["attendance_tables"])).said()


def _import_summary(summary: Any) -> str:
    """What an import recorded (or would record), decision by decision, for review."""
    done = f"recorded {summary.events} events" if summary.recorded else f"dry run: would record {summary.events} events; nothing written"
    present = [a for a in summary.attendance if a["present"]]
    unknown = [a for a in summary.attendance if a["present"] is None]
    lines = [
        f"meeting {summary.meeting} ({summary.date}) from {summary.source}: {done}",
        *_how_read(summary.read),
        f"justerare: {', '.join(summary.justerare) or '(none found)'}",
        *([f"justerat {summary.justerad or '(no day given)'}, as the minutes say: sealed"] if summary.justerad is not None else []),
        f"attendance: {len(summary.attendance)} listed, {len(present)} present, {len(unknown)} unclear",
        "",
        "decisions:",
    ]
    for decision in summary.decisions:
        generated = " (id generated)" if decision.generated else ""
        lines.append(f"  {decision.id}{generated}  {decision.kind}  (line {decision.line})")
        lines += [f"      {event}" for event in decision.events]
    if summary.items:
        lines += ["", "items:"]
        for i in summary.items:
            noted = " (placed on file)" if i["noted"] else ""
            lines.append(f"  {i['ref'] or '(no §)'} {i['title']}{noted}  (line {i['line']})")
            lines += [f"      {event}" for event in i["events"]]
    if summary.paragraphs:
        lines += ["", "paragraphs:"]
        lines += [f"  §{g['number']} {g['title']} (line {g['line']}): {g['read']}" for g in summary.paragraphs]
    if summary.unlinked:
        lines += ["", "cited, not linked:"]
        lines += [f"  line {u['line']}: {u['citation']}: {u['why']}" for u in summary.unlinked]
    if summary.to_review:
        lines += ["", "to review:"]
        lines += [f"  line {r['line']}: {r['what']}" for r in summary.to_review]
    if summary.warnings:
        lines += ["", "warnings:"]
        lines += [f"  line {w['line']}: {w['message']}" for w in summary.warnings]
    if summary.reviewed_by:
        lines += ["", f"reviewed by {summary.reviewed_by}; changed against what the importer proposed:"]
        lines += [f"  {change}" for change in summary.changed] or ["  nothing"]
    lines += ["", f"{len(summary.decisions)} decisions, {len(summary.unlinked)} cited, not linked, "
              f"{len(summary.to_review)} to review, {len(summary.warnings)} warnings"]
    return "\n".join(lines)
