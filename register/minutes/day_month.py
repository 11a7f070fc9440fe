"""Dates written day/month without a year, as terse notes write them (`Styrelsemöte 2/2065, 14/3,
kl 13–15`, `Klart: 7/5`, `Justerat 21/3`): each is given its year before anything else reads it.

The meeting's own date takes the year of the meeting's id in the title block (`2/2065`), else of a
full date there (`Justerat 11/2 2065`); a date beside a cited meeting's id takes that meeting's year
(`Föreg. prot (6/2064, 4/12)`); a due (`Klart: 20/12`) the first such day after the meeting; any other
the year that puts it nearest the meeting (`15/1` in a December meeting is January next). Only minutes
whose own date is written so are touched.
"""

from __future__ import annotations

import datetime as dt
import re

from register.minutes.model import ParseWarning
from register.minutes.particulars import date_and_place, full_dates
from register.minutes.text import Line, heading, meeting_header

_YEARLESS = re.compile(r"(?<![\d/.,])(?P<day>\d{1,2})/(?P<month>\d{1,2})(?![\d/]|\.\d|\s*\d{4}\b)")
"""`14/3`, not `1/2065` (a meeting's id), `30/6 2066` (a year given) nor `2.5/3`."""
_DUE = re.compile(r"(?:\b(?:klart|senast|före|innan|deadline)\s*:?\s*(?:den\s+)?|\btill\s+(?:mötet\s+)?)$", re.I)
"""A due before the date (`Klart: 20/12`, `senast 7/5`): a due is read forward, the first such day after the meeting."""
_CITED = re.compile(r"(?<![\d/])\d{1,2}/(?P<year>\d{4}),?\s*$")
"""A meeting's id just before the date: `(6/2064, 4/12)`."""


def _day(match: re.Match[str], year: int) -> dt.date | None:
    try:
        return dt.date(year, int(match["month"]), int(match["day"]))
    except ValueError:
        return None


def _after(match: re.Match[str], held_on: dt.date) -> dt.date | None:
    return next((day for year in (held_on.year, held_on.year + 1)
                 if (day := _day(match, year)) is not None and day > held_on), None)


def _nearest(match: re.Match[str], held_on: dt.date) -> dt.date | None:
    candidates = [day for year in (held_on.year - 1, held_on.year, held_on.year + 1)
                  if (day := _day(match, year)) is not None]
    return min(candidates, key=lambda day: abs((day - held_on).days), default=None)


def _the_meetings_year(title: list[Line]) -> tuple[int, ParseWarning | None] | None:
    """The year of the meeting's id, else of the full dates in the title block; put to review where
    those name more than one year."""
    for line in title:
        if (found := meeting_header(line)) is not None:
            return found.year, None
    years = sorted({day.year for line in title for day in full_dates(line.text)})
    if not years:
        return None
    doubt = None if len(years) == 1 else ParseWarning(title[0].no, (
        f"the meeting's date is written without its year; {years[-1]} taken of the years the title block "
        f"names ({', '.join(map(str, years))}): if it is another, import with --date"))
    return years[-1], doubt


def with_years(text: str, lines: list[Line]) -> tuple[str, ParseWarning | None]:
    """The text with a year after every day/month that lacks one, where the meeting's own date is
    written so; else the text as it was."""
    if date_and_place(lines)[0] is not None:
        return text, None
    first = next((i for i, line in enumerate(lines) if heading(line) is not None), len(lines))
    title = lines[:first]
    dated = next((line for line in title if _YEARLESS.search(line.text)), None)
    found = _the_meetings_year(title) if dated is not None else None
    if dated is None or found is None:
        return text, None
    year, doubt = found
    held_on = _day(_YEARLESS.search(dated.text), year)  # type: ignore[arg-type]
    if held_on is None:
        return text, None
    out = []
    for no, raw in enumerate(text.split("\n"), start=1):
        def filled(match: re.Match[str]) -> str:
            cited = _CITED.search(raw[:match.start()])
            if cited or no == dated.no:
                day = _day(match, int(cited["year"]) if cited else year)
            else:
                day = (_after if _DUE.search(raw[:match.start()]) else _nearest)(match, held_on)
            return match[0] if day is None else f"{match[0]} {day.year}"
        out.append(_YEARLESS.sub(filled, raw))
    return "\n".join(out), doubt
