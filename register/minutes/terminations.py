"""Agreements the board terminates: `att säga upp avtalet med …`, `Avtalet … sägs upp`, and the
board (or the förbund) as the subject, in the present or the past: `Styrelsen säger upp
hyresavtalet …`, `Förbundet sade upp avtalet …`. Someone else who has terminated an agreement
(`Hyresvärden har sagt upp avtalet`) is told of, not a termination of the board's."""

from __future__ import annotations

import re
from collections.abc import Iterable

from domain.values import DecisionKind
from register.minutes.model import Effect, TerminateAgreement
from register.minutes.phrasebook import BOARD

_AGREEMENT = r"(?P<agreement>[\w-]*avtal[\w-]*\b[^.]*)"
_BY_THE_BOARD = rf"\b(?:{BOARD}|förbundet)\s+(?:därmed\s+|härmed\s+)?"

ROWS_WITHOUT_EFFECT = (
    # Att säga upp förbundets avtal med <motpart> …
    re.compile(rf"\bsäga upp (?:[\w-]+ ){{0,3}}?{_AGREEMENT}", re.IGNORECASE),
    # Styrelsen säger upp hyresavtalet … / Förbundet sade upp avtalet …
    re.compile(rf"{_BY_THE_BOARD}(?:säger|sade|sa) upp (?:[\w-]+ ){{0,3}}?{_AGREEMENT}", re.IGNORECASE),
    # Avtalet med <motpart> sägs upp.
    re.compile(r"(?P<agreement>\b[\w-]*avtal[\w-]*\b[^.]*?) sägs upp\b", re.IGNORECASE),
)


def terminated(match: re.Match[str]) -> Iterable[Effect]:
    yield TerminateAgreement(match["agreement"].strip(" .,"))


ROWS = tuple((pattern, DecisionKind.TERMINATION, terminated) for pattern in ROWS_WITHOUT_EFFECT)
"""Rows of `rules.RULES`: (pattern, kind, what a match implies)."""
