"""Proposes what to record for a meeting's minutes: from what the parser read and what the
register holds, each decision with what it does and each link to an earlier meeting, with
every doubt written down for the secretary. Writes nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

import attrs

from domain.errors import RegisterError
from domain.ids import DecisionId, FollowUpSource, ItemRef
from domain.values import Attendee, DecisionKind
from register.known import Known
from register.minutes import model as m, proposal as p
from register.minutes.accounted import account, money_unread, run_on, unread
from register.minutes.debate import Debate, Person
from register.minutes.earlier import Draft, EndsEarlier
from register.minutes.dues import NO_DUE, out_of_reach, resolved, unread_time
from register.minutes.kind_cues import kind_unsaid
from register.minutes.links import BY_ITEM_THEN_TITLE, Link, Linker, Unlinked
from register.minutes.projects import held_by, owed_by
from register.minutes.promises import still_owed

_TITLE_WORDS = 8
_PRESENTED = ("presenter", "föredr", "lade fram", "förslag", "inkom", "lämnat in", "lämnade in", "skickat in")


class MissingDate(RegisterError):
    """Raised when neither the minutes nor `--date` give the meeting date."""


def digest_of(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def meeting_date(parsed: m.ParsedMinutes, date: dt.date | None) -> dt.date:
    if date is not None and parsed.held_on is not None and date != parsed.held_on:
        raise MissingDate(f"{parsed.source}: the minutes say the meeting was held {parsed.held_on}, but --date says {date}")
    held_on = date or parsed.held_on
    if held_on is None:
        raise MissingDate(f"{parsed.source}: the minutes give no meeting date; give it with --date YYYY-MM-DD")
    return held_on


def propose(known: Known, parsed: m.ParsedMinutes, held_on: dt.date, digest: str) -> p.Proposal:
    """What the importer would record for these minutes, given what the register holds now."""
    return _Proposer(known, parsed, held_on).plan(digest)


class _Proposer(EndsEarlier):
    def __init__(self, known: Known, parsed: m.ParsedMinutes, held_on: dt.date) -> None:
        self.known = known
        self.parsed = parsed
        self.held_on = held_on
        self.linker = Linker(known, parsed.meeting, held_on, frozenset(i.ref.item for i in parsed.items if i.ref is not None))
        self.warnings = [p.Doubt(w.line, w.message) for w in parsed.warnings if not _unclassified(w)]
        self.unlinked: list[p.Unlinked] = []
        self.unread = unread(parsed)
        self.to_review = [p.Doubt(d.line, d.message) for d in (*parsed.doubts, *self.unread, *run_on(parsed), *money_unread(parsed),
                                                               *kind_unsaid(parsed))]
        self.here = {d.id for d in parsed.decisions}
        self.titles = {i.ref: i.title for i in parsed.items if i.ref is not None}
        self.by_item: dict[ItemRef, list[m.ParsedDecision]] = {}
        for decision in parsed.decisions:
            self.by_item.setdefault(decision.id.item, []).append(decision)
        self.claimed: set[FollowUpSource] = set()
        """Follow-ups a link of this meeting points at (so two items do not take one)."""
        self.done: set[FollowUpSource] = set()
        """Follow-ups this plan settles or fulfils."""
        self.ended: set[DecisionId] = set()
        self._dated_ahead()

    def plan(self, digest: str) -> p.Proposal:
        returning = self._returns()
        drafts = {d.id: self._decision(d, returning.get(d.id.item, [])) for d in self.parsed.decisions}
        items: dict[object, p.Item] = {}
        for decision in self.parsed.decisions:
            ref = decision.id.item
            if ref not in items:
                links = returning.get(ref, [])
                items[ref] = p.Item(ref, self.titles.get(ref) or _title_from(decision), decision.line,
                                    continues=_continues(links, ref), returns_from=_citing(links))
        for parsed_item in self.parsed.items:
            key = parsed_item.ref if parsed_item.ref is not None else _unplaced(parsed_item)
            items[key] = self._item(parsed_item, returning.get(key, []), items.get(key), drafts)
        return p.Proposal(
            source=self.parsed.source, digest=digest, meeting=self.parsed.meeting, held_on=self.held_on,
            place=self.parsed.place, justerare=self.parsed.justerare, attendance=self.parsed.attendance,
            justerad=self.parsed.justering is not None, justerad_on=getattr(self.parsed.justering, "on", None),
            decisions=tuple(attrs.evolve(d.decision, settles=tuple(d.settles)) for d in drafts.values()),
            items=tuple(i for i in items.values() if i.ref in self.by_item or _does_something(i)),
            unlinked=tuple(sorted(self.unlinked, key=lambda u: u.line)),
            to_review=tuple(sorted(self.to_review, key=lambda d: d.line)),
            warnings=tuple(sorted(self.warnings, key=lambda d: d.line)),
            paragraphs=tuple(account(self.parsed, self.unread)),
            filed=tuple(p.Filing(ItemRef(self.parsed.meeting, number), f.diary_number, f.basis, f.sent_to)
                        for number, f in sorted(self.parsed.filed.items())),
            notice=None if (n := self.parsed.notice) is None else p.Notice(n.posted, n.removed, n.kept_at),
            secretary=self.parsed.secretary)

    # Returns: worked out first, as the decisions continue their matter.
    def _returns(self) -> dict[object, list[Link]]:
        returning: dict[object, list[Link]] = {}
        explicit = [i for i in self.parsed.items if i.returns or i.cites or i.references]
        rest = [i for i in self.parsed.items if i not in explicit]
        for item in explicit + rest:
            decided = self.by_item.get(item.ref, []) if item.ref else []
            cited = [*item.cites, *(c for d in decided for c in _cites(d))]
            links, unlinked = self.linker.returns(item, cited, self.claimed, self._diary(item))
            self.claimed |= {link.source for link in links}
            returning[item.ref if item.ref else _unplaced(item)] = links
            for gone in unlinked:
                self._unlinked(item.line, gone)
        return returning

    def _diary(self, item: m.ParsedItem) -> str:
        return self.parsed.filed[item.ref.item].diary_number if item.ref and item.ref.item in self.parsed.filed else ""

    def _item(self, item: m.ParsedItem, links: list[Link], known: p.Item | None, drafts: dict[DecisionId, Draft]) -> p.Item:
        decided = self.by_item.get(item.ref, []) if item.ref else []
        first = drafts[decided[0].id] if decided else None
        continues = _continues(links, item.ref)
        settles: list[p.Settled] = []
        for link in links:
            if item.ref is not None and continues is not None and _closed_by_return(link, continues, _citing(links)):
                if link.how == "matched by title":
                    self._review(item.line, f"{item.ref} continues {continues}, settling {link.source}: matched by title only")
                continue
            self._settle(link, item, first, settles)
        for cite in item.cites:
            if cite.relation == "fulfils":
                self._fulfil(cite.target, item.line, first, settles)
            elif cite.relation == "refers" and not decided and self.linker.owed(cite.target) \
                    and not self.linker.not_yet(item.text):
                # `Med anledning av Beslut X meddelade förbundschefen att avtalet undertecknats`: an
                # information item that cites an open assignment tells how it went.
                self._review(item.line, f"{item.ref or item.title} cites {cite.target} and is taken to fulfil it")
                self._fulfil(cite.target, item.line, None, settles)
        cited = any(c.relation == "fulfils" for c in [*item.cites, *(c for d in decided for c in _cites(d))])
        tasks = tuple(e.subject for d in decided for e in d.effects if isinstance(e, (m.RequireReport, m.GiveAssignment)))
        fulfilled, unlinked = self.linker.fulfilled(
            item, self.claimed | self.done | self.ended, tasks=tasks,  # not by title where its decision says a duty stands
            # nor where it defers the matter or writes off a duty undone (`Att avskriva uppdraget`): it delivers none
            by_title=not cited and not item.deferred and not any(
                still_owed(d.text) or d.kind in (DecisionKind.DEFERRAL, DecisionKind.REFERRAL)
                or any(isinstance(e, m.WriteOffEarlier) for e in d.effects) for d in decided),
            plain=all(d.kind is DecisionKind.ACKNOWLEDGEMENT for d in decided), diary=self._diary(item))
        for link in fulfilled:
            self._settle(link, item, first, settles)
        for gone in unlinked:
            self._unlinked(item.line, gone)
        if item.correction is not None and first is not None and not first.decision.corrects:
            self._correct(first, item.correction, item.line)
        proposes, referred_by = self._plan_put_forward(item, decided, continues or item.ref)
        self._note_external(item.line, tuple(c.target for c in item.cites))
        base = known or p.Item(item.ref, item.title, item.line)
        if item.deferred and (problem := out_of_reach(resolved(item.deferred.to, self.held_on), self.held_on)):
            self._review(item.line, f"{item.ref or item.title}: {problem}")
        return attrs.evolve(
            base, title=item.title or base.title, continues=continues if continues != item.ref else None,
            returns_from=_citing(links), settles=tuple(settles),
            deferred_to=resolved(item.deferred.to, self.held_on) if item.deferred else None,
            sealed=item.sealed, proposes=proposes, plan_referred_by=referred_by, noted=item.noted)

    def _settle(self, link: Link, item: m.ParsedItem, by: Draft | None, settles: list[p.Settled]) -> None:
        if link.source in self.done or self.known.is_fulfilled(link.source):
            return  # a matter cited as back, whose referral an earlier meeting settled
        if link.how in ("matched by title", BY_ITEM_THEN_TITLE):
            self._review(item.line, f"{item.ref or item.title} settles {link.source}: "
                         + ("matched by title only" if link.how == "matched by title" else link.how))
        settled = p.Settled(link.source, link.how)
        if by is not None:
            by.settles.append(settled)
        else:
            settles.append(settled)
        self.done.add(link.source)

    def _plan_put_forward(self, item: m.ParsedItem, decided: list[m.ParsedDecision],
                          matter: ItemRef | None) -> tuple[p.PartyPlan | None, DecisionId | None]:
        """A party's plan put forward: proposed while undecided, referred back when referred back."""
        plan = item.plan
        if plan is None or matter is None or item.ref is None:
            return None, None
        adopted_here = any(isinstance(e, m.AdoptPlan) and (e.party, e.year) == (plan.party, plan.year)
                           for d in decided for e in d.effects)
        if adopted_here or self.known.adopted_plan(plan.party, plan.year, self.held_on) is not None:
            return None, None
        referral = next((d for d in decided if d.kind is DecisionKind.REFERRAL), None)
        presented = any(word in item.text.lower() for word in _PRESENTED)
        noted_only = all(d.kind is DecisionKind.ACKNOWLEDGEMENT for d in decided)  # `anteckna att planen har inkommit`
        if referral is None and not item.deferred and not any(d.kind is DecisionKind.DEFERRAL for d in decided) \
                and not (presented and noted_only):
            return None, None
        return p.PartyPlan(plan.party, plan.year), referral.id if referral else None

    # A decision and what it does.
    def _decision(self, parsed: m.ParsedDecision, links: list[Link]) -> Draft:
        cites = tuple(dict.fromkeys(c.target for c in _cites(parsed) if c.target != parsed.id))
        draft = Draft(p.Decision(parsed.id, parsed.kind, parsed.text, parsed.line, parsed.generated_id, cites=cites))
        draft.add(**_debate(parsed.debate, self.parsed.attendance))
        matter = _continues(links, parsed.id.item) or parsed.id.item
        for effect in sorted(parsed.effects, key=lambda e: isinstance(e, m.ChangeGrant)):  # a new total: after what it supersedes
            self._effect(draft, parsed, matter, effect)
        self._note_external(parsed.line, cites)
        self._review_decision(parsed)
        return draft

    def _effect(self, draft: Draft, parsed: m.ParsedDecision, matter: ItemRef, effect: m.Effect) -> None:
        d = draft.decision
        match effect:
            case m.AdoptPlan(party=party, year=year):
                draft.add(plans=(*d.plans, p.PartyPlan(party, year)))
                self._supersede_earlier_plan(draft, parsed, party, year)
            case m.AwardGrant(party=party, year=year, amount_sek=amount, purpose=purpose, project=project):
                party, purpose, project, doubt = held_by(party, purpose, project, lambda: self._told_in(parsed),
                                                       lambda: self._item_title(d.id))
                draft.add(grants=(*d.grants, p.Grant(party, year or self.held_on.year, amount, purpose, project)))
                if doubt:
                    self._review(d.line, f"{d.id}: {doubt}")
            case m.ChangeGrant(): self._grant_changed(draft, effect)
            case m.ProjectReport(owed_by=who, subject=subject, due=due):
                self._project_report(draft, parsed, who, subject, due)
            case m.RequireReport(party=party, subject=subject, due=due, also=also):
                names = tuple(str(x) for x in (party, *also))
                self._follow_up(draft, p.FollowUp("report", names, self._subject(d.id, subject), resolved(due, self.held_on)))
            case m.BodyReport(owed_by=who, subject=subject, due=due):
                self._follow_up(draft, p.FollowUp("report", (who,), self._subject(d.id, subject), resolved(due, self.held_on)))
            case m.GiveAssignment(responsible=who, subject=subject, due=due):
                self._follow_up(draft, p.FollowUp("assignment", (who,), self._subject(d.id, subject), resolved(due, self.held_on)))
            case m.ReferBack(returns=returns, responsible=who):
                self._follow_up(draft, p.FollowUp("referred_back", _named(who), "", resolved(returns, self.held_on)))
            case m.Defer(to=to, responsible=who):
                self._follow_up(draft, p.FollowUp("deferred", _named(who), self._item_title(d.id) or d.text,
                                                  resolved(to, self.held_on)))
            case m.WithdrawSelf():
                draft.add(struck=True)
            case m.WithdrawEarlier(target=None, reference=reference):
                self._end_described(draft, reference, d.line, "withdraws")
            case m.WithdrawEarlier(target=DecisionId() as target):
                if self._still_in_force(target, d.line):
                    draft.add(withdraws=(*d.withdraws, target))
                    self.ended.add(target)
            case m.Revoke(target=None, superseded=superseded, reference=reference):
                self._end_described(draft, reference, d.line, "supersedes" if superseded else "revokes")
            case m.Revoke(target=DecisionId() as target, superseded=superseded):
                if self._still_in_force(target, d.line):
                    plan = any(isinstance(e, m.AdoptPlan) for e in parsed.effects)
                    if superseded or plan:
                        draft.add(supersedes=(*d.supersedes, target))
                    else:
                        draft.add(revokes=(*d.revokes, target))
                    self.ended.add(target)
            case m.TerminateAgreement(agreement=agreement):
                draft.add(agreements=(*d.agreements, agreement))
            case m.AdoptDocument(title=title):
                draft.add(documents=(*d.documents, title))
            case m.Correct():
                self._correct(draft, effect, d.line)
            case m.Cite(target=target, relation="fulfils"):
                self._fulfil(target, d.line, draft, [])
            case m.Cite(target=target, relation="writes_off"):
                self._write_off(target, draft)
            case m.WriteOffEarlier() | m.DeliveredEarlier():
                self._settle_described(draft, effect)

    def _project_report(self, draft: Draft, parsed: m.ParsedDecision, who: str, subject: str, due: m.DueAsWritten) -> None:
        kind, owed, doubt = owed_by(who, self._told_in(parsed), self.by_item.get(parsed.id.item, []))
        if doubt:
            self._review(draft.decision.line, f"{draft.decision.id}: {doubt}")
        self._follow_up(draft, p.FollowUp(kind, owed, self._subject(draft.decision.id, subject), resolved(due, self.held_on)))

    def _told_in(self, parsed: m.ParsedDecision) -> str:
        item = next((i.text for i in self.parsed.items if i.ref == parsed.id.item), "")
        return " ".join([*(d.text for d in self.by_item.get(parsed.id.item, [])), item])

    def _follow_up(self, draft: Draft, follow_up: p.FollowUp) -> None:
        if draft.decision.follow_up is None:  # one follow-up a decision: the first its wording names
            draft.add(follow_up=follow_up)
            if problem := out_of_reach(follow_up.due, self.held_on):
                self._review(draft.decision.line, f"{draft.decision.id}: {problem}")

    def _fulfil(self, source: DecisionId, line: int, by: Draft | None, settles: list[p.Settled]) -> None:
        if source in self.done or self.known.is_fulfilled(source):
            self._warn(line, f"the follow-up from {source} is already fulfilled; not fulfilled again")
            return
        settled = p.Settled(source, "cited")
        (by.settles if by is not None else settles).append(settled)
        self.done.add(source)

    def _subject(self, decision: DecisionId, clause: str) -> str:
        """What a report or assignment is about, to be read alone in a list of follow-ups: its
        matter's title and the clause that names it (`Uppföljning i Karlshamn: erfarenheterna av
        FINSAM-planen`), either alone where the other is missing or already holds it."""
        title = self._item_title(decision).strip()
        if not title or title.casefold() in clause.casefold():
            return clause or title
        return f"{title}: {clause}" if clause and clause.casefold() not in title.casefold() else title

    def _item_title(self, decision: DecisionId) -> str:
        """What an obligation is about when its wording names only who and when: its item's title."""
        return self.titles.get(decision.item, "")

    def _note_external(self, line: int, cited: tuple[DecisionId, ...]) -> None:
        for target in cited:
            if target not in self.here and not self.known.has_decision(target):
                self._unlinked(line, Unlinked(f"Beslut {target}", "the register does not hold that decision; kept as an "
                                              "external reference, linked once its meeting is recorded"))

    def _review_decision(self, decision: m.ParsedDecision) -> None:
        if decision.kind is DecisionKind.OTHER:
            self._review(decision.line, f"{decision.id}: no rule knows this wording; kept verbatim as kind other")
        for effect in decision.effects:
            if isinstance(effect, (m.RequireReport, m.ProjectReport, m.BodyReport, m.GiveAssignment)) and effect.due == NO_DUE \
                    and (words := unread_time(decision.text)):
                self._review(decision.line, f"{decision.id}: a due seems named ('{words}') but could not be read; "
                                            "recorded without one")

    def _unlinked(self, line: int, gone: Unlinked) -> None:
        entry = p.Unlinked(line, gone.written, gone.why)
        if entry not in self.unlinked:
            self.unlinked.append(entry)

    def _dated_ahead(self) -> None:
        """Minutes dated after today are recorded, but every view read as of today leaves them out until then."""
        today = dt.date.today()
        if self.held_on > today:
            line = self.parsed.dated_at
            self.warnings.append(p.Doubt(line, f"the meeting is dated {self.held_on}, after today ({today}): views read as of "
                                               f"today leave its decisions out until then (read them with --as-of {self.held_on})"))
            self._review(line, f"the meeting date {self.held_on} is after today ({today}): check it against the minutes")

    def _review(self, line: int, what: str) -> None:
        self.to_review.append(p.Doubt(line, what))

    def _warn(self, line: int, message: str) -> None:
        self.warnings.append(p.Doubt(line, message))


def _debate(told: Debate, attendance: tuple[Attendee, ...]) -> dict[str, Any]:
    """The debate, each person with the party the minutes give, else their organisation."""
    def with_party(person: Person) -> Person:
        if person.party:
            return person
        return attrs.evolve(person, party=next((a.organisation for a in attendance if a.name == person.name), ""))

    return {"vote": told.vote, "reservations": tuple(map(with_party, told.reservations)),
            "recusals": tuple(map(with_party, told.recusals))}


def _does_something(item: p.Item) -> bool:
    return bool(item.continues or item.settles or item.deferred_to is not None or item.noted or item.sealed
                or item.proposes)


def _citing(links: list[Link]) -> DecisionId | None:
    """The decision a returning matter comes back from: the referral, where that is what it settles."""
    return next((link.source if isinstance(link.source, DecisionId) else link.citing
                 for link in links if isinstance(link.source, DecisionId) or link.citing), None)


def _continues(links: list[Link], ref: ItemRef | None) -> ItemRef | None:
    matter = next((link.matter for link in links if link.matter is not None), None)
    return None if matter is None or matter == ref else matter


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


def _named(who: str) -> tuple[str, ...]:
    """Who a referral or a deferral waits for, as the follow-up names them: nobody (the board) or one."""
    return (who,) if who else ()
