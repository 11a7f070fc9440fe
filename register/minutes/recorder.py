"""Records what the parser understood: one meeting, all its events, one transaction.

Also says what it did, decision by decision and item by item, so a secretary can review an
import (or a dry run) before trusting it: every link to an earlier meeting and how it was
found, every citation it could not turn into a link ("cited, not linked"), and every reading
it is unsure of ("to review").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from domain.corrections import CorrectedField
from domain.errors import RegisterError
from domain.ids import DecisionId, FollowUpSource, ItemRef
from domain.values import DecisionKind, Party
from projections.facts import facts_of
from register.application import Recording, Register
from register.minutes import model as m
from register.minutes.dues import NO_DUE, resolved, unread_time
from register.minutes.links import Link, Linker, Unlinked

_TITLE_WORDS = 8
_PRESENTED = ("presenter", "föredr", "lade fram", "förslag")


class MissingDate(RegisterError):
    """Raised when neither the minutes nor `--date` give the meeting date."""


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

    def as_json(self) -> dict[str, Any]:
        return attrs.asdict(self)


def record_minutes(register: Register, parsed: m.ParsedMinutes, date: dt.date | None, dry_run: bool) -> ImportSummary:
    held_on = _meeting_date(parsed, date)
    register.catch_up()  # links to earlier meetings are read from the views
    importer: _Importer | None = None
    counted = 0
    try:
        with register.new_meeting(
            parsed.meeting, held_on, parsed.place, parsed.attendance, parsed.justerare, known_targets_only=False
        ) as recording:
            importer = _Importer(register, recording, parsed, held_on)
            importer.run()
            counted = len(recording.pending())
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    assert importer is not None
    return ImportSummary(
        source=parsed.source,
        meeting=str(parsed.meeting),
        date=held_on.isoformat(),
        recorded=not dry_run,
        decisions=tuple(importer.summaries),
        items=tuple(importer.item_summaries),
        attendance=tuple(a.as_row() for a in parsed.attendance),
        justerare=parsed.justerare,
        warnings=tuple(importer.warnings),
        events=counted,
        unlinked=tuple(importer.unlinked),
        to_review=tuple(importer.to_review),
    )


def _meeting_date(parsed: m.ParsedMinutes, date: dt.date | None) -> dt.date:
    if date is not None and parsed.held_on is not None and date != parsed.held_on:
        raise MissingDate(f"{parsed.source}: the minutes say the meeting was held {parsed.held_on}, but --date says {date}")
    held_on = date or parsed.held_on
    if held_on is None:
        raise MissingDate(f"{parsed.source}: the minutes give no meeting date; give it with --date YYYY-MM-DD")
    return held_on


class _Importer:
    def __init__(self, register: Register, recording: Recording, parsed: m.ParsedMinutes, held_on: dt.date) -> None:
        self.register = register
        self.known = register.known
        self.recording = recording
        self.parsed = parsed
        self.held_on = held_on
        self.linker = Linker(register.known, parsed.meeting, held_on)
        self.summaries: list[DecisionSummary] = []
        self.item_summaries: list[dict[str, Any]] = []
        self.warnings = [{"line": w.line, "message": w.message} for w in parsed.warnings if not _unclassified(w)]
        self.unlinked: list[dict[str, Any]] = []
        self.to_review: list[dict[str, Any]] = []
        self.here = {d.id for d in parsed.decisions}
        self.titles = {i.ref: i.title for i in parsed.items if i.ref is not None}
        self.by_item: dict[ItemRef, list[m.ParsedDecision]] = {}
        for decision in parsed.decisions:
            self.by_item.setdefault(decision.id.item, []).append(decision)
        self.settled: set[FollowUpSource] = set()

    def run(self) -> None:
        returning = self._returns()
        put_forward: set[ItemRef] = set()
        for decision in self.parsed.decisions:
            mark = len(self.recording.pending())
            item = decision.id.item
            links = returning.get(item, [])
            matter = next((link.matter for link in links if link.matter is not None), item)
            if item not in put_forward:
                if matter == item:
                    self.recording.put_forward(item, self.titles.get(item) or _title_from(decision))
                else:
                    self.recording.return_matter(matter, item, _citing(links))
                put_forward.add(item)
            cites = tuple(dict.fromkeys(c.target for c in _cites(decision) if c.target != decision.id))
            self.recording.take_decision(decision.id, decision.text, decision.kind, matter, cites)
            self._debate(decision)
            for effect in decision.effects:
                self._apply(decision, matter, effect)
            self._note_external(decision.line, cites)
            self._review_decision(decision)
            self.summaries.append(DecisionSummary(
                id=str(decision.id), generated=decision.generated_id, kind=decision.kind.value,
                text=decision.text, line=decision.line, events=self._described(mark),
            ))
        for parsed_item in self.parsed.items:
            mark = len(self.recording.pending())
            self._item(parsed_item, returning.get(parsed_item.ref, []) if parsed_item.ref else
                       returning.get(_unplaced(parsed_item), []), put_forward)
            events = self._described(mark)
            if events or parsed_item.noted:
                self.item_summaries.append(_item_summary(parsed_item, events))

    # Returns: worked out before any decision is taken, as the decisions continue their matter.

    def _returns(self) -> dict[Any, list[Link]]:
        returning: dict[Any, list[Link]] = {}
        explicit = [i for i in self.parsed.items if i.returns or i.cites or i.references]
        rest = [i for i in self.parsed.items if i not in explicit]
        for item in explicit + rest:
            decided = self.by_item.get(item.ref, []) if item.ref else []
            cited = [*item.cites, *(c for d in decided for c in _cites(d))]
            links, unlinked = self.linker.returns(item, cited, self.settled)
            self.settled |= {link.source for link in links}
            key = item.ref if item.ref else _unplaced(item)
            returning[key] = links
            for gone in unlinked:
                self._unlinked(item.line, gone)
        return returning

    def _item(self, item: m.ParsedItem, links: list[Link], put_forward: set[ItemRef]) -> None:
        decided = self.by_item.get(item.ref, []) if item.ref else []
        by = decided[0].id if decided else None
        matter = next((link.matter for link in links if link.matter is not None), None)
        returned = item.ref is not None and matter is not None and matter != item.ref
        if item.ref is not None and matter is not None and returned and item.ref not in put_forward:
            self.recording.return_matter(matter, item.ref, _citing(links))
            put_forward.add(item.ref)
        for link in links:
            if not (returned and _closed_by_return(link, matter, _citing(links))):
                self._settle(link, by, item)
            elif link.how == "matched by title":
                self._review(item.line, f"{item.ref} continues {matter}, settling {link.source}: matched by title only")
        if item.deferred is not None:
            self.recording.defer(item.ref, item.title, resolved(item.deferred.to, self.held_on))
        for cite in item.cites:
            if cite.relation == "fulfils":
                self._fulfil(cite.target, None, item.line, item.title)
        fulfilled, unlinked = self.linker.fulfilled(item, self.settled)
        for link in fulfilled:
            self._settle(link, by, item)
        for gone in unlinked:
            self._unlinked(item.line, gone)
        if item.sealed and item.ref is not None:
            self.recording.seal_item(item.ref)
        if item.correction is not None and by is not None and not any(
                isinstance(e, m.Correct) for d in decided for e in d.effects):
            self._correct(by, item.correction, item.line)
        self._plan(item, decided, matter or item.ref)
        self._note_external(item.line, tuple(c.target for c in item.cites))

    def _settle(self, link: Link, by: DecisionId | None, item: m.ParsedItem) -> None:
        if link.source in self.recording.fulfilled() or self.known.is_fulfilled(link.source):
            return  # a matter cited as back, whose referral an earlier meeting settled
        where = str(item.ref) if item.ref else item.title
        note = f"återkommer som {where}" if not isinstance(link.source, DecisionId) or link.how != "matched by title" else where
        if link.how == "matched by title":
            self._review(item.line, f"{where} settles {link.source}: matched by title only")
        self.recording.fulfil(link.source, by, f"{note} ({link.how})")
        self.settled.add(link.source)

    def _plan(self, item: m.ParsedItem, decided: list[m.ParsedDecision], matter: ItemRef | None) -> None:
        """A party's plan put forward: proposed while undecided, referred back when referred back."""
        plan = item.plan
        if plan is None or matter is None or item.ref is None:
            return
        adopted_here = any(isinstance(e, m.AdoptPlan) and (e.party, e.year) == (plan.party, plan.year)
                           for d in decided for e in d.effects)
        if adopted_here or self.known.adopted_plan(plan.party, plan.year, self.held_on) is not None:
            return
        referral = next((d for d in decided if d.kind is DecisionKind.REFERRAL), None)
        presented = any(word in item.text.lower() for word in _PRESENTED)
        if referral is None and not item.deferred and not any(d.kind is DecisionKind.DEFERRAL for d in decided) \
                and not (presented and not decided):
            return
        self.recording.propose_plan(plan.party, plan.year, matter)
        if referral is not None:
            self.recording.refer_plan_back(plan.party, plan.year, referral.id)

    # A decision's effects.

    def _apply(self, decision: m.ParsedDecision, matter: ItemRef, effect: m.Effect) -> None:
        by, rec = decision.id, self.recording
        match effect:
            case m.AdoptPlan(party=party, year=year):
                rec.adopt_plan(party, year, by)
                self._supersede_earlier_plan(decision, party, year)
            case m.AwardGrant(party=party, year=year, amount_sek=amount, purpose=purpose):
                rec.award_grant(party, year, amount, by, purpose)
            case m.RequireReport(party=party, subject=subject, due=due, also=also):
                rec.require_report(party, subject or self._item_title(by), resolved(due, self.held_on), by, also)
            case m.GiveAssignment(responsible=who, subject=subject, due=due):
                rec.give_assignment(who, subject or self._item_title(by), resolved(due, self.held_on), by)
            case m.ReferBack(returns=returns):
                rec.refer_back(matter, by, resolved(returns, self.held_on))
            case m.Defer(to=to):
                rec.defer(decision.id.item, self._item_title(by) or decision.text, resolved(to, self.held_on))
            case m.WithdrawSelf():
                rec.withdraw(by, None, "utgår")
            case m.WithdrawEarlier(target=target):
                if self._still_in_force(target, decision.line):
                    rec.withdraw(target, by, "utgår")
            case m.Revoke(target=target, superseded=superseded):
                if self._still_in_force(target, decision.line):
                    plan = any(isinstance(e, m.AdoptPlan) for e in decision.effects)
                    rec.revoke(target, by, superseded or plan)
            case m.TerminateAgreement(agreement=agreement):
                rec.terminate_agreement(agreement, by)
            case m.AdoptDocument(title=title):
                rec.adopt_document(title, by)
            case m.Correct():
                self._correct(by, effect, decision.line)
            case m.Cite(target=target, relation="fulfils"):
                self._fulfil(target, by, decision.line, "")

    def _supersede_earlier_plan(self, decision: m.ParsedDecision, party: Party, year: int) -> None:
        """A plan adopted again for the same party and year replaces the one adopted before."""
        earlier = self.known.adopted_plan(party, year, self.held_on)
        revoked_here = {e.target for e in decision.effects if isinstance(e, m.Revoke)}
        if earlier is None or earlier in revoked_here or earlier.meeting == decision.id.meeting:
            return
        if self._still_in_force(earlier, decision.line):
            self.recording.revoke(earlier, decision.id, True)

    def _correct(self, by: DecisionId, correction: m.Correct, line: int) -> None:
        target = correction.target or self._corrected_decision(correction, line)
        if target is None:
            return
        if correction.amount_sek is None:
            self._review(line, f"{by} corrects {target}: what it changes could not be read; record it with `register correct`")
            return
        try:
            self.recording.correct_earlier(target, CorrectedField.AMOUNT, str(correction.amount_sek), by)
        except RegisterError as error:
            self._review(line, f"{by} corrects {target}: {error}")

    def _corrected_decision(self, correction: m.Correct, line: int) -> DecisionId | None:
        assert correction.reference is not None
        item = self.linker.item_of(correction.reference)
        if item is None:
            self._unlinked(line, Unlinked(correction.reference.written, "no meeting the register holds was held then"))
            return None
        decisions = self.known.decisions_in(item)
        granting = [d for d in decisions if self.known.record_of(d).grants.get(d)]
        found = granting if correction.amount_sek is not None and granting else decisions
        if len(found) != 1:
            self._unlinked(line, Unlinked(correction.reference.written, f"{item} holds {len(found)} decisions that could be meant"))
            return None
        return found[0]

    def _debate(self, decision: m.ParsedDecision) -> None:
        told = decision.debate
        if told.vote is not None:
            self.recording.record_vote(decision.id, told.vote.in_favour, told.vote.against, told.vote.abstained)
        for person in told.reservations:
            self.recording.record_reservation(decision.id, person.name, person.party or self._party_of(person.name))
        for person in told.recusals:
            self.recording.record_recusal(decision.id, person.name, person.party or self._party_of(person.name))

    def _party_of(self, name: str) -> str:
        return next((a.organisation for a in self.parsed.attendance if a.name == name), "")

    def _item_title(self, decision: DecisionId) -> str:
        """What an obligation is about when its wording names only who and when: its item's title."""
        return self.titles.get(decision.item, "")

    def _fulfil(self, source: DecisionId, by: DecisionId | None, line: int, note: str) -> None:
        if source in self.recording.fulfilled() or self.known.is_fulfilled(source):
            self._warn(line, f"the follow-up from {source} is already fulfilled; not fulfilled again")
            return
        self.recording.fulfil(source, by, note)
        self.settled.add(source)

    def _still_in_force(self, target: DecisionId, line: int) -> bool:
        if self.known.has_ended(target):
            self._warn(line, f"{target} is already withdrawn or revoked; not revoked again")
            return False
        return True

    def _note_external(self, line: int, cited: tuple[DecisionId, ...]) -> None:
        for target in cited:
            if target not in self.here and not self.known.has_decision(target):
                self._unlinked(line, Unlinked(f"Beslut {target}", "the register does not hold that decision; kept as an "
                                              "external reference, linked once its meeting is recorded"))

    def _review_decision(self, decision: m.ParsedDecision) -> None:
        if decision.kind is DecisionKind.OTHER:
            self._review(decision.line, f"{decision.id}: no rule knows this wording; kept verbatim as kind other")
        for effect in decision.effects:
            if isinstance(effect, (m.RequireReport, m.GiveAssignment)) and effect.due == NO_DUE \
                    and (words := unread_time(decision.text)):
                self._review(decision.line, f"{decision.id}: a due seems named ('{words}') but could not be read; "
                                            "recorded without one")

    def _unlinked(self, line: int, gone: Unlinked) -> None:
        entry = {"line": line, "citation": gone.written, "why": gone.why}
        if entry not in self.unlinked:
            self.unlinked.append(entry)

    def _review(self, line: int, what: str) -> None:
        self.to_review.append({"line": line, "what": what})

    def _warn(self, line: int, message: str) -> None:
        self.warnings.append({"line": line, "message": message})

    def _described(self, mark: int) -> tuple[str, ...]:
        lines = []
        for event in self.recording.pending()[mark:]:
            facts = facts_of(event, self.parsed.meeting)
            if facts is not None:
                lines.append(f"{facts.event}: {facts.detail}")
        return tuple(lines)


def _citing(links: list[Link]) -> DecisionId | None:
    """The decision a returning matter comes back from: the referral, where that is what it settles."""
    return next((link.source if isinstance(link.source, DecisionId) else link.citing
                 for link in links if isinstance(link.source, DecisionId) or link.citing), None)


def _closed_by_return(link: Link, matter: ItemRef | None, citing: DecisionId | None) -> bool:
    """A matter's return settles the referral it cites and the deferral of the item it continues."""
    return link.source == citing or link.source == matter


def _unclassified(warning: m.ParseWarning) -> bool:
    """The parser's note of a wording no rule knows: the summary lists it to review instead."""
    return warning.message.startswith("unclassified decision")


def _cites(decision: m.ParsedDecision) -> list[m.Cite]:
    return [e for e in decision.effects if isinstance(e, m.Cite)]


def _unplaced(item: m.ParsedItem) -> tuple[str, int]:
    return ("line", item.line)


def _title_from(decision: m.ParsedDecision) -> str:
    for effect in decision.effects:
        if isinstance(effect, m.AdoptPlan):
            return f"{effect.party}s FINSAM-plan {effect.year}"
        if isinstance(effect, m.AdoptDocument):
            return effect.title
    words = decision.text.removeprefix("Att ").split()
    return " ".join(words[:_TITLE_WORDS]) + ("…" if len(words) > _TITLE_WORDS else "")


def _item_summary(item: m.ParsedItem, events: tuple[str, ...]) -> dict[str, Any]:
    return {
        "ref": None if item.ref is None else str(item.ref),
        "title": item.title,
        "line": item.line,
        "noted": item.noted,
        "events": list(events),
    }
