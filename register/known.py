"""What the register holds, as far as a command's checks need to know it.

Normally that is the read model, caught up before each command. In a bulk import the read
model is caught up once at the start and saves do not project, so what the batch itself has
saved since is kept here too; the checks see both.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from domain.corrections import MeetingRecord
from domain.ids import DecisionId, FollowUpSource, ItemRef, MeetingId, parse_source
from domain import events as e
from domain.values import Due, FollowUpStatus, Party, PlanStatus
from projections.facts import decision_key, followup_key
from projections.folds import Row
from projections.kinds import ENDED, Entity, FactType as F, key
from projections.read_model import ReadModel

_ENDING = tuple(ENDED)
"""The facts that end a decision, as the read model is asked for them."""


class Known:
    def __init__(self, views: ReadModel, board: str) -> None:
        self.views = views
        self.board = board
        # What the batch saved, per board: one bulk import may switch between boards.
        self.decisions: dict[tuple[str, DecisionId], ItemRef | None] = {}
        self.follow_ups: set[tuple[str, FollowUpSource]] = set()
        self.fulfilled: set[tuple[str, FollowUpSource]] = set()
        self.ended: set[tuple[str, DecisionId]] = set()

    def forget_batch(self) -> None:
        self.decisions, self.follow_ups, self.fulfilled, self.ended = {}, set(), set(), set()

    def learn(self, events: Iterable[object]) -> None:
        """Takes note of what a save in the batch recorded."""
        board = self.board
        for event in events:
            if isinstance(event, e.DecisionTaken):
                self.decisions[(board, event.decision)] = event.matter
            elif isinstance(event, (e.ReportRequired, e.AssignmentGiven, e.MatterReferredBack)):
                self.follow_ups.add((board, event.by))
            elif isinstance(event, e.FollowUpFulfilled):
                self.fulfilled.add((board, event.source))
            elif isinstance(event, e.MatterReturned) and event.citing is not None:
                self.fulfilled.add((board, event.citing))
            elif isinstance(event, (e.DecisionWithdrawn, e.DecisionRevoked)):
                self.ended.add((board, event.decision))
            elif isinstance(event, e.Corrected) and event.field == "void" and event.decision is not None:
                self.ended.add((board, event.decision))

    def has_decision(self, decision: DecisionId) -> bool:
        return (self.board, decision) in self.decisions or self.views.has_facts(self.board, decision_key(decision), (F.TAKEN,))

    def has_ended(self, decision: DecisionId) -> bool:
        return (self.board, decision) in self.ended or self.views.has_facts(self.board, decision_key(decision), _ENDING)

    def matter_of(self, decision: DecisionId) -> ItemRef | None:
        if (self.board, decision) in self.decisions:
            return self.decisions[(self.board, decision)]
        for fact in self.views.facts(self.board, [decision_key(decision)]):
            if fact["type"] == F.TAKEN and fact["data"]["matter"]:
                return ItemRef.parse(fact["data"]["matter"])
        return None

    # What an import needs to link a meeting to earlier ones. These read the views alone: an
    # import catches them up first, one meeting at a time.

    def meetings(self) -> list[tuple[MeetingId, dt.date]]:
        """The meetings recorded, by date."""
        return [(MeetingId.parse(m["meeting"]), dt.date.fromisoformat(m["date"])) for m in self.views.meetings(self.board)]

    def open_follow_ups(self, before: dt.date) -> list[tuple[FollowUpSource, Row]]:
        """Follow-ups created before a date and not settled by then."""
        day = (before - dt.timedelta(days=1)).isoformat()
        return [(parse_source(r["source"]), r) for r in self.views.rows(self.board, "followup", day) if r["status"] == FollowUpStatus.OPEN]

    def adopted_plan(self, party: Party, year: int, before: dt.date) -> DecisionId | None:
        """The decision in force that adopted a party's plan for a year, before a date."""
        day = (before - dt.timedelta(days=1)).isoformat()
        for row in self.views.rows(self.board, "plan", day):
            if row["party"] == party.value and row["year"] == year and row["status"] == PlanStatus.ADOPTED and row["decision"]:
                return DecisionId.parse(row["decision"])
        return None

    def decisions_in(self, item: ItemRef) -> list[DecisionId]:
        prefix = key(Entity.DECISION, f"{item.key}:")
        return [DecisionId.parse(f["data"]["id"]) for f in self.views.facts_under(self.board, prefix, (F.TAKEN,))]

    def record_of(self, decision: DecisionId) -> MeetingRecord:
        """What the register holds of an earlier decision, as a correction needs to check it."""
        record = MeetingRecord(dt.date.min)
        for fact in self.views.facts(self.board, [decision_key(decision), followup_key(decision)]):
            data = fact["data"]
            match fact["type"]:
                case F.TAKEN:
                    record.texts[decision] = data["text"]
                case F.TEXT_CORRECTED:
                    record.texts[decision] = data["text"]
                case F.EFFECT if "grant" in data:
                    party, year, amount = data["grant"]
                    record.grants.setdefault(decision, []).append((Party(party), year, amount))
                case F.CORRECTED if data["field"] == "amount":
                    record.grants[decision] = [(p, y, int(data["value"])) for p, y, _ in record.grants.get(decision, [])]
                case F.VOIDED:
                    record.voided.add(decision)
                case F.OPENED:
                    record.dues[decision] = Due.parse(data["due"] or None)
        return record

    def has_follow_up(self, source: FollowUpSource) -> bool:
        return (self.board, source) in self.follow_ups or self.views.has_facts(self.board, followup_key(source), (F.OPENED,))

    def is_fulfilled(self, source: FollowUpSource) -> bool:
        """Done by a fulfilment, or by its matter coming back (a referral or a deferral)."""
        if (self.board, source) in self.fulfilled:
            return True
        row = self.views.latest_row(self.board, followup_key(source))
        return row is not None and row["status"] == FollowUpStatus.DONE
