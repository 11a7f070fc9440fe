"""Money granted against money spent: each project of an annual report beside the grants the
register holds for it.

A grant is the project's when its purpose or its decision's text names the project (case,
diacritics and spacing aside), or when the secretary pinned the decision to the project.
Grants of the year that no reported project claims are listed too: granted, but not reported.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from domain.board import ReportedOutcome
from domain.ids import DecisionId
from domain.values import fold
from projections.rows import GrantRow, OutcomeRow


def names(project: str, text: str) -> bool:
    """Whether `text` names the project as a whole word or phrase."""
    return re.search(rf"(?<!\w){re.escape(fold(project))}(?!\w)", fold(text)) is not None


def outcomes(year: int, reported: Sequence[ReportedOutcome], grants: Sequence[GrantRow],
             texts: Mapping[str, str], pinned: Mapping[str, Sequence[DecisionId]]) -> list[OutcomeRow]:
    """`grants`: the register's grants for `year` in force; `texts`: decision id → its text;
    `pinned`: folded project name → decisions the secretary matched to it."""
    claimed: set[int] = set()
    rows = []
    for outcome in reported:
        pins = {d.key for d in pinned.get(fold(outcome.project), [])}
        mine = [i for i, g in enumerate(grants)
                if DecisionId.parse(g.decision).key in pins or names(outcome.project, g.purpose)
                or names(outcome.project, texts.get(g.decision, ""))]
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
                project=grant.purpose or grant.party, year=year, granted_register=grant.amount_sek, granted_report=None,
                outcome=None, difference=None, used=None, decisions=[grant.decision], remark="granted but not in the report",
            ))
    return rows


def _remark(granted: int | None, stated: int) -> str | None:
    if granted is None:
        return "no grant decision in the register"
    if granted == stated:
        return None
    more = "more" if granted > stated else "less"
    return f"the register grants {abs(granted - stated):,} kr {more} than the report states".replace(",", " ")
