"""The agenda items (§) of the minutes, and what the prose around the decisions says of them.

Where the text keeps its order, a paragraph belongs to the § heading above it. Text
extracted from PDF does not: headings stand in clusters away from their content. There a
paragraph is tied to an item only when it names the item's title, and is otherwise kept
as an item without a heading (`ref` None).
"""

from __future__ import annotations

import attrs

from domain.ids import ItemRef, MeetingId
from register.minutes.model import (
    AdoptDocument, AdoptPlan, Cite, Defer, GiveAssignment, ParsedDecision, ParsedItem, ParseWarning,
    RequireReport, TerminateAgreement,
)
from register.minutes.rules import paragraph_facts
from register.minutes.text import ARTEFACTS, Heading, Line, heading, join
from register.minutes.wording import is_formality, short_subject


@attrs.define
class _Item:
    title: str
    line: int
    decided: bool = False
    noted: bool = False
    deferred: Defer | None = None
    cites: list[Cite] = attrs.Factory(list)

    def add(self, noted: bool, deferred: Defer | None, cites: tuple[Cite, ...]) -> None:
        self.noted = self.noted or noted
        self.deferred = self.deferred or deferred
        self.cites.extend(cite for cite in cites if cite not in self.cites)


def headings(lines: list[Line]) -> list[tuple[int, Heading]]:
    return [(i, found) for i, line in enumerate(lines) if (found := heading(line)) is not None]


def in_order(lines: list[Line], found: list[tuple[int, Heading]], decisions: list[ParsedDecision]) -> bool:
    """True when each decision stands under the heading of its own item, with no PDF artefacts."""
    if not found or any(line.text in ARTEFACTS for line in lines):
        return False
    return all(_heading_above(found, d.line) == d.id.item.item for d in decisions)


def _heading_above(found: list[tuple[int, Heading]], line_no: int) -> int | None:
    above = [h.number for _, h in found if h.line < line_no]
    return above[-1] if above else None


def _by_title(found: list[tuple[int, Heading]], text: str) -> int | None:
    folded = text.casefold()
    named = [h for _, h in found if len(h.title) >= 6 and h.title.casefold() in folded]
    return max(named, key=lambda h: len(h.title)).number if named else None


def _title_of(decision: ParsedDecision) -> str:
    for effect in decision.effects:
        if isinstance(effect, AdoptPlan):
            return f"{effect.party.value}s FINSAM-plan {effect.year}"
        if isinstance(effect, AdoptDocument):
            return effect.title
        if isinstance(effect, (RequireReport, GiveAssignment)):
            return effect.subject
        if isinstance(effect, TerminateAgreement):
            return effect.agreement
    return short_subject(decision.text.removeprefix("Att "))


def assemble(
    meeting: MeetingId,
    lines: list[Line],
    decisions: list[ParsedDecision],
    prose: list[list[Line]],
) -> tuple[tuple[ParsedItem, ...], list[ParseWarning]]:
    found = headings(lines)
    ordered = in_order(lines, found, [d for d in decisions if not d.generated_id])
    items: dict[int, _Item] = {}
    for _, h in found:
        items.setdefault(h.number, _Item(h.title, h.line))
    for decision in sorted(decisions, key=lambda d: d.id):
        number = decision.id.item.item
        items.setdefault(number, _Item(_title_of(decision), decision.line)).decided = True

    # The narrative often cites what the decision under it cites; once is enough, or a
    # report would be fulfilled twice.
    decided_cites = {e for d in decisions for e in d.effects if isinstance(e, Cite)}
    loose: list[ParsedItem] = []
    warnings: list[ParseWarning] = []
    for paragraph in prose:
        text, first = join(paragraph), paragraph[0].no
        facts = paragraph_facts(text)
        warnings.extend(ParseWarning(first, problem) for problem in facts.problems)
        cites = tuple(cite for cite in facts.cites if cite not in decided_cites)
        if not (facts.noted or facts.deferred or cites):
            continue
        if is_formality(text) and not (facts.deferred or cites):
            continue
        owner = _heading_above(found, first) if ordered else _by_title(found, text)
        if owner is not None and owner in items:
            items[owner].add(facts.noted, facts.deferred, cites)
        else:
            loose.append(ParsedItem(None, short_subject(text), first, facts.noted, facts.deferred, cites))

    parsed = [
        ParsedItem(
            ItemRef(meeting, number), item.title, item.line,
            noted=item.noted and not item.decided, deferred=item.deferred, cites=tuple(item.cites),
        )
        for number, item in sorted(items.items())
    ]
    return tuple(parsed + loose), warnings
