"""Sentences of one decision block that decide apart: `Beviljas 850 tkr för 2082.` then
`Projektledaren lämnar en skriftlig delrapport senast 31 augusti.` under one `Beslut` are two
decisions, a grant and a report owed, each a sentence with its own subject and verb; so is a duty
written off after the list of follow-ups is approved (`Uppdraget … enligt § 25/2096 avskrivs.`). A sentence
that only says more of the one before it (`Medlen får användas till …`, `Beslutet ersätter …`)
stays with it: a sentence stands apart only where it decides something on its own that the
sentences before it, read together, do not already say, and they decide something too (a verb of
deciding, where no rule reads them whole: `Beviljas 850 tkr` is the § title's project's money).
"""

from __future__ import annotations

import re

from domain.values import DecisionKind
from register.minutes.att_clauses import said_directly
from register.minutes.model import WriteOffEarlier
from register.minutes.rules import classify
from register.minutes.voice import deciding_verbs

_SENTENCE_END = re.compile(r"(?<=[a-zåäö\d)][.!?])\s+(?=[A-ZÅÄÖ][a-zåäö])")
_NOT_APART = (DecisionKind.OTHER, DecisionKind.ACKNOWLEDGEMENT)
_TOLD = re.compile(r"^\S+(?:\s+\S+)?\s+(?:meddela|informera|tacka|förklara|redogör|redogjorde|berätta|påminn|anmäl"
                   r"|konstatera|framför|hälsa)\w*\b", re.I)
"""`Ordföranden meddelar att ärende 9 utgår`, `… tackar och förklarar mötet avslutat`: told, not decided."""
_DECIDED_AGAIN = re.compile(r"^(?:[A-ZÅÄÖ][^.;:]{0,150}?\s+beslöts\s+det|(?:Det\s+)?(?:beslöts|beslutades)|Styrelsen\s+(?:beslöt|beslutade))"
                            r"\s+(?:vidare|även|också|dessutom|därtill|slutligen|likaså|därjämte)\s+att\s+", re.I)
"""`Det beslöts vidare att Försäkringskassan … skulle återrapportera …`, `Eftersom teamet var nytt beslöts det vidare
att …` after the block's first decision: the board deciding once more, a decision of its own."""
_AND_AGAIN = re.compile(r",?\s+och\s+det\s+(?:beslöts|beslutades)\s+(?:vidare|även|också|dessutom)\s+att\s+(?=\S)", re.I)
"""`… under år 2147, och det beslöts vidare att Sölvesborgs kommun … skulle återrapportera …`: the same, mid-sentence."""
_PLAN = re.compile(r"\bplan(?:en|er|erna)?\b", re.I)
"""`Planen fastställs. Olofström beviljas 1 480 tkr för 2031.`: the plan's money, said in a sentence of its own."""


_OWN_DUTY = re.compile(r",?\s+(?:och|samt)\s+att\s+(?=(?-i:[A-ZÅÄÖ])[\w-]*(?:\s+[\w-]+){0,3}?\s+(?:ska|skall)\s)")
"""`Styrelsen beslutade att bevilja X 300 000 kr … och att Arbetsförmedlingen ska lämna en slutredovisning …`:
a duty with a subject of its own, joined by `och att`, is a sentence apart (not `… och att bevilja medel`,
a plan and its money, one decision)."""


_AND_SUBJECT = re.compile(r",?\s+(?:och|samt)\s+(?=(?-i:[A-ZÅÄÖ])[\w-]*(?:\s+[\w-]+){0,3}?\s+(?:ska|skall)\s+(?![a-zåäö]+s\b)"
                          r"|(?:[\w-]+\s+){1,3}?får\s+i\s+uppdrag\s+att\s)")
"""`Styrelsen beviljar Region Blekinge 450 000 kr … och Region Blekinge ska återrapportera …`, `Ekonomen får i uppdrag
att … och förbundschefen får i uppdrag att …`: a decision said subject first, a second subject's duty after `och`
(not a passive: `… i Olofström och Sölvesborg ska säkerställas`)."""
_JOINT_SUBJECT = 3
"""Words before `och` that are a subject shared with what follows (`Region Blekinge och Försäkringskassan ska …`), at most."""
_AND_TASKED = re.compile(r"\s+och\s+(?:gav|ger)\s+(?P<who>\S.{0,60}?)\s+i\s+uppdrag\s+att\s+")
"""`… beslutade styrelsen att lägga rapporten till handlingarna och gav förbundschefen i uppdrag att …`: the
board's second verb gives a task, a decision of its own, after a clause it decided (`att …`); where the board
approves a report it answers and gives the next task in one breath (`Styrelsen godkände redovisningen … och gav
förbundschefen i uppdrag …`), the minutes tell one assignment, as FINSAM Blekinge's own of 2022 do."""


_AFTER_FILING = re.compile(r"(?<=till handlingarna)\s+och\s+att\s+(?=[a-zåäö]+\s)")
"""`… att lägga uppföljningen till handlingarna och att fastställa internkontrollplan 2131`: the board takes note
and then decides something else, two decisions."""


def duties_apart(text: str) -> list[str]:
    """`text` with each duty of a subject of its own, joined by `och att` (or by `och` where the decision
    is said subject first), and each task the board's second verb gives, as a decision of its own."""
    cuts = sorted([(m.start(), m.end(), "Att ") for m in (*_OWN_DUTY.finditer(text), *_AFTER_FILING.finditer(text))]
                  + [(m.start(), m.end(), f"Att ge {m['who']} i uppdrag att ") for m in _AND_TASKED.finditer(text)
                     if text.startswith("Att ")]
                  + [(m.start(), m.end(), "") for m in _AND_SUBJECT.finditer(text)
                     if not text.startswith("Att ") and len(text[:m.start()].split()) > _JOINT_SUBJECT])
    if not cuts:
        return [text]
    parts, start, lead = [], 0, ""
    for begins, ends, said in cuts:
        parts.append(f"{lead}{text[start:begins].rstrip(' .,;')}.")
        start, lead = ends, said
    return [part[:1].upper() + part[1:] for part in [*parts, f"{lead}{text[start:]}"]]


def sentences_apart(text: str) -> list[str]:
    """`text` as the decisions it holds, in order: one where its sentences make one decision."""
    sentences = _SENTENCE_END.split(text)
    if len(sentences) < 2:
        return [text]
    parts = [sentences[0]]
    for sentence in sentences[1:]:
        alone = classify(sentence)
        before = classify(parts[-1])
        said = {type(effect) for effect in before.effects}
        writes_off = any(isinstance(effect, WriteOffEarlier) for effect in alone.effects)  # `Uppdraget … avskrivs.`
        if ((alone.classified and alone.kind not in _NOT_APART or writes_off) and (before.classified or deciding_verbs(parts[-1]))
                and alone.kind is not before.kind and not (alone.kind is DecisionKind.GRANT and _PLAN.search(parts[-1]))
                and not _TOLD.match(sentence) and not {type(effect) for effect in alone.effects} <= said):
            parts.append(sentence)
        else:
            parts[-1] = f"{parts[-1]} {sentence}"
    return parts


def decided_again_apart(text: str) -> list[str]:
    """`text` cut where a sentence of it says the board decided once more (`… under år 2147. Det beslöts
    vidare att Försäkringskassan … skulle återrapportera …`): each such sentence a decision of its own,
    said as the block's first is (`Att Försäkringskassan … ska återrapportera …`)."""
    sentences = _SENTENCE_END.split(_AND_AGAIN.sub(". Det beslöts vidare att ", text))
    parts = [sentences[0]]
    for sentence in sentences[1:]:
        if (again := _DECIDED_AGAIN.match(sentence)) is not None:
            parts.append(f"Att {said_directly(sentence[again.end():])}")
        else:
            parts[-1] = f"{parts[-1]} {sentence}"
    return parts if len(parts) > 1 else [text]
