"""A list that is what a clause decides, not clauses of its own: `att fastställa följande
sammanträdesplan för 2116:` over `• tisdag 11 februari` / `• tisdag 7 april`. The points are
the plan's dates, each no decision; they stay with the clause that lists them, and no `Att` is
put before a text that did not have it. A lead that only opens the clauses below it
(`Styrelsen beslutar att:`, `… beslutar följande:`) is no such clause: its points decide."""

from __future__ import annotations

import re

from register.minutes.text import Line

_BULLET = re.compile(r"^[-–•*]\s+(?!att\b)(?P<text>\S.*)$", re.I)
_LEAD_ONLY = re.compile(r"(?:\batt|\bbeslut\w*|\bföreslår|\bföreslås|\bföljande)\s*:$", re.I)
_A_CLAUSE = re.compile(r"\batt\s+\w+\s+\S+.*:$", re.I)
"""A clause that says what it does before its colon: `att fastställa följande plan:`."""


def folded(taken: list[Line]) -> list[Line]:
    """The lines of a decision block, each point of a list a clause names joined to that clause:
    `… sammanträdesplan för 2116: tisdag 11 februari, tisdag 7 april.`"""
    result: list[Line] = []
    listing = False
    for line in taken:
        point = _BULLET.match(line.text)
        if point is not None and (listing or (result and _lists_content(result[-1].text))):
            said = f"{result[-1].text} {point['text'].rstrip(',;.')},"  # the comma ends it as a clause ends
            result[-1] = Line(result[-1].no, said, said)
            listing = True
            continue
        listing = False
        result.append(line)
    return result


def _lists_content(text: str) -> bool:
    return bool(_A_CLAUSE.search(text)) and not _LEAD_ONLY.search(text)
