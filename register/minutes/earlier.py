"""What a decision does to earlier ones: a plan adopted again supersedes the one before; a
decision revoked, struck, superseded or corrected by id, or by describing where it stands
(`described.py`); never one already ended. A part of the proposer (`proposing.py`)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import attrs

from domain.corrections import CorrectedField, check_correction
from domain.errors import RegisterError
from domain.ids import DecisionId, FollowUpSource
from domain.values import Party
from register.known import Known
from register.minutes import model as m
from register.minutes import proposal as p
from register.minutes.described import content_described, decisions_described
from register.minutes.links import Linker, Unlinked
from register.minutes.matching import likeness, parties_named
from register.minutes.phrasebook import AMOUNT, REPLACE, REVOKE, kronor


@attrs.define
class Draft:
    """A decision while it is being planned."""

    decision: p.Decision
    settles: list[p.Settled] = attrs.Factory(list)

    def add(self, **changes: Any) -> None:
        self.decision = attrs.evolve(self.decision, **changes)


_WHOLE = re.compile(rf"(?:{REPLACE.any}|{REVOKE.any})\s+(?:\w+\s+){{0,2}}?beslut", re.I)
"""`ersätter beslutet den …, § 7`: what the § decided, every decision of it; `ersätter planen …`
replaces what is of the new decision's kind."""
_IN_PART = re.compile(r"\bi (?:den|de) del(?:en|ar(?:na)?)? (?:som|vilka?)\b|\b(?:såvitt|vad) (?:avser|gäller)\b", re.I)
"""`ersätter beslutet den 11 maj, § 27, i den del som gäller planen`: only what is of its kind."""


_OWED = ("report", "assignment")
_ABOUT = re.compile(r"\b(?:om|avseende|angående|gällande|rörande)\s+", re.I)
_NAMED_ENOUGH, _MARGIN = 0.6, 0.2
"""A task a write-off names by its words: most of its subject said, and clearly more than any other's."""
_MONEY = re.compile(rf"(?:medel|bidrag|anslag|pengar|ekonomiskt\s+stöd)\b|(?:om\s+)?{AMOUNT}", re.I)
"""`… § 7, om medel till projektet`, `… § 8 om 850 tkr`: the decision of the cited § that granted money."""
_ON_MONEY = re.compile(r"\bbeslut(?:et)?\s+om\s+(?:(?:\w+\s+)?(?:\w*medel|\w*bidrag(?:et)?|anslag(?:et)?)\b"
                       r"|\d{1,3}(?:[\s.]\d{3})*\s*(?:kr|kronor|tkr|mnkr)\b)", re.I)
"""`upphäva beslutet om samverkansmedel till Lommarby kommun i ärende …`, `ersätter beslutet om 540 000 kronor
den 10 april, § 23`: the grant of the item cited, not its report."""
_GRANTING_CITED = re.compile(r"\bom\s+att\s+(?:bevilja|anvisa|avsätta|tilldela)\b[^.;]*?\d[\d\s]*\s*(?:kr|kronor|tkr|mnkr)\b", re.I)
"""`upphäva beslutet styrelsen 2130-06-05 § 7 om att bevilja Ronneby kommun 300 000 kr …`: the grant, not its report."""
_THIS_MATTER = re.compile(r"\bi\s+(?:detta\s+|samma\s+)?ärende(?:t)?\b(?!\s+(?:[A-ZÅÄÖ]{2,8}\s+)?\d)", re.I)
"""`ersätter direktionens tidigare beslut om bidrag i ärendet`: the matter of the item itself, by its diarienummer."""
_SUM_REPLACED = re.compile(rf"{REPLACE.any}\s+(?:det\s+)?(?:tidigare\s+)?(?:beviljade\s+)?(?:beloppet|summan|medlen|anslaget|bidraget|ramen|beviljandet|beviljningen"
                           r"|\d{1,3}(?:[\s.]\d{3})*\s*(?:kr|kronor|tkr|mnkr))\b", re.I)
"""`… uppgår till totalt 750 000 kr och ersätter beloppet i beslutet 2096-02-10 § 10`, `… och ersätter beviljade
140 000 kr enligt 2127:1 § 9`, `beslutet ersätter beviljandet i beslut …`: the grant, not the report."""


class EndsEarlier:
    """The proposer's dealings with earlier decisions; it provides what is declared here."""

    known: Known
    linker: Linker
    held_on: dt.date
    ended: set[DecisionId]
    done: set[FollowUpSource]

    parsed: m.ParsedMinutes

    def _review(self, line: int, what: str) -> None: ...

    def _warn(self, line: int, message: str) -> None: ...

    def _fulfil(self, source: DecisionId, line: int, by: Draft | None, settles: list[p.Settled]) -> None: ...

    def _unlinked(self, line: int, gone: Unlinked) -> None: ...

    def _supersede_earlier_plan(self, draft: Draft, parsed: m.ParsedDecision, party: Party, year: int) -> None:
        """A plan adopted again for the same party and year replaces the one adopted before."""
        earlier = self.known.adopted_plan(party, year, self.held_on)
        revoked_here = {e.target for e in parsed.effects if isinstance(e, m.Revoke) and e.target is not None}
        if earlier is None or earlier in revoked_here or earlier in draft.decision.supersedes \
                or earlier.meeting == parsed.id.meeting:
            return
        if self._still_in_force(earlier, parsed.line):
            draft.add(supersedes=(*draft.decision.supersedes, earlier))
            self.ended.add(earlier)

    def _end_described(self, draft: Draft, reference: m.Reference | None, line: int, how: str) -> None:
        """Decisions the minutes revoke, supersede or strike by describing them: the one the
        reference names (`punkt 1`); for an item cited whole (`beslutet den 7 maj, § 32`), every
        decision of it still in force; else a doubt for the secretary."""
        by = draft.decision.id
        filed = self.parsed.filed.get(by.item.item)
        if reference is None and _THIS_MATTER.search(draft.decision.text) and filed is not None and (diary := filed.diary_number):
            reference = m.Reference("refers", f"Dnr {diary}", diary=diary)  # `… tidigare beslut om bidrag i ärendet`
        item, found = decisions_described(self.linker, self.known, reference)
        if not found:
            where = f" ({reference.written}: no decision there)" if reference is not None and item else ""
            self._review(line, f"{by} {how} a decision it describes but does not name{where}: say which in the "
                               f"review ({how} = [\"…\"])")
            return
        if len(found) > 1:
            if how == "supersedes" and (not _WHOLE.search(draft.decision.text) or _IN_PART.search(draft.decision.text)):
                # `ersätter planen fastställd den 12 februari, § 5`: the plan, not the report asked with it.
                found = [d for d in found if self.known.kind_of(d) == draft.decision.kind.value] or found
            what = content_described(draft.decision.text, reference)
            if _SUM_REPLACED.search(draft.decision.text) or _ON_MONEY.search(draft.decision.text) or _GRANTING_CITED.search(draft.decision.text) \
                    or (what is not None and _MONEY.match(what)):
                # `ersätter beslutet den tionde februari, § 7, om medel till projektet`: the grant, not the report
                found = [d for d in found if self.known.record_of(d).grants.get(d)] or found
                found = self._named_in(found, draft.decision.text) or found
            elif what is not None:
                # `beslutet vid möte nr 4 (§ 5) att bevilja …`: the decision of the § that did that.
                found = [d for d in found if likeness(what, self.known.record_of(d).texts.get(d, "")) >= 0.5] or found
            if all(d in self.ended for d in found):
                return  # the plan adopted again here has superseded it already
            found = [d for d in found if d not in self.ended and not self.known.has_ended(d)] or found[:1]
        for target in found:
            if self._still_in_force(target, line):
                draft.add(**{how: (*getattr(draft.decision, how), target)})
                self.ended.add(target)

    def _grant_changed(self, draft: Draft, change: m.ChangeGrant) -> None:
        """A grant raised or cut to a new total: whose money and which year, where its words do not
        say, are the grant's it supersedes (cited before it, so ended already); else a doubt."""
        d = draft.decision
        if any(grant.amount_sek == change.amount_sek for grant in d.grants):
            return  # `fastställa X:s reviderade plan … och höja medlen … till totalt 3 870 tkr`: the plan's sum, read already
        held = [(target, grant) for target in d.supersedes for grant in self.known.record_of(target).grants.get(target, [])]
        if change.party is None and len(held) == 1:
            target, (party, year, _) = held[0]
            project = self.known.record_of(target).projects.get(target, "")
            draft.add(grants=(*d.grants, p.Grant(party, change.year or year, change.amount_sek, "", project)))
        elif change.party is not None:
            year = change.year or next((year for _, (_, year, _) in held), None) or self.held_on.year
            draft.add(grants=(*d.grants, p.Grant(change.party, year, change.amount_sek, "", "")))
        else:
            self._review(d.line, f"{d.id}: a grant changed to {change.amount_sek} kr, but neither its words nor a grant it "
                                 "supersedes say whose: say whose in the review (grants = …)")

    def _write_off(self, source: DecisionId, by: Draft) -> None:
        line = by.decision.line
        if source in self.done or self.known.is_fulfilled(source):
            self._warn(line, f"the follow-up from {source} is already closed; not written off again")
        elif not self.known.has_follow_up(source):
            self._warn(line, f"{by.decision.id} writes off {source}, which the register holds no follow-up of; nothing written off")
        else:
            by.add(writes_off=(*by.decision.writes_off, source))
            self.done.add(source)

    def _settle_described(self, by: Draft, effect: m.WriteOffEarlier | m.DeliveredEarlier) -> None:
        """The one follow-up set where the decision describes (`beslut 2068-04-05 § 21 punkt 2`),
        written off, or delivered where a row of the follow-up list says it is done; else a doubt
        for the secretary."""
        reference = effect.reference
        _, found = decisions_described(self.linker, self.known, reference)
        owed = [d for d in found if self.known.has_follow_up(d)]
        if not owed and isinstance(effect, m.WriteOffEarlier) and (named := self._task_named(by)) is not None:
            owed = [named]  # `att avskriva uppdraget till förbundschefen om gemensam upphandling av …`
        if len(owed) > 1:  # `uppdraget från juni (§ 25)`, where § 25 set two tasks and one is done: the other
            owed = [d for d in owed if d not in self.done and not self.known.is_fulfilled(d)] or owed
        if len(owed) > 1 and (whose := parties_named(by.decision.text)):
            # `avskriva kravet på redovisning från Stigfinnarna Lövåsen`, where § 9 set two parties' reports: that party's
            named = [d for d in owed if whose & parties_named(self.known.record_of(d).texts.get(d, ""))]
            owed = named if len(named) == 1 else owed
        if len(owed) > 1 and isinstance(effect, m.DeliveredEarlier) and effect.what:
            # `§ 9, 2086-02-12  Lägesrapport Hälsocoach …`: of a grant and a report set there, the one the row names.
            owed = sorted(owed, key=lambda d: likeness(effect.what, self.known.record_of(d).texts.get(d, "")))[-1:]
        how, field = ("delivers", "settles") if isinstance(effect, m.DeliveredEarlier) else ("writes off", "writes_off")
        if len(owed) != 1:
            where = f" ({reference.written})" if reference is not None else ""
            self._review(by.decision.line, f"{by.decision.id} {how} a follow-up it describes{where} but the register holds "
                                           f"{'none' if not owed else 'several'} there: say which in the review ({field} = [\"…\"])")
            return
        if isinstance(effect, m.DeliveredEarlier):
            self._fulfil(owed[0], by.decision.line, by, [])
        else:
            self._write_off(owed[0], by)

    def _task_named(self, by: Draft) -> DecisionId | None:
        """The one open task or report a write-off citing none names by what it is about, put to review."""
        named = _ABOUT.split(by.decision.text, maxsplit=1)[-1]  # `… uppdraget till förbundschefen om <what>`
        scored = sorted(((likeness(named, str(row["subject"])), source) for source, row in
                         self.known.open_follow_ups(self.held_on) if row["kind"] in _OWED and isinstance(source, DecisionId)),
                        key=lambda pair: pair[0], reverse=True)
        if not scored or scored[0][0] < _NAMED_ENOUGH or (len(scored) > 1 and scored[1][0] >= scored[0][0] - _MARGIN):
            return None
        self._review(by.decision.line, f"{by.decision.id} writes off {scored[0][1]}, matched by what it is about: check it")
        return scored[0][1]

    def _correct(self, draft: Draft, correction: m.Correct, line: int) -> None:
        by = draft.decision.id
        target = correction.target or self._corrected_decision(correction, line, draft.decision.text)
        if target is None:
            return
        if correction.amount_sek is None:
            self._review(line, f"{by} corrects {target}: what it changes could not be read; record it with `register correct`")
            return
        try:
            check_correction(self.known.record_of(target), target, CorrectedField.AMOUNT, str(correction.amount_sek))
        except RegisterError as error:
            self._review(line, f"{by} corrects {target}: {error}")
            return
        draft.add(corrects=(*draft.decision.corrects, p.Amendment(target, correction.amount_sek)))

    def _corrected_decision(self, correction: m.Correct, line: int, told: str) -> DecisionId | None:
        """The decision of the item cited that the correction changes: its one grant, or where it
        holds several, the one to the party the correction names (`… så att bidraget till
        Stigfinnarna Hällby är 134 000 kr`)."""
        assert correction.reference is not None
        item, decisions = decisions_described(self.linker, self.known, correction.reference)
        if item is None:
            self._unlinked(line, Unlinked(correction.reference.written, "no meeting the register holds was held then"))
            return None
        granting = [d for d in decisions if self.known.record_of(d).grants.get(d)]
        found = granting if correction.amount_sek is not None and granting else decisions
        named = self._named_in(found, told)
        found = named if len(found) > 1 and len(named) == 1 else found
        if len(found) != 1:
            self._unlinked(line, Unlinked(correction.reference.written, f"{item} holds {len(found)} decisions that could be meant"))
            return None
        return found[0]

    def _named_in(self, found: list[DecisionId], text: str) -> list[DecisionId]:
        """Of decisions granting money, those the text names by the party or by the sum (`bidraget
        till Stigfinnarna Björkvik`, `beslutet den 31 januari, § 8, om 80 000 kr`)."""
        sums = {kronor(said) for said in re.finditer(AMOUNT, text, re.IGNORECASE)}
        return [d for d in found if any((party is not None and party.value.casefold() in text.casefold()) or amount in sums
                                        for party, _, amount in self.known.record_of(d).grants.get(d, []))]

    def _still_in_force(self, target: DecisionId, line: int) -> bool:
        if target in self.ended or self.known.has_ended(target):
            self._warn(line, f"{target} is already withdrawn or revoked; not revoked again")
            return False
        return True
