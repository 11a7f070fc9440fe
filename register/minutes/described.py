"""Earlier decisions the minutes describe by where they stand rather than name by id: `beslutet
den 7 april 2031, § 19, att bevilja … upphävs`, `beslutet från möte nr 3, punkt 10, utgår`, `som
ersätter beslutet vid möte nr 1, § 3`, `beloppet i § 7/2028 punkt 3 rättas`. The rules read the
description into a `Reference`; the proposer finds the decision among those the register holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from domain.ids import DecisionId, ItemRef
from register.minutes.model import AdoptPlan, AwardGrant, Effect, Reference, Revoke, WithdrawEarlier
from register.minutes.references import citations


def _described(text: str) -> Reference | None:
    """The item (and perhaps which of its decisions) a text cites by its meeting, not by id."""
    return next((r for r in citations(text).references if r.item is not None), None)


def revoked(match: re.Match[str]) -> Iterable[Effect]:
    yield Revoke(None, reference=_described(match.string))


def superseded(match: re.Match[str]) -> Iterable[Effect]:
    yield Revoke(None, superseded=True, reference=_described(match.string))


def struck(match: re.Match[str]) -> Iterable[Effect]:
    yield WithdrawEarlier(None, reference=_described(match.string))


def without_described_content(effects: list[Effect]) -> list[Effect]:
    """The grant or plan in `upphäva beslutet … att bevilja X 420 000 kr` is the revoked one's, not
    a new one (what a new plan replaces leaves its own money alone)."""
    if any(isinstance(e, (Revoke, WithdrawEarlier)) and e.target is None and not getattr(e, "superseded", False)
           for e in effects):
        return [e for e in effects if not isinstance(e, (AwardGrant, AdoptPlan))]
    return effects


class _Finds(Protocol):
    def item_of(self, reference: Reference) -> ItemRef | None: ...


class _Holds(Protocol):
    def decisions_in(self, item: ItemRef) -> list[DecisionId]: ...


def decisions_described(linker: _Finds, known: _Holds, reference: Reference | None) -> tuple[ItemRef | None, list[DecisionId]]:
    """The item a description names and the decisions there it may mean (`punkt 3`: that one)."""
    item = linker.item_of(reference) if reference is not None else None
    found = known.decisions_in(item) if item is not None else []
    if reference is not None and reference.decision is not None:
        found = [d for d in found if d.number == reference.decision]
    return item, found
