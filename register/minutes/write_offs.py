"""A duty written off by a decision that names it by what it is rather than by where it was set:
`Att avskriva Olofströms kommuns redovisningsskyldighet, eftersom …`, `att redovisningskravet enligt
§ 28 b avskrivs`, `Styrelsen avskriver kravet på återrapportering`. The decision's own words seldom
cite the decision that set the duty; the § prose does (`Kommunen skulle enligt protokoll 3/2071 § 11
punkt 2 redovisa …`). That citation is then the duty written off, not a report delivered, whatever
its own sentence says of reporting.

Its own module because `rules.py` is full; the rows join `rules.RULES` there, and the parser hands
the decisions and items to `from_prose` once the items are known.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

from domain.values import DecisionKind
from register.minutes.model import Effect, ParsedDecision, ParsedItem, Reference, RequireReport, WriteOffEarlier
from register.minutes import described

_DUTY = (r"(?:\w*(?:skyldighet|krav|kravet|rapportering|rapporteringen|redovisning|redovisningen|rapport|rapporten"
         r"|utvärdering|utvärderingen|uppdrag|uppdraget|åtagande|åtagandet)\w*)")
"""What is owed: `redovisningsskyldigheten`, `kravet på återrapportering`, `uppdraget`."""
_WRITE_OFF_NOW = r"(?:avskriva|avskriver)"
_WRITTEN_OFF = r"(?:avskrivs|avskrives|avskrivas)"

ROWS = (
    # Att avskriva Olofströms kommuns redovisningsskyldighet / Styrelsen avskriver kravet på återrapportering
    (re.compile(rf"\b{_WRITE_OFF_NOW} (?:[\w-]+ ){{0,3}}?{_DUTY}\b", re.IGNORECASE), None),
    # att redovisningskravet enligt § 28 b avskrivs / Uppdraget till kommunen avskrivs
    (re.compile(rf"\b{_DUTY}\b[^.;]{{0,80}}? {_WRITTEN_OFF}\b", re.IGNORECASE), None),
)


def written_off(match: re.Match[str]) -> Iterable[Effect]:
    """The duty written off, by the citation the decision makes of it where it makes one."""
    yield from described.written_off(match)  # `enligt § 29 punkt 2`: a bare § of an earlier meeting too


_GOES = re.compile(rf"\b{_WRITTEN_OFF}\b", re.IGNORECASE)


def duty_not_owed(kind: DecisionKind | None, effects: list[Effect]) -> tuple[DecisionKind | None, list[Effect]]:
    """`Region Blekinges skyldighet att redovisa projektstarten … avskrivs`: the report the sentence
    names is the duty written off, not one newly owed (its subject runs on into `avskrivs`)."""
    if not any(isinstance(e, WriteOffEarlier) for e in effects):
        return kind, effects
    kept = [e for e in effects if not (isinstance(e, RequireReport) and _GOES.search(e.subject))]
    if len(kept) < len(effects) and kind is DecisionKind.REPORT and not any(isinstance(e, RequireReport) for e in kept):
        kind = None
    return kind, kept


RULE_ROWS = tuple((pattern, kind, written_off) for pattern, kind in ROWS)
"""Rows of `rules.RULES`: (pattern, kind, what a match implies)."""


_SECTION = re.compile(r"§ ?(?P<item>\d{1,3})\b")


def from_prose(decisions: list[ParsedDecision], items: tuple[ParsedItem, ...]
               ) -> tuple[list[ParsedDecision], tuple[ParsedItem, ...]]:
    """Each write-off that cites nothing the register can find given the one citation of an item in
    its § prose (of the § its own words name, where they name one), and that citation said to write
    the duty off, not to deliver it."""
    by_item = {item.ref: item for item in items if item.ref is not None}
    changed: dict[object, ParsedItem] = {}
    result = []
    for decision in decisions:
        item = changed.get(decision.id.item) or by_item.get(decision.id.item)
        effects = list(decision.effects)
        for k, effect in enumerate(effects):
            if not isinstance(effect, WriteOffEarlier) or item is None or _findable(effect.reference):
                continue
            cited = _cited_duty(item.references, decision.text)
            if cited is None:
                continue
            effects[k] = WriteOffEarlier(attrs.evolve(cited, relation="writes_off"))
            item = attrs.evolve(item, references=tuple(
                attrs.evolve(r, relation="writes_off") if r == cited else r for r in item.references))
            changed[decision.id.item] = item
        result.append(attrs.evolve(decision, effects=tuple(effects)))
    return result, tuple(changed.get(i.ref, i) for i in items)


def _findable(reference: Reference | None) -> bool:
    """Whether a citation names a meeting or an item by which the proposer can find it."""
    return reference is not None and (reference.meeting is not None or reference.on is not None or reference.number is not None
                                      or reference.month is not None or reference.previous or reference.diary is not None
                                      or (reference.year is not None and reference.item is not None))  # `§ 9/2077`


def _cited_duty(references: tuple[Reference, ...], said: str) -> Reference | None:
    """The one item citation of the prose that may be the duty: of the § the decision names, if it does."""
    cited = [r for r in references if r.item is not None and r.relation in ("fulfils", "refers")]
    named = {int(m["item"]) for m in _SECTION.finditer(said)}
    if named:
        cited = [r for r in cited if r.item in named]
    return cited[0] if len(cited) == 1 else None
