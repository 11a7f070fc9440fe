"""When a follow-up is due, as the minutes write it: one table of shapes, each with its reading.

Minutes leave years out (`vid decembermötet`, `senast 31 mars`): those are read as the first
such month or day after the meeting, once the meeting's date is known. A follow-up whose
minutes say it comes back "vid ett kommande styrelsemöte" has no due at all; one whose time
the table cannot read is listed for review.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import attrs

from domain.errors import InvalidValue
from domain.values import Due
from register.minutes.phrasebook import MONTH, MONTHS, ORDINAL_DAY


@attrs.frozen
class MonthNamed:
    """A due month written without its year (`vid styrelsens möte i juni`): the first such month
    after the meeting's."""

    month: int
    this_year: bool = False
    """`vid årets sista möte`: the meeting's own year, whatever its month."""

    def after(self, held_on: dt.date) -> Due:
        year = held_on.year if self.this_year or self.month > held_on.month else held_on.year + 1
        return Due.month(year, self.month)


@attrs.frozen
class DayNamed:
    """`senast 31 mars`: the first such day after the meeting."""

    month: int
    day: int

    def after(self, held_on: dt.date) -> Due:
        year = held_on.year if (self.month, self.day) > (held_on.month, held_on.day) else held_on.year + 1
        try:
            return Due.parse(dt.date(year, self.month, self.day).isoformat())
        except ValueError:  # 29 februari in a year without it
            return Due.month(year, self.month)


@attrs.frozen
class WeekNamed:
    """`senast vecka 41` without a year: that week's Sunday, the first such week after the meeting."""

    week: int

    def after(self, held_on: dt.date) -> Due:
        for year in (held_on.year, held_on.year + 1):
            try:
                sunday = dt.date.fromisocalendar(year, self.week, 7)
            except ValueError:
                continue
            if sunday > held_on:
                return Due.parse(sunday.isoformat())
        return Due.parse(None)


@attrs.frozen
class Midsummer:
    """`före midsommar`: midsommarafton, the first one after the meeting."""

    def after(self, held_on: dt.date) -> Due:
        for year in (held_on.year, held_on.year + 1):
            eve = next(dt.date(year, 6, d) for d in range(19, 26) if dt.date(year, 6, d).weekday() == 4)
            if eve > held_on:
                return Due.parse(eve.isoformat())
        return Due.parse(None)


DueAsWritten = Due | MonthNamed | DayNamed | WeekNamed | Midsummer
NEXT_MEETING = Due.parse("next-meeting")
NO_DUE = Due.parse(None)


def resolved(due: DueAsWritten, held_on: dt.date) -> Due:
    return due if isinstance(due, Due) else due.after(held_on)


def out_of_reach(due: Due, held_on: dt.date) -> str | None:
    """Why no meeting held on `held_on` could have set the due (`Due.check_near`), or None. Read as
    written, it is put to review: a review of it is refused until it is put right."""
    try:
        due.check_near(held_on)
    except InvalidValue as error:
        return f"{error}; is the year right?"
    return None


_SEASONS = {"våren": (3, 5), "vårens": (3, 5), "sommaren": (6, 8), "hösten": (9, 11), "höstens": (9, 11),
            "vintern": (12, 2)}
_SEASON = "(?P<season>" + "|".join(_SEASONS) + ")"
SEASONS = tuple(_SEASONS)
_YEAR = r"(?: (?P<year>\d{4}))?"
_ORDINAL = "|".join(sorted(ORDINAL_DAY, key=len, reverse=True))
"""`senast den trettionde april`: the day written as an ordinal, as a referat writes dates."""
_MEETING = r"(?:styrelse)?(?:möte|mötet|möten|mötena|sammanträde|sammanträdet|sammanträden|sammanträdena)"
_WHOSE = r"(?:[a-zåäö]{3,}s )?"
"""Whose meeting, in the genitive: the board's, its committee's, a council's (`utskottets`, `rådets`)."""


def _month_of(match: re.Match[str], month: int) -> DueAsWritten:
    return Due.month(int(match["year"]), month) if match["year"] else MonthNamed(month)


def _named_month(match: re.Match[str]) -> DueAsWritten:
    return _month_of(match, MONTHS[match["month"].lower()])


def _named_day(match: re.Match[str]) -> DueAsWritten:
    month = MONTHS[match["month"].lower()]
    day = int(match["day"]) if match["day"].isdigit() else ORDINAL_DAY[match["day"].lower()]
    if match["year"]:
        return Due.parse(dt.date(int(match["year"]), month, day).isoformat())
    return DayNamed(month, day)


def _slashed_day(match: re.Match[str]) -> DueAsWritten | None:
    month, day = int(match["month_no"]), int(match["day"])
    try:
        dt.date(int(match["year"] or 2000), month, day)
    except ValueError:
        return None
    return Due.parse(dt.date(int(match["year"]), month, day).isoformat()) if match["year"] else DayNamed(month, day)


def _week(match: re.Match[str]) -> DueAsWritten | None:
    week = int(match["week"])
    if not 1 <= week <= 53:
        return None
    if match["year"]:
        try:
            return Due.parse(dt.date.fromisocalendar(int(match["year"]), week, 7).isoformat())
        except ValueError:
            return None
    return WeekNamed(week)


def _season(match: re.Match[str]) -> DueAsWritten:
    """`till hösten` is its first month, `under hösten` its last, `efter sommaren` the month after."""
    first, last = _SEASONS[match["season"].lower()]
    word = match["word"].lower()
    if word == "efter":
        return _month_of(match, last % 12 + 1)
    return _month_of(match, last if word in ("under", "senast") else first)


def _fixed(due: DueAsWritten | None) -> Callable[[re.Match[str]], DueAsWritten | None]:
    return lambda match: due


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


SHAPES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], DueAsWritten | None]], ...] = (
    # nästa styrelsemöte, nästkommande sammanträde, nästa möte
    (_p(rf"\b(?:nästa|nästkommande|närmast följande) (?:ordinarie )?{_MEETING}\b"), _fixed(NEXT_MEETING)),
    # vid ett kommande styrelsemöte, vid ett senare tillfälle: no time named
    (_p(rf"\b(?:vid |på |till )?(?:ett |en )?(?:kommande|senare|framtida) (?:{_MEETING}|tillfälle)\b"
        r"|\blängre fram\b|\bså snart som möjligt\b"), _fixed(None)),
    # senast den 2027-03-31 (not `en uppföljning per 2148-04-30`: the day it reports as of)
    (_p(r"(?<!\bper )(?<!\bper den )\b(?:senast |före |innan |till )?(?:den )?(?P<iso>\d{4}-\d{2}-\d{2})\b"), lambda m: Due.parse(m["iso"])),
    # senast 31 mars, senast den 30 oktober 2026, vid mötet den 21 september, vid (till) styrelsens
    # sammanträde den 25 september (not `per den 31 augusti`)
    (_p(rf"\b(?:senast|före|innan|till|(?:vid|på|till) {_WHOSE}(?:styrelse)?"
        rf"(?:möte|mötet|sammanträde|sammanträdet)) (?:den )?(?P<day>\d{{1,2}}|{_ORDINAL}) "
        rf"{MONTH}{_YEAR}\b"), _named_day),
    # till mötet 6/11, senast 30/9 2031: a day and month written with a slash
    (_p(rf"\b(?:senast|före|innan|till|(?:vid|på|till) {_WHOSE}{_MEETING}) (?:den )?"
        r"(?P<day>\d{1,2})/(?P<month_no>\d{1,2})(?: (?P<year>\d{4}))?\b(?!/)"), _slashed_day),
    # att behandlas av styrelsen den 5 maj 2047, för beslut i styrelsen den 2 juni: the day the board takes it up
    (_p(rf"\b(?:behandlas|behandling|tas upp|beslutas|avgöras|föreläggas|för beslut)(?: (?:av|i|på|vid|hos) "
        rf"(?:\w*styrelsen|direktionen|nämnden|{_MEETING}))? (?:den )?(?P<day>\d{{1,2}}) {MONTH}{_YEAR}\b"), _named_day),
    # senast vecka 41: the week's Sunday
    (_p(r"\b(?:senast |till |under |före )?(?:i )?vecka (?P<week>\d{1,2})(?: (?P<year>\d{4}))?\b"), _week),
    # styrelsens maj-möte 2026, decembermötet
    (_p(rf"\b(?:styrelsens )?{MONTH}-?(?:möte|mötet|sammanträde|sammanträdet){_YEAR}\b"), _named_month),
    # styrelsemötet i februari 2026, sammanträdet i juni, när styrelsen sammanträder i oktober
    (_p(rf"\b(?:{_MEETING}|sammanträder|möts|träffas) (?:i|under) {MONTH}{_YEAR}\b"), _named_month),
    # senast i mars, före utgången av maj 2027, under oktober
    (_p(rf"\b(?:senast (?:i |under )?|(?:före|innan|vid) (?:utgången|slutet) av |under |i slutet av ){MONTH}{_YEAR}\b"),
     _named_month),
    # … hur samverkan har utvecklats i oktober 2026. (a month and year ending an obligation)
    (_p(rf"\b(?:i|under) {MONTH} (?P<year>\d{{4}})(?=\s*[.;]?\s*$)"), _named_month),
    # Karlskrona ska i september redovisa …, redovisar till styrelsen i september hur …: the month right
    # after the obligation's verb, or after the report's verb and whom it is for
    (_p(rf"\b(?:(?:ska|skall) (?:också |även )?|(?:åter)?(?:redovisa|rapportera)r?(?: till| för)? (?:styrelsen )?)"
        rf"(?:i|under) {MONTH}{_YEAR}\b"), _named_month),
    # … och återkomma till styrelsen med förslag i december. (a month ending an obligation, its year unsaid)
    (_p(rf"\b(?:i|under) {MONTH}{_YEAR}(?=\s*[.;]?\s*$)"), _named_month),
    # till hösten, under våren 2027, efter sommaren, inför hösten
    (_p(rf"\b(?P<word>till|inför|vid|på|efter|under|före|innan|senast) {_SEASON}{_YEAR}\b"), _season),
    # före midsommar: midsommarafton, the Friday between 19 and 25 June
    (_p(r"\b(?:före|innan|till|senast (?:till )?)\s*midsommar(?:afton)?\b"), lambda m: Midsummer()),
    # första sammanträdet efter sommaruppehållet, efter semestrarna
    (_p(r"\befter (?:sommaruppehållet|semester\w*|sommarledigheten)\b"), _fixed(MonthNamed(9))),
    # vid styrelsens sista sammanträde 2048 i december, det sista mötet 2048: the year's last meeting
    (_p(rf"\bsista {_MEETING} (?:år )?(?P<year>\d{{4}})(?: (?:i|under) {MONTH})?\b"),
     lambda m: _month_of(m, MONTHS[m["month"].lower()] if m["month"] else 12)),
    # vid årets sista möte, före årsskiftet, före årets slut
    (_p(rf"\b(?:årets sista {_MEETING}|(?:före|innan|vid) (?:årsskiftet|årets slut|årets utgång|utgången av året))\b"),
     _fixed(MonthNamed(12, this_year=True))),
)

# Words that suggest a time is meant although no shape above read one.
_TIMELY = _p(rf"\b(?:{_MEETING}|vår\w*|sommar\w*|höst\w*|vinter\w*|vecka \d+|kvartal\w*|tertial\w*|årsskifte\w*|"
             r"månad\w*|inom \w+ (?:veckor|månader)|(?:19|20|21)\d\d)\b")


# Read only where none of the shapes above is: a month and year in the middle of an
# obligation (`ska redovisa för styrelsen i september 2026 hur …`).
FALLBACK_SHAPES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], DueAsWritten | None]], ...] = (
    (_p(rf"\b(?:i|under) {MONTH} (?P<year>\d{{4}})\b"), _named_month),
)


@attrs.frozen
class DueFound:
    due: DueAsWritten | None
    """None: the minutes say it comes back without naming when."""
    start: int
    end: int


def find_due(text: str) -> DueFound | None:
    """The first due the text names, where in the text it stands; None if it names none."""
    found = [(match, read) for pattern, read in SHAPES if (match := pattern.search(text))]
    found = found or [(match, read) for pattern, read in FALLBACK_SHAPES if (match := pattern.search(text))]
    if not found:
        return None
    match, read = min(found, key=lambda pair: (pair[0].start(), -pair[0].end()))
    return DueFound(read(match), match.start(), match.end())


def due_in(text: str) -> DueAsWritten | None:
    found = find_due(text)
    return None if found is None else found.due


SAID_AFTER = _p(r"^(?:(?:Uppdraget|Ärendet|Beslutet|Rapporten|Redovisningen|Återrapporteringen)\s+(?:ska|skall)\b"
                r"|(?:Återrapport(?:ering)?|Redovisas|Tid\s+för\s+återrapport(?:ering)?|Klart(?:\s+(?:till|senast))?)\s*:\s*(?=\S)"
                r"|[\wåäö]+(?:et|en|na)\s+(?:ska|skall)\s+(?:redovisas|läggas\s+fram|lämnas|presenteras|återrapporteras|rapporteras)\b"
                r"|[\wåäö]+(?:et|en|na)\s+(?:redovisas|läggs\s+fram|lämnas|presenteras|återrapporteras|rapporteras)"
                r"(?:\s+(?:för|till)\s+(?:styrelsen|direktionen|nämnden|utskottet))?\s+(?:vid|på|till|senast|i)\b)")
"""`… att ta fram en modell. Uppdraget ska redovisas vid styrelsens sammanträde i maj.`, a form's row
`Återrapportering: Senast i maj 2092` under the decision, `Förslaget ska
läggas fram vid sammanträdet i april.`, `Planen redovisas för direktionen vid sammanträdet 2097-11-27.`: the
sentence after a decision that tells when what it asks (or what the task yields) comes back is the
decision's own."""


_ROW_BESIDE = _p(r"^(?:Ansvarig|Ansvar|Handläggare)\s*:")
_DUE_ROW = _p(r"^(?:Återrapport(?:ering)?|Redovisas|Tid\s+för\s+återrapport(?:ering)?|Klart(?:\s+(?:till|senast))?)\s*:\s*\S")


def due_row(texts: list[str]) -> int | None:
    """Where, among the lines after a decision, a form's row says when it is reported on or done
    (`Återrapportering: Senast i maj 2092`, `Klart till: nästa möte`), past blank lines and a row naming who is responsible;
    None where anything else comes first."""
    for k, text in enumerate(texts):
        if _DUE_ROW.match(text):
            return k
        if text and not _ROW_BESIDE.match(text):
            return None
    return None


def due_after(text: str) -> DueAsWritten | None:
    """The due the sentence right after a decision gives it, where that sentence is of it (`SAID_AFTER`)."""
    following = re.split(r"(?<=[.!?])\s+", text.strip(), maxsplit=1)
    if len(following) < 2 or not SAID_AFTER.match(following[1]):
        return None
    return due_in(following[1])


def unread_time(text: str) -> str | None:
    """The words that seem to name a time in a follow-up whose due no shape could read."""
    if find_due(text) is not None:
        return None
    match = _TIMELY.search(text)
    if match is None:
        return None
    before = text[: match.start()].split()[-3:]
    after = text[match.end():].split()[:2]
    return " ".join([*before, match[0], *after]).strip(" .,;")


_LEADING_PREPOSITION = _p(r"\b(?:vid|på|till|inför|under|i|senast|före|innan)(?:\s+(?:styrelsens|direktionens|nämndens))?\s*$")
"""What leads into the due phrase (`vid styrelsens` before `sammanträde i december`): no part of the subject."""


def without_due(text: str) -> str:
    """The subject of an obligation: its text without the due phrase that ends or starts it."""
    found = find_due(text)
    if found is not None:
        before = _LEADING_PREPOSITION.sub("", text[: found.start])
        text = f"{before} {text[found.end:]}"
    return " ".join(text.split()).strip(" .,;")
