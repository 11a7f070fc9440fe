"""The desk's controls posted, read back into the review they were shown from (#26): each value read
by the review file's own readers (`review_values`), so a control refuses what the file's field
would, and the review written again by `review.retold`. A refusal is put beside its control."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
from werkzeug.datastructures import MultiDict

from domain.errors import RegisterError
from domain.values import DecisionKind
from register.minutes import proposal as p
from register.minutes import review_values as v
from register.minutes.review import ReviewError, opening_of, retold
from register.minutes.reviewed import Reviewed, locate
from register.web.review_controls import ON_A_DATE, named


class ControlRefused(Exception):
    """Raised when a control holds what its field of the review may not: which control, and why."""

    def __init__(self, control: str, error: ReviewError) -> None:
        super().__init__(f"{control}: {error}")
        self.control, self.error = control, error


def edited(base: Reviewed, posted: MultiDict[str, str]) -> p.Proposal:
    """`base`'s plan with what each of its controls says now."""
    plan = base.plan
    decisions = tuple(_decision(i, d, posted, plan) for i, d in enumerate(plan.decisions))
    items = tuple(attrs.evolve(item, settles=_links(named("paragraf", k, "lankar"), item.settles, posted))
                  for k, item in enumerate(plan.items))
    return attrs.evolve(plan, decisions=decisions, items=items)


def rewritten(base_text: str, base: Reviewed, plan: p.Proposal, doubts: tuple[tuple[int, str], ...]) -> str:
    """The review file of `plan`: `base_text`'s opening comments, each doubt beside what it concerns."""
    said = tuple(p.Doubt(line, what) for line, what in doubts)
    return retold(attrs.evolve(plan, to_review=said), opening_of(base_text), base.reviewed_by, base.proposed_on)


def control_of(error: RegisterError, review: str, plan: p.Proposal) -> str | None:
    """The control beside which a refusal of the review `review` (written from `plan`) is said:
    the field's where the desk has one, else the decision's or the §'s; None for the rest."""
    if not isinstance(error, ReviewError) or error.line is None:
        return None
    there = [where for where, line in locate(review).items() if line == error.line]
    at = next((where for where in there if where[2]), there[0] if there else None)  # a key's line, else its table's
    if at is None:
        return None
    table, index, key = at
    if table == "decision" and index < len(plan.decisions):
        field = {"kind": "slag", "follow_up": "uppfoljning", "grants": "anslag", "settles": "lankar"}.get(key)
        return named("beslut", index, field) if field else named("beslut", index)
    if table == "item" and index < len(plan.items):
        return named("paragraf", index, "lankar") if key == "settles" else named("paragraf", index)
    return None


def _decision(i: int, d: p.Decision, posted: MultiDict[str, str], plan: p.Proposal) -> p.Decision:
    name = lambda *parts: named("beslut", i, *parts)  # noqa: E731
    kind = _read(name("slag"), lambda x: DecisionKind.parse(v.text(x)), posted.get(name("slag")), d.kind)
    follow_up = d.follow_up
    if posted.get(name("uppfoljning")) is not None:  # "": none
        table = _follow_up_table(name, posted, d.follow_up)
        follow_up = None if table is None else _read(name("uppfoljning"), lambda x: v.follow_up(_dated(x), plan.held_on), table, None)
    grants = d.grants
    if d.grants:
        grants = _read(name("anslag"), v.grants, [_grant_table(name, j, g, posted) for j, g in enumerate(d.grants)], d.grants)
    return attrs.evolve(d, kind=kind, follow_up=follow_up, grants=grants, settles=_links(name("lankar"), d.settles, posted))


def _follow_up_table(name: Callable[..., str], posted: MultiDict[str, str], read: p.FollowUp | None) -> dict[str, Any] | None:
    """The follow-up as the review writes it (`{kind = …, responsible = […], subject = …, due = …}`)."""
    kind = posted.get(name("uppfoljning"), "")
    if not kind:
        return None
    when = posted.get(name("tid"), "none")
    due = (posted.get(name("datum"), "").strip() or ON_A_DATE) if when == ON_A_DATE else when
    responsible = [who.strip() for who in str(posted.get(name("ansvariga"), "")).split(",") if who.strip()]
    return {"kind": kind, "responsible": responsible, "subject": posted.get(name("amne"), read.subject if read else ""),
            "due": due or "none"}


def _dated(table: dict[str, Any]) -> dict[str, Any]:
    """The follow-up table, refused when "ett datum" was chosen and no date given: not silently no due."""
    if table["due"] == ON_A_DATE:
        raise v.Unreadable(v.Wanting.DUE_DAY)
    return table


def _grant_table(name: Callable[..., str], j: int, grant: p.Grant, posted: MultiDict[str, str]) -> dict[str, Any]:
    """A grant as the review writes it; a year or an amount is read as the file would hold it typed."""
    whose = {"project": grant.project} if grant.project else {"party": posted.get(name("anslag", j, "part"), "")}
    return {**whose, "year": _whole(posted.get(name("anslag", j, "ar"), str(grant.year))),
            "amount_sek": _whole(posted.get(name("anslag", j, "belopp"), str(grant.amount_sek))), "purpose": grant.purpose}


def _links(control: str, settles: tuple[p.Settled, ...], posted: MultiDict[str, str]) -> tuple[p.Settled, ...]:
    """The links chosen: those kept as they were (how each was read), the new as the file's bare source."""
    chosen = [source.strip() for source in posted.getlist(control) if source.strip()]
    kept = tuple(s for s in settles if str(s.source) in chosen)
    new = [source for source in dict.fromkeys(chosen) if source not in {str(s.source) for s in kept}]
    return kept + _read(control, v.settled, new, ())


def _whole(typed: str) -> int | str:
    """A number typed in a field as TOML would hold it: an integer, or else the text, which the reader refuses."""
    text = str(typed).strip()
    return int(text) if text.isdigit() else text


def _read(control: str, read: Callable[[Any], Any], value: Any, kept: Any) -> Any:
    """`value` read as the review's field is, by `read`; `kept` when the form has no such control."""
    if value is None:
        return kept
    try:
        return read(value)
    except RegisterError as error:
        cause = error
        while isinstance(cause, v.InField):  # said beside the control, which names the field itself
            cause = cause.cause
        raise ControlRefused(control, ReviewError("the desk", str(cause), cause=cause)) from None
