"""Turns each stored event into facts: what it says about each entity it touches.

A fact is filed under the key of the entity it concerns (`decision:2025-7 §07:1`,
`plan:Karlskrona kommun/2026`, `followup:2025-7 §07:2`, `matter:2025-7 §13`). One event
can concern several entities. A relation says an entity's state depends on another's
facts too: a plan is adopted only while the adopting decision is in force.
"""

from __future__ import annotations

import functools
from typing import Any

import attrs

from domain import events as e
from domain.ids import DecisionId, DeferralRef, FollowUpSource, ItemRef, MeetingId
from domain.values import Due
from projections.kinds import PREFIX, PROJECT, Entity, FactType as F
from projections.lines import Happened as H, line


_DECISION, _MEETING, _MATTER, _FOLLOWUP, _PLAN = (
    PREFIX[Entity.DECISION], PREFIX[Entity.MEETING], PREFIX[Entity.MATTER], PREFIX[Entity.FOLLOWUP], PREFIX[Entity.PLAN])


def decision_key(decision: DecisionId) -> str:
    return _DECISION + decision.key


def meeting_facts_key(meeting: MeetingId) -> str:
    return _MEETING + meeting.key


def matter_key(matter: ItemRef) -> str:
    return _MATTER + matter.key


def followup_key(source: FollowUpSource) -> str:
    return _FOLLOWUP + source.key


def plan_key(party: object, year: int) -> str:
    return f"{_PLAN}{party}/{year}"


def grant_key(party: object | None, project: str, year: int) -> str:
    """The plan entity a grant is filed under: its party's plan for the year, or its project's."""
    return plan_key(PROJECT + project if party is None else party, year)


@attrs.frozen
class Fact:
    key: str
    type: F
    data: dict[str, Any]


@attrs.frozen
class Facts:
    """What one event contributes: facts, relations between keys, and one line for traces
    (`projections/lines.py`: its event, roles and values, rendered only when shown)."""

    facts: tuple[Fact, ...]
    relations: tuple[tuple[str, str], ...]
    line: dict[str, Any]

    @property
    def event(self) -> str:
        return str(self.line["event"])


def _due(due: Due) -> str:
    return str(due)


@functools.singledispatch
def facts_of(event: object, meeting: MeetingId) -> Facts | None:
    """The facts of one meeting event; None for the meeting's own record (kept elsewhere)."""
    return None


@facts_of.register
def _put_forward(event: e.MotionPutForward, meeting: MeetingId) -> Facts:
    fact = Fact(matter_key(event.matter), F.PUT_FORWARD, {"matter": str(event.matter), "title": event.title})
    return Facts((fact,), (), line(H.PUT_FORWARD, matter=event.matter, title=event.title))


@facts_of.register
def _returned(event: e.MatterReturned, meeting: MeetingId) -> Facts:
    matter, item, citing = event.matter, event.item, event.citing
    facts = [Fact(matter_key(matter), F.RETURNED, {"item": str(item), "citing": _opt(citing)}),
             Fact(matter_key(item), F.CONTINUES, {"matter": str(matter)})]
    if citing is not None:
        facts.append(Fact(followup_key(citing), F.RETURNED, {"item": str(item)}))
    return Facts(tuple(facts), (), line(H.RETURNED, matter=matter, item=item, citing=citing))


@facts_of.register
def _decided(event: e.DecisionTaken, meeting: MeetingId) -> Facts:
    d = event.decision
    data = {
        "id": str(d),
        "sort": d.sort_key,
        "text": event.text,
        "kind": event.kind.value,
        "matter": _opt(event.matter),
        "cites": [str(c) for c in event.cites],
    }
    facts = [Fact(decision_key(d), F.TAKEN, data)]
    if event.matter is not None:
        facts.append(Fact(matter_key(event.matter), F.DECIDED, {"decision": str(d)}))
    facts += [Fact(decision_key(c), F.CITED, {"by": str(d)}) for c in event.cites]
    return Facts(tuple(facts), (), line(H.DECIDED, decision=d, kind=event.kind.value, text=event.text))


_THE_BOARD = "styrelsen"
"""Who a referral back or a deferral waits for where the minutes name nobody: the board's own matter."""


@facts_of.register
def _referred_back(event: e.MatterReferredBack, meeting: MeetingId) -> Facts:
    matter, by, returns = event.matter, event.by, _due(event.returns)
    key = followup_key(by)
    opened = {"kind": "referred_back", "source": str(by), "responsible": event.responsible or _THE_BOARD,
              "subject": f"ärende {matter}", "due": returns, "matter": str(matter)}
    facts = (Fact(matter_key(matter), F.REFERRED_BACK, {"by": str(by), "returns": returns}), Fact(key, F.OPENED, opened))
    relations = ((key, decision_key(by)), (key, matter_key(matter)))
    return Facts(facts, relations, line(H.REFERRED_BACK, matter=matter, by=by, returns=returns,
                                        responsible=event.responsible or None))


@facts_of.register
def _deferred(event: e.ItemDeferred, meeting: MeetingId) -> Facts:
    item, to = event.item, _due(event.to)
    source = item if item is not None else DeferralRef(meeting, event.number)
    key = followup_key(source)
    opened = {"kind": "deferred", "source": str(source), "responsible": event.responsible or _THE_BOARD,
              "subject": event.subject, "due": to, "matter": _opt(item)}
    facts = [Fact(key, F.OPENED, opened)]
    relations: tuple[tuple[str, str], ...] = ()
    if item is not None:
        facts.append(Fact(matter_key(item), F.DEFERRED, {"to": to}))
        relations = ((key, matter_key(item)),)
    return Facts(tuple(facts), relations, line(H.DEFERRED, source=source, subject=event.subject, to=to, matter=item,
                                               responsible=event.responsible or None))


@facts_of.register
def _withdrawn(event: e.DecisionWithdrawn, meeting: MeetingId) -> Facts:
    d, by, reason = event.decision, event.by, event.reason
    fact = Fact(decision_key(d), F.WITHDRAWN, {"by": _opt(by), "reason": reason})
    return Facts((fact,), (), line(H.WITHDRAWN, decision=d, by=by, reason=reason or None))


@facts_of.register
def _revoked(event: e.DecisionRevoked, meeting: MeetingId) -> Facts:
    ended = F.SUPERSEDED if event.superseded else F.REVOKED
    fact = Fact(decision_key(event.decision), ended, {"by": str(event.by)})
    happened = H.SUPERSEDED if event.superseded else H.REVOKED
    return Facts((fact,), (), line(happened, decision=event.decision, by=event.by))


@facts_of.register
def _plan_proposed(event: e.PlanProposed, meeting: MeetingId) -> Facts:
    fact = Fact(plan_key(event.party, event.year), F.PROPOSED, {"matter": str(event.matter)})
    also = Fact(matter_key(event.matter), F.PLAN_PROPOSED, {})
    return Facts((fact, also), (), line(H.PLAN_PROPOSED, party=event.party, year=event.year, matter=event.matter))


@facts_of.register
def _plan_referred_back(event: e.PlanReferredBack, meeting: MeetingId) -> Facts:
    key = plan_key(event.party, event.year)
    fact = Fact(key, F.REFERRED_BACK, {"by": str(event.by)})
    return Facts((fact,), ((key, decision_key(event.by)),), line(H.PLAN_REFERRED_BACK, party=event.party, year=event.year, by=event.by))


@facts_of.register
def _plan_adopted(event: e.PlanAdopted, meeting: MeetingId) -> Facts:
    key, by = plan_key(event.party, event.year), event.by
    facts = (Fact(key, F.ADOPTED, {"by": str(by)}), Fact(decision_key(by), F.EFFECT, {}))
    return Facts(facts, ((key, decision_key(by)),), line(H.PLAN_ADOPTED, party=event.party, year=event.year, by=by))


@facts_of.register
def _granted(event: e.GrantAwarded, meeting: MeetingId) -> Facts:
    key, by, amount = grant_key(event.party, event.project, event.year), event.by, event.amount_sek
    granted = {"by": str(by), "amount_sek": amount, "purpose": event.purpose}
    # The decision keeps what it granted, so a later meeting's correction can name what it replaces.
    effect: dict[str, Any] = {"grant": [_opt(event.party), event.year, amount]}
    if event.project:
        effect["project"] = event.project
    facts = (Fact(key, F.GRANTED, granted), Fact(decision_key(by), F.EFFECT, effect))
    said = line(H.GRANTED, amount=amount, party=event.party or event.project, year=event.year, purpose=event.purpose or None, by=by)
    return Facts(facts, ((key, decision_key(by)),), said)


@facts_of.register
def _report_required(event: e.ReportRequired, meeting: MeetingId) -> Facts:
    owed = event.owed_by or joint_names([event.responsible, *event.also])
    return _follow_up("report", owed, event.subject, event.due, event.by, H.REPORT_REQUIRED)


def joint_names(parties: list[object]) -> str:
    """`Region Blekinge och Karlskrona kommun`: who owes a report, as the minutes would say it."""
    names = [str(p) for p in parties]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " och " + names[-1]


@facts_of.register
def _assignment_given(event: e.AssignmentGiven, meeting: MeetingId) -> Facts:
    return _follow_up("assignment", event.responsible, event.subject, event.due, event.by, H.ASSIGNMENT_GIVEN)


@facts_of.register
def _fulfilled(event: e.FollowUpFulfilled, meeting: MeetingId) -> Facts:
    key, by, note = followup_key(event.source), event.by, event.note
    fact = Fact(key, F.FULFILLED, {"by": _opt(by), "note": note})
    relations = ((key, decision_key(by)),) if by is not None else ()
    # A deferral is settled when its item comes back; a report or assignment is fulfilled.
    happened = H.FULFILLED if isinstance(event.source, DecisionId) else H.SETTLED
    return Facts((fact,), relations, line(happened, source=event.source, by=by, note=note or None))


@facts_of.register
def _written_off(event: e.FollowUpWrittenOff, meeting: MeetingId) -> Facts:
    key, by = followup_key(event.source), event.by
    on = event.on.isoformat() if event.on else None
    facts = [Fact(key, F.WRITTEN_OFF, {"by": _opt(by), "reason": event.reason, "actor": event.actor, "on": on})]
    if by is not None:
        facts.append(Fact(decision_key(by), F.EFFECT, {}))
    # Written off by a decision, it is open again should that decision end, as a fulfilment is.
    relations = ((key, decision_key(by)),) if by is not None else ()
    said = line(H.WRITTEN_OFF, source=event.source, by=by, actor=None if by else event.actor, reason=event.reason)
    return Facts(tuple(facts), relations, said)


@facts_of.register
def _vote(event: e.VoteRecorded, meeting: MeetingId) -> Facts:
    counts = {"for": event.in_favour, "against": event.against, "abstained": event.abstained}
    said = line(H.VOTED, decision=event.decision, in_favour=event.in_favour, against=event.against, abstained=event.abstained)
    return Facts((Fact(decision_key(event.decision), F.VOTED, counts),), (), said)


@facts_of.register
def _reservation(event: e.ReservationRecorded, meeting: MeetingId) -> Facts:
    return _person_on(event.decision, F.RESERVED, event.name, event.party, H.RESERVED)


@facts_of.register
def _recusal(event: e.RecusalRecorded, meeting: MeetingId) -> Facts:
    return _person_on(event.decision, F.RECUSED, event.name, event.party, H.RECUSED)


def _person_on(decision: DecisionId, type_: F, name: str, party: str, happened: H) -> Facts:
    fact = Fact(decision_key(decision), type_, {"name": name, "party": party})
    return Facts((fact,), (), line(happened, name=name, party=party or None, decision=decision))


@facts_of.register
def _reviewed(event: e.Reviewed, meeting: MeetingId) -> Facts:
    fact = Fact(meeting_facts_key(meeting), F.REVIEWED, {"by": event.by, "changes": list(event.changes)})
    return Facts((fact,), (), line(H.REVIEWED, meeting=meeting, reviewer=event.by, changes=list(event.changes)))


@facts_of.register
def _decision_reviewed(event: e.DecisionReviewed, meeting: MeetingId) -> Facts:
    data = {"by": event.by, "added": event.added, "changes": list(event.changes)}
    fact = Fact(decision_key(event.decision), F.REVIEW_CHANGED, data)
    if event.added:
        return Facts((fact,), (), line(H.ADDED_IN_REVIEW, decision=event.decision, reviewer=event.by))
    return Facts((fact,), (), line(H.CHANGED_IN_REVIEW, decision=event.decision, reviewer=event.by,
                                   changes=list(event.changes)))


@facts_of.register
def _item_sealed(event: e.ItemSealed, meeting: MeetingId) -> Facts:
    fact = Fact(matter_key(event.item), F.SEALED_AT_ONCE, {})
    return Facts((fact,), (), line(H.SEALED_AT_ONCE, item=event.item))


@facts_of.register
def _sealed(event: e.Sealed, meeting: MeetingId) -> Facts:
    on = event.on.isoformat() if event.on else None
    fact = Fact(meeting_facts_key(meeting), F.SEALED, {"by": list(event.by), "on": on, "stated": event.stated})
    return Facts((fact,), (), line(H.SEALED, meeting=meeting, justerare=list(event.by) or None, on=on))


@facts_of.register
def _filed(event: e.ItemFiled, meeting: MeetingId) -> Facts:
    data = {"diary_number": event.diary_number, "basis": list(event.basis), "sent_to": list(event.sent_to)}
    # The trace names only the number: what the decision was based on and whom it went to are
    # shown with the decision, where publication decides on them.
    return Facts((Fact(matter_key(event.item), F.FILED, data),), (),
                 line(H.FILED, item=event.item, diary_number=event.diary_number or None))


@facts_of.register
def _notice(event: e.NoticePosted, meeting: MeetingId) -> Facts:
    posted, removed = (day.isoformat() if day else None for day in (event.posted, event.removed))
    fact = Fact(meeting_facts_key(meeting), F.NOTICE, {"posted": posted, "removed": removed, "kept_at": event.kept_at})
    return Facts((fact,), (), line(H.NOTICE_POSTED, meeting=meeting, posted=posted, removed=removed, kept_at=event.kept_at or None))


@facts_of.register
def _secretary(event: e.SecretaryNamed, meeting: MeetingId) -> Facts:
    fact = Fact(meeting_facts_key(meeting), F.SECRETARY, {"name": event.name})
    return Facts((fact,), (), line(H.SECRETARY_NAMED, meeting=meeting, name=event.name))


@facts_of.register
def _agreement_terminated(event: e.AgreementTerminated, meeting: MeetingId) -> Facts:
    return Facts((Fact(decision_key(event.by), F.EFFECT, {}),), (), line(H.AGREEMENT_TERMINATED, agreement=event.agreement, by=event.by))


@facts_of.register
def _document_adopted(event: e.DocumentAdopted, meeting: MeetingId) -> Facts:
    return Facts((Fact(decision_key(event.by), F.EFFECT, {}),), (), line(H.DOCUMENT_ADOPTED, title=event.title, by=event.by))


@facts_of.register
def _withheld(event: e.PublicationWithheld, meeting: MeetingId) -> Facts:
    data = {"ref": str(event.ref), "reason": event.reason}
    # What is withheld is read from the events (register/withholdings.py); this fact is for the trace.
    facts = (Fact(_own_key(event.ref), F.WITHHELD, data),)
    return Facts(facts, (), line(H.WITHHELD, ref=event.ref, reason=event.reason))


@facts_of.register
def _published(event: e.PublicationRestored, meeting: MeetingId) -> Facts:
    data = {"ref": str(event.ref)}
    facts = (Fact(_own_key(event.ref), F.PUBLISHED, data),)
    return Facts(facts, (), line(H.PUBLISHED, ref=event.ref))


def _own_key(ref: FollowUpSource) -> str:
    if isinstance(ref, DeferralRef):
        return followup_key(ref)  # a deferral under no heading is known by its follow-up alone
    return decision_key(ref) if isinstance(ref, DecisionId) else matter_key(ref)


@facts_of.register
def corrected(event: e.Corrected, meeting: MeetingId) -> Facts:
    """A rättelse: facts for each entity whose row it changes, and one for the trace."""
    field, value, previous, d = event.field, event.value, event.previous, event.decision
    said = line(H.CORRECTED, field=field, target=d or meeting, by=event.by, reason=event.reason or None,
                **({} if field == "void" else {"previous": previous, "value": value}))
    # `by`: the decision that corrected it, which the corrected decision's row names beside the value.
    note = {"field": field, "value": value, "previous": previous, "reason": event.reason, "by": _opt(event.by)}
    if d is None:
        return Facts((Fact(meeting_facts_key(meeting), F.DATE_CORRECTED, note),), (), said)
    facts = [Fact(decision_key(d), F.CORRECTED, note)]
    if event.by is not None:
        facts.append(Fact(decision_key(event.by), F.EFFECT, {}))
    relations: list[tuple[str, str]] = []
    if field == "text":
        facts.append(Fact(decision_key(d), F.TEXT_CORRECTED, {"text": value}))
    elif field == "void":
        facts.append(Fact(decision_key(d), F.VOIDED, {}))
    elif field == "amount":
        facts.append(Fact(grant_key(event.party, event.project, event.year or 0), F.GRANT_CORRECTED,
                          {"by": str(d), "amount_sek": int(value), "previous": int(previous), "corrected_by": _opt(event.by),
                           "reason": event.reason}))
    elif field == "due":
        facts.append(Fact(followup_key(d), F.DUE_CORRECTED, {"due": value}))
    elif field == "party":
        facts.append(Fact(followup_key(d), F.RESPONSIBLE_CORRECTED, {"responsible": value}))
        if event.year is not None:
            old, new = plan_key(previous, event.year), plan_key(value, event.year)
            facts.append(Fact(old, F.MOVED_AWAY, {"by": str(d)}))
            facts.append(Fact(new, F.MOVED_HERE, {"by": str(d), "from": old}))
            relations += [(new, old), (new, decision_key(d))]
    return Facts(tuple(facts), tuple(relations), said)


def _follow_up(kind: str, who: str, subject: str, due: Due, by: DecisionId, happened: H) -> Facts:
    key = followup_key(by)
    opened = {"kind": kind, "source": str(by), "responsible": who, "subject": subject, "due": _due(due), "matter": None}
    facts = (Fact(key, F.OPENED, opened), Fact(decision_key(by), F.EFFECT, {}))
    # The follow-up is known by the decision that created it: both name it for publication.
    said = line(happened, responsible=who, subject=subject, due=_due(due) or None, by=by, source=by)
    return Facts(facts, ((key, decision_key(by)),), said)


def _opt(value: object | None) -> str | None:
    return None if value is None else str(value)
