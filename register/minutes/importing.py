"""Records a proposal: one meeting, all its events, one transaction; and says what it recorded.

The summary goes decision by decision and item by item, every event with how each link was
found, then what was cited but not linked and what is to review, so a secretary can check an
import (or a dry run) before trusting it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from domain.corrections import CorrectedField
from domain.ids import DecisionId, ItemRef
from domain.meeting import Meeting
from domain.values import Party
from projections.facts import facts_of
from projections.lines import english
from register.application import Register
from register.minutes import model as m
from register.minutes import proposal as p
from register.minutes.accounted import refuse_if_nothing_read
from register.minutes.proposing import MissingDate, digest_of, meeting_date, propose

__all__ = ["DecisionSummary", "ImportSummary", "MissingDate", "record_minutes", "record_proposal"]


class _DryRun(Exception):
    """Leaves the recording block so that nothing is saved."""


@attrs.frozen
class DecisionSummary:
    id: str
    generated: bool
    kind: str
    text: str
    line: int
    events: tuple[str, ...]


@attrs.frozen
class ImportSummary:
    source: str
    meeting: str
    date: str
    recorded: bool
    decisions: tuple[DecisionSummary, ...]
    items: tuple[dict[str, Any], ...]
    attendance: tuple[dict[str, Any], ...]
    justerare: tuple[str, ...]
    warnings: tuple[dict[str, Any], ...]
    events: int
    unlinked: tuple[dict[str, Any], ...] = ()
    """Citations of other meetings the importer could not turn into a link."""
    to_review: tuple[dict[str, Any], ...] = ()
    """Readings the importer is unsure of: a kind it could not tell, a due it could not read, a
    link matched by title only."""
    changed: tuple[str, ...] = ()
    """What the secretary's review changed against what the importer proposed."""
    reviewed_by: str | None = None
    paragraphs: tuple[dict[str, Any], ...] = ()
    """Every § of the minutes with what was read from it, or why nothing was."""
    justerad: str | None = None
    """`"2026-04-21"` or `""` (no day given) where the minutes say they were justerade and the import sealed them."""
    read: dict[str, Any] | None = None
    """How the minutes file was read (`document.Reading.as_json`): format, pages or blocks, lines,
    what was left out as page furniture, the tables read as attendance."""

    def as_json(self) -> dict[str, Any]:
        return attrs.asdict(self)


def record_minutes(register: Register, parsed: m.ParsedMinutes, date: dt.date | None, dry_run: bool,
                   text: str = "", digest: str = "") -> ImportSummary:
    """Imports minutes as the importer reads them: the proposal, recorded unchanged.
    `digest`: of the file's bytes; without one, of the text."""
    refuse_if_nothing_read(parsed)
    register.catch_up()  # links to earlier meetings are read from the views
    proposal = propose(register.known, parsed, meeting_date(parsed, date), digest or digest_of(text))
    return record_proposal(register, proposal, dry_run)


@attrs.frozen
class Review:
    """Who reviewed a proposal and what they changed; recorded with the meeting."""

    by: str
    changes: tuple[str, ...]
    decisions: tuple[tuple[DecisionId, bool, tuple[str, ...]], ...] = ()
    """Each decision the reviewer added (True) or changed (False, with what changed)."""


def record_proposal(register: Register, proposal: p.Proposal, dry_run: bool = False, review: Review | None = None) -> ImportSummary:
    writer: _Writer | None = None
    counted = 0
    try:
        with register.new_meeting(
            proposal.meeting, proposal.held_on, proposal.place, proposal.attendance, proposal.justerare, known_targets_only=False
        ) as recording:
            writer = _Writer(recording, proposal, register.actor)
            writer.run()
            for filing in proposal.filed:
                recording.file_item(filing.item, filing.diary_number, filing.basis, filing.sent_to)
            if proposal.notice is not None:
                recording.post_notice(proposal.notice.posted, proposal.notice.removed, proposal.notice.kept_at)
            if proposal.secretary:
                recording.name_secretary(proposal.secretary)
            if review is not None:
                for decision, added, said in review.decisions:
                    recording.mark_reviewed(decision, review.by, added, said)
                recording.review(review.by, proposal.digest, review.changes)
            if proposal.justerad:  # last: once justerade, the minutes take only corrections
                recording.seal(proposal.justerare, proposal.justerad_on, stated=True)
            counted = len(recording.pending)
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    assert writer is not None
    return ImportSummary(
        source=proposal.source,
        meeting=str(proposal.meeting),
        date=proposal.held_on.isoformat(),
        recorded=not dry_run,
        decisions=tuple(writer.summaries),
        items=tuple(writer.item_summaries),
        attendance=tuple(a.as_row() for a in proposal.attendance),
        justerare=proposal.justerare,
        warnings=tuple({"line": w.line, "message": w.what} for w in proposal.warnings),
        events=counted,
        unlinked=tuple({"line": u.line, "citation": u.citation, "why": u.why} for u in proposal.unlinked),
        to_review=tuple({"line": d.line, "what": d.what} for d in proposal.to_review),
        paragraphs=tuple(attrs.asdict(paragraph) for paragraph in proposal.paragraphs),
        changed=review.changes if review else (),
        reviewed_by=review.by if review else None,
        justerad=(proposal.justerad_on.isoformat() if proposal.justerad_on else "") if proposal.justerad else None,
    )


class _Writer:
    def __init__(self, recording: Meeting, proposal: p.Proposal, actor: str) -> None:
        self.recording = recording
        self.actor = actor
        self.proposal = proposal
        self.summaries: list[DecisionSummary] = []
        self.item_summaries: list[dict[str, Any]] = []
        self.put_forward: set[ItemRef] = set()

    def run(self) -> None:
        for decision in self.proposal.decisions:
            mark = len(self.recording.pending)
            item = self.proposal.item(decision.id.item) or p.Item(decision.id.item, _short(decision.text))
            matter = self._take_up(item) or decision.id.item
            self._decision(decision, item, matter)
            self.summaries.append(DecisionSummary(
                id=str(decision.id), generated=decision.generated, kind=decision.kind.value,
                text=decision.text, line=decision.line, events=self._described(mark),
            ))
        for item in self.proposal.items:
            mark = len(self.recording.pending)
            self._item(item)
            events = self._described(mark)
            if events or item.noted:
                self.item_summaries.append({"ref": None if item.ref is None else str(item.ref), "title": item.title,
                                            "line": item.line, "noted": item.noted, "events": list(events)})

    def _take_up(self, item: p.Item) -> ItemRef | None:
        """Puts the item's matter before the board once: a new matter, or an earlier one back."""
        if item.ref is None:
            return None
        if item.ref not in self.put_forward:
            if item.continues is not None:
                self.recording.return_matter(item.continues, item.ref, item.returns_from)
            else:
                self.recording.put_forward(item.ref, item.title)
            self.put_forward.add(item.ref)
        return item.continues or item.ref

    def _decision(self, decision: p.Decision, item: p.Item, matter: ItemRef) -> None:
        rec, by = self.recording, decision.id
        rec.take_decision(by, decision.text, decision.kind, matter, decision.cites)
        if decision.vote is not None:
            rec.record_vote(by, decision.vote.in_favour, decision.vote.against, decision.vote.abstained)
        for person in decision.reservations:
            rec.record_reservation(by, person.name, person.party)
        for person in decision.recusals:
            rec.record_recusal(by, person.name, person.party)
        for plan in decision.plans:
            rec.adopt_plan(plan.party, plan.year, by)
        for grant in decision.grants:
            rec.award_grant(grant.party, grant.year, grant.amount_sek, by, grant.purpose, grant.project)
        if decision.follow_up is not None:
            self._follow_up(decision, decision.follow_up, matter)
        if decision.struck:
            rec.withdraw(by, None, "utgår")
        for target in decision.withdraws:
            rec.withdraw(target, by, "utgår")
        for target in decision.revokes:
            rec.revoke(target, by, False)
        for target in decision.supersedes:
            rec.revoke(target, by, True)
        for agreement in decision.agreements:
            rec.terminate_agreement(agreement, by)
        for title in decision.documents:
            rec.adopt_document(title, by)
        for amendment in decision.corrects:
            rec.correct_earlier(amendment.decision, CorrectedField.AMOUNT, str(amendment.amount_sek), by)
        for settled in decision.settles:
            rec.fulfil(settled.source, by, _note(item, settled))
        for source in decision.writes_off:
            rec.write_off(source, decision.text, self.actor, by)

    def _follow_up(self, decision: p.Decision, follow_up: p.FollowUp, matter: ItemRef) -> None:
        rec, by = self.recording, decision.id
        match follow_up.kind:
            case "report":
                if p.owed_by_body(follow_up):
                    rec.require_report(None, follow_up.subject, follow_up.due, by, owed_by=follow_up.responsible[0])
                else:
                    first, *others = (Party.parse(name) for name in follow_up.responsible)
                    rec.require_report(first, follow_up.subject, follow_up.due, by, tuple(others))
            case "assignment":
                rec.give_assignment(follow_up.responsible[0], follow_up.subject, follow_up.due, by)
            case "referred_back":
                rec.refer_back(matter, by, follow_up.due, " och ".join(follow_up.responsible))
            case "deferred":
                rec.defer(by.item, follow_up.subject or decision.text, follow_up.due, " och ".join(follow_up.responsible))

    def _item(self, item: p.Item) -> None:
        rec = self.recording
        if item.continues is not None or (item.noted and item.ref is not None):
            # An information item: it takes up an earlier matter, or puts its own before the
            # board, so that it has a page and search finds it by its title like any other item.
            self._take_up(item)
        for settled in item.settles:
            rec.fulfil(settled.source, None, _note(item, settled))
        if item.deferred_to is not None:
            rec.defer(item.ref, item.title, item.deferred_to)
        if item.sealed and item.ref is not None:
            rec.seal_item(item.ref)
        if item.proposes is not None and item.ref is not None:
            rec.propose_plan(item.proposes.party, item.proposes.year, item.continues or item.ref)
            if item.plan_referred_by is not None:
                rec.refer_plan_back(item.proposes.party, item.proposes.year, item.plan_referred_by)

    def _described(self, mark: int) -> tuple[str, ...]:
        lines = []
        for event in self.recording.pending[mark:]:
            facts = facts_of(event, self.proposal.meeting)
            if facts is not None:
                lines.append(f"{facts.event}: {english(facts.line)}")
        return tuple(lines)


def _short(text: str, words: int = 8) -> str:
    """A title for an item the proposal gives none (a decision added by hand in a review)."""
    found = text.removeprefix("Att ").split()
    return " ".join(found[:words]) + ("…" if len(found) > words else "")


def _note(item: p.Item, settled: p.Settled) -> str:
    where = str(item.ref) if item.ref is not None else item.title
    return f"{where} ({settled.how})"

