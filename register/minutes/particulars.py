"""The meeting's particulars: which meeting it was (where a title block in columns says it), when and
where it was held, and who checks the minutes."""

from __future__ import annotations

import datetime as dt
import itertools
import re

from domain.errors import InvalidValue
from domain.ids import MeetingId
from register.minutes.checkers import chosen_in_their_paragraph, people
from register.minutes.text import Line, LineError, heading, is_table_row
from register.minutes.phrasebook import MONTHS, ORDINAL_DAY

_TIME_AND_PLACE = re.compile(r"^(?:Tid och plats|Plats och tid)\b\s*:?\s*(?P<rest>.*)$", re.I)
_WEEKDAY_LINE = re.compile(
    r"^(?:(?:Sammanträdes)?(?:Datum|Tid)(?:\s+och\s+(?:tid|plats))?\s*:?\s*)?"
    r"(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\s*,?\s*)?(?:den\s+)?(?=\d)",
    re.I,
)
"""`Måndag 2022-10-24`, `Datum: 2027-02-15`, `Datum: Måndag 2026-05-18`, `Tisdagen den 4 juni 2026`."""
_SHORT_MONTHS = {name[:3]: number for name, number in MONTHS.items()} | {"sept": 9}
_DATE = re.compile(
    r"\b(?P<iso>\d{4}-\d{2}-\d{2})\b|\b(?P<day>\d{1,2}|" + "|".join(sorted(ORDINAL_DAY, key=len, reverse=True))
    + r")\s+(?P<month>" + "|".join(MONTHS)
    + r"|" + "|".join(_SHORT_MONTHS) + r")\.?\s+(?P<year>\d{4})\b"
    r"|\b(?P<slash_day>\d{1,2})/(?P<slash_month>\d{1,2})\s+(?P<slash_year>\d{4})\b"
    r"|(?<![\d.])(?P<dot_day>\d{1,2})\.(?P<dot_month>\d{1,2})\.(?P<dot_year>\d{4})\b",
    re.I,
)
"""`2022-10-24`, `24 oktober 2022`, `den fjortonde maj 2099`, `9 nov. 2026`, `13/2 2031`, and as Finland writes it
`14.2.2048`, `14.02.2048`."""
_WEEKDAY_TAIL = re.compile(r"[,\s]*(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?)?(?:\s+den)?\s*$", re.I)
_PLACE_LABEL = re.compile(r"^Plats\s*:\s*(?P<place>.+)$", re.I)
_PLACE_ALONE = re.compile(r"^\s*Plats\s*:?\s*$", re.I)
_PLACE_COLUMN = re.compile(r"^Plats(?:\s*:|\s{2,}|\t)\s*(?P<place>\S.*)$", re.I)
"""`Plats      Rådhuset, Karlshamn` in a label column, told from its value by the gap (the line's raw text)."""
_BREAK = re.compile(r"^\(?\s*(?:ajournering|paus|uppehåll)\b", re.I)
"""`ajournering kl. 10.20–10.35` under the time: a break in the meeting, not its place."""
_TIME_TAIL = re.compile(r"[,\s]*\b(?:kl(?:ockan|\.)?\s*)?\d{1,2}[.:]\d{2}(?:\s*[–-]\s*\d{1,2}[.:]\d{2})?\W*$"
                        r"|[,\s]*\bkl(?:ockan|\.|\b)\s*$", re.I)
"""`…, Karlskrona, kl. 09.00–11.40`: the time after the place; `…, kl.` where the time went on to the next line."""
_LABELLED = re.compile(r"^\s*[\wåäöÅÄÖ ]{2,30}:")
"""A line that is itself a label (`Tid:`, `Närvarande:`): not a place."""
_BLOCK_ENDS = re.compile(r"^(?:Närvarande|Deltagare|Frånvarande|Beslutande|Ledamöter|Ordinarie|Tjänstgörande|Övriga|Ersättare"
                         r"|Utses|Justering|Sekreterare|Underskrifter|Paragrafer|Sammanträde\b|Diarienummer|Nej\b|Ja\b)", re.I)
"""The labels after `Tid och plats` in a title block: the place and time are told by then."""
_TIME_ONLY = re.compile(r"^(?:kl(?:ockan|\.)?\s*)?\d{1,2}[.:]\d{2}\b[\d.:\s–-]*(?:\(.*\))?$", re.I)
"""`kl. 13.15–15.50`: the time of the meeting on a line of its own, not its place."""


def _date(line: Line, at_start: bool = False) -> dt.date | None:
    """`2022-10-24` or `24 oktober 2022` in the line (at its start, for a bare date line)."""
    match = _DATE.match(line.text) if at_start else _DATE.search(line.text)
    if match is None:
        return None
    try:
        if match["iso"]:
            return dt.date.fromisoformat(match["iso"])
        if match["slash_day"]:
            return dt.date(int(match["slash_year"]), int(match["slash_month"]), int(match["slash_day"]))
        if match["dot_day"]:
            return dt.date(int(match["dot_year"]), int(match["dot_month"]), int(match["dot_day"]))
        month = match["month"].lower()
        day = match["day"].lower()
        return dt.date(int(match["year"]), MONTHS.get(month) or _SHORT_MONTHS[month],
                       int(day) if day.isdigit() else ORDINAL_DAY[day])
    except ValueError:
        raise LineError(line.no, f"invalid date {match[0]!r}") from None


def full_dates(text: str) -> list[dt.date]:
    """Every date the text writes with its year."""
    found = []
    for match in _DATE.finditer(text):
        try:
            if (day := _date(Line(0, match[0], match[0]), at_start=True)) is not None:
                found.append(day)
        except LineError:
            continue
    return found


def _time_and_place_block(lines: list[Line]) -> list[Line]:
    """The lines under `Tid och plats`, up to the attendance list or the first item."""
    for i, line in enumerate(lines):
        match = _TIME_AND_PLACE.match(line.text)
        if match is None:
            continue
        block = [Line(line.no, match["rest"], match["rest"])] if match["rest"] else []
        for following in lines[i + 1 : i + 12]:
            if _BLOCK_ENDS.match(following.text) or heading(following) or is_table_row(following):
                break
            if following.text:
                block.append(following)
        return block[:4]
    return []


def date_and_place(lines: list[Line]) -> tuple[dt.date | None, str]:
    """From `Tid och plats`: the date anywhere in it (a date broken over two lines too), the place
    the first lines in a row that say more than the date and the time; else the date from a line
    such as `Måndag 2022-10-24, kl. 09:00` and the place from a `Plats:` line or label column."""
    held_on: dt.date | None = None
    said: list[str] = []
    for line in _dates_joined(_time_and_place_block(lines)):
        if _TIME_ONLY.match(line.text) or _BREAK.match(line.text):
            continue
        day = _date(line)
        held_on = held_on or day
        # `Plats och tid  Kommunhuset, Karlskrona, måndagen den 19 oktober 2026`: the place before the date.
        text = _WEEKDAY_TAIL.sub("", _DATE.split(line.text, maxsplit=1)[0]) if day else _PLACE_LABEL.sub(r"\g<place>", line.text)
        said.append(text.strip(" ,"))
    # The place: the first lines in a row that say more than the date (`Konferensrummet, Ronneby,` above it, or below).
    place = ", ".join(itertools.takewhile(bool, itertools.dropwhile(lambda text: not text, said)))
    # A date alone on a line in the title block, else any date there, else a date alone further
    # down: `30 april 2040.` where a sentence wrapped is a due date in an item, not the meeting's.
    lines = lines[_mail_header_end(lines):]
    first = next((i for i, line in enumerate(lines) if heading(line) is not None), len(lines))
    held_on = (held_on or _bare_date(lines[:first]) or _meeting_said(lines[:first]) or _title_block_date(lines)
               or _bare_date(lines[first:]))
    if not place:
        place = next((m["place"] for line in lines if (m := _PLACE_LABEL.match(line.text) or _PLACE_COLUMN.match(line.raw.strip()))),
                     "") or _place_below(lines[:first]) or _place_said(lines[:first])
    return held_on, _TIME_TAIL.sub("", place).strip()


def _dates_joined(block: list[Line]) -> list[Line]:
    """`…, måndagen den 12 februari` / `2080 kl. 09.00`: a date broken over two lines made whole on the first."""
    joined: list[Line] = []
    for line in block:
        if joined and _date(joined[-1]) is None and (both := f"{joined[-1].text} {line.text}") and _date(Line(line.no, both, both)):
            joined[-1] = Line(joined[-1].no, both, both)
        else:
            joined.append(line)
    return joined


def _place_below(title_block: list[Line]) -> str:
    """`Plats:` alone, its value on the line below: a label column's cell too narrow for both."""
    for at, line in enumerate(title_block[:-1]):
        if _PLACE_ALONE.match(line.text) and title_block[at + 1].text.strip() and not _LABELLED.match(title_block[at + 1].text):
            return title_block[at + 1].text
    return ""


def _bare_date(lines: list[Line]) -> dt.date | None:
    """`Måndag 2022-10-24, kl. 09:00`, `Datum: 2027-02-15`: the first line that starts with a date, but
    where the line above is of the justering or the notice and goes on (`Justeringens plats och tid:
    Kansliet, Ronneby,` / `2034-03-15`)."""
    above = ""
    for line in lines:
        if not line.text:
            continue
        wrapped, above = _NOT_THE_MEETINGS.search(above) and not above.endswith("."), line.text
        if wrapped:
            continue
        if weekday := _WEEKDAY_LINE.match(line.text):
            rest = line.text[weekday.end():]
            if (held_on := _date(Line(line.no, rest, rest), at_start=True)) is not None:
                return held_on
    return None


_MAIL_FIELD = re.compile(r"^(?:Från|From|Skickat|Sent|Datum|Date|Till|To|Kopia|Cc|Ämne|Subject)\s*:", re.I)
_MAIL_FROM = re.compile(r"^(?:Från|From)\s*:", re.I)


def _mail_header_end(lines: list[Line]) -> int:
    """Where the header of minutes pasted into an e-mail ends (`Från:` … `Ämne:`, up to its
    first blank line), 0 where there is none: the day it was sent is not the meeting's."""
    filled = [i for i, line in enumerate(lines) if line.text]
    if not filled or not _MAIL_FROM.match(lines[filled[0]].text):
        return 0
    end = filled[0]
    while end < len(lines) and lines[end].text and _MAIL_FIELD.match(lines[end].text):
        end += 1
    return end


_PLACE_SAID = re.compile(rf"\b(?:möte|sammanträde)\w*\b[^.]*?\bden\s+(?:\d{{1,2}}\s+(?:{'|'.join(MONTHS)})\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
                         r"(?:,?\s+kl(?:ockan|\.)?\s*\d{1,2}[.:]\d{2}(?:\s*[–-]\s*\d{1,2}[.:]\d{2})?)?\s+(?:i|å|på)\s+(?P<place>[^.]{3,100})\.", re.I)
"""`Protokoll fört vid sammanträde med styrelsen … den 1 februari 2090 i förbundets kansli, Karlskrona.`"""


def _place_said(title_block: list[Line]) -> str:
    """The place the title block's sentence gives the meeting, after its date."""
    said = _PLACE_SAID.search(" ".join(line.text for line in title_block if line.text))
    return said["place"].strip() if said else ""


_MEETING_SAID = re.compile(
    r"\b(?:styrelse|direktions|nämnd)?(?:möte|sammanträde)(?:t|n|et)?(?:\s+i\s+[A-ZÅÄÖ]\w+)?,?\s+(?:den\s+)?(?=\d)", re.I)


_ANOTHER = re.compile(r"\b(?:nästa|kommande|följande|föregående|förra|tidigare|senaste)\s+$", re.I)


def _meeting_said(lines: list[Line]) -> dt.date | None:
    """`protokollet från styrelsemötet den 12 februari 2060`, `från mötet i Olofström den 21 oktober
    2060`: a date a sentence of the title block gives the meeting itself, its lines joined, since
    a letter's text wraps where it will."""
    text = " ".join(line.text for line in lines if line.text)
    for said in _MEETING_SAID.finditer(text):
        if _ANOTHER.search(text[:said.start()]):
            continue  # `nästa sammanträde den 5 maj`: another meeting's day
        rest = text[said.end():]
        if (held_on := _date(Line(lines[0].no, rest, rest), at_start=True)) is not None:
            return held_on
    return None


_NOT_THE_MEETINGS = re.compile(r"\b(?:juster|anslag|utskri|tas ned|sätts upp|paragrafer)", re.I)


def _title_block_date(lines: list[Line]) -> dt.date | None:
    """The first date in the title block (before the first item), where no label said which
    date is the meeting's; dates of justering, announcements and printing are not it."""
    for line in lines[:40]:
        if heading(line) is not None or is_table_row(line):
            break
        if line.text and not _NOT_THE_MEETINGS.search(line.text) and (found := _date(line)) is not None:
            return found
    return None


_CHOSEN = (
    re.compile(r"\butse(?:r|s)?\s+(?P<names>[^.]{3,80}?)\s+(?:att\s+)?(?:jämte\s+ordföranden\s+)?justera\b", re.I),
    re.compile(r"\bjustera\s+(?:dagens\s+)?protokoll(?:et)?\s+(?:utses|valdes|utsågs)\s+(?P<names>[^.]{3,80}?)(?:\.|$)", re.I),
    re.compile(r"\bvalde\s+(?P<names>[^.]{3,120}?)\s+(?:till|som)\s+justerare\b", re.I),
    re.compile(r"\btill\s+justerare\s+(?:valdes|utsågs)\s+(?P<names>[^.]{3,120}?)(?:\.|$)", re.I),
    re.compile(r"(?:^|[.:]\s*)(?P<names>[^.:]{3,80}?)\s+(?:valdes|utsågs)\s+(?:till|som)\s+justerare\b", re.I),
    # `Per Nilsson utsågs att jämte ordföranden justera protokollet`, `… valdes att justera protokollet tillsammans med …`
    re.compile(r"(?:^|[.:]\s*)(?P<names>[^.:]{3,80}?)\s+(?:utses|utsågs|valdes|väljs)\s+(?:till\s+)?att\s+"
               r"(?:jämte\s+ordföranden\s+)?justera\b", re.I),
)
_SIGNED = re.compile(r"^(?P<names>[^,]{3,60}),\s*(?:Justerare|Justerande)$", re.I)
_LABEL = re.compile(r"^(?:(?:Justerare|Justerande|Justeras|Justerat)\s*:|(?:Utses\s+att\s+justera|Justerare)(?:\s*:|\s{2,}|\t))"
                    r"\s*(?P<names>.+)$", re.I)
"""`Justeras: Anna Berg`, `Utses att justera  Mats Fransson (M)` in a label column, `Justerare    Anna Berg`."""


def justerare(lines: list[Line], paragraphs: list[str]) -> tuple[str, ...]:
    """Who was chosen to check the minutes, or signed as such; in order, each once: as the §
    that chooses them names them, else as a sentence, a label or a signature does."""
    if chosen := chosen_in_their_paragraph(lines):
        return tuple(chosen)
    found: list[str] = []
    candidates = [m["names"] for text in paragraphs for chosen in _CHOSEN for m in chosen.finditer(text)]
    for line in lines:
        if match := _SIGNED.match(line.text) or _LABEL.match(line.raw.strip()):  # raw: a label column is told by its gap
            candidates.append(match["names"])
    for names in candidates:
        found += [name for name in people(names) if name not in found]
    return tuple(found)


_COLUMN_LABEL = re.compile(
    r"(?:Sammanträde|Möte)(?:\s(?:nr|nummer))?|Protokoll\s(?:nr|nummer)|Mötesnummer|Sammanträdesnummer", re.I)
"""A column label of a title block in a grid (`Sammanträdesdatum   Sammanträde`), the value under it."""
_CELL = re.compile(r"[^\t ]+(?: [^\t ]+)*")
"""A cell of a grid's row: words apart by single spaces, cells by tabs or wider gaps."""
_COLUMN_ID = re.compile(r"(?P<id>\d{4}\s*[-:]\s*\d{1,3})|(?P<number>\d{1,2})\s*/\s*(?P<year>\d{4})|(?P<alone>\d{1,2})")
_TITLE_BLOCK_LINES = 25
_SLACK = 3
"""How far a value's cell may start from its label's: typewritten columns drift by a space or two."""


def meeting_in_columns(lines: list[Line]) -> tuple[MeetingId, int] | None:
    """The meeting a title block laid out in columns names under its `Sammanträde` label
    (`Styrelsen   2037-11-26   2037:6`), with the line it stands on; a number alone takes its
    year from a date on the same line. The value is the cell in the label's place: the same
    column of a row of as many cells (a Word or PDF table's), else the cell that starts where the
    label starts (a typewritten grid)."""
    for i, line in enumerate(lines):
        if line.no > _TITLE_BLOCK_LINES:
            break
        labels = list(_CELL.finditer(line.raw.expandtabs(8) if "\t" not in line.raw else line.raw))
        below = next((b for b in lines[i + 1:i + 3] if b.text), None)
        if below is None or len(labels) < 2:
            continue
        cells = list(_CELL.finditer(below.raw.expandtabs(8) if "\t" not in below.raw else below.raw))
        for at, label in enumerate(labels):
            if not _COLUMN_LABEL.fullmatch(label[0].rstrip(" :.")):
                continue
            if len(cells) == len(labels):
                value = cells[at][0]
            else:
                value = next((c[0] for c in cells if abs(c.start() - label.start()) <= _SLACK), "")
            if (found := _meeting_of(value, below)) is not None:
                return found, below.no
    return None


def _meeting_of(value: str, line: Line) -> MeetingId | None:
    """`2037:6`, `6/2037`, or `6` with the year of a date beside it, in the register's own form."""
    if (cell := _COLUMN_ID.fullmatch(value)) is None:
        return None
    dated = _date(line) if cell["alone"] else None
    written = cell["id"] or (f"{cell['year']}-{cell['number']}" if cell["number"]
                             else f"{dated.year}-{cell['alone']}" if dated else None)
    if written is None:
        return None
    try:
        read = MeetingId.parse(written)
    except InvalidValue:
        raise LineError(line.no, f"malformed meeting id {value!r}") from None
    # Furniture names the meeting as the register names it: `2037:6` printed `2037-6`.
    return MeetingId(read.year, read.number)
