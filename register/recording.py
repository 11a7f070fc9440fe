"""What can be recorded at one meeting, inside one transaction of the register."""

from __future__ import annotations

from typing import TYPE_CHECKING

from domain.corrections import CorrectedField, check_correction
from domain.errors import DecisionNotInForce, FollowUpAlreadyFulfilled, UnknownDecision, UnknownFollowUp
from domain.ids import DecisionId, FollowUpSource, ItemRef, MeetingId
from domain.meeting import Meeting
from domain.values import DecisionKind, Due, Party

if TYPE_CHECKING:
    from register.application import Register


class Recording:
    """What can be recorded at one meeting; targets in other meetings are checked against the views."""

    def __init__(self, register: Register, meeting: Meeting, known_targets_only: bool) -> None:
        self._register = register
        self._meeting = meeting
        self._known_targets_only = known_targets_only
        self._known = register.known
        if not register.in_bulk:
            register.catch_up()

    @property
    def meeting(self) -> MeetingId:
        return self._meeting.meeting

    def pending(self) -> list[Meeting.Event]:
        """Events recorded in this block so far, not yet saved."""
        return [event for event in self._meeting.pending_events if isinstance(event, Meeting.Event)]

    def fulfilled(self) -> set[FollowUpSource]:
        """Follow-ups this block has fulfilled or settled so far."""
        return set(self._meeting.fulfilled)

    def has_decision(self, decision: DecisionId) -> bool:
        return decision in self._meeting.decisions

    def put_forward(self, matter: ItemRef, title: str) -> None:
        self._meeting.put_forward(matter, title)

    def return_matter(self, matter: ItemRef, item: ItemRef, citing: DecisionId | None = None) -> None:
        self._meeting.return_matter(matter, item, citing)

    def take_decision(
        self,
        decision: DecisionId,
        text: str,
        kind: DecisionKind,
        matter: ItemRef | None = None,
        cites: tuple[DecisionId, ...] = (),
    ) -> None:
        self._meeting.take_decision(decision, text, kind, matter, tuple(cites))

    def refer_back(self, matter: ItemRef, by: DecisionId, returns: Due) -> None:
        self._meeting.refer_back(matter, by, returns)

    def defer(self, item: ItemRef | None, subject: str, to: Due) -> None:
        self._meeting.defer(item, subject, to)

    def withdraw(self, decision: DecisionId, by: DecisionId | None = None, reason: str = "") -> None:
        self._check_in_force_elsewhere(decision)
        self._meeting.withdraw(decision, by, reason)

    def revoke(self, decision: DecisionId, by: DecisionId, superseded: bool = False) -> None:
        self._check_in_force_elsewhere(decision)
        self._meeting.revoke(decision, by, superseded)

    def propose_plan(self, party: Party, year: int, matter: ItemRef) -> None:
        self._meeting.propose_plan(party, year, matter)

    def refer_plan_back(self, party: Party, year: int, by: DecisionId) -> None:
        self._meeting.refer_plan_back(party, year, by)

    def adopt_plan(self, party: Party, year: int, by: DecisionId) -> None:
        self._meeting.adopt_plan(party, year, by)

    def award_grant(self, party: Party, year: int, amount_sek: int, by: DecisionId, purpose: str = "") -> None:
        self._meeting.award_grant(party, year, amount_sek, purpose, by)

    def require_report(self, responsible: Party, subject: str, due: Due, by: DecisionId, also: tuple[Party, ...] = ()) -> None:
        self._meeting.require_report(responsible, subject, due, by, also)

    def give_assignment(self, responsible: str, subject: str, due: Due, by: DecisionId) -> None:
        self._meeting.give_assignment(responsible, subject, due, by)

    def fulfil(self, source: FollowUpSource, by: DecisionId | None = None, note: str = "") -> None:
        known = source in self._meeting.follow_ups or self._known.has_follow_up(source)
        if not known and self._known_targets_only:
            raise UnknownFollowUp(f"no follow-up was created by {source}")
        if self._known.is_fulfilled(source):
            raise FollowUpAlreadyFulfilled(f"follow-up from {source} is already fulfilled")
        self._meeting.fulfil(source, by, note)

    def record_vote(self, decision: DecisionId, in_favour: int, against: int, abstained: int = 0) -> None:
        self._meeting.record_vote(decision, in_favour, against, abstained)

    def record_reservation(self, decision: DecisionId, name: str, party: str = "") -> None:
        self._meeting.record_reservation(decision, name, party)

    def record_recusal(self, decision: DecisionId, name: str, party: str = "") -> None:
        self._meeting.record_recusal(decision, name, party)

    def review(self, by: str, digest: str, changes: tuple[str, ...]) -> None:
        self._meeting.review(by, digest, changes)

    def seal_item(self, item: ItemRef) -> None:
        self._meeting.seal_item(item)

    def seal(self, by: tuple[str, ...]) -> None:
        self._meeting.seal(by)

    def correct(self, decision: DecisionId | None, field: CorrectedField, value: str, reason: str) -> None:
        self._meeting.correct(decision, field, value, reason)

    def correct_earlier(self, decision: DecisionId, field: CorrectedField, value: str, by: DecisionId) -> None:
        """A decision of this meeting corrects one of an earlier meeting, as the register holds it."""
        record = self._known.record_of(decision)
        if decision not in record.texts:
            raise UnknownDecision(f"decision {decision}, which {by} corrects, is not recorded")
        self._meeting.correct_earlier(check_correction(record, decision, field, value), by)

    def terminate_agreement(self, agreement: str, by: DecisionId) -> None:
        self._meeting.terminate_agreement(agreement, by)

    def adopt_document(self, title: str, by: DecisionId) -> None:
        self._meeting.adopt_document(title, by)

    def _check_in_force_elsewhere(self, decision: DecisionId) -> None:
        if decision.meeting == self.meeting:
            return  # the meeting aggregate knows its own decisions
        if not self._known.has_decision(decision):
            if not self._known_targets_only:
                return
            raise UnknownDecision(f"decision {decision} is not recorded")
        if self._known.has_ended(decision):
            raise DecisionNotInForce(f"decision {decision} is already withdrawn or revoked")
