"""The adoption of a member party's FINSAM-plan (or insatsplan), read by its structure rather than one sentence.

Secretaries put the verb first or the plan first (`att fastställa Karlskrona kommuns FINSAM-plan
för år 2037`, `Karlskrona kommuns FINSAM-plan för 2038 fastställs`), put any adjective before the
plan noun (`reviderade`, `kompletterade`, `lokala`), name the party before the plan or after it
(`den reviderade FINSAM-planen för Olofströms kommun 2037`), and the plan's sum anywhere in the same
decision (`med 810 000 kronor`, `och bevilja 640 000 kr`, `För planens genomförande beviljas …`,
`540 000 kronor beviljas`). Where the decision says only `planen`, whose plan for which year is the
§ title's (`the_plan`); where a decision of its own grants the money for `planen`, it is the party
whose plan the same § adopts (`the_plans_grant`). Both are inferred, not read, and put to review.
"""

from __future__ import annotations

import re

import attrs

from domain.values import DecisionKind, Party
from register.minutes.model import AdoptDocument, AdoptPlan, AwardGrant, Effect, NotMeant, ParsedDecision, ParseWarning
from register.minutes.number_words import in_figures
from register.minutes.phrasebook import ADOPT, AMOUNT, APPROVE, BOARD_PLANS, GRANT, MEMBER_PLANS, kronor
from register.minutes.wording import PARTY

_ADOPTS = rf"(?:{ADOPT.any}|{APPROVE.any})"
_ADJECTIVE = r"(?:(?!(?:för|från|och|samt|med|till|i|en|ett)\b)[\w-]+(?:[ae]|ad|al|ig|sam|ny) ){0,2}"
"""One or two adjectives before the noun, inflected or plain: `reviderade`, `nya`, `lokala`; `lokal`,
`reviderad`, `gemensam` (a plan named `lokal insatsplan 2063 för …`), `kompletterade lokala`."""
_COMPOUND = rf"(?!{'|'.join(BOARD_PLANS)})[^\W\d_]{{3,}}?plan"
_NOUN = rf"(?:(?:FINSAM-)?plan|(?P<compound>{_COMPOUND}))(?:en)?"
"""`FINSAM-planen`, `planen`, or a compound (`insatsplanen`), which is a member's plan only with a sum."""
_YEAR = r"(?:för (?:år )?|år )?(?P<year>(?:19|20|21)\d\d)"
_OF = rf"(?:för|från) {PARTY}"
_YEAR_LATER = r"(?:för|under|avseende|gällande) (?:(?:kalender|verksamhets)?år(?:et)? )?(?P<year>(?:19|20|21)\d\d)\b"
"""The plan's year said after its sum, in the same clause: `… med en ram om 580 tkr för 2067`."""
_THE = r"(?:den |det )?"
_TOPIC_YEAR = (r"(?:för|om|avseende) (?:(?!samt\b|med\b|som\b|att\b|(?:bevilj|anvis|godkän|fastst|anta|anto)\w*)[\w-]+ ){1,5}?"
               r"(?:år )?(?P<year>(?:19|20|21)\d\d)\b")
"""What the plan is for, then its year: `handlingsplan för olycksförebyggande arbete 2097`, `… för insatsen Språk och
arbete 2103` (a name may hold `och`; a verb of deciding starts another clause)."""
_CLAUSE = r"(?: (?!som\b|vilken\b|vilket\b|har\b|hade\b)[\w-]+){0,2}?"
"""What may stand between the plan and its verb said after it: `härmed`, `för planperioden`; not
a relative clause (`FINSAM-plan 2036 som fastställdes i december`) nor a perfect tense."""
_SUBJECT = r"(?:^|(?<=[.;:,] )|(?<=\batt )|(?<=\boch )|(?<=\bsamt )|(?<=\d\. )|(?<=\d\) )|(?<=- ))"
"""Where a plan said before its verb begins its clause: it is the subject, not what a report
is about (`Återrapporten om Ronneby kommuns FINSAM-plan 2036 godkänns`)."""


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


NAMED = (
    # att fastställa Karlskrona kommuns (reviderade) FINSAM-plan (för (år)) 2037
    _p(rf"{_ADOPTS} {_THE}{PARTY} {_ADJECTIVE}{_NOUN} {_YEAR}"),
    # att fastställa den reviderade FINSAM-planen för Olofströms kommun (för) 2037
    _p(rf"{_ADOPTS} {_THE}{_ADJECTIVE}{_NOUN} {_OF},? {_YEAR}"),
    # att fastställa FINSAM-planen 2037 för Olofströms kommun
    _p(rf"{_ADOPTS} {_THE}{_ADJECTIVE}{_NOUN} {_YEAR},? {_OF}"),
    # Karlskrona kommuns FINSAM-plan för 2038 fastställs / godkändes
    _p(rf"{_SUBJECT}{PARTY} {_ADJECTIVE}{_NOUN} {_YEAR}{_CLAUSE} {_ADOPTS}"),
    # Den reviderade FINSAM-planen för Olofströms kommun 2037 fastställs
    _p(rf"{_SUBJECT}{_THE}{_ADJECTIVE}{_NOUN} {_OF},? {_YEAR}{_CLAUSE} {_ADOPTS}"),
    # att fastställa insatsplanen för Ronneby kommun med en ram om 780 tkr för (kalenderåret) 2037
    _p(rf"{_ADOPTS} {_THE}{_ADJECTIVE}{_NOUN} {_OF}(?=[^.;]*?\b{_YEAR_LATER})"),
    # att fastställa Arbetsförmedlingens handlingsplan för medverkan i förbundets insatser under 2096
    _p(rf"{_ADOPTS} {_THE}{PARTY} {_ADJECTIVE}{_NOUN}(?=[^.;]*?\b{_YEAR_LATER})"),
    # Insatsplan 2044 för Olofströms kommun fastställs
    _p(rf"{_SUBJECT}{_THE}{_ADJECTIVE}{_NOUN} {_YEAR},? {_OF}{_CLAUSE} {_ADOPTS}"),
    # att fastställa Skärlinge kommuns handlingsplan för olycksförebyggande arbete 2097 (med en ram om …)
    _p(rf"{_ADOPTS} {_THE}{PARTY} {_ADJECTIVE}{_NOUN} {_TOPIC_YEAR}"),
    # Arbetsförmedlingens handlingsplan för samverkan 2100 fastställs
    _p(rf"{_SUBJECT}{PARTY} {_ADJECTIVE}{_NOUN} {_TOPIC_YEAR}{_CLAUSE} {_ADOPTS}"),
)
"""The plan adopted, named in the decision: one pattern a word order, each with `party` and `year`."""

_WHOSE = rf"(?: {_OF})?(?: {_YEAR})?"
_THE_PLAN = rf"(?:FINSAM-|(?P<compound>(?!{'|'.join(BOARD_PLANS)})[^\W\d_]{{3,}}?))?planen\b"
_A_PLAN = rf"(?:FINSAM-|(?P<compound>(?!{'|'.join(BOARD_PLANS)})[^\W\d_]{{3,}}?))?plan(?:en)?\b"
_UNNAMED = (
    _p(rf"{_ADOPTS} {_THE}{_ADJECTIVE}{_THE_PLAN}{_WHOSE}"),
    _p(rf"{_SUBJECT}{_THE}{_ADJECTIVE}{_A_PLAN} {_YEAR} {_OF}{_CLAUSE} {_ADOPTS}"),  # Verksamhetsplan 2098 för Stegvis godkänns
    _p(rf"{_SUBJECT}{_THE}{_ADJECTIVE}{_THE_PLAN}{_WHOSE}{_CLAUSE} {_ADOPTS}"),
    _p(rf"^(?P<compound>)(?P<party>)(?P<year>){_ADOPTS}\b"),
    _p(rf"{_ADOPTS} (?P<compound>)(?P<party>)den(?=\s+(?:för|med|under|och)\b|[,.;]|$)(?:\s+{_YEAR})?"),
)
"""`att fastställa (den reviderade) planen`, `Planen fastställs`, `att fastställa insatsplanen med en
ram om …`, or a table's row with no subject (`Fastställs, ram 785 000 kr`): the plan of the § it
stands in; `att fastställa den för 2071 med …`: the pronoun alone, the plan the heading names."""
_TITLED = (
    _p(rf"^{_THE}{PARTY} {_ADJECTIVE}(?P<compound>{_COMPOUND}) {_YEAR}"),
    _p(rf"^{_ADJECTIVE}(?P<compound>{_COMPOUND})(?: och medel)? {_YEAR}(?:,? (?:för|från)| [–—-]|,)? (?:[^,()–—-]{{1,40}}, )?{PARTY}"
       r"(?: \(Dnr [^()]+\))?\W*$"),
    _p(rf"^{_ADJECTIVE}(?P<compound>{_COMPOUND}) {_OF},? {_YEAR}"),
    _p(rf"^{_ADJECTIVE}(?P<compound>{_COMPOUND}) {PARTY} {_YEAR}(?: [–—-] [^()]*?)?(?: \(Dnr [^()]+\))?\W*$"),
)
"""A § titled by a member's plan in a compound noun: `Insatsplan 2066 – Karlskrona kommun`,
`Karlskrona kommuns insatsplan 2066`, `Samverkansplan för Ronneby kommun 2066`, `Insatsplan
Karlshamns kommun 2069 – återremitterat ärende`, `Insatsplan för 2067 – Olofström (Dnr 2067/007)`,
`Verksamhetsplan 2098 – Stegvis, Region Strömmeland` (the insats, then its member)."""


def compound_titled(title: str) -> AdoptPlan | None:
    """The member's plan a § title names in a compound noun (not the förbund's own plans)."""
    for pattern in _TITLED:
        found = pattern.search(" ".join(title.split()))
        # `Insatsplan för 2067 – Olofström`, `Ronnebys insatsplan 2071`: a town's member is its kommun.
        if found is not None and (party := Party.find(found["party"]) or Party.find(found["party"].removesuffix("s"))
                                  or Party.find(f"{found['party'].removesuffix('s')}s kommun")
                                  or Party.find(f"{found['party'].removesuffix('s')} kommun")):
            return AdoptPlan(party, int(found["year"]))
    return None

_SUMS = (
    _p(rf"{GRANT.any}[^.;]*?{AMOUNT}"),  # och bevilja 640 000 kr / beviljas … / med ett beviljat belopp om …
    _p(rf"{AMOUNT}[^.;]{{0,40}}?{GRANT.any}"),  # 540 000 kronor beviljas
    _p(rf"\b(?:till (?:totalt|sammanlagt) |en (?:[\w-]+ )?ram (?:på|om) |ramen (?:(?:uppgår|är|blir) )?(?:till|på|om) |omfattande ){AMOUNT}"),
    _p(rf"{AMOUNT} för (?:planens genomförande|genomförandet av planen)\b"),  # och att avsätta 920 tkr för planens genomförande
    _p(rf"\bavsätt(?:a|er|s)\s+(?:[\w-]+\s+){{0,3}}?{AMOUNT}"),  # och för genomförandet avsätta 620 tkr ur förbundets budget
)
"""The plan's money, in the order they are believed: a verb of granting, then a new total (`höja
medlen med 250 tkr till totalt 3 870 tkr` gives the plan 3 870 tkr, not the change) or its frame
(`med en samlad ram om …`, `Ramen uppgår till …`)."""
_WITH = _p(rf"\bmed (?:[\w-]+ ){{0,5}}?{AMOUNT}")
"""`fastställa … FINSAM-plan 2039 med 810 000 kronor`, `… med ett bidrag från förbundet på 560 000 kr`:
in the plan's own sentence only."""
_FINANCED = _p(rf"^\s*(?:Förbundet|Styrelsen|Förbundsstyrelsen)\s+(?:finansierar|finansierade|bekostar)\s+(?:planen|insatserna|den)"
               rf"\s+med\s+{AMOUNT}")
"""`Insatsplanen … fastställs. Förbundet finansierar planen med 950 tkr.`: the plan's money in the next sentence."""
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")
_NO_MONEY = _p(r"\s*,?\s*utan (?:tilldelning av |att bevilja |ekonomiskt )?\w*(?:medel|bidrag|stöd)\b")
"""`… samarbetsplan 2031 utan tilldelning av medel`: a plan that could have had money, so a member's."""


def adopted(match: re.Match[str]) -> tuple[Effect, ...]:
    """The plan a `NAMED` match names and the grant for its carrying out, where the decision gives a sum.
    Raises InvalidValue where the words before the plan name no member party."""
    plan = AdoptPlan(_party(match["party"]), int(match["year"]))
    grant = _grant(plan, match.string, match.end())
    if match["compound"] and not grant and match["compound"].casefold().removesuffix("plan") not in MEMBER_PLANS \
            and not _NO_MONEY.match(match.string, match.end()):
        raise NotMeant  # `Karlskrona kommuns kommunikationsplan 2066` without a sum: a document of that name
    return (plan, *grant)


def without_its_document(effects: list[Effect]) -> list[Effect]:
    """A plan adopted is not also a document of its name (`insatsplanen för Karlshamns kommun 2066`)."""
    return [e for e in effects if not (isinstance(e, AdoptDocument) and "plan" in e.title.lower())]


def _party(words: str) -> Party:
    """`Olofströms kommuns`, or the town alone (`Olofströms reviderade FINSAM-plan`): a plan is
    a member's, and a town's only member is its kommun."""
    return Party.find(words) or Party.find(f"{words.removesuffix('s')}s kommun") or Party.parse(words)


def _grant(plan: AdoptPlan, text: str, after: int) -> tuple[AwardGrant, ...]:
    amount = plan_sum(text, after)
    if amount is None:
        return ()
    return (AwardGrant(plan.party, plan.year, amount, f"genomförande av FINSAM-plan {plan.year}"),)


_APPOSED = re.compile(rf",\s*(?:(?:en\s+)?ram(?:en)?\s+(?:på\s+|om\s+)?)?{AMOUNT}\s*(?:[.;]|$)", re.IGNORECASE)
"""`planen … fastställs, 1,45 mnkr.`, `… fastställs, ram 960 000 kr` (a table's terse row): the sum
set beside the verb, ending the clause."""


def plan_sum(text: str, after: int) -> int | None:
    """The sum the decision gives the plan, said after the plan is named."""
    if (apposed := _APPOSED.match(text, after)) is not None:
        return kronor(apposed)
    for pattern in _SUMS:
        found = pattern.search(text, after)
        if found is not None:
            return kronor(found)
    own, *rest = _SENTENCE_END.split(text[after:], maxsplit=1)
    found = _WITH.search(own) or (_FINANCED.match(rest[0]) if rest else None)
    return None if found is None else kronor(found)


def _agrees(found: re.Match[str], titled: AdoptPlan) -> bool:
    """`planen för Ronneby kommun` under a § about Olofström's plan is not the title's plan."""
    party = found["party"] and Party.find(found["party"])
    return (not party or party == titled.party) and (not found["year"] or int(found["year"]) == titled.year)


_UNREAD = (DecisionKind.OTHER, DecisionKind.DOCUMENT, DecisionKind.GRANT)
"""What the rows make of `att fastställa planen (och bevilja …)`; an acknowledgement
(`Redovisningen av planen godkänns`) adopts nothing."""


@attrs.frozen
class Resolved:
    decision: ParsedDecision
    doubt: ParseWarning | None
    """None where the decision says what was read, and the proposer doubts what it does with it."""


def the_plan(decision: ParsedDecision, titled: AdoptPlan | None, title: str = "") -> Resolved | None:
    """A decision that adopts `planen` without naming it, read as adopting the plan its § title
    names (`titled`, else a member's plan the `title` names in a compound noun), with the doubt that
    says so; None where it names its plan, or says no such thing, or its § names none."""
    compound = titled is None and (titled := compound_titled(title)) is not None
    if titled is None or decision.kind not in _UNREAD or any(isinstance(e, AdoptPlan) for e in decision.effects):
        return None
    flat = in_figures(" ".join(decision.text.split()))  # `med sexhundrafyrtio tusen kronor`
    found = next((m for pattern in _UNNAMED if (m := pattern.search(flat)) is not None), None)
    if found is None or not _agrees(found, titled):
        return None
    # What the rows made of `planen` (a document titled `planen och bevilja …`, a grant to the
    # party of the money for it) is the plan and its grant.
    grant = _grant(titled, flat, found.end())
    if (compound or found["compound"]) and not grant and not found["year"]:
        return None  # `att godkänna handlingsplanen`: a document of that name, without a sum or the title's year
    kept = tuple(e for e in decision.effects if not isinstance(e, AdoptDocument)
                 and not (grant and isinstance(e, AwardGrant) and e.party == titled.party))
    effects = (titled, *grant, *kept)
    doubt = ParseWarning(decision.line, (
        f"{decision.id}: the decision adopts 'planen' without naming it; taken to be {titled.party.value}s "
        f"FINSAM-plan {titled.year}, as the § title names it"))
    return Resolved(attrs.evolve(decision, kind=DecisionKind.PLAN, effects=effects), doubt)


_FOR_THE_PLAN = _p(r"\bplan(?:en|ens)\b")


def the_plans_grant(decision: ParsedDecision, adopted_here: AdoptPlan | None) -> Resolved | None:
    """`2. Medel för genomförandet av planen beviljas med 2 100 000 kronor`: a decision of its own
    that grants the money for `planen` a decision of the same § adopts, naming no party: the grant
    is that plan's party's, inferred, so put to review. None where no rule left it unread."""
    if adopted_here is None or decision.kind is not DecisionKind.OTHER or decision.effects:
        return None
    flat = " ".join(decision.text.split())
    if not _FOR_THE_PLAN.search(flat):
        return None
    grant = _grant(adopted_here, flat, 0)
    if not grant or not any(pattern.search(flat) for pattern in _SUMS[:2]):
        return None
    doubt = ParseWarning(decision.line, (
        f"{decision.id}: the money is granted for 'planen' without naming whose; taken to be "
        f"{adopted_here.party.value}s, whose FINSAM-plan {adopted_here.year} the same § adopts"))
    return Resolved(attrs.evolve(decision, kind=DecisionKind.GRANT, effects=grant), doubt)


def granted_apart(decisions: list[ParsedDecision]) -> list[ParseWarning]:
    """`att fastställa Ronneby kommuns FINSAM-plan 2046, och` / `att bevilja Ronneby kommun 980 000 kr`:
    the money for the plan a clause before it in the § adopts is read as a decision of its own, as
    most hands count their att-clauses; some count the two as one decision, so each is put to review."""
    doubts = []
    for decision in (d for d in decisions if d.generated_id):  # minutes that number their decisions said how they count
        for grant in (e for e in decision.effects if isinstance(e, AwardGrant)):
            if grant.party is None:
                continue  # a project's money, which no plan adopts
            adopting = next((d for d in decisions if d.id.item == decision.id.item and d.id.number < decision.id.number
                             and any(isinstance(e, AdoptPlan) and e.party == grant.party for e in d.effects)), None)
            if adopting is not None and not any(isinstance(e, AdoptPlan) for e in decision.effects):
                doubts.append(ParseWarning(decision.line, (
                    f"{decision.id}: the money for {grant.party.value}s plan, which {adopting.id} adopts in the clause "
                    f"before, is read as a decision of its own; if the minutes count the two as one decision, merge them")))
    return doubts
