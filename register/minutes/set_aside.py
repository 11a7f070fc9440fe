"""Money the board sets aside for an insats or a project (`För insatsen avsätts 200 000 kr`,
`Styrelsen avsätter 45 000 kr för projektet Ljuspunkten`): a grant to the project, which no party
owns. `avsätta` is no verb of granting in the phrasebook (money set aside to a reserve, an officer
removed), so only money set aside for a project noun is read (and `projektet beviljas 1,2 mnkr`, money
granted to a project named only in the title), and here, once the items are known:
`insatsen` named no further is the insats its § title names, which is worked out, so put to review.
"""

from __future__ import annotations

import re

import attrs

from domain.values import DecisionKind
from register.minutes.model import AwardGrant, ParsedDecision, ParseWarning, Reference, Revoke
from register.minutes.currency import currency_last
from register.minutes.number_words import in_figures
from register.minutes.phrasebook import AMOUNT, GRANT, kronor
from register.minutes.plans import Resolved

_NOUN = r"(?:den |det )?(?:gemensamma |nya )?(?P<noun>\w*(?:insatsen|projektet|satsningen|teamet|utbildningen))"
"""`projektet`, in any compound too: `utvecklingsprojektet`, `förstudieprojektet`."""
_NAME = r"(?: [\"”«]?(?P<project>(?-i:[A-ZÅÄÖ])[\w–-]*(?: [\w–-]+){0,4}?)[\"”»]?(?=,|;|\.|$| för\b| under\b| ur\b| \())?"
_FOR = rf"(?:för|till) {_NOUN}{_NAME}"
_SET_ASIDE = (
    re.compile(rf"\b{_FOR} avsätts {AMOUNT}", re.I),
    re.compile(rf"{AMOUNT}(?: (?:ur|från) [^.;]{{1,40}}?)? avsätts (?:[\w-]+ ){{0,4}}?{_FOR}", re.I),  # `300 tkr ur fonden avsätts för …`
    re.compile(rf"\bavsätt(?:a|er|s)\b {AMOUNT}(?: [^.;]*?)? {_FOR}", re.I),
    # Projektet beviljas 1,2 mnkr för 2071: granted to the project of the § (terse notes name it in the title only).
    re.compile(rf"^(?:att\s+)?{_NOUN}{_NAME} {GRANT.present} (?:med )?{AMOUNT}", re.I),
    # Styrelsen beviljade projektet 1,2 miljoner kronor: the same, said with the project as the object.
    re.compile(rf"\b{GRANT.present} {_NOUN}{_NAME} (?:med )?{AMOUNT}", re.I),
    # bevilja 580' till projektet för 2074: the sum first, the project after it.
    re.compile(rf"\b{GRANT.present} (?:med )?{AMOUNT} (?:till|för) {_NOUN}{_NAME}", re.I),
    # bevilja 1,2 milj för 2074: no recipient at all, so the one the § heading names (`_UNNAMED`).
    re.compile(rf"^(?:att\s+)?{GRANT.present} (?P<noun>)(?P<project>)(?:med )?{AMOUNT}(?= för (?:år )?(?:19|20|21)\d\d\b|[,.;]|$)", re.I),
)
_GRANTED = re.compile(GRANT.any, re.I)
_YEAR = re.compile(r"\b(?:för|under|år) (?:år )?(?P<year>(?:19|20|21)\d\d)\b", re.I)
_ANY_YEAR = re.compile(r"\b(?P<year>(?:19|20|21)\d\d)\b")


def money_set_aside(decision: ParsedDecision, title: str) -> Resolved | None:
    """The grant a decision no rule read makes by setting money aside for a project, named or,
    where the decision says only `insatsen`, the one its § `title` names (with a doubt); None
    where it sets none aside for a project."""
    # `… och detta beslut ersätter beslutet från 12/2 (punkt 7)`: what it replaces, and the citation, kept beside the grant.
    replaced = tuple(e for e in decision.effects if (isinstance(e, Revoke) and e.superseded) or isinstance(e, Reference))
    if decision.kind is not DecisionKind.OTHER or len(replaced) != len(decision.effects):
        return None
    flat = in_figures(currency_last(" ".join(decision.text.split())))
    found = next((m for pattern in _SET_ASIDE if (m := pattern.search(flat)) is not None), None)
    if found is None:
        return None
    project = found["project"] or _project_titled(title)
    if not project:
        return None
    year = _YEAR.search(flat) or _ANY_YEAR.search(flat)  # `300 tkr ur utvecklingsfonden 2115`: the fund's year
    grant = AwardGrant(None, int(year["year"]) if year else None, kronor(found), "", project)
    how = "granted" if _GRANTED.search(found[0]) else "set aside"
    doubt = None if found["project"] else ParseWarning(decision.line, (
        f"{decision.id}: money {how} for '{found['noun'].lower()}' without naming it; taken to be {project}, "
        "as the § title names it") if found["noun"] else (
        f"{decision.id}: money {how} with no recipient named; taken to be for {project}, as the § title names it"))
    return Resolved(attrs.evolve(decision, kind=DecisionKind.GRANT, effects=(grant, *replaced)), doubt)


_QUOTED = re.compile(r"[\"”«](?P<name>[^\"”»]{2,60})[\"”»]")
_PROJECT_NAMED = re.compile(r"\bprojekt(?:et|en)? (?P<name>(?-i:[A-ZÅÄÖ])[^,;()]{1,60}?)\s*(?:\(|,|;|\s[–-]\s|$)", re.I)


def _project_titled(title: str) -> str:
    """The project a § title names: in quotation marks, else after `projektet`, else after a dash, else the whole title."""
    if (quoted := _QUOTED.search(title)) is not None:
        return quoted["name"].strip()
    if (named := _PROJECT_NAMED.search(title)) is not None:  # `Ansökan från Sölvesborg, projektet Kompassen`, `Projekt Arbetsbron – medel`
        return named["name"].strip(" .")
    untold = re.sub(r"\s*\([^()]*\)\s*$", "", title.strip())  # `Steg till arbete (Olofström)`: what it is, aside
    return re.split(r"\s+[–-]\s+", untold)[-1].strip(" .")
