"""What the register holds, as far as a command's checks need to know it.

Normally that is the read model, caught up before each command. In a bulk import the read
model is caught up once at the start and saves do not project, so what the batch itself has
saved since is kept here too; the checks see both.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from domain.corrections import MeetingRecord
from domain.ids import DecisionId, FollowUpSource, ItemRef, MeetingId, parse_source
from domain import events as e
from domain.values import Due, FollowUpStatus, Party, PlanStatus
from projections.facts import decision_key, followup_key, matter_key
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
        self.matters: dict[tuple[str, FollowUpSource], tuple[str, str]] = {}
        """A referral's or deferral's matter (its key) and the day it was opened."""
        self.taken_up: dict[tuple[str, str], list[str]] = {}
        """Each matter's key → the days a meeting took it up again (returned, decided, put forward)."""

    def forget_batch(self) -> None:
        self.decisions, self.follow_ups, self.fulfilled, self.ended = {}, set(), set(), set()
        self.matters, self.taken_up = {}, {}

    def learn(self, events: Iterable[object], held_on: dt.date | None = None) -> None:
        """Takes note of what a save in the batch recorded (at a meeting held on `held_on`)."""
        board, day = self.board, held_on.isoformat() if held_on else ""
        for event in events:
            if isinstance(event, e.DecisionTaken):
                self.decisions[(board, event.decision)] = event.matter
                self._taken_up(event.matter, day)
            elif isinstance(event, (e.ReportRequired, e.AssignmentGiven)):
                self.follow_ups.add((board, event.by))
            elif isinstance(event, e.MatterReferredBack):
                self.follow_ups.add((board, event.by))
                self.matters[(board, event.by)] = (event.matter.key, day)
            elif isinstance(event, e.ItemDeferred) and event.item is not None:
                self.matters[(board, event.item)] = (event.item.key, day)
            elif isinstance(event, (e.FollowUpFulfilled, e.FollowUpWrittenOff)):
                self.fulfilled.add((board, event.source))
            elif isinstance(event, e.MatterReturned):
                self._taken_up(event.matter, day)
            elif isinstance(event, e.MotionPutForward):
                self._taken_up(event.matter, day)
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

    def diary_number_of(self, item: ItemRef) -> str | None:
        """The diarienummer an agenda item was filed under, if the minutes gave one."""
        found = [f["data"]["diary_number"] for f in self.views.facts(self.board, [matter_key(item)]) if f["type"] == F.FILED]
        return next((n for n in found if n), None)

    def items_filed_under(self, diary: str) -> list[ItemRef]:
        """The agenda items filed under a diarienummer, in order."""
        prefix = key(Entity.MATTER, "")
        filed = self.views.facts_under(self.board, prefix, (F.FILED,))
        return [ItemRef.parse(f["key"][len(prefix):]) for f in filed if f["data"]["diary_number"] == diary]

    def title_of(self, item: ItemRef) -> str | None:
        """The title an agenda item was put forward under, if it was."""
        found = [f["data"]["title"] for f in self.views.facts(self.board, [matter_key(item)]) if f["type"] == F.PUT_FORWARD]
        return found[0] if found else None

    def decisions_in(self, item: ItemRef) -> list[DecisionId]:
        prefix = key(Entity.DECISION, f"{item.key}:")
        return [DecisionId.parse(f["data"]["id"]) for f in self.views.facts_under(self.board, prefix, (F.TAKEN,))]

    def numbered(self, number: str) -> list[DecisionId]:
        """The decisions whose text carries a body's number for them (`Beslut nr 2089:14`, `2089:14`)."""
        year, _, count = number.partition(":")
        said = re.compile(rf"\b(?:nr|nummer)\.?\s*{year}\s*[:/-]\s*0*{count}\b", re.I)
        taken = self.views.facts_under(self.board, key(Entity.DECISION, ""), (F.TAKEN,))
        return [DecisionId.parse(f["data"]["id"]) for f in taken if said.search(f["data"]["text"])]

    def kind_of(self, decision: DecisionId) -> str | None:
        """The kind an earlier decision was recorded as (`plan`, `grant`, `report` …)."""
        taken = (f for f in self.views.facts(self.board, [decision_key(decision)]) if f["type"] == F.TAKEN)
        return next((f["data"]["kind"] for f in taken), None)

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
                    record.grants.setdefault(decision, []).append((None if party is None else Party(party), year, amount))
                    if data.get("project"):
                        record.projects[decision] = data["project"]
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
        """Closed: written off, done by a fulfilment, or (a referral or a deferral) by a later meeting taking its
        matter up again: as the follow-up's fold decides it, for what the views hold and what
        the batch saved alike."""
        key = followup_key(source)
        if (self.board, source) in self.fulfilled or self.views.has_facts(self.board, key, (F.FULFILLED, F.WRITTEN_OFF)):
            return True
        row = self.views.latest_row(self.board, key)
        if row is not None and row["status"] in (FollowUpStatus.DONE, FollowUpStatus.WRITTEN_OFF):
            return True
        matter, opened_on = self.matters.get((self.board, source)) or (
            (ItemRef.parse(row["matter"]).key, row["date"]) if row is not None and row.get("matter") else (None, ""))
        return matter is not None and any(day > opened_on for day in self.taken_up.get((self.board, matter), ()))

    def _taken_up(self, matter: ItemRef | None, day: str) -> None:
        if matter is not None:
            self.taken_up.setdefault((self.board, matter.key), []).append(day)
