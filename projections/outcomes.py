"""Money granted against money spent: each project of an annual report beside the grants the
register holds for it.

A grant is the project's when its purpose or its decision's text names the project (case,
diacritics and spacing aside), or when the secretary pinned the decision to the project.
Grants of the year that no reported project claims are listed too: granted, but not reported.
A project whose only grants are of other years is counted in none, and said so (`other_year_grants`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import attrs

from domain.board import ReportedOutcome
from domain.ids import DecisionId
from domain.values import fold
from projections.rows import GrantRow, OutcomeRow


def names(project: str, text: str) -> bool:
    """Whether `text` names the project as a whole word or phrase."""
    return re.search(rf"(?<!\w){re.escape(fold(project))}(?!\w)", fold(text)) is not None


def is_for(project: str, grant: GrantRow, texts: Mapping[str, str], pinned: Mapping[str, Sequence[DecisionId]]) -> bool:
    """Whether the grant is the project's: pinned to it, or naming it in its purpose or its decision's text."""
    pins = {d.key for d in pinned.get(fold(project), [])}
    return (DecisionId.parse(grant.decision).key in pins or names(project, grant.purpose)
            or names(project, texts.get(grant.decision, "")))


def outcomes(year: int, reported: Sequence[ReportedOutcome], grants: Sequence[GrantRow],
             texts: Mapping[str, str], pinned: Mapping[str, Sequence[DecisionId]]) -> list[OutcomeRow]:
    """`grants`: the register's grants for `year` in force; `texts`: decision id → its text;
    `pinned`: folded project name → decisions the secretary matched to it."""
    claimed: set[int] = set()
    rows = []
    for outcome in reported:
        mine = [i for i, g in enumerate(grants) if is_for(outcome.project, g, texts, pinned)]
        claimed.update(mine)
        granted = sum(grants[i].amount_sek for i in mine) if mine else None
        rows.append(OutcomeRow(
            project=outcome.project, year=year, granted_register=granted, granted_report=outcome.frame,
            outcome=outcome.outcome, difference=outcome.difference,
            used=round(100 * outcome.outcome / outcome.frame, 1) if outcome.frame else None,
            decisions=list(dict.fromkeys(grants[i].decision for i in mine)), remark=_remark(granted, outcome.frame),
        ))
    for i, grant in enumerate(grants):
        if i not in claimed:
            rows.append(OutcomeRow(
                project=grant.purpose or grant.party or "", year=year, granted_register=grant.amount_sek, granted_report=None,
                outcome=None, difference=None, used=None, decisions=[grant.decision], remark="granted but not in the report",
            ))
    return rows


@attrs.frozen
class OtherYearGrants:
    """A reported project that no grant of the report's year is for, beside grants of other years
    that are (pinned to it, or naming it): they count in no outcome of `year`."""

    project: str
    year: int
    line: int
    """The project's row in the report."""
    grants: tuple[GrantRow, ...]


def other_year_grants(year: int, reported: Sequence[ReportedOutcome], grants: Sequence[GrantRow],
                      texts: Mapping[str, str], pinned: Mapping[str, Sequence[DecisionId]]) -> list[OtherYearGrants]:
    """`grants`: the register's grants in force, of every year; the rest as for `outcomes`."""
    found = []
    for outcome in reported:
        theirs = [g for g in grants if is_for(outcome.project, g, texts, pinned)]
        if theirs and all(g.year != year for g in theirs):
            found.append(OtherYearGrants(outcome.project, year, outcome.line, tuple(theirs)))
    return found


@attrs.frozen
class PinnedToAnotherYear:
    """A reported project the secretary pinned to a decision whose money is all for other years
    (while other grants are the project's for `year`): the pin counts in no outcome of `year`."""

    project: str
    year: int
    line: int
    decision: str
    years: tuple[int, ...]
    """The years the decision grants money for."""


def pinned_to_other_years(year: int, reported: Sequence[ReportedOutcome], grants: Sequence[GrantRow],
                          pinned: Mapping[str, Sequence[DecisionId]], only: Sequence[OtherYearGrants] = ()) -> list[PinnedToAnotherYear]:
    """`grants`: the register's grants in force, of every year; `only`: the projects already said to
    have grants of other years only (said once, not twice)."""
    said = {fold(o.project) for o in only}
    found = []
    for outcome in reported:
        if fold(outcome.project) in said:
            continue
        for decision in pinned.get(fold(outcome.project), []):
            years = sorted({g.year for g in grants if DecisionId.parse(g.decision).key == decision.key})
            if years and year not in years:
                found.append(PinnedToAnotherYear(outcome.project, year, outcome.line, str(decision), tuple(years)))
    return found


def total(rows: Sequence[OutcomeRow], year: int) -> OutcomeRow:
    """The sum row: every project's figures added up (granted but unreported grants in the register's column)."""

    def added(values: list[int | None]) -> int | None:
        known = [v for v in values if v is not None]
        return sum(known) if known else None

    granted, stated = added([r.granted_register for r in rows]), added([r.granted_report for r in rows])
    spent = added([r.outcome for r in rows])
    return OutcomeRow(
        project="(sum)", year=year, granted_register=granted, granted_report=stated, outcome=spent,
        difference=added([r.difference for r in rows]),
        used=round(100 * spent / stated, 1) if spent is not None and stated else None, decisions=[],
        remark=None if granted is None or stated is None else _remark(granted, stated),
    )


def _remark(granted: int | None, stated: int) -> str | None:
    if granted is None:
        return "no grant decision in the register"
    if granted == stated:
        return None
    more = "more" if granted > stated else "less"
    return f"the register grants {abs(granted - stated):,} kr {more} than the report states".replace(",", " ")
