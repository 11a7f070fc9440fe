"""The meeting aggregate: everything the board did at one meeting, as immutable events.

A meeting is the unit the minutes record, seal and import, so it is the consistency
boundary: one meeting's events are saved together or not at all. What a decision does to
things outside the meeting (a plan, a follow-up, an earlier decision) is an event here that
names its target; projections fold those into plans, follow-ups and decision lists.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from uuid import NAMESPACE_URL, UUID, uuid5

from eventsourcing.domain import Aggregate, event

from domain.corrections import (
    CorrectedField, Correction, Recorded as RecordedSoFar, apply_correction, check_correction,
)
from domain.errors import (
    DecisionNotInForce,
    MeetingSealed,
    DuplicateDecision,
    FollowUpAlreadyFulfilled,
    InvalidValue,
    MeetingMismatch,
    UnknownDecision,
)
from domain.ids import DecisionId, FollowUpSource, ItemRef, MeetingId
from domain.values import Attendee, DecisionKind, Due, Party, parse_kronor, plain

_TOPIC = "beslutsregister:Meeting"


def meeting_uuid(board: str, meeting: MeetingId) -> UUID:
    """Stable aggregate id from board and meeting, so several boards can share one store."""
    return uuid5(NAMESPACE_URL, f"beslutsregister/{board}/meeting/{meeting.year}-{meeting.number}")


class Meeting(Aggregate):
    TOPIC = _TOPIC

    class Created(Aggregate.Created):
        TOPIC = f"{_TOPIC}.Created"

    class Recorded(Aggregate.Created):
        TOPIC = f"{_TOPIC}.Recorded"
        board: str
        meeting: MeetingId
        held_on: dt.date
        place: str
        attendance: tuple[Attendee, ...]
        justerare: tuple[str, ...]

    class MotionPutForward(Aggregate.Event):
        TOPIC = f"{_TOPIC}.MotionPutForward"
        matter: ItemRef
        title: str

    class MatterReturned(Aggregate.Event):
        TOPIC = f"{_TOPIC}.MatterReturned"
        matter: ItemRef
        item: ItemRef
        citing: DecisionId | None

    class DecisionTaken(Aggregate.Event):
        TOPIC = f"{_TOPIC}.DecisionTaken"
        decision: DecisionId
        text: str
        kind: DecisionKind
        matter: ItemRef | None
        cites: tuple[DecisionId, ...]

    class MatterReferredBack(Aggregate.Event):
        TOPIC = f"{_TOPIC}.MatterReferredBack"
        matter: ItemRef
        by: DecisionId
        returns: Due

    class ItemDeferred(Aggregate.Event):
        TOPIC = f"{_TOPIC}.ItemDeferred"
        item: ItemRef | None
        """None where the minutes lost the item's heading; `number` then tells deferrals apart."""
        number: int
        subject: str
        to: Due

    class DecisionWithdrawn(Aggregate.Event):
        TOPIC = f"{_TOPIC}.DecisionWithdrawn"
        decision: DecisionId
        by: DecisionId | None
        reason: str

    class DecisionRevoked(Aggregate.Event):
        TOPIC = f"{_TOPIC}.DecisionRevoked"
        decision: DecisionId
        by: DecisionId
        superseded: bool

    class PlanProposed(Aggregate.Event):
        TOPIC = f"{_TOPIC}.PlanProposed"
        party: Party
        year: int
        matter: ItemRef

    class PlanReferredBack(Aggregate.Event):
        TOPIC = f"{_TOPIC}.PlanReferredBack"
        party: Party
        year: int
        by: DecisionId

    class PlanAdopted(Aggregate.Event):
        TOPIC = f"{_TOPIC}.PlanAdopted"
        party: Party
        year: int
        by: DecisionId

    class GrantAwarded(Aggregate.Event):
        TOPIC = f"{_TOPIC}.GrantAwarded"
        party: Party
        year: int
        amount_sek: int
        purpose: str
        by: DecisionId

    class ReportRequired(Aggregate.Event):
        TOPIC = f"{_TOPIC}.ReportRequired"
        class_version = 2
        responsible: Party
        subject: str
        due: Due
        by: DecisionId
        also: tuple[Party, ...]
        """Parties that owe the report jointly with `responsible` (version 2)."""

        @staticmethod
        def upcast_v1_v2(state: dict[str, object]) -> None:
            state["also"] = []

    class AssignmentGiven(Aggregate.Event):
        TOPIC = f"{_TOPIC}.AssignmentGiven"
        responsible: str
        subject: str
        due: Due
        by: DecisionId

    class FollowUpFulfilled(Aggregate.Event):
        TOPIC = f"{_TOPIC}.FollowUpFulfilled"
        source: FollowUpSource
        """A report's or assignment's decision; for a matter that returned, the referral's
        decision or the deferred item (each stored with its own type tag, so no upcast)."""
        by: DecisionId | None
        note: str

    class AgreementTerminated(Aggregate.Event):
        TOPIC = f"{_TOPIC}.AgreementTerminated"
        agreement: str
        by: DecisionId

    class DocumentAdopted(Aggregate.Event):
        TOPIC = f"{_TOPIC}.DocumentAdopted"
        title: str
        by: DecisionId

    class Sealed(Aggregate.Event):
        TOPIC = f"{_TOPIC}.Sealed"
        by: tuple[str, ...]

    class Corrected(Aggregate.Event):
        TOPIC = f"{_TOPIC}.Corrected"
        class_version = 2
        decision: DecisionId | None
        """None when the meeting itself (its date) is corrected."""
        field: str
        value: str
        previous: str
        party: Party | None
        year: int | None
        reason: str
        by: DecisionId | None
        """The decision of this meeting that corrects one of an earlier meeting; None for a
        rättelse of this meeting's own record (version 2)."""

        @staticmethod
        def upcast_v1_v2(state: dict[str, object]) -> None:
            state["by"] = None

    class VoteRecorded(Aggregate.Event):
        TOPIC = f"{_TOPIC}.VoteRecorded"
        decision: DecisionId
        in_favour: int
        against: int
        abstained: int

    class ReservationRecorded(Aggregate.Event):
        TOPIC = f"{_TOPIC}.ReservationRecorded"
        decision: DecisionId
        name: str
        party: str

    class RecusalRecorded(Aggregate.Event):
        TOPIC = f"{_TOPIC}.RecusalRecorded"
        decision: DecisionId
        name: str
        party: str

    class Reviewed(Aggregate.Event):
        """The secretary reviewed what the importer proposed before it was recorded."""

        TOPIC = f"{_TOPIC}.Reviewed"
        by: str
        digest: str
        """Of the minutes file reviewed; empty for a meeting recorded by hand."""
        changes: tuple[str, ...]

    class ItemSealed(Aggregate.Event):
        """Omedelbar justering: one paragraph checked and signed at the meeting itself."""

        TOPIC = f"{_TOPIC}.ItemSealed"
        item: ItemRef

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
        self.recorded = RecordedSoFar(held_on)

    @property
    def decisions(self) -> Collection[DecisionId]:
        """The decisions taken at this meeting."""
        return self.recorded.texts.keys()

    @property
    def follow_ups(self) -> Collection[DecisionId]:
        """The decisions of this meeting that created a follow-up (a report, assignment or referral)."""
        return self.recorded.dues.keys()

    # Commands: check, then record. Targets outside this meeting are checked by the register.

    def put_forward(self, matter: ItemRef, title: str) -> None:
        self._check_open()
        if not title.strip():
            raise InvalidValue(f"the matter {matter} needs a title (what the item is about, e.g. 'Budget 2027')")
        plain(title, f"the title of {matter}")
        self._check_here(matter)
        self._put_forward(matter=matter, title=title)

    def return_matter(self, matter: ItemRef, item: ItemRef, citing: DecisionId | None) -> None:
        self._check_open()
        self._check_here(item)
        if matter.meeting >= self.meeting:
            raise InvalidValue(f"matter {matter} cannot return at {item}: it is not from an earlier meeting")
        self._matter_returned(matter=matter, item=item, citing=citing)

    def take_decision(
        self,
        decision: DecisionId,
        text: str,
        kind: DecisionKind,
        matter: ItemRef | None = None,
        cites: tuple[DecisionId, ...] = (),
    ) -> None:
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
        self._decision_taken(decision=decision, text=text.strip(), kind=kind, matter=matter, cites=cites)

    def refer_back(self, matter: ItemRef, by: DecisionId, returns: Due) -> None:
        self._check_open()
        self._check_new_follow_up(by)
        self._matter_referred_back(matter=matter, by=by, returns=returns)

    def defer(self, item: ItemRef | None, subject: str, to: Due) -> None:
        self._check_open()
        if item is not None:
            self._check_here(item)
        if not subject.strip():
            raise InvalidValue(f"a deferred item at meeting {self.meeting} needs a subject")
        plain(subject, f"the subject of a deferral at {self.meeting}")
        self._item_deferred(item=item, number=self.deferrals + 1, subject=subject.strip(), to=to)

    def withdraw(self, decision: DecisionId, by: DecisionId | None, reason: str) -> None:
        self._check_open()
        if by is not None:
            self._check_decision(by)
        if decision.meeting == self.meeting:
            self._check_decision(decision)
        if decision in self.withdrawn:
            raise DecisionNotInForce(f"decision {decision} is already withdrawn or revoked")
        plain(reason, f"the reason {decision} is withdrawn")
        self._decision_withdrawn(decision=decision, by=by, reason=reason)

    def revoke(self, decision: DecisionId, by: DecisionId, superseded: bool = False) -> None:
        self._check_open()
        self._check_decision(by)
        if decision == by:
            raise InvalidValue(f"decision {by} cannot revoke itself")
        if decision in self.withdrawn:
            raise DecisionNotInForce(f"decision {decision} is already withdrawn or revoked")
        self._decision_revoked(decision=decision, by=by, superseded=superseded)

    def propose_plan(self, party: Party, year: int, matter: ItemRef) -> None:
        self._check_open()
        _check_year(year)
        self._plan_proposed(party=party, year=year, matter=matter)

    def refer_plan_back(self, party: Party, year: int, by: DecisionId) -> None:
        self._check_open()
        _check_year(year)
        self._check_decision(by)
        self._plan_referred_back(party=party, year=year, by=by)

    def adopt_plan(self, party: Party, year: int, by: DecisionId) -> None:
        self._check_open()
        _check_year(year)
        self._check_decision(by)
        self._plan_adopted(party=party, year=year, by=by)

    def award_grant(self, party: Party, year: int, amount_sek: int, purpose: str, by: DecisionId) -> None:
        self._check_open()
        _check_year(year)
        try:
            parse_kronor(amount_sek)
        except InvalidValue as error:
            raise InvalidValue(f"grant by {by}: {error}") from None
        self._check_decision(by)
        plain(purpose, f"the purpose of the grant by {by}")
        self._grant_awarded(party=party, year=year, amount_sek=amount_sek, purpose=purpose, by=by)

    def require_report(self, responsible: Party, subject: str, due: Due, by: DecisionId, also: tuple[Party, ...] = ()) -> None:
        self._check_open()
        self._check_new_follow_up(by)
        also = tuple(dict.fromkeys(party for party in also if party is not responsible))
        plain(subject, f"the subject of the report by {by}")
        self._report_required(responsible=responsible, subject=subject, due=due, by=by, also=also)

    def give_assignment(self, responsible: str, subject: str, due: Due, by: DecisionId) -> None:
        self._check_open()
        self._check_new_follow_up(by)
        if not responsible.strip():
            raise InvalidValue(f"assignment by {by} names nobody responsible")
        plain(responsible + subject, f"the assignment by {by}")
        self._assignment_given(responsible=responsible.strip(), subject=subject, due=due, by=by)

    def fulfil(self, source: FollowUpSource, by: DecisionId | None, note: str) -> None:
        self._check_open()
        if by is not None:
            self._check_decision(by)
        if source in self.fulfilled:
            raise FollowUpAlreadyFulfilled(f"follow-up from {source} is already fulfilled")
        plain(note, f"the note on fulfilling {source}")
        self._follow_up_fulfilled(source=source, by=by, note=note)

    def terminate_agreement(self, agreement: str, by: DecisionId) -> None:
        self._check_open()
        self._check_decision(by)
        plain(agreement, f"the agreement {by} terminates")
        self._agreement_terminated(agreement=agreement, by=by)

    def adopt_document(self, title: str, by: DecisionId) -> None:
        self._check_open()
        self._check_decision(by)
        plain(title, f"the document {by} adopts")
        self._document_adopted(title=title, by=by)

    def record_vote(self, decision: DecisionId, in_favour: int, against: int, abstained: int = 0) -> None:
        self._check_open()
        self._check_decision(decision)
        counts = (in_favour, against, abstained)
        if any(isinstance(n, bool) or not isinstance(n, int) or n < 0 for n in counts) or not any(counts):
            raise InvalidValue(f"the vote on {decision} needs whole, non-negative counts, not all zero: {counts}")
        if decision in self.votes:
            raise InvalidValue(f"a vote on {decision} is already recorded")
        self._vote_recorded(decision=decision, in_favour=in_favour, against=against, abstained=abstained)

    def record_reservation(self, decision: DecisionId, name: str, party: str = "") -> None:
        self._check_open()
        self._check_decision(decision)
        self._reservation_recorded(decision=decision, name=_person(name, decision), party=plain(party.strip(), "a party"))

    def record_recusal(self, decision: DecisionId, name: str, party: str = "") -> None:
        self._check_open()
        self._check_decision(decision)
        self._recusal_recorded(decision=decision, name=_person(name, decision), party=plain(party.strip(), "a party"))

    def review(self, by: str, digest: str, changes: tuple[str, ...]) -> None:
        self._check_open()
        if not by.strip():
            raise InvalidValue(f"a review of meeting {self.meeting} needs the name of who reviewed it")
        plain(by + "".join(changes), f"the review of meeting {self.meeting}")
        self._reviewed(by=by.strip(), digest=digest, changes=tuple(changes))

    def seal_item(self, item: ItemRef) -> None:
        """`Paragrafen förklaras omedelbart justerad`."""
        self._check_open()
        self._check_here(item)
        self._item_sealed(item=item)

    def seal(self, by: tuple[str, ...]) -> None:
        """Justering: the minutes are checked and signed; from now on only corrections."""
        self._check_open()
        names = tuple(plain(name.strip(), "who sealed the minutes") for name in by if name.strip())
        if not names:
            raise InvalidValue(f"sealing meeting {self.meeting} needs the name of who checked and signed it")
        self._sealed(by=names)

    def correct(self, decision: DecisionId | None, field: CorrectedField, value: str, reason: str) -> None:
        """Rättelse: fixes a recording error with a new event; allowed on sealed minutes too."""
        if not reason.strip():
            raise InvalidValue("a correction needs a reason")
        plain(reason + value, "a correction")
        if decision is not None:
            self._check_here(decision.item)
        c = check_correction(self.recorded, decision, field, value, self.meeting)
        self._corrected(decision=c.decision, field=c.field.value, value=c.value, previous=c.previous,
                        party=c.party, year=c.year, reason=reason.strip(), by=None)

    def correct_earlier(self, correction: Correction, by: DecisionId) -> None:
        """A decision of this meeting corrects one of an earlier meeting (`Att rätta Beslut …`);
        the register checked `correction` against what that meeting recorded."""
        self._check_open()
        self._check_decision(by)
        target = correction.decision
        if target is None or target.meeting >= self.meeting:
            raise InvalidValue(f"decision {by} can correct only a decision of an earlier meeting, not {target}")
        self._corrected(decision=target, field=correction.field.value, value=correction.value,
                        previous=correction.previous, party=correction.party, year=correction.year,
                        reason=f"rättat genom {by}", by=by)

    def _check_open(self) -> None:
        if self.sealed_by:
            raise MeetingSealed(
                f"the minutes of meeting {self.meeting} are sealed (justerade by {', '.join(self.sealed_by)}); "
                "only a correction with a reason can change them"
            )

    def _check_here(self, item: ItemRef) -> None:
        if item.meeting != self.meeting:
            raise MeetingMismatch(f"{item} does not belong to meeting {self.meeting}")

    def _check_decision(self, decision: DecisionId) -> None:
        self._check_here(decision.item)
        if decision not in self.decisions:
            raise UnknownDecision(f"decision {decision} is not recorded at meeting {self.meeting}")

    def _check_new_follow_up(self, by: DecisionId) -> None:
        self._check_decision(by)
        if by in self.follow_ups:
            raise InvalidValue(f"decision {by} already created a follow-up; one per decision")

    # Events: these only change state; every check happened above.

    @event(MotionPutForward)
    def _put_forward(self, matter: ItemRef, title: str) -> None:
        pass

    @event(MatterReturned)
    def _matter_returned(self, matter: ItemRef, item: ItemRef, citing: DecisionId | None) -> None:
        pass

    @event(DecisionTaken)
    def _decision_taken(
        self,
        decision: DecisionId,
        text: str,
        kind: DecisionKind,
        matter: ItemRef | None,
        cites: tuple[DecisionId, ...],
    ) -> None:
        self.recorded.texts[decision] = text

    @event(MatterReferredBack)
    def _matter_referred_back(self, matter: ItemRef, by: DecisionId, returns: Due) -> None:
        self.recorded.dues[by] = returns

    @event(ItemDeferred)
    def _item_deferred(self, item: ItemRef | None, number: int, subject: str, to: Due) -> None:
        self.deferrals = number

    @event(DecisionWithdrawn)
    def _decision_withdrawn(self, decision: DecisionId, by: DecisionId | None, reason: str) -> None:
        self.withdrawn.add(decision)

    @event(DecisionRevoked)
    def _decision_revoked(self, decision: DecisionId, by: DecisionId, superseded: bool) -> None:
        self.withdrawn.add(decision)

    @event(PlanProposed)
    def _plan_proposed(self, party: Party, year: int, matter: ItemRef) -> None:
        pass

    @event(PlanReferredBack)
    def _plan_referred_back(self, party: Party, year: int, by: DecisionId) -> None:
        pass

    @event(PlanAdopted)
    def _plan_adopted(self, party: Party, year: int, by: DecisionId) -> None:
        self.recorded.plans.setdefault(by, []).append((party, year))

    @event(GrantAwarded)
    def _grant_awarded(self, party: Party, year: int, amount_sek: int, purpose: str, by: DecisionId) -> None:
        self.recorded.grants.setdefault(by, []).append((party, year, amount_sek))

    @event(ReportRequired)
    def _report_required(self, responsible: Party, subject: str, due: Due, by: DecisionId, also: tuple[Party, ...]) -> None:
        self.recorded.reports[by] = (responsible, due)
        self.recorded.dues[by] = due

    @event(AssignmentGiven)
    def _assignment_given(self, responsible: str, subject: str, due: Due, by: DecisionId) -> None:
        self.recorded.dues[by] = due

    @event(FollowUpFulfilled)
    def _follow_up_fulfilled(self, source: FollowUpSource, by: DecisionId | None, note: str) -> None:
        self.fulfilled.add(source)

    @event(Sealed)
    def _sealed(self, by: tuple[str, ...]) -> None:
        self.sealed_by = tuple(by)

    @event(Corrected)
    def _corrected(self, decision: DecisionId | None, field: str, value: str, previous: str,
                   party: Party | None, year: int | None, reason: str, by: DecisionId | None) -> None:
        if by is None:  # a correction of another meeting's decision leaves this meeting's record as it is
            apply_correction(self.recorded, decision, CorrectedField(field), value)

    @event(VoteRecorded)
    def _vote_recorded(self, decision: DecisionId, in_favour: int, against: int, abstained: int) -> None:
        self.votes.add(decision)

    @event(ReservationRecorded)
    def _reservation_recorded(self, decision: DecisionId, name: str, party: str) -> None:
        pass

    @event(RecusalRecorded)
    def _recusal_recorded(self, decision: DecisionId, name: str, party: str) -> None:
        pass

    @event(Reviewed)
    def _reviewed(self, by: str, digest: str, changes: tuple[str, ...]) -> None:
        pass

    @event(ItemSealed)
    def _item_sealed(self, item: ItemRef) -> None:
        pass

    @event(AgreementTerminated)
    def _agreement_terminated(self, agreement: str, by: DecisionId) -> None:
        pass

    @event(DocumentAdopted)
    def _document_adopted(self, title: str, by: DecisionId) -> None:
        pass


def _person(name: str, decision: DecisionId) -> str:
    if not name.strip():
        raise InvalidValue(f"a reservation or recusal on {decision} needs the person's name")
    return plain(" ".join(name.split()), "a name")


def _check_year(year: int) -> None:
    if isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= 2999:
        raise InvalidValue(f"not a plan year: {year!r}")
