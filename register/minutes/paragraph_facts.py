"""What a paragraph that is no decision still tells: that something was placed on file, a deferral told
in prose, the decisions and items it cites."""

from __future__ import annotations

import re

import attrs

from register.minutes.model import Cite, Defer, Reference
from register.minutes.references import citations
from register.minutes.rules import PROSE_DEFERRAL, classify

_NOTED = re.compile(r"\b(?:lades|lagts|läggs|lagda?|lägger|lade|lägga)\b(?: \S+){0,8}? till handlingarna", re.I)


@attrs.frozen
class ParagraphFacts:
    """What a paragraph that is not a decision still tells the register."""

    noted: bool
    deferred: Defer | None
    cites: tuple[Cite, ...]
    references: tuple[Reference, ...]
    problems: tuple[str, ...]


def paragraph_facts(text: str) -> ParagraphFacts:
    flat = " ".join(text.split())
    found = classify(flat, (PROSE_DEFERRAL,))
    deferred = next((e for e in found.effects if isinstance(e, Defer)), None)
    cited = citations(flat)
    return ParagraphFacts(bool(_NOTED.search(flat)), deferred, cited.cites, cited.references,
                          found.problems + cited.problems)
