"""A decision read as one kind whose own words say another: put to review, never trusted in silence.

Each rule reads a decision's kind from its wording; when a decision's words carry the verb of
another kind (`Ärendet bordläggs …, så att förbundschefen hinner …` read as an assignment;
`Styrelsen säger upp hyresavtalet …` read as something else), hands have written something no
rule knew whole, and the secretary is the one to say which it is."""

from __future__ import annotations

import re

from domain.values import DecisionKind, Party
from register.minutes.model import AdoptPlan, AwardGrant, Defer, ParsedMinutes, ParseWarning, ReferBack, Revoke, TerminateAgreement
from register.minutes.phrasebook import AMOUNT, MEMBER_PLANS
from register.minutes.wording import PARTY

K = DecisionKind

_CUES: tuple[tuple[DecisionKind, re.Pattern[str]], ...] = (
    (K.DEFERRAL, re.compile(r"\bbordl(?:ägg(?:a|s|es|er)|ades|agts?)\b", re.I)),
    (K.REFERRAL, re.compile(r"\båterremitt(?:era|eras|eres|erar)\b|\bskick\w* tillbaka\b", re.I)),
    (K.REJECTION, re.compile(r"\bavsl(?:å|år|ås|og|ogs|agits)\b", re.I)),
    (K.REVOCATION, re.compile(r"\bupphäv(?:a|er|s|es|de|des)\b", re.I)),
    (K.TERMINATION, re.compile(r"\b(?:säg(?:a|er|s|es)|sade|sades)\s+upp\b", re.I)),
    (K.GRANT, re.compile(rf"\bbevilja(?:r|s|des|de)?\b(?=.*?{AMOUNT})", re.I)),
    (K.PLAN, re.compile(rf"{PARTY}\s+(?:{'|'.join(MEMBER_PLANS)})plan(?:en)?\b", re.I)),  # `Försäkringskassans insatsplan`, no year
)
"""The verbs that say a kind whatever else the sentence says, and the kind each says."""

_DONE_BY = {K.DEFERRAL: Defer, K.REFERRAL: ReferBack, K.REVOCATION: Revoke, K.TERMINATION: TerminateAgreement,
            K.GRANT: AwardGrant, K.PLAN: AdoptPlan}
"""What a decision read does when its verb was read: `upphäva Beslut X och fastställa planen` is a plan
that also revokes, read whole."""

_ALSO = {
    K.PLAN: {K.GRANT},  # a plan adopted with the money granted for it
    K.GRANT: {K.REJECTION},  # `bevilja 400 000 kr och avslå ansökan i övrigt`
    K.CORRECTION: {K.GRANT, K.REVOCATION},  # what it corrects is cited in its words
    K.WITHDRAWAL: set(DecisionKind),  # struck: whatever it would have done
}
"""Kinds whose decisions say another kind's verb in their ordinary words."""


def kind_unsaid(parsed: ParsedMinutes) -> list[ParseWarning]:
    """A doubt for each decision whose words say a kind it was not read as."""
    doubts = []
    for decision in parsed.decisions:
        said = {kind: found[0] for kind, cue in _CUES if (found := cue.search(decision.text))
                and (kind is not K.PLAN or _members(found["party"]))}
        other = [kind for kind in said if kind is not decision.kind and kind not in _ALSO.get(decision.kind, set())
                 and not any(isinstance(effect, _DONE_BY[kind]) for effect in decision.effects)]
        if other and decision.kind not in said:
            doubts.append(ParseWarning(decision.line, (
                f"{decision.id}: read as {decision.kind.value}, but its words say {other[0].value} "
                f"('{said[other[0]]}'): which is it?")))
    return doubts


def _members(words: str) -> bool:
    """Whether the words before a plan name a member (`Försäkringskassans`, `godkänna Region Blekinges`),
    not a verb (`fastställa verksamhetsplanen`)."""
    return any(Party.find(part) is not None for part in (words, words.partition(" ")[2]) if part)
