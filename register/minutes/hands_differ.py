"""Readings hands differ on from the same words: the reading stands, said for review.

An interim report approved (`Styrelsen godkänner delårsrapporten för januari–juni`) is a document
adopted to some secretaries and the report taken note of to others; nothing in the words tells
which. Adopted (`fastställer delårsrapporten`), it is a document to all. A schedule of the board's
meetings adopted is a document to some hands and a decision of no kind to others. A thing to be handed in
that is no report (`ska lämna en tidplan`) is a task to some and a report owed to others. A due named by a season
(`under hösten 2032`) names no month: one hand takes its last month, another the year's end.
"""

from __future__ import annotations

import re

from domain.values import DecisionKind
from register.minutes.dues import SEASONS, find_due
from register.minutes.model import BodyReport, Effect, GiveAssignment, ProjectReport, RequireReport
from register.minutes.phrasebook import ADOPT, APPROVE

_INTERIM = r"\b(?:delårs|tertial|halvårs)(?:rapport|redovisning|bokslut)\w*"
_APPROVED_INTERIM = re.compile(rf"{APPROVE.any}(?:\s+\S+){{0,3}}?\s+{_INTERIM}|{_INTERIM}(?:\s+\S+){{0,8}}?\s+{APPROVE.any}",
                               re.I)
_ADOPTED = re.compile(ADOPT.any, re.I)
_HANDED_IN = re.compile(r"\bsk(?:a|all)\b[^.]{0,60}?\b(?:lämna|lämnar)\s+(?:in\s+)?(?:en|ett|sin|sitt)\s", re.I)
"""`Samordnaren ska … lämna en tidplan`: a thing handed in, which is a task to some hands and a report owed to others."""


_SCHEDULE = re.compile(r"\b(?:sammanträdes|möte?s|styrelsemötes)(?:plan|dagar|datum|tider)\w*", re.I)
"""`sammanträdesplanen för 2069`, `mötesplanen`, `sammanträdesdagarna`: when the board meets, which some hands
write down as a document adopted and others as a decision of no kind (other)."""


def kind_in_doubt(text: str, kind: DecisionKind) -> str | None:
    """Why the kind read from a decision's text is one hands differ on, or None."""
    flat = " ".join(text.split())
    if kind is DecisionKind.DOCUMENT and _APPROVED_INTERIM.search(flat) and not _ADOPTED.search(flat):
        return ("an interim report approved is read as a document adopted; hands differ (some take note of it: "
                "kind acknowledgement): check the kind")
    if kind is DecisionKind.DOCUMENT and _SCHEDULE.search(flat):
        return ("a schedule of the board's meetings adopted is read as a document; hands differ (some write it "
                "down as kind other): check the kind")
    if kind is DecisionKind.ASSIGNMENT and _HANDED_IN.search(flat):
        return ("a thing to be handed in ('lämna en …') is read as an assignment; hands differ (some read a report "
                "owed: kind report): check the kind")
    return None


_SEASON = re.compile(r"\b(?:" + "|".join(SEASONS) + r")\b", re.I)


def due_in_doubt(text: str, effects: tuple[Effect, ...]) -> str | None:
    """Why the due read for what a decision asks is one hands differ on, or None."""
    owed = [e for e in effects if isinstance(e, (RequireReport, GiveAssignment, BodyReport, ProjectReport))]
    found = find_due(" ".join(text.split()))
    if not owed or found is None or found.due is None:
        return None
    said = " ".join(text.split())[found.start:found.end]
    if _SEASON.search(said):
        return f"the due is read from a season ('{said}'), which names no month; hands differ: check the due"
    return None
