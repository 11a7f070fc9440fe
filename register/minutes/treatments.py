"""A case system's treatment lines (`Styrelsen 10.04.2048  § 15`): each § of such an export is
headed by the body, the meeting's date and its number, and a matter that returns reprints its
earlier treatment first under a line of the same shape with the earlier date (its ärendehistorik),
then begins the new one under a line with this meeting's date. This meeting's date is the one its
title block gives, else the latest among the lines (an earlier treatment cannot come after it): a
line with it heads the § where none does yet, and is passed over where the § is already headed;
the text under a line with an earlier date is history, kept out of what is read so that nothing
it reprints is decided again, while the line itself stays to cite the earlier treatment, as the
whole of the new treatment cites it (`items.py` reads what the citation does from the § around
it: a report come in, a matter back)."""

from __future__ import annotations

import datetime as dt
import re

from register.minutes.phrasebook import BOARD, BOARDS

_BODY = (rf"(?:{BOARD}|{BOARDS}|(?:[\w-]+\s+(?:och\s+)?){{0,3}}?[\w-]*"
         r"(?:styrelse|nämnd|utskott|direktion|fullmäktige|sektion|råd)(?:en|et|n|s)?)")
"""The board, or another body whose treatment the history reprints (`Social- och hälsovårdsnämnden`,
`Stadsstyrelsens allmänna sektion`)."""
_TREATMENT = re.compile(
    rf"^{_BODY}\s+(?P<day>\d{{1,2}})\.(?P<month>\d{{1,2}})\.(?P<year>\d{{4}})\s+§\s*(?P<item>\d{{1,3}})$", re.I)
_HEADING = re.compile(r"^§\s*(?P<item>\d{1,3})\b")


def _day(match: re.Match[str]) -> dt.date | None:
    try:
        return dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return None


_DOTTED = re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})\b")
_NOT_HELD = re.compile(r"juster|anslag|framlagt|kallelse", re.I)


def _held(lines: list[str], before: int) -> dt.date | None:
    """The meeting's own date: the first one the title block gives (not its justering's), before
    the first treatment line and the first §."""
    for line in lines[:before]:
        if _HEADING.match(line):
            break
        if line and not _NOT_HELD.search(line) and (match := _DOTTED.search(line)) and (day := _day(match)):
            return day
    return None


def read(lines: list[str]) -> tuple[list[str], set[int], set[int]]:
    """The lines with each treatment line of this meeting said as a heading (`§ 15`, its title
    joined from below as for any lone number) or blanked under one, and the indices of each
    earlier treatment's text, to be taken out as page furniture is (before it is looked for: the
    heading lines repeat on every page), and of the lines that cite an earlier treatment, which
    are no page furniture however alike they look. Where no line of this meeting's date heads the
    new treatment of the same §, the reprint is its one paragraph."""
    marks = {i: (match, day) for i, line in enumerate(lines)
             if (match := _TREATMENT.match(line)) and (day := _day(match)) is not None}
    if not marks:
        return lines, set(), set()
    today = _held(lines, min(marks)) or max(day for _, day in marks.values())
    result, taken, cited = list(lines), set(), set()
    current: int | None = None
    history = one_paragraph = False
    reprinted = 0
    for i, line in enumerate(lines):
        if not line:
            continue
        if history and one_paragraph and reprinted and not lines[i - 1]:
            history = False  # after a blank line: the one paragraph the reprint is has ended
        if i in marks:
            match, day = marks[i]
            number = int(match["item"])
            history = day != today
            if history:
                cited.add(i)
                reprinted = 0
                one_paragraph = not _headed_again(lines, marks, today, i, current)
            else:
                result[i] = "" if number == current else f"§ {number}"
                current = number
            continue
        if (heading := _HEADING.match(line)) is not None:
            current, history = int(heading["item"]), False
        elif history:
            taken.add(i)
            reprinted += 1
    return result, taken, cited


def _headed_again(lines: list[str], marks: dict[int, tuple[re.Match[str], dt.date]], today: dt.date, i: int,
                  current: int | None) -> bool:
    """Whether a line of this meeting's date begins the new treatment of the same § below line i."""
    for k in range(i + 1, len(lines)):
        if k in marks and marks[k][1] == today:
            return int(marks[k][0]["item"]) == current
        if _HEADING.match(lines[k]):
            return False
    return False


def cites_earlier(text: str) -> bool:
    """Whether a paragraph is nothing but a treatment line (left standing only for an earlier one)."""
    return bool(_TREATMENT.match(" ".join(text.split())))
