"""Pure folds: an entity's facts, in decided order, become the versions of its row.

Each version is valid from the meeting date that produced it until the next version's date,
so a view as of any date is a lookup, not a replay. Facts arrive as dicts with `type`,
`data`, `decided_on` (ISO date) and `meeting`; they are sorted before folding.
"""

from __future__ import annotations

import re

from collections.abc import Iterable
from typing import Any, Protocol

import attrs

from domain.ids import DecisionId
from domain.values import DecisionStatus, FollowUpStatus, PlanStatus
from projections.kinds import ENDED, PREFIX, PROJECT, Entity, FactType as F, ident_of

Row = dict[str, Any]
Version = tuple[str, str | None, Row]

_DECISION, _MATTER, _PLAN, _FOLLOWUP = PREFIX[Entity.DECISION], PREFIX[Entity.MATTER], PREFIX[Entity.PLAN], PREFIX[Entity.FOLLOWUP]

TRACE_ONLY = frozenset({
    (Entity.DECISION, F.EFFECT), (Entity.DECISION, F.CITED),
    (Entity.MATTER, F.REFERRED_BACK), (Entity.MATTER, F.DEFERRED), (Entity.MATTER, F.PLAN_PROPOSED),
    (Entity.MEETING, F.SEALED), (Entity.MEETING, F.DATE_CORRECTED), (Entity.MEETING, F.REVIEWED),
    (Entity.MATTER, F.SEALED_AT_ONCE), (Entity.MATTER, F.CONTINUES), (Entity.MATTER, F.FILED), (Entity.MEETING, F.NOTICE),
    (Entity.MEETING, F.SECRETARY),
    (Entity.DECISION, F.WITHHELD), (Entity.DECISION, F.PUBLISHED), (Entity.MATTER, F.WITHHELD),
    (Entity.MATTER, F.PUBLISHED), (Entity.FOLLOWUP, F.WITHHELD), (Entity.FOLLOWUP, F.PUBLISHED),
})
"""(kind of entity, type of fact) that only the trace reads: no fold below looks at them.
A fact missing here costs a recomputation that changes nothing; one listed wrongly would
leave rows stale, so a test folds with and without each."""


def changes_a_row(key: str, fact_type: str) -> bool:
    """Whether a fact can change its entity's row, or the rows of those that depend on it."""
    return (key[: key.find(":")], fact_type) not in TRACE_ONLY


class Fold(Protocol):
    def prepare(self, facts: list[Row]) -> None: ...

    def apply(self, fact: Row) -> None: ...

    def row(self) -> Row | None: ...


def decided_order(facts: Iterable[Row]) -> list[Row]:
    """Meeting date first, then the order the register recorded them."""
    return sorted(facts, key=lambda f: (f["decided_on"], f["position"], f["seq"]))


def versions(facts: Iterable[Row], fold: Fold, ordered: bool = False) -> list[Version]:
    """Apply facts date by date; each date whose result differs opens a new version.
    `ordered`: the facts come in decided order already."""
    result: list[Version] = []
    in_order = list(facts) if ordered else decided_order(facts)
    fold.prepare(in_order)
    day = None
    for fact in in_order:
        if fact["decided_on"] != day:
            if day is not None:
                _close_day(result, day, fold.row())
            day = fact["decided_on"]
        fold.apply(fact)
    if day is not None:
        _close_day(result, day, fold.row())
    return result


def _close_day(result: list[Version], day: str, row: Row | None) -> None:
    """The row as a day's facts left it: a new version if it differs from the open one."""
    open_version = result[-1] if result and result[-1][1] is None else None
    if row == (open_version[2] if open_version else None):
        return
    if open_version is not None:
        result[-1] = (open_version[0], day, open_version[2])
    if row is not None:
        result.append((day, None, row))


class DecisionStatuses:
    """Whether each decision is in force, as the facts so far tell it."""

    def __init__(self) -> None:
        self.status: dict[str, DecisionStatus] = {}

    def apply(self, fact: Row) -> None:
        decision = ident_of(fact["key"])
        if fact["type"] == F.TAKEN:
            self.status.setdefault(decision, DecisionStatus.IN_FORCE)
        elif fact["type"] in ENDED:
            self.status[decision] = ENDED[fact["type"]]

    def in_force(self, decision_key: str | None) -> bool:
        return decision_key is None or self.status_of(decision_key) == DecisionStatus.IN_FORCE

    def delivered(self, decision_key: str | None) -> bool:
        """Whether what the decision did stands: in force, or superseded by a later one."""
        return decision_key is None or self.status_of(decision_key) in (DecisionStatus.IN_FORCE, DecisionStatus.SUPERSEDED)

    def status_of(self, decision_key: str) -> DecisionStatus:
        # A decision not (yet) recorded is taken at its word: only a recorded end ends it.
        return self.status.get(decision_key, DecisionStatus.IN_FORCE)


def canonical(decision: str | None) -> str | None:
    """The lookup key of a decision id as stored in facts (`2022:5 §08:1` → `2022-5 §08:1`)."""
    if decision is None:
        return None
    return DecisionId.parse(decision).key


class DecisionFold:
    def __init__(self) -> None:
        self.taken: Row | None = None
        self.status = DecisionStatus.IN_FORCE
        self.voided = False
        self.votes: Row | None = None
        self.reservations: list[Row] = []
        self.recusals: list[Row] = []
        self.review: Row | None = None
        self.corrections: list[Row] = []

    def prepare(self, facts: list[Row]) -> None:
        pass

    def apply(self, fact: Row) -> None:
        if fact["type"] == F.TAKEN:
            data = fact["data"]
            self.taken = {
                "id": data["id"],
                "meeting": fact["meeting"],
                "date": fact["decided_on"],
                "text": data["text"],
                "kind": data["kind"],
                "matter": data["matter"],
                "cites": data["cites"],
                "sort": data["sort"],
            }
        elif fact["type"] == F.TEXT_CORRECTED and self.taken is not None:
            self.taken["text"] = fact["data"]["text"]
        elif fact["type"] == F.VOIDED:
            self.voided = True
        elif fact["type"] in ENDED and self.status == DecisionStatus.IN_FORCE:
            self.status = ENDED[fact["type"]]
        elif fact["type"] == F.VOTED:
            self.votes = fact["data"]
        elif fact["type"] == F.RESERVED:
            self.reservations.append(fact["data"])
        elif fact["type"] == F.RECUSED:
            self.recusals.append(fact["data"])
        elif fact["type"] == F.REVIEW_CHANGED:
            self.review = fact["data"]
        elif fact["type"] == F.CORRECTED:
            self.corrections.append(correction(fact))

    def row(self) -> Row | None:
        if self.taken is None or self.voided:
            return None
        return {**self.taken, "status": self.status, "votes": self.votes,
                "reservations": list(self.reservations), "recusals": list(self.recusals), "review": self.review,
                "corrections": list(self.corrections)}


def correction(fact: Row) -> Row:
    """What a row shows of a correction: the field, the value before and after, and who corrected
    it (a decision of a later meeting, or None for a rättelse by hand, whose reason says why)."""
    data = fact["data"]
    return {"field": data["field"], "previous": data["previous"], "value": data["value"], "by": data.get("by"),
            "date": fact["decided_on"], "reason": data["reason"]}


class PlanFold:
    def __init__(self, key: str) -> None:
        party, _, year = ident_of(key).rpartition("/")
        # A project run jointly is no party's: its grants are listed with no party, and it has no plan.
        self.party: str | None = None if party.startswith(PROJECT) else party
        self.project = party.removeprefix(PROJECT) if self.party is None else ""
        self.year = int(year)
        self.decisions = DecisionStatuses()
        self.stage: PlanStatus | None = None
        """Where the plan stood before any adoption: proposed or referred back."""
        self.adoptions: list[tuple[str, str]] = []
        self.grants: list[Grant] = []
        self.key = key
        self.moved_here: set[str] = set()

    def prepare(self, facts: list[Row]) -> None:
        # A party correction moves a decision's plan and grant here from another plan's facts.
        self.moved_here = {f["data"]["by"] for f in facts if f["key"] == self.key and f["type"] == F.MOVED_HERE}

    def apply(self, fact: Row) -> None:
        if fact["key"].startswith(_DECISION):
            self.decisions.apply(fact)
            return
        kind, data = fact["type"], fact["data"]
        if fact["key"] != self.key and data.get("by") not in self.moved_here:
            return
        if kind == F.MOVED_AWAY and fact["key"] == self.key:
            moved = canonical(data["by"])
            self.adoptions = [a for a in self.adoptions if a[0] != moved]
            self.grants = [g for g in self.grants if g.by != moved]
            if not self.adoptions and not self.grants:
                self.stage = None
            return
        if kind == F.PROPOSED:
            self.stage = PlanStatus.PROPOSED
        elif kind == F.REFERRED_BACK:
            self.stage = PlanStatus.REFERRED_BACK
        elif kind == F.ADOPTED:
            self.adoptions.append((canonical(data["by"]) or "", data["by"]))
        elif kind == F.GRANTED:
            by = canonical(data["by"]) or ""
            purpose = data.get("purpose", "")
            if self.project:  # the grants view names the project where it names no party
                purpose = f"{self.project} ({purpose})" if purpose else self.project
            self.grants.append(Grant(by, data["by"], fact["decided_on"], data["amount_sek"], purpose))
        elif kind == F.GRANT_CORRECTED:
            corrected = canonical(data["by"])
            note = {"field": "amount", "previous": str(data.get("previous", "")), "value": str(data["amount_sek"]),
                    "by": data.get("corrected_by"), "date": fact["decided_on"], "reason": data.get("reason", "")}
            self.grants = [attrs.evolve(g, amount_sek=data["amount_sek"], corrections=(*g.corrections, note))
                           if g.by == corrected else g for g in self.grants]

    def row(self) -> Row | None:
        """The plan's row; its status is None when the party got money for the year without a
        plan (a förstudie, say): `plans` leaves such a row out, `grants` lists its grants."""
        # A decision corrected as never taken adopted nothing and granted nothing.
        adoptions = [(by, shown) for by, shown in self.adoptions if self.decisions.status_of(by) != DecisionStatus.VOID]
        if self.stage is None and not adoptions and not self.grants:
            return None
        in_force = [shown for by, shown in adoptions if self.decisions.in_force(by)]
        grants = [g.row(self.decisions.status_of(g.by)) for g in self.grants]
        # Money for a förstudie or an insats is the party's, not the plan's: only what the
        # adopting decision granted, or what was granted for the plan, counts as its money.
        # So does what another point of the adopting § granted (`Att fastställa planen`, `att bevilja
        # kommunen 1 120 000 kronor`): the same matter's money.
        adopting = {by for by, _ in adoptions}
        same_item = {by.rpartition(":")[0] for by in adopting}
        granted = sum(row["amount_sek"] for g, row in zip(self.grants, grants)
                      if row["status"] == DecisionStatus.IN_FORCE
                      and (g.by in adopting or g.for_plan() or g.by.rpartition(":")[0] in same_item))
        grants = [g for g in grants if g["status"] != DecisionStatus.VOID]
        status: PlanStatus | None
        decision: str | None
        if in_force:
            status, decision = PlanStatus.ADOPTED, in_force[-1]
        elif adoptions:
            status, decision = PlanStatus.WITHDRAWN, None
        elif self.stage is not None or grants:
            status, decision = self.stage, None
        else:
            return None
        # The plan's sum is corrected where one of the grants it lists is: each such grant, named.
        corrections = [{**note, "decision": g["decision"]} for g in grants for note in g["corrections"]]
        return {"party": self.party, "year": self.year, "status": status,
                "granted_sek": granted, "decision": decision, "grants": grants, "corrections": corrections}


_THE_PLAN = re.compile(r"\bplanen?s?\b(?<!individuell plan)(?<!individuella plan)|\w+-?plan(?:en|ens)?\b", re.I)


@attrs.frozen
class Grant:
    """Money one decision granted to a plan's party for its year."""

    by: str
    """The deciding decision's key."""
    decision: str
    """The deciding decision as shown."""
    date: str
    amount_sek: int
    purpose: str
    corrections: tuple[Row, ...] = ()
    """Each correction of the amount, oldest first (`correction`'s shape)."""

    def row(self, status: DecisionStatus) -> Row:
        return {"decision": self.decision, "date": self.date, "amount_sek": self.amount_sek,
                "purpose": self.purpose, "status": status, "corrections": list(self.corrections)}

    def for_plan(self) -> bool:
        """`ytterligare medel för genomförande av FINSAM-planen`: more money for the plan itself; not
        for a `samordnad individuell plan` (SIP), a plan for one person that an insats is about."""
        return _THE_PLAN.search(self.purpose) is not None


class FollowUpFold:
    def __init__(self) -> None:
        self.decisions = DecisionStatuses()
        self.opened: Row | None = None
        self.opened_on: str | None = None
        self.fulfilments: list[tuple[str, str | None]] = []
        self.source_key: str | None = None
        self.title: str | None = None
        self.write_offs: list[Row] = []

    def prepare(self, facts: list[Row]) -> None:
        pass

    def apply(self, fact: Row) -> None:
        kind, data = fact["type"], fact["data"]
        key: str = fact["key"]
        if key.startswith(_DECISION):
            self.decisions.apply(fact)
        elif key.startswith(_MATTER) and kind == F.PUT_FORWARD and self.title is None:
            self.title = data["title"]
        elif key.startswith(_MATTER):
            # A referred-back or deferred matter is done once a later meeting takes it up again.
            later = self.opened_on is not None and fact["decided_on"] > self.opened_on
            if later and kind in (F.RETURNED, F.DECIDED, F.PUT_FORWARD):
                self.fulfilments.append((fact["decided_on"], None))
        elif kind == F.OPENED:
            self.opened = {**data, "meeting": fact["meeting"], "date": fact["decided_on"]}
            self.opened_on = fact["decided_on"]
            if data["kind"] in ("report", "assignment", "referred_back"):
                self.source_key = canonical(data["source"])
        elif kind == F.FULFILLED:
            self.fulfilments.append((fact["decided_on"], canonical(data["by"])))
        elif kind == F.RETURNED:
            self.fulfilments.append((fact["decided_on"], None))
        elif kind == F.WRITTEN_OFF:
            self.write_offs.append({"date": fact["decided_on"], "by": data["by"], "reason": data["reason"], "actor": data["actor"]})
        elif kind == F.DUE_CORRECTED and self.opened is not None:
            self.opened["due"] = data["due"]
        elif kind == F.RESPONSIBLE_CORRECTED and self.opened is not None:
            self.opened["responsible"] = data["responsible"]

    def row(self) -> Row | None:
        if self.opened is None or not self.decisions.in_force(self.source_key):
            return None
        # A fulfilment stands while its decision does; one superseded by a later decision still delivered
        # what was owed (the plan presented, then replaced), so only a withdrawal or revocation undoes it.
        done = [on for on, by in self.fulfilments if self.decisions.delivered(by)]
        subject = self.opened["subject"]
        if self.opened["kind"] in ("referred_back", "deferred") and self.title:
            subject = f"{self.title} ({self.opened['matter']})"
        written_off = next((w for w in self.write_offs if self.decisions.in_force(canonical(w["by"]))), None)
        # Done, written off or neither is all the fold can know: whether an open one is late depends on
        # the day asked (`FollowUpStatus.on`).
        if done:
            status, closed_on = FollowUpStatus.DONE, done[0]
        elif written_off is not None:
            status, closed_on = FollowUpStatus.WRITTEN_OFF, written_off["date"]
        else:
            status, closed_on = FollowUpStatus.OPEN, None
        return {**self.opened, "subject": subject, "status": status, "done_on": closed_on,
                "written_off": written_off if status is FollowUpStatus.WRITTEN_OFF else None}


def fold_for(key: str) -> Fold | None:
    if key.startswith(_DECISION):
        return DecisionFold()
    if key.startswith(_PLAN):
        return PlanFold(key)
    if key.startswith(_FOLLOWUP):
        return FollowUpFold()
    return None


def entity_versions(key: str, facts: Iterable[Row], ordered: bool = False) -> list[Version]:
    """The row versions of the entity `key` (none for an entity without a row of its own)."""
    fold = fold_for(key)
    return [] if fold is None else versions(facts, fold, ordered)
