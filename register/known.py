"""What the register holds, as far as a command's checks need to know it.

Normally that is the read model, caught up before each command. In a bulk import the read
model is caught up once at the start and saves do not project, so what the batch itself has
saved since is kept here too; the checks see both.
"""

from __future__ import annotations

from collections.abc import Iterable

from domain.ids import DecisionId, ItemRef
from domain.meeting import Meeting
from projections.facts import decision_key, followup_key
from projections.store import ReadModel

_ENDED = ("Withdrawn", "Revoked", "Superseded", "Voided")


class Known:
    def __init__(self, views: ReadModel, board: str) -> None:
        self.views = views
        self.board = board
        # What the batch saved, per board: one bulk import may switch between boards.
        self.decisions: dict[tuple[str, DecisionId], ItemRef | None] = {}
        self.follow_ups: set[tuple[str, DecisionId]] = set()
        self.fulfilled: set[tuple[str, DecisionId]] = set()
        self.ended: set[tuple[str, DecisionId]] = set()

    def forget_batch(self) -> None:
        self.decisions, self.follow_ups, self.fulfilled, self.ended = {}, set(), set(), set()

    def learn(self, events: Iterable[object]) -> None:
        """Takes note of what a save in the batch recorded."""
        board = self.board
        for event in events:
            if isinstance(event, Meeting.DecisionTaken):
                self.decisions[(board, event.decision)] = event.matter
            elif isinstance(event, (Meeting.ReportRequired, Meeting.AssignmentGiven, Meeting.MatterReferredBack)):
                self.follow_ups.add((board, event.by))
            elif isinstance(event, Meeting.FollowUpFulfilled):
                self.fulfilled.add((board, event.source))
            elif isinstance(event, (Meeting.DecisionWithdrawn, Meeting.DecisionRevoked)):
                self.ended.add((board, event.decision))
            elif isinstance(event, Meeting.Corrected) and event.field == "void" and event.decision is not None:
                self.ended.add((board, event.decision))

    def has_decision(self, decision: DecisionId) -> bool:
        return (self.board, decision) in self.decisions or self.views.has_facts(self.board, decision_key(decision), ("Taken",))

    def has_ended(self, decision: DecisionId) -> bool:
        return (self.board, decision) in self.ended or self.views.has_facts(self.board, decision_key(decision), _ENDED)

    def matter_of(self, decision: DecisionId) -> ItemRef | None:
        if (self.board, decision) in self.decisions:
            return self.decisions[(self.board, decision)]
        for fact in self.views.facts(self.board, [decision_key(decision)]):
            if fact["type"] == "Taken" and fact["data"]["matter"]:
                return ItemRef.parse(fact["data"]["matter"])
        return None

    def has_follow_up(self, source: DecisionId) -> bool:
        return (self.board, source) in self.follow_ups or self.views.has_facts(self.board, followup_key(source), ("Opened",))

    def is_fulfilled(self, source: DecisionId) -> bool:
        return (self.board, source) in self.fulfilled or self.views.has_facts(self.board, followup_key(source), ("Fulfilled",))
