"""What a correcting decision (`Att rätta …`, a rättelse) says is right: the amount, and the
decision or item it corrects. The rows of `rules.py` that correct call these; so does an item
whose title says it corrects (`items.py`)."""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

from domain.errors import InvalidValue
from domain.ids import DecisionId
from register.minutes.model import Correct, Effect, Reference
from register.minutes.phrasebook import AMOUNT, DECISION_ID, kronor
from register.minutes.references import citations

_ID = rf"(?P<id>{DECISION_ID})"


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def corrected_amount(text: str, after: int = 0) -> int | None:
    """`så att beloppet uppgår till 402 000 kr`, `ska vara 250 000 kr`, `så att X beviljas 275 000 kr`,
    `är 185 000 kr i stället för 158 000 kr`: the amount the correction says is right, which is
    the last its sentence names that is not the one it replaces."""
    amount = _CORRECTED_AMOUNT.search(text, after)
    if amount is None:
        sentence = text[after:].split(". ", 1)[0]
        amounts = [a for a in re.finditer(AMOUNT, sentence, re.IGNORECASE)
                   if not _REPLACED.search(sentence[: a.start()])]
        amount = amounts[-1] if amounts else None
    return kronor(amount) if amount else None


_REPLACED = _p(r"\b(?:i ?stället för|från|av|tidigare)\s*$")


def correction(match: re.Match[str]) -> Iterable[Effect]:
    kronor = corrected_amount(match.string, match.end())
    target = match.groupdict().get("id")
    if target:
        yield Correct(DecisionId.parse(target), kronor)
        return
    yield Correct(None, kronor, corrected_item(match.string[match.start():]))


def named_correction(match: re.Match[str]) -> Iterable[Effect]:
    """A `rättelse` that names what it corrects and the right amount; otherwise only its kind."""
    rest = match.string[match.end():]
    target = re.search(rf"\bbeslut {_ID}", rest, re.IGNORECASE)
    kronor = corrected_amount(rest)
    if kronor is None:
        return
    if target is not None:
        yield Correct(DecisionId.parse(target["id"]), kronor)
    elif re.search(r"§ ?\d|\bnr\.? ?\d{4} ?[:/-] ?\d", rest):
        yield Correct(None, kronor, corrected_item(rest))


def corrected_item(text: str) -> Reference:
    """The item a correction names: `§ 7 i protokollet från 2026-12-07`, or a bare `§ 5`,
    which minutes use for the meeting before this one."""
    found = citations(text)
    reference = next((r for r in found.references if r.item is not None or r.numbered), None)
    if reference is not None:
        return attrs.evolve(reference, relation="corrects")
    bare = re.search(r"§ ?(?P<item>\d{1,3})(?![\d:])", text)
    if bare is None:
        raise InvalidValue(f"a correction that names no decision or item: {text[:60]!r}")
    return Reference("corrects", bare[0], previous=True, item=int(bare["item"]))


_CORRECTED_AMOUNT = _p(rf"\b(?:(?:uppgå(?:r)?|uppgick|ändras|(?:ska|skall) (?:det |den |beloppet |summan )?vara|rättas|lyder|ska lyda)\b(?: till)?"
                       rf"|(?<!angetts )(?<!angivits )(?<!skrivits )till) {AMOUNT}")
