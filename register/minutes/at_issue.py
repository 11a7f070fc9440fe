"""Which points of a § a vote and a reservation concern, where the § decided several.

Minutes seldom say it outright (`reserverar sig mot beslutet i punkt 1`). More often they say
what was put to the vote: a proposal (`den som bifaller förbundschefens förslag röstar ja`),
whose att-clauses stand earlier in the § (`Förbundschefen föreslår att …`), the application
(`bifall till ansökan`, `avslag på ansökan`: the points that give or refuse its money), or a clause (`röstade för att
fastställa planen`). A reservation `mot beslutet` goes with the vote, a member's own
motion being what was voted against. Where nothing is said, the whole § was decided at once;
where a point is matched rather than named, the reading is put to review. A vote whose sentence
ends with the board deciding (`Med 6 röster mot 2 beslutade styrelsen` / `att …` / `att …`) decided
every clause it leads into, whatever was put to it.
"""

from __future__ import annotations

import re

import attrs

from register.minutes.matching import likeness
from register.minutes.model import ParsedDecision
from register.minutes.phrasebook import AMOUNT, BOARD, GRANT, REJECT
from register.minutes.voice import deciding_verbs

_POINT = re.compile(r"\b(?:beslutspunkt|punkt|att-sats)\s+(?P<number>\d{1,2})\b"
                    r"|\bbeslut(?:et)?\s+(?:\d{4}-\d{1,2}\s+)?§\s?\d{1,3}:(?P<point>\d{1,2})\b", re.I)
_UNDISPUTED = re.compile(r"[^.,;]{0,30}?\b(?:är|var)\s+(?:ostridig|okontroversiell|inte\s+omstridd|inte\s+ifrågasatt)\b", re.I)
"""What follows a point said to be undisputed: no vote was taken on it."""
_DEBATED = re.compile(r"\byrka|\breserv|\bvoter|\bomröstning", re.I)
_AGAINST_ONE = re.compile(r"\bmot beslutet att (?P<clause>[^,.;(]+?)(?= och | samt |[,.;(]|$)", re.I)
"""`reserverar sig mot beslutet att bevilja medel`: the reservation names the point by its words."""
_PROPOSAL = re.compile(r"\b(?P<owner>[a-zåäö-]+s) förslag\b|\bförslaget\b")
"""`bifall till arbetsutskottets förslag`, `beslutar enligt förslaget`."""
_APPLICATION = re.compile(r"\b(?:bifall\w*|biföll|beviljas?|avslag|avslå|avslås) (?:till |av |på )?ansökan", re.I)
"""`bifall till ansökan`, and a motion to refuse it (`yrkar avslag på ansökan`): the application's money at issue."""
_CLAUSE = re.compile(r"\brösta\w* (?:ja )?för att (?P<clause>[^,.;(]+?)(?= och | samt |[,.;(]|$)", re.I)
_PROPOSED = re.compile(r"\b(?P<owner>[A-ZÅÄÖa-zåäö-]+?)(?:s förslag| föreslår)(?: därför)?:?\s+(?P<clauses>att .+?)(?:\.(?:\s|$)|$)")
"""`Arbetsutskottets förslag att …, samt att ….`, `Förbundschefen föreslår därför att …`."""
_ATT = re.compile(r"(?:^|,\s*|\s+(?:samt|och)\s+|;\s*)att\s+", re.I)
_VOTED_INTO = re.compile(rf"(?i:\bröst\w*)\b[^.]*\b(?i:beslutade|beslutar|beslöt)\s+(?i:{BOARD})\s*:?(?=$|\s+[A-ZÅÄÖ])")
"""`Med 6 röster för bifall och 2 för avslag beslutade styrelsen`, the clauses on the lines below."""
_BOARD_DECIDES = re.compile(rf"^{BOARD}(?: beslutar| besluta)?$", re.I)


@attrs.frozen
class AtIssue:
    points: tuple[ParsedDecision, ...]
    why: str = ""
    """Where the points were worked out rather than named: how, for the line to review."""


def named_point(text: str, mine: list[ParsedDecision]) -> ParsedDecision | None:
    """`Anneli Roos yrkar att beloppet i punkt 1 begränsas`, `reserverade sig mot beslut §06:1`:
    the decision of the item the debate is about, where it names one."""
    for match in _POINT.finditer(text):
        if _UNDISPUTED.match(text, match.end()):
            continue  # `punkt 2 i förslaget är ostridig och … i punkt 1 finns två förslag`: not the point at issue
        number = int(match["number"] or match["point"])
        if (found := next((d for d in mine if d.id.number == number), None)) is not None:
            return found
    if (against := _AGAINST_ONE.search(text)) and (found := _likest(against["clause"], mine)):
        return found
    return None


def debated(paragraphs: list[str]) -> str:
    return " ".join(text for text in paragraphs if _DEBATED.search(text))


def at_issue(said: str, paragraphs: list[str], mine: list[ParsedDecision]) -> AtIssue:
    """The points of the § that what `said` tells (a vote, a reservation) concerns, read from
    what the § says was put to the vote; all of them where it says nothing."""
    if (named := named_point(said, mine) or named_point(debated(paragraphs), mine)) is not None:
        return AtIssue((named,))
    vote = debated(paragraphs) or said
    if _VOTED_INTO.search(vote):
        return AtIssue(tuple(mine))
    if (proposal := _PROPOSAL.search(vote)) is not None:
        clauses = _proposal(" ".join(paragraphs), proposal["owner"])
        if clauses:
            if len(clauses) >= len(mine):
                return AtIssue(tuple(mine))
            points = _matched(clauses, mine)
            if points:
                return AtIssue(points, f"the proposal voted on ({'; '.join(clauses)}) read as point "
                               + _listed(points))
    if _APPLICATION.search(vote):
        granting = tuple(d for d in mine if _answers_application(d.text))
        if granting and len(granting) < len(mine):
            return AtIssue(granting, "the application voted on read as the point that gives or refuses its money, point "
                           + _listed(granting))
    if (clause := _CLAUSE.search(vote)) is not None and (found := _likest(clause["clause"], mine)):
        return AtIssue((found,), f"the vote `för att {clause['clause']}` read as point {found.id.number}")
    return AtIssue(tuple(mine), "" if len(mine) == 1 else "the minutes do not say which points it concerns, "
                   "read as every point of the §")


def _proposal(text: str, owner: str | None) -> list[str]:
    """The att-clauses of the proposal put to the vote, by whose it is (`förbundschefens förslag`
    → `Förbundschefen föreslår att …`); the last proposal of the § where the vote names nobody."""
    found: list[list[str]] = []
    for match in _PROPOSED.finditer(text):
        if owner is not None and not _same_owner(owner, match["owner"]):
            continue
        clauses = [c.strip(" ,") for c in _ATT.split(match["clauses"]) if c.strip(" ,")]
        clauses = [c for c in clauses if not _BOARD_DECIDES.match(c)]
        if clauses:
            found.append(clauses)
    return found[-1] if found else []


def _same_owner(genitive: str, written: str) -> bool:
    """`förbundschefens` and `Förbundschefen`, `arbetsutskottets` and `Arbetsutskottets`."""
    def stem(word: str) -> str:
        return re.sub(r"(?:ens|ets|s|en|et)$", "", word.casefold())
    return len(stem(genitive)) >= 3 and stem(genitive) == stem(written)


def _matched(clauses: list[str], mine: list[ParsedDecision]) -> tuple[ParsedDecision, ...]:
    points = {found.id: found for clause in clauses if (found := _likest(clause, mine)) is not None}
    return tuple(d for d in mine if d.id in points)


def _likest(clause: str, mine: list[ParsedDecision]) -> ParsedDecision | None:
    """The one point the clause speaks of most; none where two speak of it alike or none at all.
    A verb of deciding in both counts most (`ansökan beviljas`, `att bevilja 270 000 kronor`)."""
    verbs = deciding_verbs(clause)

    def score(decision: ParsedDecision) -> float:
        return likeness(clause, decision.text) + len(verbs & deciding_verbs(decision.text))
    scored = sorted(((score(d), d.id.number, d) for d in mine), key=lambda s: s[0], reverse=True)
    if not scored or scored[0][0] <= 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][2]


def _grants(text: str) -> bool:
    return re.search(rf"\b(?:{'|'.join(GRANT.now + GRANT.past)})\b", text, re.I) is not None


def _answers_application(text: str) -> bool:
    return _grants(text) or re.search(AMOUNT, text, re.I) is not None or re.search(
        rf"\b(?:{'|'.join(REJECT.now + REJECT.past)})\b", text, re.I) is not None


def _listed(points: tuple[ParsedDecision, ...]) -> str:
    return ", ".join(str(d.id.number) for d in points)
