"""What the minutes say of how a decision was reached: a vote and its counts, members who
entered a reservation against it, members who declared a conflict of interest (jäv)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

import attrs

from register.minutes.phrasebook import (
    ABSTAINED_BY_NAME, COUNT, NOT_A_PERSON, PERSON, RECUSAL, RESERVATION, VOTE, count,
)
from register.minutes.roll_call import counted
from register.minutes.vote_table import table_counts


@attrs.frozen
class Vote:
    in_favour: int
    against: int
    abstained: int


@attrs.frozen
class Person:
    name: str
    party: str = ""
    """What the minutes put in brackets after the name: party letters or organisation."""


@attrs.frozen
class Debate:
    vote: Vote | None = None
    reservations: tuple[Person, ...] = ()
    recusals: tuple[Person, ...] = ()
    doubt: str = ""
    """Where the minutes count the vote one way and list the names another: what to check."""

    def __bool__(self) -> bool:
        return self.vote is not None or bool(self.reservations or self.recusals)


_MENTION = re.compile(rf"\b(?P<n>{COUNT})\b(?P<after>[^,.;]*?)(?=[,.;]| och | samt |\s+[^\W\d]+\s*:|$)", re.I)
"""A count and the words that say what it counted, up to the next clause or the next side's label
(`Ja: 6   Nej: 2   Avstår: 0`)."""
_ABSTAINED = re.compile(r"\b(?:avstod|avstår|avstående|nedlag\w*|lade ned|lade ner|blank\w*)\b", re.I)
_AGAINST = re.compile(r"^\W+(?:röst\w* )?(?:e?mot|nej)\b|\bavslag|\byrkande|\bnej-?röst", re.I)
_FOR = re.compile(r"\b(?:för|ja|bifall|ja-?röst\w*)\b", re.I)
_VERSUS = re.compile(rf"\b(?P<n>{COUNT}) (?:(?:ja|nej)-?röster |röster )?mot (?P<m>{COUNT})\b", re.I)
"""`sex röster mot två`, `6 ja-röster mot 2 nej-röster`."""
_SCORE = re.compile(r"\((?P<n>\d{1,2})\s*[–-]\s*(?P<m>\d{1,2})(?:\s*[–-]\s*(?P<a>\d{1,2}))?\)")
"""`efter votering (5–2)`, `(6–2–1)`: the count as a score, abstentions last."""
_MONEY = re.compile(r"^(?:[\s.]\d{3})+\b|^\s*(?:kr|kronor|tkr|mnkr|miljon\w*|procent|%)", re.I)
"""What follows a number that is an amount, not a count (`1 200 000 kronor för 2082`)."""
_SUM = re.compile(r"\b(?:kr|kronor|tkr|mnkr)\b", re.I)
_ROLE_WORDS = re.compile(r"^(?:(?:Ledamot|Ledamoten|Ordförande|Ordföranden|Ersättaren|Ersättare|Vice ordförande|"
                         r"Tjänstgörande ersättare|Förbundschefen|Reservation|Reservationer|Jäv|Yrkanden?|"
                         r"Propositionsordning|Votering|Omröstning|Beslut|[A-ZÅÄÖ]{2,})\s+)+")
"""Words before a name that are a role or a subheading (`Reservation` / `Niklas Joelsson …`), a heading
in capitals too (`JÄV` / `Karin Ros …`)."""


_HE_OR_SHE = re.compile(r"(?P<before>(?:^|(?<=[.!?] ))[^.!?]{0,40}?(?P<who>(?!Jäv\b)[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)? [A-ZÅÄÖ][a-zåäöé]+)"
                        r"(?: \([^()]{1,12}\))?[^.!?]{0,200}[.!?] )(?:Han|Hon|Hen)(?= (?:anmäler|anmälde|meddelade|uppgav) (?:sig )?(?:som )?jäv)")
"""`Tomas Wennberg (M) är ordförande i nämnden som driver insatsen. Han anmäler jäv …`: the one the sentence
before names is the one who declares it."""


def who_is_named(text: str) -> str:
    """`text` with a pronoun that declares jäv replaced by the name the sentence before gives."""
    return _HE_OR_SHE.sub(lambda said: said["before"] + said["who"], text)


def debate_in(text: str, surnames: Mapping[str, str] = MappingProxyType({})) -> Debate:
    """`surnames`: the full name of each member the minutes list whose surname no other shares,
    for notes that name who reserved or declared jäv by surname alone (`Ek reserverar sig`)."""
    flat = who_is_named(" ".join(text.split()))
    tabled = table_counts(flat)
    vote = Vote(max(tabled[:2]), min(tabled[:2]), tabled[2]) if tabled else _vote(flat)
    listed = roll_call(flat) if VOTE.search(flat) else None
    doubt = ""
    if vote is not None and listed is not None and listed != vote:
        doubt = (f"the vote is counted {_said(vote)} but the names listed make {_said(listed)}; "
                 "the count is kept, check it")
    return Debate(vote or listed, _people(flat, RESERVATION, surnames), _people(flat, RECUSAL, surnames), doubt)


def roll_call(flat: str) -> Vote | None:
    """The vote as a roll call's names or its `Summa` row count it (`roll_call.counted`)."""
    found = counted(flat)
    return None if found is None else Vote(max(found[:2]), min(found[:2]), found[2])


def _said(vote: Vote) -> str:
    return f"{vote.in_favour}–{vote.against}, {vote.abstained} abstaining"


def _vote(flat: str) -> Vote | None:
    keyword = VOTE.search(flat)
    if keyword is None:
        return None
    told = flat[flat.rfind(". ", 0, keyword.start()) + 1:]
    if score := _SCORE.search(told):
        n, m = int(score["n"]), int(score["m"])
        return Vote(max(n, m), min(n, m), int(score["a"] or 0))
    if versus := _VERSUS.search(told):
        abstained = _abstained(told[versus.end():])
        n, m = count(versus["n"]), count(versus["m"])
        return Vote(max(n, m), min(n, m), abstained)
    if len(named := list(_SIDE_NAMED.finditer(told))) >= 2:
        sides_told = [count(m["n"]) for m in named]
        return Vote(max(sides_told), sum(sides_told) - max(sides_told), _abstained(told[named[0].start():]))
    by_name = sum(1 for m in ABSTAINED_BY_NAME.finditer(told) for p in PERSON.finditer(m["names"]) if _is_person(p["name"]))
    abstained = 0
    sides: list[int] = []
    # `två (Tomas Brink och Göran Asp) för avslag`: the names between a count and its side are an aside.
    plain = _NAMES_BESIDE.sub(r"\1 ", _ASIDE.sub("", told))
    for mention in _MENTION.finditer(plain):
        after = mention["after"]
        if _MONEY.match(plain[mention.end("n"):]) or _SUM.search(after):
            continue  # `1 200 000 kronor`, `ett bidrag om 1 450 000 kronor för …`: money, no vote
        n = count(mention["n"])
        if _ABSTAINED.search(after) or _ABSTAINED_LABEL.search(plain[:mention.start()]):
            abstained += n
        elif _AGAINST.search(after) or _FOR.search(after) or _SIDE_LABEL.search(plain[:mention.start()]):
            sides.append(n)
    if not sides:
        return None
    # The decision recorded is the side that won, whatever the minutes call the sides (`fem för
    # avslag och tre för bifall` on a rejection, `fem för återremiss och tre för att avgöra`).
    # Named and counted are one abstention told twice (`1 ledamot avstår`, a roll call's `Avstår` column of names).
    return Vote(max(sides), sum(sides) - max(sides), max(abstained, by_name))


_NAME = r"[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+){0,2}"
_NAMES_BESIDE = re.compile(rf"\b(ledamot|ledamöter(?:na)?)\s*,\s*(?:{_NAME}(?:\s*,\s*|\s+och\s+))*{_NAME}\s*,\s*"
                           r"(?=röstade|avstod|avstår|lade|lämnade)")
"""`7 ledamöter röstade för … och 1 ledamot, Per-Erik Strandh, röstade för …`: the names set beside a count
between commas are an aside, as in brackets."""
_SIDE_NAMED = re.compile(rf"\b(?:för|mot)\s+(?:\w+\s+){{0,3}}?(?:röstade\s+)?[^()]{{3,200}}?\((?P<n>{COUNT})\s+röst(?:er)?\)", re.I)
"""`För avslag röstade A, B och C (3 röster), för bifall D (1 röst)`: each side named, its count after the names."""

_TOLD_WITH = 2
"""The vote's own sentence and the one after it: what follows (a roll call's table, the decision, a
reservation) counts no abstentions of this vote in words."""


def _abstained(text: str) -> int:
    """The count each sentence that speaks of abstaining gives: `1 ledamot avstår`, `En ledamot,
    Mikael Borg, avstod` (the count and the verb in one sentence, whatever stands between)."""
    total = 0
    for sentence in re.split(r"(?<=[.;])\s+", text)[:_TOLD_WITH]:
        if _ABSTAINED.search(sentence) and (first := _COUNTED.search(sentence)) is not None:
            total += count(first["n"])
    return total


_SIDE_LABEL = re.compile(r"\b(?:bifall|avslag|ja|nej|för|emot)\s*:\s*$|\b(?:ja|nej)\s+$", re.I)
"""`Bifall: 5 röster, avslag: 2 röster`, `Ja 6 röster (…), Nej 2 röster (…)`: the side named before its count."""
_ABSTAINED_LABEL = re.compile(r"\b(?:avstår|avstod|avstående|nedlagda)\s*:\s*$", re.I)
"""`Avstår: 1`: the abstentions named before their count."""
_ASIDE = re.compile(r"\s*\([^()]*\)")
_COUNTED = re.compile(rf"\b(?P<n>{COUNT})\b", re.I)


def _is_person(name: str) -> bool:
    """A first name and a surname, not `Ingen` or `Styrelsen`."""
    return bool(name) and not NOT_A_PERSON.match(name) and len(name.split()) >= 2


def _people(flat: str, patterns: tuple[re.Pattern[str], ...], surnames: Mapping[str, str]) -> tuple[Person, ...]:
    found: list[Person] = []
    for pattern in patterns:
        for match in pattern.finditer(flat):
            for person in PERSON.finditer(match["names"]):
                name = _ROLE_WORDS.sub("", person["name"]).strip()
                name = surnames.get(name, name)
                if not _is_person(name):
                    continue
                candidate = Person(name, (person["party"] or "").strip())
                if all(p.name != candidate.name for p in found):
                    found.append(candidate)
    return tuple(found)
