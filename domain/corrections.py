"""Rättelse: what a correction may change, checked against what the meeting recorded.

A correction never edits an event. It is a new event on the meeting whose record it
corrects, naming the field, the value it replaces and the reason; views apply it from the
meeting date on, and views as recorded before it still show the original.
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from domain.errors import CorrectionRefused, UnknownDecision, Unfit
from domain.ids import DecisionId, MeetingId
from domain.values import Due, Party, check_meeting_date, parse_date, parse_kronor


class CorrectedField(enum.Enum):
    TEXT = "text"
    AMOUNT = "amount"
    PARTY = "party"
    DUE = "due"
    DATE = "date"
    VOID = "void"
    """The decision was recorded but never taken."""


@attrs.define
class MeetingRecord:
    """What a meeting has recorded so far, as far as corrections need to know it."""

    held_on: dt.date
    texts: dict[DecisionId, str] = attrs.Factory(dict)
    grants: dict[DecisionId, list[tuple[Party | None, int, int]]] = attrs.Factory(dict)
    """Per granting decision: (party, year, amount) of each grant; party None for a project's."""
    projects: dict[DecisionId, str] = attrs.Factory(dict)
    """Per decision that granted a project (no party's) money: the project."""
    plans: dict[DecisionId, list[tuple[Party, int]]] = attrs.Factory(dict)
    reports: dict[DecisionId, tuple[Party | None, Due]] = attrs.Factory(dict)
    """None for a report owed by a body that is no party, which no party correction moves."""
    dues: dict[DecisionId, Due] = attrs.Factory(dict)
    voided: set[DecisionId] = attrs.Factory(set)


@attrs.frozen
class Correction:
    """A checked correction, ready to become a `Meeting.Corrected` event."""

    decision: DecisionId | None
    field: CorrectedField
    value: str
    previous: str
    party: Party | None = None
    year: int | None = None
    project: str = ""
    """The project whose grant's amount is corrected, where the grant is no party's."""


def check_correction(record: MeetingRecord, decision: DecisionId | None, field: CorrectedField, value: str,
                     meeting: MeetingId | None = None) -> Correction:
    """Checks that `field` of `decision` (or of the meeting) can take `value`; names what it replaces."""
    if field is CorrectedField.DATE:
        new = parse_date(value)
        if new == record.held_on:
            raise CorrectionRefused(Unfit.DATE_UNCHANGED, None, new)
        if meeting is not None:
            check_meeting_date(meeting, new)
        return Correction(None, field, new.isoformat(), record.held_on.isoformat())
    if decision is None or decision not in record.texts:
        raise UnknownDecision(f"decision {decision} is not recorded at this meeting")
    if decision in record.voided:
        raise CorrectionRefused(Unfit.VOIDED, decision)
    match field:
        case CorrectedField.TEXT:
            if not value.strip() or value.strip() == record.texts[decision]:
                raise CorrectionRefused(Unfit.TEXT_UNCHANGED, decision)
            return Correction(decision, field, value.strip(), record.texts[decision])
        case CorrectedField.VOID:
            return Correction(decision, field, "", record.texts[decision])
        case CorrectedField.AMOUNT:
            grants = record.grants.get(decision, [])
            if len(grants) != 1:
                raise CorrectionRefused(Unfit.NOT_ONE_GRANT, decision, len(grants))
            party, year, amount = grants[0]
            new_amount = parse_kronor(value)
            if new_amount == amount:
                raise CorrectionRefused(Unfit.AMOUNT_UNCHANGED, decision, amount)
            project = record.projects.get(decision, "") if party is None else ""
            return Correction(decision, field, str(new_amount), str(amount), party, year, project)
        case CorrectedField.PARTY:
            return _party(record, decision, Party.parse(value))
        case CorrectedField.DUE:
            if decision not in record.dues:
                raise CorrectionRefused(Unfit.NO_FOLLOW_UP, decision)
            new_due = Due.parse(value).check_near(record.held_on)
            if new_due == record.dues[decision]:
                raise CorrectionRefused(Unfit.DUE_UNCHANGED, decision, new_due)
            return Correction(decision, field, str(new_due), str(record.dues[decision]))
    raise CorrectionRefused(Unfit.FIELD, decision, field.value)


def _party(record: MeetingRecord, decision: DecisionId, new: Party) -> Correction:
    """Moves a decision's plan, grant or report from the party recorded to the right one."""
    # A project's grant is no party's: a party correction leaves it where it is.
    parties = {p for p, _ in record.plans.get(decision, [])} | {p for p, _, _ in record.grants.get(decision, []) if p}
    if decision in record.reports and (owing := record.reports[decision][0]) is not None:
        parties.add(owing)
    if len(parties) != 1:
        raise CorrectionRefused(Unfit.NOT_ONE_PARTY, decision, len(parties))
    old = parties.pop()
    if old == new:
        raise CorrectionRefused(Unfit.PARTY_UNCHANGED, decision, new)
    years = {y for _, y in record.plans.get(decision, [])} | {y for p, y, _ in record.grants.get(decision, []) if p}
    if len(years) > 1:
        raise CorrectionRefused(Unfit.SEVERAL_YEARS, decision)
    return Correction(decision, CorrectedField.PARTY, new.value, old.value, old, years.pop() if years else None)


def apply_correction(record: MeetingRecord, decision: DecisionId | None, field: CorrectedField, value: str) -> None:
    """Keeps what the meeting knows in step with its corrections, so later ones are checked right."""
    if field is CorrectedField.DATE:
        record.held_on = dt.date.fromisoformat(value)
    elif decision is None:
        return
    elif field is CorrectedField.TEXT:
        record.texts[decision] = value
    elif field is CorrectedField.VOID:
        record.voided.add(decision)
    elif field is CorrectedField.AMOUNT:
        record.grants[decision] = [(p, y, int(value)) for p, y, _ in record.grants[decision]]
    elif field is CorrectedField.DUE:
        record.dues[decision] = Due.parse(value)
    elif field is CorrectedField.PARTY:
        new = Party(value)
        record.plans[decision] = [(new, y) for _, y in record.plans.get(decision, [])]
        record.grants[decision] = [(new if p else p, y, a) for p, y, a in record.grants.get(decision, [])]
        if decision in record.reports and record.reports[decision][0] is not None:
            record.reports[decision] = (new, record.reports[decision][1])
