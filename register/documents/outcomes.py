"""Reads an annual report's project follow-up (projektuppföljning): per project, the frame
granted, the outcome (utfall) and the difference, with the sum row that closes the table.

The table is found by its header: a line that names the project column (Projekt…, Insats,
Verksamhet, Namn), the granted frame (…ram… or Beviljat…), the outcome (Utfall) and the
difference (Differens, Avvikelse, Skillnad, Kvar, Återstår), with cells apart by tabs, `|` or
two spaces or more. Its rows run to the sum row (Summa, Totalt). Amounts are in Swedish
notation, with or without `kr`: `1 958 000`, `-12 500`, `−12 500`, `400 000 kr`; a header
that says `tkr` makes them thousands.
"""

from __future__ import annotations

import re

from domain.board import ReportedOutcome
from domain.values import MOST_KRONOR, fold
from register.documents.reading import DocumentError, Unread, check_year

_CELLS = re.compile(r"\t+|\s*\|\s*|\s{2,}")
_AMOUNT = re.compile(r"^[-−–]?\s*\d{1,3}(?:[ \u00a0\u202f]?\d{3})*(?:,0+)?(?:\s*t?kr)?$")
_SUM = re.compile(r"^(?:summa|totalt|total|sum)\b", re.I)


def parse_outcomes(text: str, name: str, year: int) -> tuple[ReportedOutcome, ...]:
    """The project rows of the document `name` for `year`, checked against its own sums."""
    check_year(text, name, year, "report")
    lines = text.splitlines()
    header = next((i for i, line in enumerate(lines) if _is_header(_cells(line))), None)
    if header is None:
        raise DocumentError(f"{name}: no project table found (a header naming the project, the granted frame, "
                            "the outcome (Utfall) and the difference, e.g. 'Projektnamn | Beviljad projektram | Utfall | Differens')",
                            Unread.NO_PROJECTS)
    # A table in thousands says so in its header (`Beviljat, tkr`): its amounts are scaled to kronor.
    unit = 1000 if re.search(r"\btkr\b", lines[header], re.I) else 1
    rows: list[ReportedOutcome] = []
    for index in range(header + 1, len(lines)):
        cells = _cells(lines[index])
        number = index + 1
        if not cells:
            if rows:
                break
            continue
        if all(set(cell) <= set("-–:= ") for cell in cells):  # a rule under the header, or between rows
            continue
        if _SUM.match(cells[0]):
            _check_sums(rows, cells, name, number, unit)
            return tuple(rows)
        row = _row(cells, name, number, unit)
        # Outcomes are matched to grants by the project's name: two rows of one name would share them.
        earlier = next((r for r in rows if fold(r.project) == fold(row.project)), None)
        if earlier is not None:
            raise DocumentError(f"{name}, lines {earlier.line} and {number}: the project {row.project!r} is named twice; "
                                "a project has one row", Unread.PROJECT_TWICE, number, project=row.project, first=earlier.line)
        rows.append(row)
    raise DocumentError(f"{name}, line {header + 1}: the project table has no sum row (Summa) to check it against",
                        Unread.NO_SUM_ROW, header + 1)


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in _CELLS.split(line.strip().strip("|")) if cell.strip()]


_PROJECT_COLUMN = ("projekt", "insats", "verksamhet", "namn")
_DIFFERENCE_COLUMN = ("differens", "avvikelse", "skillnad", "kvar", "återstår", "diff")


def _is_header(cells: list[str]) -> bool:
    if len(cells) < 4:
        return False
    first, rest = cells[0].casefold(), " ".join(cells[1:]).casefold()
    return first.startswith(_PROJECT_COLUMN) and ("ram" in rest or "beviljat" in rest) and "utfall" in rest and any(
        word in rest for word in _DIFFERENCE_COLUMN)


def _row(cells: list[str], name: str, line: int, unit: int) -> ReportedOutcome:
    if len(cells) != 4:
        raise DocumentError(f"{name}, line {line}: a project row needs four cells (project, frame, outcome, difference); "
                            f"found {len(cells)}: {' | '.join(cells)}", Unread.ROW_CELLS, line, found=len(cells))
    project, frame, outcome, difference = cells[0], *(_amount(cell, name, line, unit) for cell in cells[1:])
    for column, amount, cell in (("frame", frame, cells[1]), ("outcome", outcome, cells[2])):
        if amount < 0:  # only the difference may be below 0: a project that spent more than its frame
            raise DocumentError(f"{name}, line {line}: the {column} of {project} is negative: {cell!r}", Unread.NEGATIVE, line,
                                column=column, project=project, cell=cell)
    if frame - outcome != difference:
        raise DocumentError(f"{name}, line {line}: the difference for {project} is {_kr(difference)}, but the frame "
                            f"{_kr(frame)} minus the outcome {_kr(outcome)} is {_kr(frame - outcome)}", Unread.DIFFERENCE, line,
                            project=project, difference=difference, frame=frame, outcome=outcome, rest=frame - outcome)
    return ReportedOutcome(project=" ".join(project.split()), frame=frame, outcome=outcome, difference=difference, line=line)


def _check_sums(rows: list[ReportedOutcome], cells: list[str], name: str, line: int, unit: int) -> None:
    if not rows:
        raise DocumentError(f"{name}, line {line}: the project table has a sum row but no projects", Unread.SUM_WITHOUT_ROWS, line)
    if len(cells) != 4:
        raise DocumentError(f"{name}, line {line}: the sum row needs three amounts; found {' | '.join(cells[1:])}",
                            Unread.SUM_CELLS, line, found=len(cells) - 1)
    stated = [_amount(cell, name, line, unit) for cell in cells[1:]]
    summed = [sum(r.frame for r in rows), sum(r.outcome for r in rows), sum(r.difference for r in rows)]
    for column, said, added in zip(("frames", "outcomes", "differences"), stated, summed):
        if said != added:
            raise DocumentError(f"{name}, line {line}: the sum row gives {column} of {_kr(said)}, "
                                f"but the {len(rows)} project rows add up to {_kr(added)}", Unread.SUM_DIFFERS, line,
                                column=column, stated=said, added=added, rows=len(rows))


def _amount(cell: str, name: str, line: int, unit: int) -> int:
    """A cell's amount in kronor (`unit`: 1000 in a table of tkr)."""
    if not _AMOUNT.match(cell):
        raise DocumentError(f"{name}, line {line}: not an amount in kronor: {_short(cell)!r} (expected e.g. '1 958 000')", Unread.NOT_AN_AMOUNT, line,
                            cell=_short(cell))
    digits = re.sub(r"[^\d]", "", cell.removesuffix("kr").removesuffix("t").split(",")[0])
    # Counted before int() reads them: a cell of thousands of digits is refused, not converted.
    if len(digits.lstrip("0")) > len(str(MOST_KRONOR)) or int(digits) * unit > MOST_KRONOR:
        raise DocumentError(f"{name}, line {line}: {_short(cell)!r} is more than any board grants "
                            f"(at most {_kr(MOST_KRONOR)}); check the amount", Unread.TOO_MUCH, line, cell=_short(cell), most=MOST_KRONOR)
    return (-int(digits) if cell.lstrip()[0] in "-−–" else int(digits)) * unit


def _short(cell: str) -> str:
    return cell if len(cell) <= 40 else cell[:37] + "…"


def _kr(amount: int) -> str:
    return f"{amount:,}".replace(",", " ") + " kr"
