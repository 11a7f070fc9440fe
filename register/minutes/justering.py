"""Whether the minutes say they were justerade, and on which day: `Protokollet är justerat`,
`Protokollet justerat 2026-04-27`, `Justeringens plats och tid  Förbundets kansli, 2031-04-10`.
What the minutes say of an earlier meeting's minutes (`Protokollet från … är justerat och läggs
till handlingarna`) is not their own justering."""

from __future__ import annotations

import datetime as dt
import re

from register.minutes.model import Justering
from register.minutes.particulars import _DATE, _date
from register.minutes.text import Line

_STATED = re.compile(r"\bProtokollet\s+(?:är\s+justerat|har\s+justerats|justerades|justerat)\b"
                     r"(?P<rest>[^.]*)", re.I)
_DAY_AFTER = re.compile(r"^\s*(?:den\s+|(?:mån|tis|ons|tors|fre|lör|sön)dagen\s+den\s+)?(?=\d)", re.I)
_EARLIER_MINUTES = re.compile(r"\bläggs\b|\bhandling|\bgodkän|\bföregående\b|\bfrån\b", re.I)
"""Words near `Protokollet är justerat` that show it is about the last meeting's minutes."""
_PLACE_AND_TIME = re.compile(r"^Justeringens\s+(?:(?:plats\s+och\s+tid|tid\s+och\s+plats)\b\s*:?)?(?P<rest>.*)$", re.I)
"""Also the label broken over two lines, the text beside its first: `Justeringens  Kansliet, 2031-06-12` / `plats och tid`."""


def justering(lines: list[Line]) -> Justering | None:
    """The justering the minutes state, with the day they give (in the sentence that says it,
    else under `Justeringens plats och tid`); None where they do not say."""
    stated: Justering | None = None
    planned: Justering | None = None
    for i, line in enumerate(lines):
        following = lines[i + 1].text if i + 1 < len(lines) else ""
        match = _STATED.search(f"{line.text} {following}")
        before = (lines[i - 1].text if i else "") + " " + line.text[: match.start()] if match else ""
        if match is not None and match.start() < len(line.text) and not _EARLIER_MINUTES.search(match["rest"] + " " + before):
            if stated is None or stated.on is None:
                stated = Justering(line.no, _day_after(line.no, match["rest"]))
        elif (place := _PLACE_AND_TIME.match(line.text)) is not None and planned is None:
            # `fredagen den 28 maj` / `2027 kl. 10.00`: the day may go on on the next line.
            rest = place["rest"] + ("" if _DATE.search(place["rest"]) else f" {following}")
            if _DATE.search(rest) is not None:
                planned = Justering(line.no, _date(Line(line.no, rest, rest)))
    if stated is None:
        return planned
    return stated if stated.on is not None or planned is None else Justering(stated.line, planned.on)


def _day_after(no: int, rest: str) -> dt.date | None:
    """`justerat 2026-04-27`, `justerades den 10 april 2031`: a day right after the words."""
    start = _DAY_AFTER.match(rest)
    if start is None:
        return None
    after = rest[start.end():]
    return _date(Line(no, after, after), at_start=True) if _DATE.match(after) else None
