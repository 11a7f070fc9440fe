"""The register's views as a command or a page asks for them: each read catches the views up
with the events first, then reads them at the clocks asked (mixed into `Register`)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from domain.errors import RegisterError, UnknownMeeting
from domain.ids import DecisionId, FollowUpSource, MeetingId
from projections import queries, search
from projections.read_model import ReadModel
from projections.rows import AttendanceRow, DecisionRow, FollowUpRow, GrantRow, MeetingRow, PlanRow, SearchHit, WithheldRow

if TYPE_CHECKING:
    from register.ledger import Ledger
    from register.withholdings import Withholdings


class UnknownBoard(RegisterError):
    """Raised when reading the register of a board the store holds none of (a mistyped `--board`)."""


class Reading:
    """The reads of `Register`."""

    read_model: ReadModel
    board: str
    notices: list[str]
    ledger: Ledger
    withholdings: Withholdings

    if TYPE_CHECKING:  # what the application it is mixed into provides

        def catch_up(self) -> int: ...

    def decisions(self, as_of: dt.date | None = None, meeting: MeetingId | None = None, status: str | None = None,
                  as_recorded: dt.datetime | None = None) -> list[DecisionRow]:
        views, recorded = self._at(as_recorded)
        if meeting is not None and views.attendance(self.board, meeting) is None:
            held = [m["meeting"] for m in views.meetings(self.board)]
            shown = ", ".join(held[-12:]) + (f" (and {len(held) - 12} earlier)" if len(held) > 12 else "")
            raise UnknownMeeting(f"meeting {meeting} is not recorded; the register holds: {shown or 'no meetings'}")
        rows = queries.decisions(views, self.board, _day(as_of), meeting, status, recorded)
        if as_of is None or meeting is not None:  # a date asked leaves later meetings out, as the user expects
            self._say_held_after("decisions", as_of, as_recorded, meeting)
        return rows

    def _say_held_after(self, what: str, as_of: dt.date | None, as_recorded: dt.datetime | None,
                        meeting: MeetingId | None = None) -> None:
        for later in self.held_after(as_of, as_recorded, meeting):
            when = "after today" if as_of is None else f"after {as_of}"
            self.notices.append(f"meeting {later.meeting} is dated {later.date}, {when}: its {what} are not shown; "
                                f"read them with --as-of {later.date}")

    def held_after(self, as_of: dt.date | None = None, as_recorded: dt.datetime | None = None,
                   meeting: MeetingId | None = None) -> list[MeetingRow]:
        """The meetings recorded (by `as_recorded`) but dated after `as_of` (today): the views read
        at that date leave them out, and a reader should be told why."""
        views, recorded = self._at(as_recorded)
        day = _day(as_of)
        rows = [MeetingRow(**m) for m in views.meetings(self.board, recorded) if m["date"] > day]
        return [m for m in rows if meeting is None or MeetingId.parse(m.meeting).key == meeting.key]

    def follow_ups(self, as_of: dt.date | None = None, include_done: bool = False,
                   as_recorded: dt.datetime | None = None, responsible: str | None = None,
                   kind: str | None = None) -> list[FollowUpRow]:
        """`responsible`: only those whose responsible party's name holds this (any case, and
        however its letters were typed, as search compares them)."""
        views, recorded = self._at(as_recorded)
        rows = queries.follow_ups(views, self.board, _day(as_of), include_done, recorded)
        if as_of is None:
            self._say_held_after("follow-ups", as_of, as_recorded)
        wanted = search.fold(responsible) if responsible else None
        return [r for r in rows if (kind is None or r.kind == kind) and (wanted is None or wanted in search.fold(r.responsible))]

    def search(self, query: str, as_of: dt.date | None = None, meeting: MeetingId | None = None,
               kind: str | None = None, status: str | None = None, as_recorded: dt.datetime | None = None) -> list[SearchHit]:
        """Decisions, follow-ups and agenda items whose words match `query` (Swedish stems, lemmas,
        prefixes and compounds' parts: `projections.search`), as of a date."""
        if not search.asked(query):
            return []
        views, recorded = self._at(as_recorded)
        hits = queries.search(views, self.board, query, _day(as_of), meeting, recorded)
        return [h for h in hits if (kind is None or h.kind == kind) and (status is None or h.status == status)]

    def plans(self, as_of: dt.date | None = None, year: int | None = None, as_recorded: dt.datetime | None = None) -> list[PlanRow]:
        views, recorded = self._at(as_recorded)
        return queries.plans(views, self.board, _day(as_of), year, recorded)

    def grants(self, as_of: dt.date | None = None, year: int | None = None, as_recorded: dt.datetime | None = None) -> list[GrantRow]:
        views, recorded = self._at(as_recorded)
        return queries.grants(views, self.board, _day(as_of), year, recorded)

    def trace(self, ref: FollowUpSource, as_of: dt.date | None = None, as_recorded: dt.datetime | None = None) -> dict[str, Any]:
        views, recorded = self._at(as_recorded)
        return queries.trace(views, self.board, ref, _day(as_of), recorded)

    def citing(self, ref: DecisionId, as_of: dt.date | None = None,
               as_recorded: dt.datetime | None = None) -> list[tuple[str, DecisionRow]]:
        """The decisions that cite, revoke, supersede or withdraw `ref`, as of a date, with which."""
        views, recorded = self._at(as_recorded)
        return queries.citing(views, self.board, ref, _day(as_of), recorded)

    def withheld(self, as_recorded: dt.datetime | None = None, as_of: dt.date | None = None) -> list[WithheldRow]:
        """Decisions and agenda items withheld from publication, read from the events (the public
        site leaves them out, under every clock: it asks for them as they stand now); with
        `as_of`, only those of meetings held by that date."""
        recorded = self._position_at(as_recorded)
        rows = self.withholdings.current(self.board, recorded)
        if as_of is None:
            return rows  # the site asks this on every page: no meetings read
        held = {MeetingId.parse(m.meeting).key for m in self.meetings(as_recorded, as_of=as_of)}
        return [r for r in rows if MeetingId.parse(r.meeting).key in held]

    def _at(self, as_recorded: dt.datetime | None) -> tuple[ReadModel, int | None]:
        """The views caught up, and the position the register held at `as_recorded`: the views
        only after catching up, which may put views derived aside in their place."""
        recorded = self._position_at(as_recorded)
        return self.read_model, recorded

    def _position_at(self, as_recorded: dt.datetime | None) -> int | None:
        """Catches the views up; returns the position the register held at `as_recorded`."""
        self.catch_up()
        boards = self.read_model.boards()
        if boards and self.board not in boards:
            raise UnknownBoard(f"the store holds no register of the board {self.board!r}; it holds: {', '.join(boards)}")
        return None if as_recorded is None else self.ledger.position_at(as_recorded)

    def attendance(self, meeting: MeetingId, as_of: dt.date | None = None,
                   as_recorded: dt.datetime | None = None) -> list[AttendanceRow]:
        """The attendance list of a meeting, by organisation; `present` is None where unclear;
        empty (and a notice) for one held after `as_of` or recorded after `as_recorded`."""
        views, recorded = self._at(as_recorded)
        rows = queries.attendance(views, self.board, meeting, _held_by(as_of), recorded)
        if rows is None and views.attendance(self.board, meeting) is None:
            raise UnknownMeeting(f"meeting {meeting} is not recorded")
        if rows is None:
            self.notices.append(f"meeting {meeting} was not held by the date asked, or not recorded by the instant: no attendance yet")
        return rows or []

    def meetings(self, as_recorded: dt.datetime | None = None, *, as_of: dt.date | None = None) -> list[MeetingRow]:
        """The meetings recorded (by `as_recorded`), held by `as_of`; without it, every one, whatever its date."""
        views, recorded = self._at(as_recorded)
        return queries.meetings(views, self.board, _held_by(as_of), recorded)


def _held_by(as_of: dt.date | None) -> str | None:
    return as_of.isoformat() if as_of else None  # None: a meeting of any date


def _day(as_of: dt.date | None) -> str:
    return (as_of or dt.date.today()).isoformat()
