"""Avskrivning: a follow-up the board will never see done is written off, with a reason, by a
decision (`Uppdraget avskrivs`) or by the secretary. It corrects the register's bookkeeping,
not the minutes, so sealed (justerade) meetings allow it, as they allow a correction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from domain import events as e
from domain.errors import FollowUpAlreadyFulfilled, InvalidValue, MeetingMismatch, UnknownDecision, UnknownFollowUp
from domain.ids import DecisionId, FollowUpSource, MeetingId
from domain.values import plain


class WritingOff:
    """The meeting aggregate's write-off command (mixed into `Meeting`)."""

    meeting: MeetingId
    held_on: dt.date
    fulfilled: set[FollowUpSource]
    others: Any
    """What the register holds of the other meetings (`meeting.OtherMeetings`)."""

    if TYPE_CHECKING:  # what the aggregate it is mixed into provides

        @property
        def decisions(self) -> Collection[DecisionId]: ...

        @property
        def follow_ups(self) -> Collection[DecisionId]: ...

        def trigger_event(self, event_class: Any, **kwargs: Any) -> None: ...

    def write_off(self, source: FollowUpSource, reason: str, actor: str, by: DecisionId | None = None,
                  on: dt.date | None = None) -> None:
        """Writes off the follow-up from `source`: by the decision `by` of this meeting (on its
        date), or, with `by` None, by the secretary `actor` on the day `on`, at the follow-up's own meeting."""
        reason = " ".join(reason.split())
        if not reason:
            raise InvalidValue(f"writing off the follow-up from {source} needs a reason (e.g. 'inaktuellt')")
        plain(reason, f"the reason the follow-up from {source} is written off")
        if not actor.strip():
            raise InvalidValue(f"writing off the follow-up from {source} needs the name of who records it")
        if by is not None:
            if by not in self.decisions:
                raise UnknownDecision(f"decision {by}, which writes off the follow-up from {source}, is not recorded at meeting {self.meeting}")
            if source.meeting > self.meeting or source == by:
                raise InvalidValue(f"decision {by} can write off only a follow-up of an earlier meeting, not the one from {source}")
            on = None  # a decision writes off on its meeting's date
        else:
            if source.meeting != self.meeting:
                raise MeetingMismatch(f"the follow-up from {source} is written off at its own meeting, not at {self.meeting}")
            if on is None or on < self.held_on:
                raise InvalidValue(f"the follow-up from {source} cannot be written off on {on}, before its meeting on {self.held_on}")
        if source not in self.follow_ups and not self.others.has_follow_up(source):
            raise UnknownFollowUp(f"no follow-up was created by {source}: nothing to write off", source=source)
        if source in self.fulfilled or self.others.is_fulfilled(source):
            raise FollowUpAlreadyFulfilled(f"the follow-up from {source} is already closed (done or written off): nothing to write off",
                                           source=source)
        self.trigger_event(e.FollowUpWrittenOff, source=source, reason=reason, by=by, actor=" ".join(actor.split()), on=on)
