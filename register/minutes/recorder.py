"""Records what the parser understood: one meeting, all its events, one transaction.

Also says what it did, decision by decision, so a secretary can review an import (or a dry
run) before trusting it. Citations of decisions the register does not hold are kept as
external references and reported; the views link them once the cited meeting is recorded.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from domain.errors import RegisterError
from domain.ids import DecisionId, ItemRef
from domain.values import Due
from projections.facts import facts_of
from register.application import Recording, Register
from register.minutes import model as m
from register.minutes.dues import resolved

_TITLE_WORDS = 8


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

    def as_json(self) -> dict[str, Any]:
        return attrs.asdict(self)


def record_minutes(register: Register, parsed: m.ParsedMinutes, date: dt.date | None, dry_run: bool) -> ImportSummary:
    held_on = _meeting_date(parsed, date)
    warnings = [{"line": w.line, "message": w.message} for w in parsed.warnings]
    summaries: list[DecisionSummary] = []
    counted: list[int] = []
    try:
        with register.new_meeting(
            parsed.meeting, held_on, parsed.place, parsed.attendance, parsed.justerare, known_targets_only=False
        ) as recording:
            _Importer(register, recording, parsed, held_on, summaries, warnings).run()
            counted.append(len(recording.pending()))
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    return ImportSummary(
        source=parsed.source,
        meeting=str(parsed.meeting),
        date=held_on.isoformat(),
        recorded=not dry_run,
        decisions=tuple(summaries),
        items=tuple(_item(i, held_on) for i in parsed.items),
        attendance=tuple(a.as_row() for a in parsed.attendance),
        justerare=parsed.justerare,
        warnings=tuple(warnings),
        events=counted[0] if counted else 0,
    )


def _meeting_date(parsed: m.ParsedMinutes, date: dt.date | None) -> dt.date:
    if date is not None and parsed.held_on is not None and date != parsed.held_on:
        raise MissingDate(f"{parsed.source}: the minutes say the meeting was held {parsed.held_on}, but --date says {date}")
    held_on = date or parsed.held_on
    if held_on is None:
        raise MissingDate(f"{parsed.source}: the minutes give no meeting date; give it with --date YYYY-MM-DD")
    return held_on


class _Importer:
    def __init__(self, register: Register, recording: Recording, parsed: m.ParsedMinutes, held_on: dt.date,
                 summaries: list[DecisionSummary], warnings: list[dict[str, Any]]) -> None:
        self.register = register
        self.recording = recording
        self.parsed = parsed
        self.held_on = held_on
        self.summaries = summaries
        self.warnings = warnings
        self.here = {d.id for d in parsed.decisions}
        self.titles = {i.ref: i.title for i in parsed.items if i.ref is not None}

    def run(self) -> None:
        put_forward: set[ItemRef] = set()
        for decision in self.parsed.decisions:
            mark = len(self.recording.pending())
            matter = self._matter(decision)
            item = decision.id.item
            if matter == item and item not in put_forward:
                self.recording.put_forward(item, self.titles.get(item) or _title_from(decision))
                put_forward.add(item)
            elif matter != item and item not in put_forward:
                citing = next((c.target for c in _cites(decision) if c.relation == "returns"), None)
                self.recording.return_matter(matter, item, citing)
                put_forward.add(item)
            cites = tuple(dict.fromkeys(c.target for c in _cites(decision)))
            self.recording.take_decision(decision.id, decision.text, decision.kind, matter, cites)
            for effect in decision.effects:
                self._apply(decision, matter, effect)
            self._note_external(decision.line, cites)
            self.summaries.append(DecisionSummary(
                id=str(decision.id), generated=decision.generated_id, kind=decision.kind.value,
                text=decision.text, line=decision.line, events=self._described(mark),
            ))
        for parsed_item in self.parsed.items:
            self._information_item(parsed_item)

    def _matter(self, decision: m.ParsedDecision) -> ItemRef:
        """A decision on a matter that returns after a referral continues that matter."""
        for cite in _cites(decision):
            if cite.relation == "returns" and cite.target.meeting < decision.id.meeting:
                return self.register.known.matter_of(cite.target) or cite.target.item
        return decision.id.item

    def _apply(self, decision: m.ParsedDecision, matter: ItemRef, effect: m.Effect) -> None:
        by, rec = decision.id, self.recording
        match effect:
            case m.AdoptPlan(party=party, year=year):
                rec.adopt_plan(party, year, by)
            case m.AwardGrant(party=party, year=year, amount_sek=amount, purpose=purpose):
                rec.award_grant(party, year, amount, by, purpose)
            case m.RequireReport(party=party, subject=subject, due=due):
                rec.require_report(party, subject or self._item_title(by), resolved(due, self.held_on), by)
            case m.GiveAssignment(responsible=who, subject=subject, due=due):
                rec.give_assignment(who, subject or self._item_title(by), resolved(due, self.held_on), by)
            case m.ReferBack(returns=returns):
                rec.refer_back(matter, by, resolved(returns, self.held_on))
            case m.Defer(to=to):
                rec.defer(decision.id.item, decision.text, resolved(to, self.held_on))
            case m.WithdrawSelf():
                rec.withdraw(by, None, "utgår")
            case m.Revoke(target=target):
                if self._still_in_force(target, decision.line):
                    superseded = any(isinstance(e, m.AdoptPlan) for e in decision.effects)
                    rec.revoke(target, by, superseded)
            case m.TerminateAgreement(agreement=agreement):
                rec.terminate_agreement(agreement, by)
            case m.AdoptDocument(title=title):
                rec.adopt_document(title, by)
            case m.Cite(target=target, relation="fulfils"):
                self._fulfil(target, by, decision.line, "")

    def _item_title(self, decision: DecisionId) -> str:
        """What an obligation is about when its wording names only who and when: its item's title."""
        return self.titles.get(decision.item, "")

    def _information_item(self, item: m.ParsedItem) -> None:
        if item.deferred is not None:
            self.recording.defer(item.ref, item.title, resolved(item.deferred.to, self.held_on))
        for cite in item.cites:
            if cite.relation == "fulfils":
                self._fulfil(cite.target, None, item.line, item.title)
        self._note_external(item.line, tuple(c.target for c in item.cites))

    def _fulfil(self, source: DecisionId, by: DecisionId | None, line: int, note: str) -> None:
        if self.register.known.is_fulfilled(source):
            self._warn(line, f"the follow-up from {source} is already fulfilled; not fulfilled again")
            return
        self.recording.fulfil(source, by, note)

    def _still_in_force(self, target: DecisionId, line: int) -> bool:
        if self.register.known.has_ended(target):
            self._warn(line, f"{target} is already withdrawn or revoked; not revoked again")
            return False
        return True

    def _note_external(self, line: int, cited: tuple[DecisionId, ...]) -> None:
        for target in cited:
            if target not in self.here and not self.register.known.has_decision(target):
                self._warn(line, f"cites {target}, which the register does not hold: kept as an external reference")

    def _warn(self, line: int, message: str) -> None:
        self.warnings.append({"line": line, "message": message})

    def _described(self, mark: int) -> tuple[str, ...]:
        lines = []
        for event in self.recording.pending()[mark:]:
            facts = facts_of(event, self.parsed.meeting)
            if facts is not None:
                lines.append(f"{facts.event}: {facts.detail}")
        return tuple(lines)


def _cites(decision: m.ParsedDecision) -> list[m.Cite]:
    return [e for e in decision.effects if isinstance(e, m.Cite)]


def _title_from(decision: m.ParsedDecision) -> str:
    for effect in decision.effects:
        if isinstance(effect, m.AdoptPlan):
            return f"{effect.party}s FINSAM-plan {effect.year}"
        if isinstance(effect, m.AdoptDocument):
            return effect.title
    words = decision.text.removeprefix("Att ").split()
    return " ".join(words[:_TITLE_WORDS]) + ("…" if len(words) > _TITLE_WORDS else "")


def _item(item: m.ParsedItem, held_on: dt.date) -> dict[str, Any]:
    return {
        "ref": None if item.ref is None else str(item.ref),
        "title": item.title,
        "line": item.line,
        "noted": item.noted,
        "deferred": None if item.deferred is None else str(resolved(item.deferred.to, held_on)),
        "cites": [f"{c.relation} {c.target}" for c in item.cites],
    }

