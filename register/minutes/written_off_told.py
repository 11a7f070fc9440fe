"""A report or task written off in plain words (`Styrelsen beslöt att redovisningen från Karlshamn
avskrivs`), the decision that asked for it cited in the point's prose rather than in the decision
(`skulle ha redovisat i september (beslut 11/6 punkt 7)`): the follow-up of the one earlier item the
point cites is written off. Worked out from the prose, so put to review."""

from __future__ import annotations

import re

import attrs

from register.minutes.model import Cite, ParsedDecision, ParsedItem, ParseWarning, WriteOffEarlier
from register.minutes.plans import Resolved

_WRITTEN_OFF = re.compile(r"\b(?:[\w-]*(?:redovisning|rapport|uppföljning|uppdrag)\w*)\b[^.;]*?\bavskriv(?:s|es)\b"
                          r"|\bavskriva\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:redovisning|rapport|uppföljning|uppdrag)\w*\b", re.I)
"""`redovisningen från Karlshamn avskrivs`, `att avskriva återrapporten`: a duty written off, not a cost."""


def written_off_told(decision: ParsedDecision, item: ParsedItem | None) -> Resolved | None:
    """The decision with the write-off of the follow-up its point cites; None where it writes off no
    report or task, names its own, or its point cites no one earlier item."""
    offs = [e for e in decision.effects if isinstance(e, WriteOffEarlier)]
    if item is None or any(e.reference is not None for e in offs):
        return None
    if not _WRITTEN_OFF.search(" ".join(decision.text.split())):
        return None
    cited = {r.written: r for r in item.references if r.item is not None or r.numbered is not None}
    if not cited and not item.cites and not any(isinstance(e, Cite) for e in decision.effects):
        # `att avskriva uppdraget till förbundschefen om …`, citing nothing: the task its words name (`earlier.py`).
        return None if offs else Resolved(attrs.evolve(decision, effects=(*decision.effects, WriteOffEarlier(None))), None)
    if len(cited) != 1:
        return None
    reference = attrs.evolve(next(iter(cited.values())), relation="writes_off")
    doubt = ParseWarning(decision.line, f"{decision.id}: 'avskrivs' read as writing off the follow-up of "
                                        f"'{reference.written}', which the point cites: check it")
    effects = tuple(e for e in decision.effects if not isinstance(e, WriteOffEarlier))  # found by its words: the citation says which
    return Resolved(attrs.evolve(decision, effects=(*effects, WriteOffEarlier(reference))), doubt)
