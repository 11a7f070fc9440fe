"""Who a referral back or a deferral waits for, where the minutes name them.

`Att återremittera ärendet till Ronneby kommun för komplettering` sends the matter back to
Ronneby kommun, who owes the completed matter; `bordlägga ärendet i avvaktan på att
Arbetsförmedlingen lämnar besked` waits for Arbetsförmedlingen. Where the minutes name nobody,
the follow-up stays the board's own (the projections say `styrelsen`).
"""

from __future__ import annotations

import re

import attrs

from domain.values import Party
from register.minutes.matching import parties_named
from register.minutes.model import Defer, ParsedDecision, ParsedItem, ParseWarning, ReferBack
from register.minutes.dues import NO_DUE
from register.minutes.phrasebook import MONTH
from register.minutes.wording import responsible

# `till X`: X runs to the first word that starts what is asked of them, or to a stop.
_SENT_TO = re.compile(
    r"(?<!förslaget )(?<!förslagen )(?<!förslag )\btill\s+(?P<who>[^,.;:()]+?)"
    r"(?=\s+(?:för|med|så|i syfte|inför|och|att|senast|till|som|innan|efter|samt|varefter)\b|\s*[,.;:()]|\s*$)",
    re.IGNORECASE,
)
# A time or a meeting, not someone: `till nästa sammanträde`, `till mötet 11/6`, `till hösten`.
_WHEN = re.compile(rf"\d|\b(?:nästa|kommande|senare|hösten|våren|sommaren|vintern|{MONTH})\b"
                   r"|möte|sammanträde|styrelsemöte", re.IGNORECASE)
_AWAITING = re.compile(r"\bi (?:avvaktan|väntan) på (?:att )?(?P<who>[^\W\d][\w-]*(?: [^\W\d][\w-]*)?)"
                       r"|\b(?:så|för) att (?P<doer>[^\W\d][\w-]*(?: [^\W\d][\w-]*)?) (?:hinner|kan|ska|skall|får)\b",
                       re.IGNORECASE)
"""`i avvaktan på att X …`, and the purpose a deferral names, `så att X hinner komplettera …`: X."""
_OFFICERS = ("förbundschef", "fch", "f.ch", "kansli", "presidi", "ordförande")


def sent_to(after_verb: str) -> str:
    """The preparer a referral names after its verb: a member party, an officer, or a body named
    by its definite form or a proper name (`LSG Ronneby`, `lokala samverkansgruppen i Olofström`);
    not a meeting or a time, and not a process (`till vidare beredning`)."""
    for found in _SENT_TO.finditer(after_verb):
        who = " ".join(found["who"].split())
        if _WHEN.search(who):
            continue
        named = _someone(who) or _named_before(who, after_verb[:found.start()]) or (who if _a_body(who) else "")
        if named:
            return named
    return ""


_KIND_WORD = {"kommunen": "kommun", "regionen": "region"}


def _named_before(who: str, before: str) -> str:
    """`Karlshamns kommuns insatsplan … till kommunen`: the one party of that kind the clause named
    before the word that stands for it; none where it named none or several."""
    kind = _KIND_WORD.get(who.lower())
    named = {p for p in parties_named(before) if kind in p.value.lower()} if kind else set()
    return named.pop().value if len(named) == 1 else ""


def awaiting(rest: str) -> str:
    """Whom a deferral waits for (`i avvaktan på att Arbetsförmedlingen …`, `i väntan på
    förbundschefens underlag`, `så att förbundschefen hinner …`): only a member party or an officer, never the thing awaited."""
    found = _AWAITING.search(rest)
    if found is None:
        return ""
    words = (found["who"] or found["doer"]).split()
    return _someone(" ".join(words)) or _someone(words[0])


_RETURNS_WITH = re.compile(r"^\W*(?P<who>[^\W\d][\w-]*(?: [^\W\d][\w-]*)?) (?:återkommer|återkom) (?:då |därefter |sedan )?med\b",
                           re.IGNORECASE)


def returning_with(after: str) -> str:
    """Who the sentence right after a deferral says comes back with the matter (`Förbundschefen
    återkommer då med ärendet.`): a member party or an officer."""
    found = _RETURNS_WITH.search(after)
    if found is None:
        return ""
    words = found["who"].split()
    return _someone(" ".join(words)) or _someone(words[0])


def _someone(who: str) -> str:
    party = Party.find(who)
    if party is not None:
        return party.value
    if who.lower().startswith(_OFFICERS):
        return responsible(who)
    return ""


def _a_body(who: str) -> bool:
    """A proper name (`LSG Ronneby`), or a noun in the definite form that is not a process:
    `arbetsutskottet`, `samverkansgruppen`, but not `beredningen` or `kompletteringen`."""
    words = who.split()
    if words[0][:1].isupper():
        return True
    return any(re.fullmatch(r"\w+(?:en|et|na)", w) and not re.search(r"(?:ning|ing)en$", w) for w in words)


_WAITS = re.compile(r"\bi (?:avvaktan|väntan) på\b|\bså att \S+(?: \S+)? (?:kan|hinner|ska|får)\b", re.IGNORECASE)


def waits_unsaid(decisions: list[ParsedDecision], items: tuple[ParsedItem, ...] | list[ParsedItem]) -> list[ParseWarning]:
    """A deferral naming no one whose § or own text says it waits for something or someone (`Anneli
    Roos yrkar att ärendet bordläggs i avvaktan på socialnämndens ställningstagande`, `… så att
    förbundschefen kan …`, `… i avvaktan på yttrande från Arbetsförmedlingen`): it stays the board's
    own, but whom it waits for is a guess hands differ on (the one named, or the board, or who
    prepares the matter), so it is said for review."""
    told = {item.ref: f"{item.title} {item.text}" for item in items if item.ref is not None}
    told = {d.id.item: f"{told.get(d.id.item, '')} {d.text}" for d in decisions}
    return [ParseWarning(d.line, f"decision {d.id}: the § says the matter waits for something "
                                 f"('{found[0]} …') but the deferral names no one; recorded as the board's own: check who")
            for d in decisions for e in d.effects if isinstance(e, Defer) and not e.responsible
            and (found := _WAITS.search(told.get(d.id.item, "")))]


def kind_unresolved(decisions: list[ParsedDecision]) -> list[ParseWarning]:
    """A referral or deferral sent to a party by its kind alone (`återremittera ärendet till
    kommunen`) where its clause named no such party before: which party is meant is for review."""
    return [ParseWarning(d.line, f"decision {d.id}: the matter is sent to '{e.responsible}', which names no party; check who")
            for d in decisions for e in d.effects
            if isinstance(e, (Defer, ReferBack)) and e.responsible.lower() in _KIND_WORD]


def referred_without_time(decisions: list[ParsedDecision]) -> list[ParseWarning]:
    """A matter referred back with no time to return (`Ärendet återremitteras till förbundschefen för
    komplettering`): recorded without a due, as the minutes say; but hands differ on whether it is due
    at the next meeting, and a follow-up without a due never falls overdue, so it is said for review."""
    return [ParseWarning(d.line, f"decision {d.id}: referred back with no time to return: recorded without a due; "
                                 "if it returns at a set meeting (the next one, say), give its due in the review")
            for d in decisions for e in d.effects if isinstance(e, ReferBack) and e.returns == NO_DUE]


_ANSWERS = re.compile(r"(?<![\w-])Ansvar(?:ig)?:?\s+(?P<who>[^,.;:()]+?)(?=\s+[A-ZÅÄÖ][\w-]*|\s*[,.;:()]|\s*$)")
"""`Ansvar   Förbundschef Greta Ljung`: a label column's `Ansvar` (or `Ansvarig`) beside a decision,
up to the next capitalised word (a name, or the next label)."""


def answered_by_label(decisions: list[ParsedDecision], items: tuple[ParsedItem, ...]) -> list[ParsedDecision]:
    """Each deferral or referral back that names no one given the member party or officer the
    §'s `Ansvar` label names, where it names one."""
    told = {item.ref: item.text for item in items if item.ref is not None}
    result = []
    for decision in decisions:
        found = _ANSWERS.search(told.get(decision.id.item, ""))
        who = "" if found is None else _someone(found["who"]) or _someone(found["who"].split()[0])
        if who:
            decision = attrs.evolve(decision, effects=tuple(
                attrs.evolve(e, responsible=who) if isinstance(e, (Defer, ReferBack)) and not e.responsible else e
                for e in decision.effects))
        result.append(decision)
    return result
