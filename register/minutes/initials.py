"""A member party written by the initials of its name (`KK` for Karlskrona kommun, `KKs insatsplan`),
as a hand writes its own board's members. Initials two members share (Karlskrona kommun and
Karlshamns kommun are both `KK`) name the one the § heading names; the reading is worked out, so
it is put to review. Initials the phrasebook knows (`FK`, `RB`) are written out by `terse.py`."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import attrs

from domain.values import DecisionKind, Party
from register.minutes.model import ParsedDecision, ParseWarning
from register.minutes.phrasebook import PUBLIC_BODIES
from register.minutes import towns
from register.minutes.plans import Resolved

_INITIALS = re.compile(r"(?<![\w-])(?P<short>[A-ZÅÄÖ]{2,4})(?P<genitive>:?s)?(?![\w-])")


def _of(party: Party) -> str:
    words = party.value.split()
    return "".join(w[0].upper() for w in words) if len(words) > 1 else ""


def could_name(short: str) -> bool:
    """Whether the letters are the initials of some member's name."""
    return short not in PUBLIC_BODIES and any(_of(p) == short for p in Party.known())


def _named_in(title: str) -> set[Party]:
    words = re.findall(r"[\wÅÄÖåäö-]+", title)
    found = set()
    for n in (2, 1):
        for at in range(len(words) - n + 1):
            said = " ".join(words[at:at + n])
            party = towns.party_named(said) if said[:1].isupper() and said not in PUBLIC_BODIES else None
            if party is not None:
                found.add(party)
    return found


def by_initials(decision: ParsedDecision, title: str, classify: Callable[[str], Any]) -> Resolved | None:
    """The decision read again with a member's initials written out, where no rule read it whole and
    the § heading names the one member those initials fit; None otherwise."""
    if decision.kind not in (DecisionKind.OTHER, DecisionKind.DOCUMENT):
        return None
    titled = _named_in(title)
    shorts = {m["short"] for m in _INITIALS.finditer(decision.text) if could_name(m["short"])}
    meant = {short: fits[0] for short in shorts if len(fits := [p for p in titled if _of(p) == short]) == 1}
    if not meant:
        return None
    def written_out(m: re.Match[str]) -> str:
        return meant[m["short"]].value + ("s" if m["genitive"] else "") if m["short"] in meant else m[0]
    text = _INITIALS.sub(written_out, decision.text)
    again = classify(text)
    if not again.classified or again.problems or again.kind is decision.kind:
        return None
    short, party = next(iter(meant.items()))
    doubt = ParseWarning(decision.line, f"{decision.id}: '{short}' read as {party.value}, whose initials they are and "
                                        "whom the § heading names: check it")
    return Resolved(attrs.evolve(decision, kind=again.kind, effects=again.effects), doubt)
