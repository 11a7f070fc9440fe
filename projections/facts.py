"""Turns each stored event into facts: what it says about each entity it touches.

A fact is filed under the key of the entity it concerns (`decision:2025-7 §07:1`,
`plan:Karlskrona kommun/2026`, `followup:2025-7 §07:2`, `matter:2025-7 §13`). One event
can concern several entities. A relation says an entity's state depends on another's
facts too: a plan is adopted only while the adopting decision is in force.
"""

from __future__ import annotations

from typing import Any

import attrs

from domain.ids import DecisionId, ItemRef, MeetingId
from domain.meeting import Meeting
from domain.values import Due


def decision_key(decision: DecisionId) -> str:
    return f"decision:{decision.key}"


def meeting_facts_key(meeting: MeetingId) -> str:
    return f"meeting:{meeting.key}"


def matter_key(matter: ItemRef) -> str:
    return f"matter:{matter.key}"


def followup_key(source: DecisionId | ItemRef) -> str:
    return f"followup:{source.key}"


def plan_key(party: object, year: int) -> str:
    return f"plan:{party}/{year}"


@attrs.frozen
class Fact:
    key: str
    type: str
    data: dict[str, Any]


@attrs.frozen
class Facts:
    """What one event contributes: facts, relations between keys, and one line for traces."""

    facts: tuple[Fact, ...]
    relations: tuple[tuple[str, str], ...]
    event: str
    detail: str


def _due(due: Due) -> str:
    return str(due)


def _kr(amount: int) -> str:
    return f"{amount:,}".replace(",", " ") + " kr"


def facts_of(event: Meeting.Event, meeting: MeetingId) -> Facts | None:
    """The facts of one meeting event; None for the meeting's own record (kept elsewhere)."""
    match event:
        case Meeting.MotionPutForward(matter=matter, title=title):
            key = matter_key(matter)
            return Facts((Fact(key, "PutForward", {"matter": str(matter), "title": title}),), (), "put forward", f"{matter} {title}")
        case Meeting.MatterReturned(matter=matter, item=item, citing=citing):
            facts = [Fact(matter_key(matter), "Returned", {"item": str(item), "citing": _opt(citing)})]
            if citing is not None:
                facts.append(Fact(followup_key(citing), "Returned", {"item": str(item)}))
            detail = f"{matter} returns as {item}" + (f", citing {citing}" if citing else "")
            return Facts(tuple(facts), (), "returned", detail)
        case Meeting.DecisionTaken(decision=d, text=text, kind=kind, matter=matter, cites=cites):
            data = {
                "id": str(d),
                "sort": d.sort_key,
                "text": text,
                "kind": kind.value,
                "matter": _opt(matter),
                "cites": [str(c) for c in cites],
            }
            facts = [Fact(decision_key(d), "Taken", data)]
            if matter is not None:
                facts.append(Fact(matter_key(matter), "Decided", {"decision": str(d)}))
            facts += [Fact(decision_key(c), "Cited", {"by": str(d)}) for c in cites]
            return Facts(tuple(facts), (), "decided", f"{d} ({kind.value}): {text}")
        case Meeting.MatterReferredBack(matter=matter, by=by, returns=returns):
            key = followup_key(by)
            opened = {"kind": "referred_back", "source": str(by), "responsible": "styrelsen",
                      "subject": f"ärende {matter}", "due": _due(returns), "matter": str(matter)}
            facts = (
                Fact(matter_key(matter), "ReferredBack", {"by": str(by), "returns": _due(returns)}),
                Fact(key, "Opened", opened),
            )
            relations = ((key, decision_key(by)), (key, matter_key(matter)))
            return Facts(facts, relations, "referred back", f"{matter} by {by}, to return {_due(returns) or 'later'}")
        case Meeting.ItemDeferred(item=item, number=number, subject=subject, to=to):
            source = str(item) if item is not None else f"{meeting} deferred {number}"
            key = followup_key(item) if item is not None else f"followup:{meeting.key} deferred {number}"
            opened = {"kind": "deferred", "source": source, "responsible": "styrelsen",
                      "subject": subject, "due": _due(to), "matter": _opt(item)}
            facts: list[Fact] = [Fact(key, "Opened", opened)]
            relations: tuple[tuple[str, str], ...] = ()
            if item is not None:
                facts.append(Fact(matter_key(item), "Deferred", {"to": _due(to)}))
                relations = ((key, matter_key(item)),)
            return Facts(tuple(facts), relations, "deferred", f"{source}: {subject}, to {_due(to) or 'later'}")
        case Meeting.DecisionWithdrawn(decision=d, by=by, reason=reason):
            fact = Fact(decision_key(d), "Withdrawn", {"by": _opt(by), "reason": reason})
            return Facts((fact,), (), "withdrawn", f"{d}" + (f" by {by}" if by else "") + (f": {reason}" if reason else ""))
        case Meeting.DecisionRevoked(decision=d, by=by, superseded=superseded):
            kind = "Superseded" if superseded else "Revoked"
            fact = Fact(decision_key(d), kind, {"by": str(by)})
            return Facts((fact,), (), kind.lower(), f"{d} by {by}")
        case Meeting.PlanProposed(party=party, year=year, matter=matter):
            fact = Fact(plan_key(party, year), "Proposed", {"matter": str(matter)})
            also = Fact(matter_key(matter), "PlanProposed", {})
            return Facts((fact, also), (), "plan proposed", f"{party} {year}")
        case Meeting.PlanReferredBack(party=party, year=year, by=by):
            key = plan_key(party, year)
            return Facts((Fact(key, "ReferredBack", {"by": str(by)}),), ((key, decision_key(by)),), "plan referred back", f"{party} {year} by {by}")
        case Meeting.PlanAdopted(party=party, year=year, by=by):
            key = plan_key(party, year)
            facts = (Fact(key, "Adopted", {"by": str(by)}), Fact(decision_key(by), "Effect", {}))
            return Facts(facts, ((key, decision_key(by)),), "plan adopted", f"{party} {year} by {by}")
        case Meeting.GrantAwarded(party=party, year=year, amount_sek=amount, purpose=purpose, by=by):
            key = plan_key(party, year)
            facts = (Fact(key, "Granted", {"by": str(by), "amount_sek": amount}), Fact(decision_key(by), "Effect", {}))
            detail = f"{_kr(amount)} to {party} for {year}" + (f" ({purpose})" if purpose else "") + f" by {by}"
            return Facts(facts, ((key, decision_key(by)),), "grant", detail)
        case Meeting.ReportRequired(responsible=who, subject=subject, due=due, by=by):
            return _follow_up("report", str(who), subject, due, by, "report required")
        case Meeting.AssignmentGiven(responsible=who, subject=subject, due=due, by=by):
            return _follow_up("assignment", who, subject, due, by, "assignment given")
        case Meeting.FollowUpFulfilled(source=source, by=by, note=note):
            key = followup_key(source)
            fact = Fact(key, "Fulfilled", {"by": _opt(by), "note": note})
            relations = ((key, decision_key(by)),) if by is not None else ()
            detail = f"follow-up from {source}" + (f" by {by}" if by else "") + (f": {note}" if note else "")
            return Facts((fact,), relations, "fulfilled", detail)
        case Meeting.Sealed(by=names):
            fact = Fact(meeting_facts_key(meeting), "Sealed", {"by": list(names)})
            return Facts((fact,), (), "sealed", f"minutes of {meeting} justerade by {', '.join(names)}")
        case Meeting.Corrected():
            return corrected(event, meeting)
        case Meeting.AgreementTerminated(agreement=agreement, by=by):
            return Facts((Fact(decision_key(by), "Effect", {}),), (), "agreement terminated", f"{agreement} by {by}")
        case Meeting.DocumentAdopted(title=title, by=by):
            return Facts((Fact(decision_key(by), "Effect", {}),), (), "document adopted", f"{title} by {by}")
    return None


def corrected(event: Meeting.Corrected, meeting: MeetingId) -> Facts:
    """A rättelse: facts for each entity whose row it changes, and one for the trace."""
    field, value, previous, d = event.field, event.value, event.previous, event.decision
    detail = f"{field} of {d or meeting}: {_quote(previous)} → {_quote(value)}; reason: {event.reason}"
    if field == "void":
        detail = f"{d} was never taken; reason: {event.reason}"
    note = {"field": field, "value": value, "previous": previous, "reason": event.reason}
    if d is None:
        return Facts((Fact(meeting_facts_key(meeting), "DateCorrected", note),), (), "corrected", detail)
    facts = [Fact(decision_key(d), "Corrected", note)]
    relations: list[tuple[str, str]] = []
    if field == "text":
        facts.append(Fact(decision_key(d), "TextCorrected", {"text": value}))
    elif field == "void":
        facts.append(Fact(decision_key(d), "Voided", {}))
    elif field == "amount":
        facts.append(Fact(plan_key(event.party, event.year or 0), "GrantCorrected", {"by": str(d), "amount_sek": int(value)}))
    elif field == "due":
        facts.append(Fact(followup_key(d), "DueCorrected", {"due": value}))
    elif field == "party":
        facts.append(Fact(followup_key(d), "ResponsibleCorrected", {"responsible": value}))
        if event.year is not None:
            old, new = plan_key(previous, event.year), plan_key(value, event.year)
            facts.append(Fact(old, "MovedAway", {"by": str(d)}))
            facts.append(Fact(new, "MovedHere", {"by": str(d), "from": old}))
            relations += [(new, old), (new, decision_key(d))]
    return Facts(tuple(facts), tuple(relations), "corrected", detail)


def _quote(text: str) -> str:
    short = text if len(text) <= 60 else text[:59] + "…"
    return f"'{short}'"


def _follow_up(kind: str, who: str, subject: str, due: Due, by: DecisionId, label: str) -> Facts:
    key = followup_key(by)
    opened = {"kind": kind, "source": str(by), "responsible": who, "subject": subject, "due": _due(due), "matter": None}
    facts = (Fact(key, "Opened", opened), Fact(decision_key(by), "Effect", {}))
    detail = f"{who}: {subject}" + (f", due {_due(due)}" if _due(due) else "")
    return Facts(facts, ((key, decision_key(by)),), label, detail)


def _opt(value: object | None) -> str | None:
    return None if value is None else str(value)
