"""A grant raised or cut, told as the change and the new total (`Styrelsen beviljar Karlshamns kommun
ytterligare 150 000 kr …, vilket innebär att beviljade medel uppgår till totalt 750 000 kr och ersätter
beloppet i beslutet …`). Where the decision replaces the earlier one's sum, the earlier grant ends
and this one is the new total; where it replaces nothing, the change is the money it adds."""

from __future__ import annotations

import re

import attrs

from register.minutes.model import AwardGrant, Effect
from register.minutes.phrasebook import AMOUNT, REPLACE, kronor

_NEW_TOTAL = re.compile(rf"\b(?:till|uppgår\s+till|uppgå\s+till|blir)\s+(?:totalt|sammanlagt)\s+{AMOUNT}", re.I)
_REPLACES = re.compile(rf"\b(?:{REPLACE.any})\b", re.I)


def at_new_total(text: str, effects: list[Effect]) -> list[Effect]:
    """The effects with the one grant read at the new total its text gives, where it replaces an earlier sum."""
    grants = [e for e in effects if isinstance(e, AwardGrant)]
    total = _NEW_TOTAL.search(text)
    if len(grants) != 1 or total is None or not _REPLACES.search(text) or kronor(total) == grants[0].amount_sek:
        return effects
    raised = attrs.evolve(grants[0], amount_sek=kronor(total))
    return [raised if e is grants[0] else e for e in effects]
