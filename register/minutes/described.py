"""Earlier decisions the minutes describe by where they stand rather than name by id: `beslutet
den 7 april 2031, § 19, att bevilja … upphävs`, `beslutet från möte nr 3, punkt 10, utgår`, `som
ersätter beslutet vid möte nr 1, § 3`, `beloppet i § 7/2028 punkt 3 rättas`. The rules read the
description into a `Reference`; the proposer finds the decision among those the register holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

import attrs

from domain.ids import DecisionId, ItemRef
from register.minutes.filing import diary_number_in
from register.minutes.phrasebook import ORDINAL_DAY
from register.minutes.model import AdoptPlan, AwardGrant, Effect, Reference, Revoke, WithdrawEarlier, WriteOffEarlier
from register.minutes.references import citations


_POINT = r"(?:beslutspunkt|punkt|att-?sats|strecksats)"
_ORDINALS = {word: n for word, n in ORDINAL_DAY.items() if n <= 12}
_NARROWED = re.compile(
    rf"\b{_POINT}(?:en)?\s+(?P<number>\d{{1,2}})\b(?! ?/)"
    rf"|\b(?P<ordinal>{'|'.join(sorted(_ORDINALS, key=len, reverse=True))})\s+{_POINT}en\b", re.I)
"""`upphäva punkt 2 i beslutet den …, § 7`, `ersätter beslutet …, § 7, första att-satsen`: the one
decision of the cited item the text ends."""


def _described(text: str) -> Reference | None:
    """The item (and perhaps which of its decisions) a text cites by its meeting, not by id: the
    point the citation names (`§ 7 punkt 1`), or one the text names beside it (`punkt 2 i
    beslutet den …`); without one, the whole item. Without a meeting, by its diarienummer alone;
    by its number in the year where the body numbers its decisions."""
    if (numbered := next((r for r in citations(text).references if r.numbered), None)) is not None:
        return numbered  # `beslut nr 2089:14`
    reference = next((r for r in citations(text).references if r.item is not None), None) or _bare(text)
    if reference is None:
        diary = diary_number_in(text)
        return Reference("refers", f"Dnr {diary}", diary=diary) if diary else None
    if reference.decision is not None:
        return reference
    rest = " ".join(text.split()).replace(reference.written, " ")
    points = {int(m["number"]) if m["number"] else _ORDINALS[m["ordinal"].lower()] for m in _NARROWED.finditer(rest)}
    return attrs.evolve(reference, decision=points.pop()) if len(points) == 1 else reference


_BARE = re.compile(rf"(?<![\w/-])§ ?(?P<item>\d{{1,3}})(?![\d:/])(?:,? {_POINT} (?P<decision>\d{{1,2}})\b)?", re.I)


def _bare(text: str) -> Reference | None:
    """`enligt § 30 punkt 2`: a paragraph named by its number alone, which the proposer looks for
    only where the paragraphs are numbered through the year (`Linker.meeting_of`)."""
    found = [m for m in _BARE.finditer(" ".join(text.split()))]
    if len(found) != 1:
        return None
    point = int(found[0]["decision"]) if found[0]["decision"] else None
    return Reference("refers", found[0][0], item=int(found[0]["item"]), decision=point)


def revoked(match: re.Match[str]) -> Iterable[Effect]:
    yield Revoke(None, reference=_described(match.string))


def superseded(match: re.Match[str]) -> Iterable[Effect]:
    yield Revoke(None, superseded=True, reference=_described(match.string))


def struck(match: re.Match[str]) -> Iterable[Effect]:
    yield WithdrawEarlier(None, reference=_described(match.string))


def written_off(match: re.Match[str]) -> Iterable[Effect]:
    yield WriteOffEarlier(_described(match.string))


def without_described_content(effects: list[Effect]) -> list[Effect]:
    """The grant or plan in `upphäva beslutet … att bevilja X 420 000 kr` is the revoked one's, not
    a new one (what a new plan replaces leaves its own money alone)."""
    if any(isinstance(e, (Revoke, WithdrawEarlier)) and e.target is None and not getattr(e, "superseded", False)
           for e in effects):
        return [e for e in effects if not isinstance(e, (AwardGrant, AdoptPlan))]
    return effects


_CONTENT = re.compile(r"^(?:/\d{4})?[\s,)]*(?:i sin helhet\b)?[\s,]*(?:att|om)\s+(?P<what>[^.;]+)", re.I)
"""What follows the citation (past the year of a `§ 20/2116` the citation leaves out): `, om bidrag …`."""


def content_described(text: str, reference: Reference | None) -> str | None:
    """What the text says the cited decision did, after the citation: `upphäva beslutet vid möte
    nr 4 (§ 5) att bevilja Sölvesborgs kommun 420 000 kr` → `bevilja Sölvesborgs kommun 420 000 kr`."""
    flat = " ".join(text.split())
    if reference is None or reference.written not in flat:
        return None
    said = _CONTENT.match(flat.split(reference.written, 1)[1])
    return said["what"] if said else None


class _Finds(Protocol):
    def item_of(self, reference: Reference) -> ItemRef | None: ...


class _Holds(Protocol):
    def decisions_in(self, item: ItemRef) -> list[DecisionId]: ...

    def numbered(self, number: str) -> list[DecisionId]: ...


def decisions_described(linker: _Finds, known: _Holds, reference: Reference | None) -> tuple[ItemRef | None, list[DecisionId]]:
    """The item a description names and the decisions there it may mean (`punkt 3`: that one)."""
    if reference is not None and reference.numbered is not None:
        found = known.numbered(reference.numbered)
        return (found[0].item if found else None), found
    item = linker.item_of(reference) if reference is not None else None
    found = known.decisions_in(item) if item is not None else []
    if reference is not None and reference.decision is not None:
        found = [d for d in found if d.number == reference.decision]
    return item, found
