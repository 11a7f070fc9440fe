"""The agenda items (§) of the minutes, and what the prose around the decisions says of them.

Where the text keeps its order, a paragraph belongs to the § heading above it. Text
extracted from PDF does not: headings stand in clusters away from their content. There a
paragraph belongs to an item when it introduces one of the item's decisions (it stands right
above its `Styrelsen beslutade:`), when it follows a decision and tells how it was reached
(a vote, a reservation), or when it speaks of the item's title; otherwise it is kept as an
item without a heading (`ref` None).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

import attrs

from domain.errors import InvalidValue
from domain.ids import DecisionId, ItemRef, MeetingId
from domain.values import Party
from register.minutes.at_issue import AtIssue, at_issue, named_point
from register.minutes.debate import Debate, debate_in, who_is_named
from register.minutes.decisions import RawDecision
from register.minutes.matching import likeness, parties_named
from register.minutes.model import (
    AdoptDocument, AdoptPlan, BodyReport, Cite, Correct, GiveAssignment, ParsedDecision, ParsedItem, ParseWarning,
    Reference, RequireReport, TerminateAgreement,
)
from register.minutes.references import relation, returns_told
from register.minutes.treatments import cites_earlier
from register.minutes.corrections import corrected_amount, corrected_item
from register.minutes.paragraph_facts import paragraph_facts
from register.minutes.text import ARTEFACTS, Heading, Line, heading, join, seals_at_once
from register.minutes.wording import is_formality, short_subject


@attrs.define
class _Item:
    title: str
    line: int
    decided: bool = False
    paragraphs: list[tuple[int, str]] = attrs.Factory(list)
    """(first line, text) of each paragraph of its prose."""


def headings(lines: list[Line]) -> list[tuple[int, Heading]]:
    return [(i, found) for i, line in enumerate(lines) if (found := heading(line)) is not None]


def in_order(lines: list[Line], found: list[tuple[int, Heading]], decisions: list[ParsedDecision]) -> bool:
    """True when each numbered decision stands under the heading of its own item, with no PDF
    artefacts; minutes that number no decisions are read in order (a lone `Beslut` is a heading)."""
    if not found:
        return False
    if not decisions:
        return True
    if any(line.text in ARTEFACTS for line in lines):
        return False
    return all(_heading_above(found, d.line) == d.id.item.item for d in decisions)


def _heading_above(found: list[tuple[int, Heading]], line_no: int) -> int | None:
    above = [h.number for _, h in found if h.line <= line_no]  # `<=`: a heading's text may run on its own line
    return above[-1] if above else None


def _by_title(found: list[tuple[int, Heading]], text: str) -> int | None:
    """The heading whose title the paragraph speaks of (`Regionalt utvecklingsforum` in a
    paragraph about `vårens regionala utvecklingsforum`)."""
    scored = [(likeness(h.title, text), len(h.title), h.number) for _, h in found if len(h.title) >= 6]
    best = max(scored, default=None)
    return best[2] if best is not None and best[0] >= 0.75 else None


def _title_of(decision: ParsedDecision) -> str:
    for effect in decision.effects:
        if isinstance(effect, AdoptPlan):
            return f"{effect.party.value}s FINSAM-plan {effect.year}"
        if isinstance(effect, AdoptDocument):
            return effect.title
        if isinstance(effect, (RequireReport, BodyReport, GiveAssignment)):
            return effect.subject
        if isinstance(effect, TerminateAgreement):
            return effect.agreement
    return short_subject(decision.text.removeprefix("Att "))


_PLAN_NAMED = (
    re.compile(r"(?P<party>[\w-]+(?: [\w-]+)?) (?:(?:reviderade|nya|uppdaterade) )?FINSAM-plan(?:en)? (?:för )?(?P<year>\d{4})", re.I),
    re.compile(r"FINSAM-plan(?:en)? (?:för )?(?P<year>\d{4})(?:,? (?:för|från)| [–—-]|,)? (?P<party>[\w-]+(?: [\w-]+)?)", re.I),
    re.compile(r"FINSAM-plan(?:en)? (?:för |från )?(?P<party>[\w-]+(?: [\w-]+)?),? (?P<year>\d{4})", re.I),
)


def plan_named(text: str) -> AdoptPlan | None:
    """`Olofströms kommuns FINSAM-plan 2027`, `FINSAM-plan för Olofströms kommun 2027`, `FINSAM-plan
    2059, Karlskrona kommun`, `FINSAM-plan 2060 Olofströms kommun` (a party's name, or nothing)."""
    for pattern in _PLAN_NAMED:
        for match in pattern.finditer(text):
            for words in (match["party"], match["party"].split(" ")[-1]):
                try:
                    return AdoptPlan(Party.parse(words), int(match["year"]))
                except InvalidValue:
                    continue
    return None


_CORRECTION_TITLE = re.compile(r"\brättelse|\brätta", re.I)


def _correction(title: str, text: str) -> Correct | None:
    if not _CORRECTION_TITLE.search(title + " " + text) or not re.search(r"§|\bpunkt \d", title + text, re.I):
        return None
    try:
        reference = corrected_item(f"{title}. {text}")
    except InvalidValue:
        return None
    return Correct(None, corrected_amount(text), reference)


@attrs.frozen
class Assembled:
    items: tuple[ParsedItem, ...]
    warnings: tuple[ParseWarning, ...]
    debates: dict[DecisionId, Debate]
    doubts: tuple[ParseWarning, ...] = ()
    """Readings to review: the points a vote or reservation was matched to, not named."""


def assemble(
    meeting: MeetingId,
    lines: list[Line],
    decisions: list[ParsedDecision],
    raw: list[RawDecision],
    prose: list[list[Line]],
    surnames: Mapping[str, str] = MappingProxyType({}),
    tabled: frozenset[DecisionId] = frozenset(),
) -> Assembled:
    """`tabled`: decisions read from a table at the end, which stand under no heading of their own."""
    found = headings(lines)
    ordered = in_order(lines, found, [d for d in decisions if not d.generated_id and d.id not in tabled])
    items: dict[int, _Item] = {}
    for _, h in found:
        items.setdefault(h.number, _Item(h.title, h.line))
    for decision in sorted(decisions, key=lambda d: d.id):
        number = decision.id.item.item
        items.setdefault(number, _Item(_title_of(decision), decision.line)).decided = True
    introduced = {no: r.id.item.item for r in raw for no in r.before}
    followed = {no: r.id.item.item for r in raw for no in r.after}

    loose: list[list[Line]] = []
    for paragraph in prose:
        text, first = join(paragraph), paragraph[0].no
        owner = _heading_above(found, first) if ordered else None
        if owner is None:
            owner = introduced.get(first)
        if owner is None and first in followed and debate_in(text):
            owner = followed[first]
        if owner is None and not ordered:
            owner = _by_title(found, text)
        if owner is not None and owner in items:
            items[owner].paragraphs.append((first, text))
        else:
            loose.append(paragraph)

    # The narrative often cites what the decision under it cites; once is enough, or a
    # report would be fulfilled twice.
    decided_cites = {e for d in decisions for e in d.effects if isinstance(e, Cite)}
    warnings: list[ParseWarning] = []
    parsed = [
        _item(ItemRef(meeting, number), item, decided_cites, warnings)
        for number, item in sorted(items.items())
    ]
    for paragraph in loose:
        unplaced = _Item(short_subject(join(paragraph)), paragraph[0].no, paragraphs=[(paragraph[0].no, join(paragraph))])
        found_item = _item(None, unplaced, decided_cites, warnings)
        if found_item.noted or found_item.deferred or found_item.cites or found_item.references or found_item.returns:
            parsed.append(found_item)
    debates, doubts = _debates(items, decisions, surnames)
    return Assembled(tuple(parsed), tuple(warnings), debates, tuple(doubts))


def _item(ref: ItemRef | None, item: _Item, decided_cites: set[Cite], warnings: list[ParseWarning]) -> ParsedItem:
    noted, deferred = False, None
    cites: list[Cite] = []
    references: list[Reference] = []
    returns = returns_told(item.title)
    treated = " ".join(t for _, t in item.paragraphs if not cites_earlier(t))
    for first, text in item.paragraphs:
        facts = paragraph_facts(text)
        if cites_earlier(text):
            # `Styrelsen 10.04.2048 § 15` over its reprint: what the new treatment says of it.
            told = "returns" if returns_told(treated) else relation(treated)
            facts = attrs.evolve(facts, references=tuple(attrs.evolve(r, relation=told) if r.relation == "refers" else r
                                                         for r in facts.references))
        warnings.extend(ParseWarning(first, problem) for problem in facts.problems)
        # `Protokollet från decembermötet lades till handlingarna` names a meeting but is formality.
        formal = is_formality(text) and not (facts.deferred or facts.cites or returns_told(text))
        if formal:
            continue
        noted = noted or facts.noted
        deferred = deferred or facts.deferred
        cites += [c for c in facts.cites if c not in decided_cites and c not in cites]
        references += [r for r in facts.references if r not in references]
        returns = returns or returns_told(text)
    title_facts = paragraph_facts(item.title)
    cites += [c for c in title_facts.cites if c not in decided_cites and c not in cites]
    references += [r for r in title_facts.references if r not in references]
    returns = returns or any(c.relation == "returns" for c in cites) or any(r.relation == "returns" for r in references)
    text = " ".join(t for _, t in item.paragraphs)
    return ParsedItem(
        ref, item.title, item.line,
        noted=noted and not item.decided, deferred=deferred if not item.decided else None,
        cites=tuple(cites), references=tuple(references), returns=returns,
        sealed=seals_at_once(text), correction=_correction(item.title, text),
        plan=plan_named(item.title) or plan_named(text), text=text,
    )


def _debates(items: dict[int, _Item], decisions: list[ParsedDecision],
             surnames: Mapping[str, str]) -> tuple[dict[DecisionId, Debate], list[ParseWarning]]:
    """Each vote, reservation and recusal the prose records, on the decisions it concerns: a vote
    or reservation told between two points on the point it follows, else on the points that were
    put to the vote (`at_issue`); a recusal on the decisions it concerns (`_recused_from`)."""
    result: dict[DecisionId, Debate] = {}
    doubts: list[ParseWarning] = []
    by_item: dict[int, list[ParsedDecision]] = {}
    for decision in sorted(decisions, key=lambda d: d.id):
        by_item.setdefault(decision.id.item.item, []).append(decision)
        own = debate_in(decision.text, surnames)
        if own:
            result[decision.id] = own
        if own.doubt:
            doubts.append(ParseWarning(decision.line, f"decision {decision.id}: {own.doubt}"))
    for number, item in items.items():
        mine = by_item.get(number, [])
        if not mine:
            continue
        for first, text in item.paragraphs:
            told = debate_in(text, surnames)
            if not told:
                continue
            if told.doubt:
                doubts.append(ParseWarning(first, f"§ {number}: {told.doubt}"))
            if told.vote is not None or told.reservations:
                before = [d for d in mine if d.line < first]
                if before and any(d.line > first for d in mine) and not named_point(text, mine):
                    found = AtIssue((before[-1],))  # told between two points: of the one above it
                else:
                    found = at_issue(text, [t for _, t in item.paragraphs], mine)
                for decision in found.points:
                    _add(result, decision.id, Debate(told.vote, told.reservations))
                if found.why:
                    doubts.append(ParseWarning(first, f"§ {number}: {_what(told)}: {found.why}; check which points it concerns"))
            for sentence in _SENTENCE.split(who_is_named(" ".join(text.split()))) if told.recusals else ():
                if recused := debate_in(sentence, surnames).recusals:
                    for decision in _recused_from(sentence, mine):
                        _add(result, decision.id, Debate(recusals=recused))
    return result, doubts


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")
_UNDER_POINT = re.compile(r"\b(?:under|i|vid)\s+(?:beslutet\s+(?:under|i)\s+)?punkt(?:en)?\s+(?P<point>\d{1,2})\b", re.I)
_ABOUT = re.compile(r"\b(?:i fråga om|vad gäller|gällande|beträffande|avseende)\s+(?P<what>[^,.;]+)", re.I)


def _recused_from(sentence: str, mine: list[ParsedDecision]) -> list[ParsedDecision]:
    """The decisions a recusal concerns: the point it names (`deltar inte i beslutet under punkt
    3`), those that name the party it names (`anmälde jäv i fråga om Stigfinnarna Mörtfors`), else
    every decision of the item (the member left the room for the whole matter)."""
    if (point := _UNDER_POINT.search(sentence)) and (named := [d for d in mine if d.id.number == int(point["point"])]):
        return named
    if (about := _ABOUT.search(sentence)) and (whose := parties_named(about["what"])):
        return [d for d in mine if whose & parties_named(d.text)] or mine
    return mine


def _what(told: Debate) -> str:
    return "the vote and reservation" if told.vote and told.reservations else "the vote" if told.vote else "the reservation"


def _add(result: dict[DecisionId, Debate], decision: DecisionId, more: Debate) -> None:
    known = result.get(decision, Debate())
    result[decision] = Debate(
        known.vote or more.vote,
        known.reservations + tuple(p for p in more.reservations if p not in known.reservations),
        known.recusals + tuple(p for p in more.recusals if p not in known.recusals),
    )
