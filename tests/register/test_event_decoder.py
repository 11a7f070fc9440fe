"""The projections' decoder gives back the events the library's mapper stores, and refuses a
store whose events it cannot read as plain JSON."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import pytest
from eventsourcing.compressor import ZlibCompressor
from eventsourcing.persistence import Mapper, StoredEvent

from domain.corrections import CorrectedField
from domain.ids import DecisionId, ItemRef, MeetingId
from domain import events as e
from domain.meeting import Meeting
from domain.values import DecisionKind, Due, Party
from register.application import Register
from register.transcodings import EventDecoder


def test_a_decoded_event_carries_every_value_the_mapper_stored(register: Register):
    meeting = Meeting(board="FINSAM Blekinge", meeting=MeetingId.parse("2025-7"), held_on=dt.date(2025, 12, 8),
                      place="Karlskrona", attendance=(), justerare=("Karin Blomdahl",))
    decision = DecisionId.parse("2025-7 §07:2")
    meeting.take_decision(decision, "Att Karlskrona kommun ska rapportera läget.", DecisionKind.REPORT, ItemRef.parse("2025-7 §07"))
    meeting.require_report(Party.KARLSKRONA, "läget", Due.month(2026, 5), decision)
    stored = [register.mapper.to_stored_event(event) for event in meeting.collect_events()]
    decoded = [EventDecoder(register.mapper)(s.topic, s.state) for s in stored]
    report = decoded[-1]
    assert isinstance(report, e.ReportRequired)
    assert (report.responsible, report.subject, report.due, report.by) == (Party.KARLSKRONA, "läget", Due.month(2026, 5), decision)
    assert decoded[1].kind is DecisionKind.REPORT and decoded[0].held_on == dt.date(2025, 12, 8)


def test_a_store_that_compresses_its_events_is_refused(register: Register):
    compressing: Mapper[Any] = Mapper(register.mapper.transcoder, compressor=ZlibCompressor())
    with pytest.raises(ValueError, match="projections read events stored as plain JSON"):
        EventDecoder(compressing)


def test_events_stored_before_joint_reports_and_later_corrections_still_load(register: Register):
    """`ReportRequired` and `Corrected` gained a field (version 2) and another (version 3);
    events stored without them, as earlier versions of the register wrote them, read as a report
    owed by one party and a correction of the meeting's own record."""
    meeting = Meeting(board="FINSAM Blekinge", meeting=MeetingId.parse("2025-7"), held_on=dt.date(2025, 12, 8),
                      place="Karlskrona", attendance=(), justerare=())
    decision = DecisionId.parse("2025-7 §07:2")
    meeting.take_decision(decision, "Att Karlskrona kommun ska rapportera läget.", DecisionKind.REPORT, ItemRef.parse("2025-7 §07"))
    meeting.require_report(Party.KARLSKRONA, "läget", Due.month(2026, 5), decision)
    meeting.correct(decision, CorrectedField.DUE, "2026-06", "fel månad")
    stored = [register.mapper.to_stored_event(event) for event in meeting.collect_events()]
    for at in (-2, -1):
        state = json.loads(stored[at].state)
        assert state.pop("class_version") == 3
        for gained in (("also", "owed_by") if at == -2 else ("by", "project")):
            state.pop(gained)
        stored[at] = _with_state(stored[at], json.dumps(state).encode())
    for read in _both_readers(register):
        report, correction = read(stored[-2]), read(stored[-1])
        assert (report.responsible, list(report.also), report.owed_by) == (Party.KARLSKRONA, [], "")
        assert (correction.field, correction.value, correction.by) == ("due", "2026-06", None)


def test_reports_stored_before_bodies_could_owe_them_read_as_owed_by_their_parties(register: Register):
    """`ReportRequired` gained `owed_by` (version 3): a report stored at version 2, joint or not,
    reads as owed by its parties and by no body."""
    meeting = Meeting(board="FINSAM Blekinge", meeting=MeetingId.parse("2025-7"), held_on=dt.date(2025, 12, 8),
                      place="Karlskrona", attendance=(), justerare=())
    decision = DecisionId.parse("2025-7 §07:2")
    meeting.take_decision(decision, "Att Ronneby kommun och Region Blekinge ska rapportera läget.", DecisionKind.REPORT,
                          ItemRef.parse("2025-7 §07"))
    meeting.require_report(Party.parse("Ronneby kommun"), "läget", Due.month(2026, 5), decision, (Party.parse("Region Blekinge"),))
    stored = [register.mapper.to_stored_event(event) for event in meeting.collect_events()]
    state = json.loads(stored[-1].state)
    assert state.pop("class_version") == 3 and state.pop("owed_by") == ""
    state["class_version"] = 2
    stored[-1] = _with_state(stored[-1], json.dumps(state).encode())
    for read in _both_readers(register):
        report = read(stored[-1])
        assert (report.responsible, list(report.also), report.owed_by) == (
            Party.parse("Ronneby kommun"), [Party.parse("Region Blekinge")], "")


def test_a_report_owed_by_a_body_that_is_no_party_is_stored_and_read_back(register: Register):
    meeting = Meeting(board="FINSAM Blekinge", meeting=MeetingId.parse("2025-7"), held_on=dt.date(2025, 12, 8),
                      place="Karlskrona", attendance=(), justerare=())
    decision = DecisionId.parse("2025-7 §09:2")
    meeting.take_decision(decision, "Att projektet Vägen ut ska lämna en slutrapport.", DecisionKind.REPORT, ItemRef.parse("2025-7 §09"))
    meeting.require_report(None, "slutrapport", Due.month(2026, 11), decision, owed_by="projektet Vägen ut")
    stored = register.mapper.to_stored_event(meeting.collect_events()[-1])
    for report in (read(stored) for read in _both_readers(register)):
        assert (report.responsible, list(report.also), report.owed_by) == (None, [], "projektet Vägen ut")


def test_grants_and_amount_corrections_stored_before_projects_read_as_a_partys(register: Register):
    """`GrantAwarded` gained `project` (version 2) and `Corrected` too (version 3): stored without
    it, a grant is its party's and a correction of its amount names no project."""
    meeting = Meeting(board="FINSAM Blekinge", meeting=MeetingId.parse("2025-7"), held_on=dt.date(2025, 12, 8),
                      place="Karlskrona", attendance=(), justerare=())
    decision = DecisionId.parse("2025-7 §08:1")
    meeting.take_decision(decision, "Att bevilja Ronneby kommun 300 000 kr för 2026.", DecisionKind.GRANT, ItemRef.parse("2025-7 §08"))
    meeting.award_grant(Party.parse("Ronneby kommun"), 2026, 300_000, decision)
    meeting.correct(decision, CorrectedField.AMOUNT, "320000", "felskrivet belopp")
    stored = [register.mapper.to_stored_event(event) for event in meeting.collect_events()]
    for at, version in ((-2, 1), (-1, 2)):
        state = json.loads(stored[at].state)
        assert state.pop("class_version") == version + 1 and state.pop("project") == ""
        state["class_version"] = version
        stored[at] = _with_state(stored[at], json.dumps(state).encode())
    for read in _both_readers(register):
        grant, correction = read(stored[-2]), read(stored[-1])
        assert (grant.party, grant.project, grant.amount_sek) == (Party.parse("Ronneby kommun"), "", 300_000)
        assert (correction.field, correction.value, correction.party, correction.project) == ("amount", "320000", grant.party, "")


def _with_state(stored: StoredEvent, state: bytes) -> StoredEvent:
    return StoredEvent(stored.originator_id, stored.originator_version, stored.topic, state)


def test_referrals_and_deferrals_stored_before_they_named_anyone_read_as_the_boards(register: Register):
    """`MatterReferredBack` and `ItemDeferred` gained `responsible` (version 2); stored without
    it, they read as waiting for nobody but the board."""
    meeting = Meeting(board="FINSAM Blekinge", meeting=MeetingId.parse("2025-7"), held_on=dt.date(2025, 12, 8),
                      place="Karlskrona", attendance=(), justerare=())
    decision = DecisionId.parse("2025-7 §13:1")
    meeting.take_decision(decision, "Att återremittera ärendet till Ronneby kommun.", DecisionKind.REFERRAL, ItemRef.parse("2025-7 §13"))
    meeting.refer_back(ItemRef.parse("2025-7 §13"), decision, Due.month(2026, 2), "Ronneby kommun")
    meeting.defer(ItemRef.parse("2025-7 §14"), "Samverkansavtalet", Due.parse("next-meeting"), "Region Blekinge")
    stored = [register.mapper.to_stored_event(event) for event in meeting.collect_events()]
    for at in (-2, -1):
        state = json.loads(stored[at].state)
        assert state.pop("class_version") == 2 and state.pop("responsible")
        stored[at] = _with_state(stored[at], json.dumps(state).encode())
    for read in _both_readers(register):
        referred, deferred = read(stored[-2]), read(stored[-1])
        assert (referred.responsible, referred.returns, deferred.responsible) == ("", Due.month(2026, 2), "")


def _both_readers(register: Register) -> tuple[Callable[[StoredEvent], Any], ...]:
    """The library's mapper and the projections' decoder: a stored event must read the same by each."""
    decoder = EventDecoder(register.mapper)
    return (register.mapper.to_domain_event, lambda stored: decoder(stored.topic, stored.state))
