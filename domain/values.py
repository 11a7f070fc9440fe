"""Value objects carried inside events: parties, dues, attendance, amounts, kinds, dates."""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import enum
import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import ClassVar

import attrs

from domain.errors import InvalidValue, NotADue, NotKronor, NotOneOf, UnknownParty
from domain.text import LONGEST_TEXT, fold, plain, plain_each  # noqa: F401 (where the values' users have always found them)


@attrs.frozen
class Party:
    """A member party of the board (a member organisation), by its name.

    Which parties a board has is data: recorded with `register parties set`, and set for the
    command at hand with `known_parties`. Until a board records its own, names are read
    against FINSAM Blekinge's eight, which are also named here (`Party.KARLSKRONA`)."""

    value: str

    FORSAKRINGSKASSAN: ClassVar[Party]
    ARBETSFORMEDLINGEN: ClassVar[Party]
    REGION_BLEKINGE: ClassVar[Party]
    KARLSKRONA: ClassVar[Party]
    RONNEBY: ClassVar[Party]
    KARLSHAMN: ClassVar[Party]
    SOLVESBORG: ClassVar[Party]
    OLOFSTROM: ClassVar[Party]

    @classmethod
    def known(cls) -> tuple[Party, ...]:
        """The parties names are read against: the board's, or FINSAM Blekinge's eight."""
        return _KNOWN_PARTIES.get()

    @classmethod
    def parse(cls, text: str) -> Party:
        """Accepts the name as the minutes spell it, with or without genitive s or diacritics."""
        found = cls.find(text)
        if found is None:
            raise UnknownParty(text, tuple(p.value for p in cls.known()))
        return found

    @classmethod
    def find(cls, text: str) -> Party | None:
        """The party `text` names, as `parse` reads it; None where it names none. The importer
        asks it of every word of the minutes, so the spellings are made once per party list."""
        known = cls.known()
        spellings, names = _spellings(known)
        # The first party, in the list's order, that either reading names.
        at = min(spellings.get(fold(text), len(known)), names.get(fold(text.rstrip("s")), len(known)))
        return known[at] if at < len(known) else None

    def __str__(self) -> str:
        return self.value


Party.FORSAKRINGSKASSAN = Party("Försäkringskassan")
Party.ARBETSFORMEDLINGEN = Party("Arbetsförmedlingen")
Party.REGION_BLEKINGE = Party("Region Blekinge")
Party.KARLSKRONA = Party("Karlskrona kommun")
Party.RONNEBY = Party("Ronneby kommun")
Party.KARLSHAMN = Party("Karlshamns kommun")
Party.SOLVESBORG = Party("Sölvesborgs kommun")
Party.OLOFSTROM = Party("Olofströms kommun")

FINSAM_BLEKINGE = (Party.FORSAKRINGSKASSAN, Party.ARBETSFORMEDLINGEN, Party.REGION_BLEKINGE, Party.KARLSKRONA,
                   Party.RONNEBY, Party.KARLSHAMN, Party.SOLVESBORG, Party.OLOFSTROM)
"""The eight member parties of FINSAM Blekinge, the first board the register served."""

@functools.lru_cache(maxsize=8)
def _spellings(known: tuple[Party, ...]) -> tuple[dict[str, int], dict[str, int]]:
    """Every spelling `Party.parse` accepts, folded, with the place in `known` of the first party
    it names: the name, its genitive, and (minutes misspell names: `Olofstoms kommun`) the name
    with one letter dropped; and the names alone."""
    spellings: dict[str, int] = {}
    names: dict[str, int] = {}
    for at, party in enumerate(known):
        name = fold(party.value)
        names.setdefault(name, at)
        for spelling in (name, name + "s", *(name[:i] + name[i + 1:] for i in range(len(name)))):
            spellings.setdefault(spelling, at)
    return spellings, names


_KNOWN_PARTIES: ContextVar[tuple[Party, ...]] = ContextVar("known_parties", default=FINSAM_BLEKINGE)


@contextmanager
def known_parties(names: Iterable[str]) -> Iterator[None]:
    """Within the block, party names are read against these (a command's board's parties)."""
    token = _KNOWN_PARTIES.set(tuple(Party(name) for name in names) or FINSAM_BLEKINGE)
    try:
        yield
    finally:
        _KNOWN_PARTIES.reset(token)


FIRST_DAY = dt.date(2004, 1, 1)
"""The day the law on financial coordination (FINSAM) took effect: no samordningsförbund met before it."""


def check_meeting_date(meeting: object, held_on: dt.date) -> None:
    """A meeting is held in the year its id names (`2026-1` in 2026), and not before boards like
    this one could meet."""
    year = getattr(meeting, "year")
    if held_on < FIRST_DAY:
        raise InvalidValue(f"meeting {meeting} dated {held_on}: no samordningsförbund met before {FIRST_DAY}")
    if held_on.year != year:
        raise InvalidValue(f"meeting {meeting} dated {held_on}: a meeting is held in the year its id names "
                           f"({year}), e.g. {meeting} on {year}-{held_on.month:02d}-{held_on.day:02d}")


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidValue(f"not an ISO date (YYYY-MM-DD): {text!r}") from None


def parse_instant(text: str) -> dt.datetime:
    """A recorded instant: an ISO date (its first moment) or date-time; UTC unless an offset is given."""
    try:
        instant = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise InvalidValue(f"not an ISO date or date-time: {text!r}") from None
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=dt.timezone.utc)
    try:
        return instant.astimezone(dt.timezone.utc)
    except OverflowError:  # `0001-01-01T00:00+01:00` is before the first instant there is
        raise InvalidValue(f"{text!r} lies outside the calendar once turned to UTC: give an instant between "
                           "0001-01-02 and 9999-12-30") from None


MOST_KRONOR = 10**10
"""Ten thousand million kronor: more than any samordningsförbund has ever granted at once; an
amount above it is a misreading, not a grant."""


def parse_kronor(value: object) -> int:
    """A whole, positive number of kronor; `3 578 000`, `3578000` and `3 578 000 kr` are equal.
    Digits are 0–9 as written in Sweden (not `²` or full-width `１`)."""
    amount = value
    if isinstance(value, str):
        digits = value.strip().removesuffix("kr").replace(" ", "").replace("\u00a0", "")
        amount = int(digits) if re.fullmatch(r"[0-9]{1,15}", digits) else None
    if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
        shown = value if not isinstance(value, str) or len(value) <= 40 else value[:37] + "…"
        raise NotKronor(f"not a whole, positive number of kronor: {shown!r} (e.g. 250000 or '250 000')", shown=str(shown))
    if amount > MOST_KRONOR:
        raise NotKronor(f"{amount} kr is more than any board grants (at most {MOST_KRONOR:,} kr): "
                        "check the amount".replace(",", " "), shown=str(amount), most=MOST_KRONOR)
    return amount


class DecisionStatus(enum.StrEnum):
    """Whether a decision stands: in force until withdrawn, revoked or superseded; void when a
    rättelse says it was never taken."""

    IN_FORCE = "in_force"
    WITHDRAWN = "withdrawn"
    REVOKED = "revoked"
    SUPERSEDED = "superseded"
    VOID = "void"


class PlanStatus(enum.StrEnum):
    """Where a party's plan for a year stands."""

    PROPOSED = "proposed"
    REFERRED_BACK = "referred_back"
    ADOPTED = "adopted"
    WITHDRAWN = "withdrawn"
    """Adopted once, and every adopting decision has since ended."""


class FollowUpStatus(enum.StrEnum):
    """Where a follow-up stands on a day: the one place that says so."""

    OPEN = "open"
    OVERDUE = "overdue"
    DONE = "done"
    WRITTEN_OFF = "written_off"
    """Avskriven: closed without being done, with a reason."""

    @classmethod
    def on(cls, as_of: dt.date, closed: FollowUpStatus, due: Due, opened_on: dt.date,
           meetings_held: Sequence[dt.date]) -> FollowUpStatus:
        """`closed`: what the follow-up's fold decided (open, done or written off); `meetings_held`:
        the board's meeting dates in ascending order."""
        if closed is not cls.OPEN:
            return closed
        return cls.OVERDUE if due.missed(opened_on, as_of, meetings_held) else cls.OPEN


class DueKind(enum.Enum):
    MONTH = "month"
    DATE = "date"
    NEXT_MEETING = "next-meeting"
    NONE = "none"


@attrs.frozen
class Due:
    """When a follow-up is due: a month (`2026-05`, the meeting that month), a date, or the next meeting."""

    kind: DueKind = attrs.field(converter=DueKind)
    value: str = ""

    @classmethod
    def parse(cls, text: str | None) -> Due:
        return _due_parsed(text)

    @classmethod
    def _parse(cls, text: str | None) -> Due:
        if text is None or not text.strip() or text.strip() == "none":
            return cls(DueKind.NONE)
        cleaned = text.strip()
        if cleaned == "next-meeting":
            return cls(DueKind.NEXT_MEETING)
        if len(cleaned) == 7:
            try:
                dt.date.fromisoformat(cleaned + "-01")
            except ValueError:
                pass
            else:
                return cls(DueKind.MONTH, cleaned)
        try:
            return cls(DueKind.DATE, dt.date.fromisoformat(cleaned).isoformat())
        except ValueError:
            raise NotADue(f"not a due date: {text!r}: expected YYYY-MM, YYYY-MM-DD or next-meeting", text=text) from None

    @classmethod
    def month(cls, year: int, month: int) -> Due:
        return cls(DueKind.MONTH, f"{year:04d}-{month:02d}")

    def first_day(self) -> dt.date | None:
        """The first day the due names (a month's first); None if that depends on meetings."""
        if self.kind is DueKind.MONTH:
            return dt.date.fromisoformat(self.value + "-01")
        return self.last_day()

    def check_near(self, held_on: dt.date) -> Due:
        """This due, if a board meeting held on `held_on` could have set it: not before boards like
        this one met, nor more than ten years ahead. Either is a typo or a misreading (`2062` for
        `2026`), which a register that lists follow-ups by due would carry for decades."""
        first, last = self.first_day(), self.last_day()
        if last is not None and last < FIRST_DAY:
            raise NotADue(f"the due {self} is before {FIRST_DAY.year}: no samordningsförbund met then", due=str(self),
                          earliest=FIRST_DAY.year)
        latest = _years_after(held_on, MOST_YEARS_AHEAD)
        if first is not None and first > latest:
            raise NotADue(f"the due {self} is more than {MOST_YEARS_AHEAD} years after the meeting of {held_on} "
                          f"(at most {latest})", due=str(self), latest=latest)
        return self

    def last_day(self) -> dt.date | None:
        """The last day on which the follow-up is still on time; None if that depends on meetings."""
        if self.kind is DueKind.DATE:
            return dt.date.fromisoformat(self.value)
        if self.kind is DueKind.MONTH:
            year, month = (int(part) for part in self.value.split("-"))
            return dt.date(year, month, calendar.monthrange(year, month)[1])
        return None

    def missed(self, opened_on: dt.date, as_of: dt.date, meetings_held: Sequence[dt.date]) -> bool:
        """Whether a follow-up opened on `opened_on` and not done is late by `as_of`: past its
        last day, or, when due at the next meeting, once a later meeting was held without it.
        `meetings_held` is in ascending order, so that a view of many rows bisects it."""
        last_day = self.last_day()
        if last_day is not None:
            return as_of > last_day
        if self.kind is DueKind.NEXT_MEETING:
            return bisect.bisect_right(meetings_held, as_of) > bisect.bisect_right(meetings_held, opened_on)
        return False

    def __str__(self) -> str:
        if self.kind is DueKind.NONE:
            return ""
        if self.kind is DueKind.NEXT_MEETING:
            return "next-meeting"
        return self.value


MOST_YEARS_AHEAD = 10
"""How far ahead a meeting may set a due: further is taken for a typo."""


def _years_after(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February, in a year that has none
        return day.replace(year=day.year + years, day=28)


@functools.lru_cache(maxsize=4096)
def _due_parsed(text: str | None) -> Due:
    # A follow-ups view parses a due per row, and a board's dues are a few months over and over.
    return Due._parse(text)


class Role(enum.Enum):
    CHAIR = "ordförande"
    VICE_CHAIR = "vice ordförande"
    MEMBER = "ledamot"
    SUBSTITUTE = "ersättare"
    OFFICIAL_SUBSTITUTE = "tjänstgörande ersättare"
    OFFICER = "tjänsteperson"
    GUEST = "övrig"

    @classmethod
    def parse(cls, text: str) -> Role:
        folded = fold(text).rstrip(".")
        for role in cls:
            if folded == fold(role.value):
                return role
        if folded.startswith("vice"):
            return cls.VICE_CHAIR
        if folded.startswith("tj") and "ersatt" in folded:
            return cls.OFFICIAL_SUBSTITUTE
        if folded.startswith("ordf"):
            return cls.CHAIR
        if folded in ("forbundschef", "sekreterare", "processledare") or folded.startswith("verksamhet"):
            return cls.OFFICER
        raise NotOneOf(f"unknown role {text!r}", text=text, choices=tuple(r.value for r in cls))


@attrs.frozen
class Attendee:
    """One row of the attendance list."""

    name: str = attrs.field(validator=[attrs.validators.min_len(1), lambda _, __, v: plain(v, "a name")])
    organisation: str = attrs.field(validator=lambda _, __, v: plain(v, "an organisation"))
    role: Role = attrs.field(converter=Role)
    present: bool | None
    """None when the minutes are ambiguous (both boxes ticked)."""
    political_party: str = attrs.field(default="", validator=lambda _, __, v: plain(v, "a political party"))
    """The member's political party as written after the name, e.g. `C` or `S`."""

    @classmethod
    def parse(cls, text: str) -> Attendee:
        """`Name;Organisation;Role;yes|no|unclear`, as a secretary types a row of the attendance list."""
        parts = [part.strip() for part in text.split(";")]
        presence = {"yes": True, "ja": True, "no": False, "nej": False, "unclear": None, "oklart": None}
        if len(parts) != 4 or not parts[0] or parts[3].casefold() not in presence:
            raise InvalidValue(f"not an attendee: {text!r}: expected 'Name;Organisation;Role;yes|no|unclear'")
        return cls(parts[0], parts[1], Role.parse(parts[2]), presence[parts[3].casefold()])

    def as_row(self) -> dict[str, str | bool | None]:
        return {
            "name": self.name,
            "organisation": self.organisation,
            "role": self.role.value,
            "present": self.present,
            "political_party": self.political_party,
        }


class DecisionKind(enum.Enum):
    """What a decision does; the decision list shows it."""

    PLAN = "plan"
    GRANT = "grant"
    REPORT = "report"
    ASSIGNMENT = "assignment"
    REFERRAL = "referral"
    DEFERRAL = "deferral"
    WITHDRAWAL = "withdrawal"
    REVOCATION = "revocation"
    DOCUMENT = "document"
    TERMINATION = "termination"
    ACKNOWLEDGEMENT = "acknowledgement"
    REJECTION = "rejection"
    """`Att avslå …`: the board said no; nothing is granted."""
    CORRECTION = "correction"
    """`Att rätta Beslut …`: a later meeting corrects what an earlier one recorded."""
    OTHER = "other"

    @classmethod
    def parse(cls, text: str) -> DecisionKind:
        try:
            return cls(text.strip())
        except ValueError:
            names = ", ".join(k.value for k in cls)
            raise NotOneOf(f"unknown decision kind {text!r}: expected one of {names}", text=text,
                           choices=tuple(k.value for k in cls)) from None

