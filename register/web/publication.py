"""What the site may show of what is withheld from publication.

On the public site (`register serve --public`) a withheld decision or agenda item shows as
"Utelämnad" with the reason, and is left out of search, feeds and JSON; so is everything that
repeats its text (its trace lines, the follow-up it created). The secretary's own site, and members signed in, see
everything, each withheld text marked "Utelämnas på den publika webbplatsen".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

import attrs

from domain.errors import InvalidValue
from domain.ids import DecisionId, parse_source
from projections.lines import Happened, ids_of
from projections.rows import DecisionRow, FollowUpRow, GrantRow, OutcomeRow, PlanRow, SearchHit, TraceLine, WithheldRow

Row = TypeVar("Row")
Corrected = TypeVar("Corrected", DecisionRow, PlanRow, GrantRow)
"""A row that carries the corrections that changed it."""

WITHHELD_REMARK = "a grant it counts is withheld from publication"


@attrs.frozen
class Publication:
    public: bool
    reasons: Mapping[str, str] = attrs.field(factory=dict)
    """Canonical key of each withheld decision or agenda item → why."""

    @classmethod
    def of(cls, withheld: Iterable[WithheldRow], public: bool) -> Publication:
        return cls(public, {key: row.reason for row in withheld if (key := _key(row.ref))})

    def reason(self, ref: str) -> str | None:
        """Why a decision, agenda item or follow-up source is withheld (its own or its item's), or None."""
        if not self.reasons:
            return None
        try:
            decision = DecisionId.parse(ref)
        except InvalidValue:
            return self.reasons.get(_key(ref) or "")
        return self.reasons.get(decision.key) or self.reasons.get(decision.item.key)

    def hides(self, ref: str) -> bool:
        return self.public and self.reason(ref) is not None

    def visible(self, rows: Iterable[Row], ref_of: Callable[[Row], str]) -> list[Row]:
        """The rows the site may show: on the public site, none that is withheld."""
        return [row for row in rows if not self.hides(ref_of(row))]

    def plans(self, plans: Iterable[PlanRow], grants: Iterable[GrantRow]) -> list[PlanRow]:
        """Plans the site may show: none adopted by a withheld decision, and, where one of the
        party's grants for the year is withheld, no sum that would tell its amount."""
        if not self.public:
            return list(plans)
        hiding = {(grant.party, grant.year) for grant in grants if self.hides(grant.decision)}
        return [attrs.evolve(plan, granted_sek=None) if (plan.party, plan.year) in hiding else plan
                for plan in plans if not (plan.decision and self.hides(plan.decision))]

    def corrected(self, rows: Iterable[Corrected]) -> list[Corrected]:
        """Rows whose corrections the site may show: on the public site a correction made by a
        withheld decision keeps its values (they are the corrected row's own) but names neither
        the decision nor its reason, which names it; one of a withheld grant is left out."""
        if not self.public:
            return list(rows)
        return [attrs.evolve(row, corrections=self.corrections(row.corrections)) if row.corrections else row for row in rows]

    def corrections(self, corrections: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
        shown = []
        for said in corrections:
            if said.get("decision") and self.hides(said["decision"]):
                continue
            withheld = bool(said.get("by")) and self.hides(said["by"])
            shown.append({**said, "by": None, "reason": "", "withheld": True} if withheld else said)
        return shown

    def follow_ups(self, rows: Iterable[FollowUpRow]) -> list[FollowUpRow]:
        """Follow-ups the site may show: on the public site none created by something withheld,
        nor any about a withheld matter (a later referral's subject is the matter's title), and
        none at all of them, so that no responsible name or due says what is behind them. One
        written off by a withheld decision says it was written off, but not by what nor why."""
        shown = [row for row in rows if not self.hides(row.source) and not (row.matter and self.hides(row.matter))]
        return [attrs.evolve(row, written_off={**row.written_off, "by": None, "reason": "", "withheld": True})
                if self.public and row.written_off and row.written_off["by"] and self.hides(row.written_off["by"]) else row
                for row in shown]

    def hits(self, hits: Iterable[SearchHit]) -> list[SearchHit]:
        """Search hits the site may show: none on something withheld, nor a follow-up about a withheld matter."""
        return [hit for hit in hits if not self.hides(hit.ref) and not (hit.matter and self.hides(hit.matter))]

    def outcomes(self, rows: Iterable[OutcomeRow]) -> list[OutcomeRow]:
        """Reported outcomes the site may show: a grant no project claims is left out when its
        decision is withheld; a project that counts a withheld grant shows neither its decisions
        nor any sum or share that would tell the withheld amount."""
        if not self.public:
            return list(rows)
        shown = []
        for row in rows:
            hidden = [d for d in row.decisions if self.hides(d)]
            if not hidden:
                shown.append(row)
            elif row.granted_report is not None:
                shown.append(attrs.evolve(row, decisions=[d for d in row.decisions if d not in hidden], granted_register=None,
                                          difference=None, used=None, remark=WITHHELD_REMARK))
        return shown

    def trace(self, document: dict[str, Any]) -> dict[str, Any]:
        """A trace without the lines that name what is withheld: they repeat its text or title,
        or say what it did (an agreement terminated and with whom)."""
        lines: list[TraceLine] = document["events"]
        if not self.public:
            return document
        shown = {**document, "events": [_without_review_notes(line) for line in lines if not self.hides_line(line)]}
        if "corrections" in document:
            shown["corrections"] = self.corrections(document["corrections"])
        if "cited_by" in document:
            shown["cited_by"] = [c for c in document["cited_by"] if not self.hides(c["decision"])]
        return shown

    def hides_line(self, line: TraceLine) -> bool:
        """Whether a line names anything withheld, under any role: the decision it is about, the
        one that did it, the item, the follow-up (a report's line names the decision that asked)."""
        return any(self.hides(ref) for ref in ids_of(line.said))

    def line_reason(self, line: TraceLine) -> str | None:
        """Why (part of) a trace line is left off the public site, for those who see it whole: the
        reason of the first withheld thing it names, or that a review's list of changes quotes
        (the public sees the review's line with the number of changes only); None if none is."""
        named = [*ids_of(line.said), *(change.split(": ", 1)[0] for change in _review_notes(line))]
        return next((reason for ref in named if (reason := self.reason(ref))), None)


def _review_notes(line: TraceLine) -> list[str]:
    """A meeting's review line's list of changes, each "<decision>: <what changed>"; none on other lines."""
    changes = line.data.get("changes") if line.event == Happened.REVIEWED else None
    return [str(change) for change in changes] if isinstance(changes, list) else []


def _without_review_notes(line: TraceLine) -> TraceLine:
    """A meeting's review line says how many changes the reviewer made, not what they were: the
    list is the secretary's working note and may quote a withheld decision (each decision's own
    changes are on its own line, which publication hides with it)."""
    changes = line.data.get("changes")
    if line.event != Happened.REVIEWED or not changes:
        return line
    data = {key: value for key, value in line.said.items() if key != "changes"}
    return TraceLine.of_line(line.date, line.meeting, {**data, "changed": len(changes)})


def _key(ref: str) -> str | None:
    try:
        return parse_source(ref).key
    except InvalidValue:
        return None
