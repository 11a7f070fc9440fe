"""What a decision's wording does: one table, one row per phrasing the secretaries use.

A new phrasing in the minutes is one new row in `RULES` (and one test). Every row is tried
on the decision's text with its whitespace collapsed, ignoring case; each match adds the
effects it implies. The decision's kind is that of the first matching row with a kind, so
the table's order is also the precedence (a plan adopted while revoking is still a plan).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import attrs

from domain.errors import InvalidValue
from domain.ids import DecisionId
from domain.values import DecisionKind, Due, Party, parse_kronor
from register.minutes.model import (
    AdoptDocument, AdoptPlan, AwardGrant, Cite, Defer, Effect, GiveAssignment, ReferBack,
    RequireReport, Revoke, TerminateAgreement, WithdrawSelf,
)
from register.minutes.dues import due_in, without_due
from register.minutes.wording import CITED_ID, PARTY, SUBJECT, document_title, responsible, sentence_at

Implies = Callable[[re.Match[str]], Iterable[Effect]]


@attrs.frozen
class Rule:
    pattern: re.Pattern[str]
    kind: DecisionKind | None
    """None for rows that only add to a decision (citations), never decide what it is."""
    implies: Implies
    """The effects of one match; raising InvalidValue turns the match into a warning."""


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_AMOUNT = r"(?P<amount>\d{1,3}(?: \d{3})+|\d+) ?(?:kr|kronor|sek)\b"
_GRANT_AFTER_PLAN = _p(rf"\bbevilja\b[^.]*?\bmed {_AMOUNT}")
_NEXT = Due.parse("next-meeting")
_NONE = Due.parse(None)


def _plan(match: re.Match[str]) -> Iterable[Effect]:
    party, year = Party.parse(match["party"]), int(match["year"])
    yield AdoptPlan(party, year)
    grant = _GRANT_AFTER_PLAN.search(match.string, match.end())
    if grant is not None:
        amount = parse_kronor(grant["amount"])
        yield AwardGrant(party, year, amount, f"genomförande av FINSAM-plan {year}")


def _grant(match: re.Match[str]) -> Iterable[Effect]:
    # The year may stand before the amount ("för 2026 med …") or after it ("… kr under 2026").
    year = re.search(r"\b(?:19|20)\d\d\b", match["rest"]) or re.search(r"\b(?:19|20)\d\d\b", match.string[match.end():])
    if year is None:
        raise InvalidValue(f"grant without a year: {match[0]!r}")
    tail = match.string[match.end():].split(". ", 1)[0]
    purpose = _purpose(match["rest"]) or _purpose(tail)
    yield AwardGrant(Party.parse(match["party"]), int(year[0]), parse_kronor(match["amount"]), purpose)


def _purpose(words: str) -> str:
    """`för förstudie om BIP` → `förstudie om BIP`; a bare year (`under 2026`) says no purpose."""
    purpose = re.sub(r"^(?:för|till)\s+", "", words.strip(" ,."), flags=re.IGNORECASE)
    return "" if re.fullmatch(r"(?:(?:under|för|år)\s+)*(?:(?:19|20)\d\d)?", purpose, re.IGNORECASE) else purpose


def _report(match: re.Match[str]) -> Iterable[Effect]:
    due = due_in(match["subject"])
    yield RequireReport(Party.parse(match["party"]), without_due(match["subject"]), due or _NONE)


def _assignment(match: re.Match[str]) -> Iterable[Effect]:
    who = responsible(match["who"]) if match.groupdict().get("who") else "förbundschefen"
    yield GiveAssignment(who, without_due(match["subject"]), due_in(match["subject"]) or _NONE)


def _agenda_promise(match: re.Match[str]) -> Iterable[Effect]:
    due = _NEXT if match["when"].lower() == "nästa" else _NONE
    yield GiveAssignment("förbundschefen", match["subject"].strip(), due)


def _referral(match: re.Match[str]) -> Iterable[Effect]:
    yield ReferBack(due_in(match.string[match.end():]) or _NEXT)


def _deferral(match: re.Match[str]) -> Iterable[Effect]:
    yield Defer(due_in(match["rest"]) or _NEXT)


def _revocation(match: re.Match[str]) -> Iterable[Effect]:
    yield Revoke(DecisionId.parse(match["id"]))


def _termination(match: re.Match[str]) -> Iterable[Effect]:
    yield TerminateAgreement(match["agreement"].strip(" .,"))


def _document(match: re.Match[str]) -> Iterable[Effect]:
    yield AdoptDocument(document_title(match["phrase"]))


def _withdrawal(match: re.Match[str]) -> Iterable[Effect]:
    yield WithdrawSelf()


def _kind_only(match: re.Match[str]) -> Iterable[Effect]:
    return ()


_RETURNS = _p(r"återremi|återkom|återupptas|åter efter")
_FULFILS = _p(
    r"återrapport|\brapporter|\bredovis|\bavrapport|till handlingarna|\b(?:ta|tog|tar) del av"
    r"|uppdraget (?:är )?(?:slutfört|utfört|genomfört)"
)
_CITATION = _p(rf"\bbeslut {CITED_ID}")


def _citation(match: re.Match[str]) -> Iterable[Effect]:
    if re.search(r"upphäv\w*\s+(?:styrelsens\s+)?$", match.string[: match.start()], re.I):
        return  # the object of a revocation, which its own row records
    target = DecisionId.parse(match["id"])
    context = sentence_at(match.string, match.start())
    if _relation(context) == "refers" and len(_CITATION.findall(match.string)) == 1:
        context = match.string
    yield Cite(target, _relation(context))


def _relation(context: str) -> str:
    if _RETURNS.search(context):
        return "returns"
    if _FULFILS.search(context):
        return "fulfils"
    return "refers"


_WHO = r"(?P<who>förbundschef(?:en)?s?|kansliet?s?|ordförande(?:n)?s?|presidiet?s?)"
_ADOPT = r"(?:fastställa|fastställer|fastställde|anta|antar|antog)"
_APPROVE = r"(?:godkänna|godkänner|godkände)"
# What is approved without being adopted: a report (an acknowledgement) or the meeting's own papers.
_NOT_A_DOCUMENT = r"(?:redovisning|återrapport|rapport|information|dagordning|protokoll|föregående)"

# Rows that other code asks for by name (paragraphs outside decisions use only these).
PLAN = Rule(
    _p(rf"\b(?:{_ADOPT}|godkänna) {PARTY} (?:(?:reviderade|nya|uppdaterade|justerade) )?"
       r"FINSAM-plan(?:en)? (?:för )?(?P<year>\d{4})"),
    DecisionKind.PLAN, _plan)
DEFERRAL = Rule(
    _p(r"\b(?:skjuts|flyttas|bordläggs|bordlades|bordlagt|bordlagd)\b(?P<rest>[^.]*)"),
    DecisionKind.DEFERRAL, _deferral)
CITATION = Rule(_CITATION, None, _citation)

RULES: tuple[Rule, ...] = (
    # Att fastställa <part>s FINSAM-plan <år> och bevilja medel … med <N> kr.
    PLAN,
    # Att bevilja <part> medel för … <år> med <N> kr.
    Rule(_p(rf"\bbevilja {PARTY} (?:ytterligare )?medel\b(?P<rest>[^.]*?)\bmed {_AMOUNT}"),
         DecisionKind.GRANT, _grant),
    # Att bevilja medel till <part> med <N> kr för … <år>.
    Rule(_p(rf"\bbevilja (?:ytterligare )?medel (?:till|åt) {PARTY}(?P<rest>[^.]*?)\bmed {_AMOUNT}"),
         DecisionKind.GRANT, _grant),
    # Att bevilja <part> <N> kr för … <år>.
    Rule(_p(rf"\bbevilja {PARTY} (?:ytterligare )?{_AMOUNT}(?P<rest>)"),
         DecisionKind.GRANT, _grant),
    # Att detta beslut utgår.
    Rule(_p(r"\b(?:detta beslut|beslutet|ärendet|punkten) utgår\b"),
         DecisionKind.WITHDRAWAL, _withdrawal),
    # Att återremittera ärendet … till styrelsemötet i <månad> <år>.
    Rule(_p(r"\båterremitter(?:a|ar|as|ade|ades)\b"),
         DecisionKind.REFERRAL, _referral),
    # Att upphäva Beslut <id> …
    Rule(_p(rf"\bupphäv(?:a|er|s|des|t) (?:styrelsens )?beslut {CITED_ID}"),
         DecisionKind.REVOCATION, _revocation),
    # Att säga upp förbundets avtal med <motpart> …
    Rule(_p(r"\bsäga upp (?:[\w-]+ ){0,3}?(?P<agreement>[\w-]*avtal[\w-]*\b[^.]*)"),
         DecisionKind.TERMINATION, _termination),
    # Avtalet med <motpart> sägs upp.
    Rule(_p(r"(?P<agreement>\b[\w-]*avtal[\w-]*\b[^.]*?) sägs upp\b"),
         DecisionKind.TERMINATION, _termination),
    # Att <part> ska rapportera <ämne> vid styrelsens <månad>-möte <år>.
    Rule(_p(rf"\bAtt (?!förbundschef|kansli){PARTY} ska (?:åter)?rapportera {SUBJECT}"),
         DecisionKind.REPORT, _report),
    # Att fastställa "<dokument>" som … / … och fastställa <dokument> för … / Att godkänna <dokument>
    # (not a party's FINSAM-plan, and not what someone is asked to adopt later)
    Rule(_p(rf"(?:(?<!uppdrag )\batt |\b(?:och|samt) |\bstyrelsen )(?:{_ADOPT} |{_APPROVE} (?!{_NOT_A_DOCUMENT}))"
            r"(?!(?:[\w-]+ ){0,3}FINSAM-plan)(?P<phrase>.+?)(?:\.(?: |$)|$)"),
         DecisionKind.DOCUMENT, _document),
    # Att ge förbundschefen i uppdrag att … till nästa styrelsemöte.
    Rule(_p(rf"\b(?:ge|ger|gav|ges) {_WHO} (?:i )?uppdrag(?:et)? att {SUBJECT}"),
         DecisionKind.ASSIGNMENT, _assignment),
    # Att uppdra åt kansliet att …
    Rule(_p(rf"\buppdra(?:r|s|de)? (?:åt )?{_WHO} att {SUBJECT}"),
         DecisionKind.ASSIGNMENT, _assignment),
    # Förbundschefen fick i uppdrag att …
    Rule(_p(rf"\b{_WHO} (?:fick|får|ges|gavs) (?:i )?uppdrag(?:et)? att {SUBJECT}"),
         DecisionKind.ASSIGNMENT, _assignment),
    # Att förbundschefen ska …
    Rule(_p(rf"\bAtt {_WHO} ska {SUBJECT}"),
         DecisionKind.ASSIGNMENT, _assignment),
    # Vid ett kommande styrelsemöte ska <ämne> tas upp …
    Rule(_p(r"\bvid (?:ett )?(?P<when>kommande|nästa) styrelsemöte ska (?P<subject>.+?) "
            r"(?:tas upp|redovisas|presenteras|behandlas)\b"),
         DecisionKind.ASSIGNMENT, _agenda_promise),
    # … skjuts till nästa styrelsemöte.
    DEFERRAL,
    # Att lägga återrapporten till handlingarna. / Styrelsen godkände redovisningen … / Att notera informationen.
    Rule(_p(r"\b(?:lägga|lades|läggs|lade)\b(?: \S+){0,8}? till handlingarna"
            r"|\bgodk(?:änna|änner|ände) (?:redovisningen|återrapport\w*|rapporten|informationen)"
            r"|\b(?:ta|tog|tar) del av\b|\bAtt notera\b"),
         DecisionKind.ACKNOWLEDGEMENT, _kind_only),
    # … (Beslut <id>) / enligt Beslut <id>: adds a citation to any decision.
    CITATION,
)

_NOTED = _p(r"\b(?:lades|lagts|läggs|lagda?|lägger|lade|lägga)\b(?: \S+){0,8}? till handlingarna")


@attrs.frozen
class Classification:
    kind: DecisionKind
    effects: tuple[Effect, ...]
    classified: bool
    """False when no row decided the kind: the decision is kept verbatim for review."""
    problems: tuple[str, ...] = ()
    """Matches that could not become effects (unknown party, malformed cited id …)."""


def classify(text: str, rules: Iterable[Rule] = RULES) -> Classification:
    flat = " ".join(text.split())
    kind: DecisionKind | None = None
    effects: list[Effect] = []
    problems: list[str] = []
    for rule in rules:
        for match in rule.pattern.finditer(flat):
            try:
                found = list(rule.implies(match))
            except InvalidValue as error:
                problems.append(str(error))
                continue
            if kind is None and rule.kind is not None:
                kind = rule.kind
            effects.extend(effect for effect in found if effect not in effects)
    return Classification(kind or DecisionKind.OTHER, tuple(effects), kind is not None, tuple(problems))


@attrs.frozen
class ParagraphFacts:
    """What a paragraph that is not a decision still tells the register."""

    noted: bool
    deferred: Defer | None
    cites: tuple[Cite, ...]
    problems: tuple[str, ...]


def paragraph_facts(text: str) -> ParagraphFacts:
    found = classify(text, (DEFERRAL, CITATION))
    deferred = next((e for e in found.effects if isinstance(e, Defer)), None)
    cites = tuple(e for e in found.effects if isinstance(e, Cite))
    return ParagraphFacts(bool(_NOTED.search(" ".join(text.split()))), deferred, cites, found.problems)
