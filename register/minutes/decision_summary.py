"""A summary of the meeting's decisions standing before the first item (`Beslutsöversikt`,
`Sammanfattning av beslut`, `Fattade beslut`, `Beslut i korthet`): one line per decision
(`- 2.1 (§ 5): Planen fastställs …`), each repeating what the item below decides. It decides
nothing itself and is no item's prose, as a decision log after the last § is not (`decision_log.py`).
The same title inside an item heads that item's own text and is left alone."""

from __future__ import annotations

import re

from register.minutes.text import Line, heading

_TITLE = re.compile(
    r"^\W*(?:Beslutsöversikt|Översikt\s+(?:över|av)\s+(?:fattade\s+)?beslut|Sammanfattning\s+av\s+(?:fattade\s+)?beslut(?:en)?"
    r"|Fattade\s+beslut|Beslut\s+i\s+(?:korthet|sammandrag|sammanfattning))\s*:?$", re.I)
_ROW = re.compile(r"^(?:[-*•–·]\s*\S|(?:\d{1,2}(?:\.\d{1,2})*\.?\s*)?\(?§\s*\d{1,3}\)?\s*[:.–-]\s*\S)")
"""`- 2.1 (§ 5): …`, `• § 7 – …`, `2.2 (§ 6): …`: a row of the summary."""


def lines_of(lines: list[Line]) -> range:
    """The indices of the summary, its title and its rows; empty where there is none before the first item."""
    first = next((i for i, line in enumerate(lines) if heading(line) is not None), len(lines))
    start = next((i for i in range(first) if _TITLE.match(lines[i].text)), None)
    if start is None:
        return range(0)
    end = start + 1
    while end < first and (not lines[end].text or _ROW.match(lines[end].text)):
        end += 1
    return range(start, end)


def blanked(lines: list[Line]) -> list[Line]:
    """The lines with the summary's made empty, for the readers of decisions: its rows say what
    was decided in the words of a decision, but they are no decisions of their own."""
    summary = lines_of(lines)
    return [Line(line.no, "", "") if i in summary else line for i, line in enumerate(lines)]
