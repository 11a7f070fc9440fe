"""How each party was represented at the board's meetings of a year, against its goal.

Who counts is the goal's own wording (`Rule`): by default a party is represented at a meeting
by an ordinary member (ordförande, vice ordförande, ledamot) or a serving substitute
(tjänstgörande ersättare) marked present; a goal that says "ordinarie ledamot eller ersättare"
counts any substitute present. A meeting whose minutes give no attendance is unknown for every
party, never an absence; a party whose only row is unclear is counted apart, and so is one whose
only attendee was a substitute the rule does not count (not represented). The rate leaves
unknown and unclear meetings out.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Sequence
from typing import Any

from domain.board import Goal, GoalKind
from domain.values import fold
from projections.rows import MeetingRow, RepresentationRow

SERVING = {"ordförande", "vice ordförande", "ledamot", "tjänstgörande ersättare"}
_ANY_SUBSTITUTE = re.compile(r"(?<!tjanstgorande )\bersattare\b")
"""A goal's wording that names substitutes without saying they must serve (folded: no diacritics)."""


class Rule(enum.Enum):
    """Who represents a party at a meeting, as the goal's wording decides."""

    SERVING = "member_or_serving_substitute"
    """No goal, or one that does not name substitutes (or says "tjänstgörande ersättare")."""
    ANY_SUBSTITUTE = "member_or_substitute"
    """The goal says "ordinarie ledamot eller ersättare": a substitute present counts, serving or not."""


def rule_of(goal: Goal | None) -> Rule:
    return Rule.ANY_SUBSTITUTE if goal is not None and _ANY_SUBSTITUTE.search(fold(goal.wording)) else Rule.SERVING


class Presence(enum.Enum):
    REPRESENTED = "represented"
    ABSENT = "absent"
    SUBSTITUTE_ONLY = "substitute_only"
    UNCLEAR = "unclear"
    UNKNOWN = "unknown"


def same_party(organisation: str, party: str) -> bool:
    """Whether an attendee's organisation is the party, as the minutes spell it (`Karlshamns kommuns`)."""
    found, wanted = fold(organisation), fold(party)
    return found in (wanted, wanted + "s") or found.rstrip("s") == wanted.rstrip("s")


def presence(attendance: Sequence[dict[str, Any]], party: str, rule: Rule = Rule.SERVING) -> Presence:
    if not attendance:
        return Presence.UNKNOWN
    rows = [a for a in attendance if same_party(a["organisation"], party)]
    counted = SERVING if rule is Rule.SERVING else SERVING | {"ersättare"}
    if any(a["present"] is True and a["role"] in counted for a in rows):
        return Presence.REPRESENTED
    if any(a["present"] is None for a in rows):
        return Presence.UNCLEAR
    if any(a["present"] is True for a in rows):
        return Presence.SUBSTITUTE_ONLY
    return Presence.ABSENT


def representation(meetings: Iterable[MeetingRow], parties: Sequence[str], goals: Sequence[Goal]) -> list[RepresentationRow]:
    """One row per party, then one per quorum goal (at least N parties at every meeting); each
    counts by the rule its goal's wording gives."""
    held = list(meetings)

    def seen(party: str, rule: Rule) -> list[Presence]:
        return [presence(m.attendance, party, rule) for m in held]

    rows = []
    for party in parties:
        goal = next((g for g in goals if g.kind is GoalKind.PARTY and fold(g.party) == fold(party)), None)
        rows.append(_row(party, goal, seen(party, rule_of(goal)), len(held)))
    for goal in (g for g in goals if g.kind is GoalKind.QUORUM):
        each = [seen(party, rule_of(goal)) for party in parties]
        outcomes = []
        for index in range(len(held)):
            at = [presences[index] for presences in each]
            represented = sum(1 for p in at if p is Presence.REPRESENTED)
            if all(p is Presence.UNKNOWN for p in at):
                outcomes.append(Presence.UNKNOWN)
            elif represented >= goal.least:
                outcomes.append(Presence.REPRESENTED)
            elif represented + sum(1 for p in at if p is Presence.UNCLEAR) >= goal.least:
                outcomes.append(Presence.UNCLEAR)
            else:
                outcomes.append(Presence.ABSENT)
        rows.append(_row(None, goal, outcomes, len(held)))
    return rows


def _row(party: str | None, goal: Goal | None, seen: list[Presence], meetings: int) -> RepresentationRow:
    count = {kind: seen.count(kind) for kind in Presence}
    decided = meetings - count[Presence.UNKNOWN] - count[Presence.UNCLEAR]
    rate = round(100 * count[Presence.REPRESENTED] / decided, 1) if decided else None
    span = goal.span if goal else None
    return RepresentationRow(
        party=party, goal=goal.ident if goal else None, target=goal.target if goal else None, meetings=meetings,
        represented=count[Presence.REPRESENTED], unclear=count[Presence.UNCLEAR], unknown=count[Presence.UNKNOWN],
        rate=rate, met=None if span is None or rate is None else span.holds(rate),
        substitute_only=count[Presence.SUBSTITUTE_ONLY], rule=rule_of(goal).value,
    )
