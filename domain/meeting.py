"""The meeting aggregate: everything the board did at one meeting, as immutable events.

A meeting is the unit the minutes record, seal and import, so it is the consistency
boundary: one meeting's events are saved together or not at all. What a decision does to
things outside the meeting (a plan, a follow-up, an earlier decision) is an event here that
names its target; projections fold those into plans, follow-ups and decision lists.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import Protocol
from uuid import NAMESPACE_URL, UUID, uuid5

from eventsourcing.domain import Aggregate, event

from domain import events as e
from domain.corrections import CorrectedField, MeetingRecord, check_correction
from domain.errors import (DecisionNotInForce, DuplicateDecision, FollowUpAlreadyFulfilled, InvalidValue, MeetingMismatch,
                           MeetingSealed, SealedBeforeHeld, UnknownDecision, UnknownFollowUp)
from domain.ids import DecisionId, FollowUpSource, ItemRef, MeetingId
from domain.filing import Filing
from domain.owing import owers
from domain.publication import Publishing
from domain.writing_off import WritingOff
from domain.values import Attendee, DecisionKind, Due, Party, parse_kronor, plain, plain_each


class OtherMeetings(Protocol):
    """What the register holds of the board's other meetings, as far as a command here needs it."""

    def has_decision(self, decision: DecisionId) -> bool: ...

    def has_ended(self, decision: DecisionId) -> bool: ...

    def has_follow_up(self, source: FollowUpSource) -> bool: ...

    def is_fulfilled(self, source: FollowUpSource) -> bool: ...

    def record_of(self, decision: DecisionId) -> MeetingRecord: ...


class NoOtherMeetings:
    """A meeting on its own, as the domain's tests hold one: nothing is known elsewhere."""

    def has_decision(self, decision: DecisionId) -> bool:
        return False

    def has_ended(self, decision: DecisionId) -> bool:
        return False

    def has_follow_up(self, source: FollowUpSource) -> bool:
        return False

    def is_fulfilled(self, source: FollowUpSource) -> bool:
        return False

    def record_of(self, decision: DecisionId) -> MeetingRecord:
        return MeetingRecord(dt.date.min)


def meeting_uuid(board: str, meeting: MeetingId) -> UUID:
    """Stable aggregate id from board and meeting, so several boards can share one store."""
    return uuid5(NAMESPACE_URL, f"beslutsregister/{board}/meeting/{meeting.year}-{meeting.number}")


class Meeting(Publishing, WritingOff, Filing, Aggregate):
    """One meeting's record. Its commands check, then trigger the events of `domain/events.py`;
    what a command must know of other meetings it asks `others`, which the register sets."""

    TOPIC = e.TOPIC

    class Created(Aggregate.Created):
        TOPIC = f"{e.TOPIC}.Created"

    class Recorded(Aggregate.Created):
        TOPIC = f"{e.TOPIC}.Recorded"
        board: str
        meeting: MeetingId
        held_on: dt.date
        place: str
        attendance: tuple[Attendee, ...]
        justerare: tuple[str, ...]

    @staticmethod
    def create_id(board: str, meeting: MeetingId) -> UUID:
        return meeting_uuid(board, meeting)

    @event(Recorded)
    def __init__(
        self,
        board: str,
        meeting: MeetingId,
        held_on: dt.date,
        place: str,
        attendance: tuple[Attendee, ...],
        justerare: tuple[str, ...],
    ) -> None:
        self.board = board
        self.meeting = meeting
        self.held_on = held_on
        self.withdrawn: set[DecisionId] = set()
        self.fulfilled: set[FollowUpSource] = set()
        self.deferrals = 0
        self.votes: set[DecisionId] = set()
        self.sealed_by: tuple[str, ...] = ()
        self.sealed = False
        self.unpublished: dict[FollowUpSource, str] = {}
        self.items: set[ItemRef] = set()
        self.deferred_without_item: set[int] = set()
        """The numbers of deferrals the minutes state under no heading (`2025-7 deferred 1`)."""
        """The agenda items this meeting recorded anything under (put forward, returned, decided, deferred)."""
        self.recorded = MeetingRecord(held_on)
        self.others: OtherMeetings = NoOtherMeetings()
        self.unknown_targets_allowed = False
        """An import may withdraw, revoke or fulfil what meetings not yet recorded hold; the views
        link them once both are recorded."""

    def among(self, others: OtherMeetings, unknown_targets_allowed: bool = False) -> Meeting:
        """This meeting, ready for commands that check what other meetings hold."""
        self.others = others
        self.unknown_targets_allowed = unknown_targets_allowed
        return self

    @property
    def pending(self) -> list[object]:
        """Events recorded since the meeting was loaded (its `Recorded` first, if new), not yet saved."""
        return list(self.pending_events)

    @property
    def decisions(self) -> Collection[DecisionId]:
        """The decisions taken at this meeting."""
        return self.recorded.texts.keys()

    @property
    def follow_ups(self) -> Collection[DecisionId]:
        """The decisions of this meeting that created a follow-up (a report, assignment or referral)."""
        return self.recorded.dues.keys()

    # Commands: check, then record.

    def put_forward(self, matter: ItemRef, title: str) -> None:
        self._check_open()
        if not title.strip():
            raise InvalidValue(f"the matter {matter} needs a title (what the item is about, e.g. 'Budget 2027')")
        plain(title, f"the title of {matter}")
        self._check_here(matter)
        self.trigger_event(e.MotionPutForward, matter=matter, title=title)

    def return_matter(self, matter: ItemRef, item: ItemRef, citing: DecisionId | None = None) -> None:
        self._check_open()
        self._check_here(item)
        if matter.meeting >= self.meeting:
            raise InvalidValue(f"matter {matter} cannot return at {item}: it is not from an earlier meeting")
        self.trigger_event(e.MatterReturned, matter=matter, item=item, citing=citing)

    def take_decision(self, decision: DecisionId, text: str, kind: DecisionKind, matter: ItemRef | None = None,
                      cites: tuple[DecisionId, ...] = ()) -> None:
        self._check_open()
        self._check_here(decision.item)
        if decision in self.decisions:
            raise DuplicateDecision(f"decision {decision} is already recorded")
        if not text.strip():
            raise InvalidValue(f"decision {decision} has no text")
        plain(text, f"the text of {decision}")
        if decision in cites:
            raise InvalidValue(f"decision {decision} cannot cite itself")
        # Unless it continues an earlier matter, a decision belongs to its own agenda item.
        matter = matter or decision.item
        self.trigger_event(e.DecisionTaken, decision=decision, text=text.strip(), kind=kind, matter=matter, cites=cites)

    def refer_back(self, matter: ItemRef, by: DecisionId, returns: Due, responsible: str = "") -> None:
        self._check_open()
        self._check_new_follow_up(by)
        plain(responsible, f"who prepares the matter referred back by {by}")
        self.trigger_event(e.MatterReferredBack, matter=matter, by=by, returns=returns, responsible=responsible.strip())

    def defer(self, item: ItemRef | None, subject: str, to: Due, responsible: str = "") -> None:
        self._check_open()
        if item is not None:
            self._check_here(item)
        if not subject.strip():
            raise InvalidValue(f"a deferred item at meeting {self.meeting} needs a subject")
        plain_each((subject, responsible), f"the deferral at {self.meeting}")
        self.trigger_event(e.ItemDeferred, item=item, number=self.deferrals + 1, subject=subject.strip(), to=to,
                           responsible=responsible.strip())

    def withdraw(self, decision: DecisionId, by: DecisionId | None = None, reason: str = "") -> None:
        self._check_open()
        if by is not None:
            self._check_decision(by)
        self._check_in_force(decision)
        if decision in self.withdrawn:
            raise DecisionNotInForce(f"decision {decision} is already withdrawn or revoked")
        plain(reason, f"the reason {decision} is withdrawn")
        self.trigger_event(e.DecisionWithdrawn, decision=decision, by=by, reason=reason)

    def revoke(self, decision: DecisionId, by: DecisionId, superseded: bool = False) -> None:
        self._check_open()
        self._check_decision(by)
        if decision == by:
            raise InvalidValue(f"decision {by} cannot revoke itself")
        self._check_in_force(decision)
        if decision in self.withdrawn:
            raise DecisionNotInForce(f"decision {decision} is already withdrawn or revoked")
        self.trigger_event(e.DecisionRevoked, decision=decision, by=by, superseded=superseded)

    def propose_plan(self, party: Party, year: int, matter: ItemRef) -> None:
        self._check_open()
        _check_year(year)
        self.trigger_event(e.PlanProposed, party=party, year=year, matter=matter)

    def refer_plan_back(self, party: Party, year: int, by: DecisionId) -> None:
        self._check_open()
        _check_year(year)
        self._check_decision(by)
        self.trigger_event(e.PlanReferredBack, party=party, year=year, by=by)

    def adopt_plan(self, party: Party, year: int, by: DecisionId) -> None:
        self._check_open()
        _check_year(year)
        self._check_decision(by)
        self.trigger_event(e.PlanAdopted, party=party, year=year, by=by)

    def award_grant(self, party: Party | None, year: int, amount_sek: int, by: DecisionId, purpose: str = "",
                    project: str = "") -> None:
        """Money for a party's year, or (`party` None) for a `project` that several parties run jointly."""
        self._check_open()
        if (party is None) == (not project.strip()):
            raise InvalidValue(f"grant by {by}: name either a party or a project run jointly, not {'both' if party else 'neither'}")
        plain(project, f"the project of the grant by {by}")
        _check_year(year)
        try:
            parse_kronor(amount_sek)
        except InvalidValue as error:
            raise InvalidValue(f"grant by {by}: {error}") from None
        self._check_decision(by)
        plain(purpose, f"the purpose of the grant by {by}")
        self.trigger_event(e.GrantAwarded, party=party, year=year, amount_sek=amount_sek, purpose=purpose, by=by,
                           project=project.strip())

    def require_report(self, responsible: Party | None, subject: str, due: Due, by: DecisionId, also: tuple[Party, ...] = (),
                       owed_by: str = "") -> None:
        self._check_open()
        self._check_new_follow_up(by)
        also, owed_by = owers(responsible, also, owed_by, subject, by)
        self.trigger_event(e.ReportRequired, responsible=responsible, subject=subject, due=due, by=by, also=also, owed_by=owed_by)

    def give_assignment(self, responsible: str, subject: str, due: Due, by: DecisionId) -> None:
        self._check_open()
        self._check_new_follow_up(by)
        if not responsible.strip():
            raise InvalidValue(f"assignment by {by} names nobody responsible")
        plain_each((responsible, subject), f"the assignment by {by}")
        self.trigger_event(e.AssignmentGiven, responsible=responsible.strip(), subject=subject, due=due, by=by)

    def fulfil(self, source: FollowUpSource, by: DecisionId | None = None, note: str = "") -> None:
        self._check_open()
        if by is not None:
            self._check_decision(by)
        known = source in self.follow_ups or self.others.has_follow_up(source)
        if not known and not self.unknown_targets_allowed:
            raise UnknownFollowUp(f"no follow-up was created by {source}", source=source)
        if source in self.fulfilled or self.others.is_fulfilled(source):
            raise FollowUpAlreadyFulfilled(f"follow-up from {source} is already fulfilled or written off", source=source)
        plain(note, f"the note on fulfilling {source}")
        self.trigger_event(e.FollowUpFulfilled, source=source, by=by, note=note)

    def terminate_agreement(self, agreement: str, by: DecisionId) -> None:
        self._check_open()
        self._check_decision(by)
        plain(agreement, f"the agreement {by} terminates")
        self.trigger_event(e.AgreementTerminated, agreement=agreement, by=by)

    def adopt_document(self, title: str, by: DecisionId) -> None:
        self._check_open()
        self._check_decision(by)
        plain(title, f"the document {by} adopts")
        self.trigger_event(e.DocumentAdopted, title=title, by=by)

    def record_vote(self, decision: DecisionId, in_favour: int, against: int, abstained: int = 0) -> None:
        self._check_open()
        self._check_decision(decision)
        counts = (in_favour, against, abstained)
        if any(isinstance(n, bool) or not isinstance(n, int) or n < 0 for n in counts) or not any(counts):
            raise InvalidValue(f"the vote on {decision} needs whole, non-negative counts, not all zero: {counts}")
        if decision in self.votes:
            raise InvalidValue(f"a vote on {decision} is already recorded")
        self.trigger_event(e.VoteRecorded, decision=decision, in_favour=in_favour, against=against, abstained=abstained)

    def record_reservation(self, decision: DecisionId, name: str, party: str = "") -> None:
        self._check_open()
        self._check_decision(decision)
        self.trigger_event(e.ReservationRecorded, decision=decision, name=_person(name, decision), party=plain(party.strip(), "a party"))

    def record_recusal(self, decision: DecisionId, name: str, party: str = "") -> None:
        self._check_open()
        self._check_decision(decision)
        self.trigger_event(e.RecusalRecorded, decision=decision, name=_person(name, decision), party=plain(party.strip(), "a party"))

    def review(self, by: str, digest: str, changes: tuple[str, ...]) -> None:
        self._check_open()
        if not by.strip():
            raise InvalidValue(f"a review of meeting {self.meeting} needs the name of who reviewed it")
        plain_each((by, *changes), f"the review of meeting {self.meeting}")
        self.trigger_event(e.Reviewed, by=by.strip(), digest=digest, changes=tuple(changes))

    def mark_reviewed(self, decision: DecisionId, by: str, added: bool, changes: tuple[str, ...] = ()) -> None:
        """Says that `decision` is as the reviewer `by` added or changed it, not as read from the minutes."""
        self._check_open()
        self._check_decision(decision)
        if not by.strip():
            raise InvalidValue(f"the review of {decision} needs the name of who reviewed it")
        if not added and not changes:
            raise InvalidValue(f"decision {decision} was neither added nor changed in the review: nothing to mark")
        plain_each((by, *changes), f"the review of {decision}")
        self.trigger_event(e.DecisionReviewed, decision=decision, by=by.strip(), added=added, changes=tuple(changes))

    def seal_item(self, item: ItemRef) -> None:
        """`Paragrafen förklaras omedelbart justerad`."""
        self._check_open()
        self._check_here(item)
        self.trigger_event(e.ItemSealed, item=item)

    def seal(self, by: tuple[str, ...], on: dt.date | None = None, stated: bool = False) -> None:
        """Justering, from now on only corrections; `stated` when the minutes say so, `on` their day."""
        self._check_open()
        names = tuple(plain(name.strip(), "who sealed the minutes") for name in by if name.strip())
        if not names and not stated:
            raise InvalidValue(f"sealing meeting {self.meeting} needs the name of who checked and signed it")
        if on is not None and on < self.held_on:
            raise SealedBeforeHeld(self.meeting, self.held_on, on)
        self.trigger_event(e.Sealed, by=names, on=on, stated=stated)

    def correct(self, decision: DecisionId | None, field: CorrectedField, value: str, reason: str) -> None:
        """Rättelse: fixes a recording error with a new event; allowed on sealed minutes too."""
        if not reason.strip():
            raise InvalidValue("a correction needs a reason")
        plain_each((reason, value), "a correction")
        if decision is not None:
            self._check_here(decision.item)
        c = check_correction(self.recorded, decision, field, value, self.meeting)
        self.trigger_event(e.Corrected, decision=c.decision, field=c.field.value, value=c.value, previous=c.previous,
                           party=c.party, year=c.year, reason=reason.strip(), by=None, project=c.project)

    def correct_earlier(self, target: DecisionId, field: CorrectedField, value: str, by: DecisionId) -> None:
        """A decision of this meeting corrects one of an earlier meeting (`Att rätta Beslut …`),
        checked against what that meeting recorded."""
        self._check_open()
        self._check_decision(by)
        if target.meeting >= self.meeting:
            raise InvalidValue(f"decision {by} can correct only a decision of an earlier meeting, not {target}")
        record = self.others.record_of(target)
        if target not in record.texts:
            raise UnknownDecision(f"decision {target}, which {by} corrects, is not recorded")
        correction = check_correction(record, target, field, value)
        self.trigger_event(e.Corrected, decision=target, field=correction.field.value, value=correction.value,
                           previous=correction.previous, party=correction.party, year=correction.year,
                           reason=f"rättat genom {by}", by=by, project=correction.project)

    def _check_open(self) -> None:
        if self.sealed:
            raise MeetingSealed(self.meeting, self.sealed_by)

    def _check_here(self, item: ItemRef) -> None:
        if item.meeting != self.meeting:
            raise MeetingMismatch(f"{item} does not belong to meeting {self.meeting}")

    def _check_decision(self, decision: DecisionId) -> None:
        self._check_here(decision.item)
        if decision not in self.decisions:
            raise UnknownDecision(f"decision {decision} is not recorded at meeting {self.meeting}")

    def _check_in_force(self, decision: DecisionId) -> None:
        if decision.meeting == self.meeting:
            self._check_decision(decision)
        elif self.others.has_ended(decision):
            raise DecisionNotInForce(f"decision {decision} is already withdrawn or revoked")
        elif not self.others.has_decision(decision) and not self.unknown_targets_allowed:
            raise UnknownDecision(f"decision {decision} is not recorded")

    def _check_new_follow_up(self, by: DecisionId) -> None:
        self._check_decision(by)
        if by in self.follow_ups:
            raise InvalidValue(f"decision {by} already created a follow-up; one per decision")


def _person(name: str, decision: DecisionId) -> str:
    if not name.strip():
        raise InvalidValue(f"a reservation or recusal on {decision} needs the person's name")
    return plain(" ".join(name.split()), "a name")


def _check_year(year: int) -> None:
    if isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= 2999:
        raise InvalidValue(f"not a plan year: {year!r}")
