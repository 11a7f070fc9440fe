"""An auditor's questions: what had been decided by a date, and what did the register show at an instant."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from domain.corrections import CorrectedField
from domain.errors import InvalidValue, MeetingSealed, UnknownDecision
from domain.ids import MeetingId
from domain.values import DecisionKind, Party
from projections.rows import PlanRow
from register import audit as whole_store
from register.application import Register
from tests.conftest import ids

M2025_7 = MeetingId.parse("2025-7")


def instant_between(register: Register) -> dt.datetime:
    """A recorded instant strictly after everything recorded so far and before what comes next."""
    time.sleep(0.01)
    moment = dt.datetime.now(dt.timezone.utc)
    time.sleep(0.01)
    return moment


def karlskrona(plans: list[PlanRow]) -> PlanRow:
    return next(p for p in plans if p["party"] == "Karlskrona kommun")


def test_a_corrected_amount_shows_as_of_now_and_the_original_as_recorded_before(sample: Register):
    before = instant_between(sample)
    with sample.recording(M2025_7) as recording:
        recording.correct(ids("2025-7 §07:1"), CorrectedField.AMOUNT, "3 587 000", "siffrorna kastades om")
    assert karlskrona(sample.plans(dt.date(2026, 1, 1)))["granted_sek"] == 3_587_000
    assert karlskrona(sample.plans(dt.date(2026, 1, 1), as_recorded=before))["granted_sek"] == 3_578_000
    after = dt.datetime.now(dt.timezone.utc)
    assert karlskrona(sample.plans(dt.date(2026, 1, 1), as_recorded=after))["granted_sek"] == 3_587_000
    assert sample.plans(dt.date(2025, 12, 1), as_recorded=after) == []


def test_the_trace_shows_the_original_and_the_correction_with_its_reason(sample: Register):
    with sample.recording(M2025_7) as recording:
        recording.correct(ids("2025-7 §07:1"), CorrectedField.AMOUNT, "3587000", "siffrorna kastades om")
    events = sample.trace(ids("2025-7 §07:1"))["events"]
    grant = next(e for e in events if e["event"] == "grant")
    correction = next(e for e in events if e["event"] == "corrected")
    assert grant["detail"].startswith("3 578 000 kr to Karlskrona kommun")
    assert correction["detail"] == "amount of 2025-7 §07:1: '3578000' → '3587000'; reason: siffrorna kastades om"


def test_as_recorded_before_anything_was_recorded_shows_nothing(sample: Register):
    long_ago = dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc)
    assert sample.decisions(dt.date(2026, 1, 1), as_recorded=long_ago) == []
    assert sample.trace(ids("2025-7 §13:1"), as_recorded=long_ago)["events"] == []
    assert sample.meetings(as_recorded=long_ago) == []


def test_a_corrected_text_replaces_the_text_from_the_meeting_date_on(sample: Register):
    before = instant_between(sample)
    with sample.recording(M2025_7) as recording:
        recording.correct(ids("2025-7 §14:1"), CorrectedField.TEXT, "Att fastställa Verksamhetsplan 2026.", "felskrivning")
    text = {r["id"]: r["text"] for r in sample.decisions(dt.date(2025, 12, 8))}
    assert text["2025-7 §14:1"] == "Att fastställa Verksamhetsplan 2026."
    earlier = {r["id"]: r["text"] for r in sample.decisions(dt.date(2025, 12, 8), as_recorded=before)}
    assert earlier["2025-7 §14:1"] == "Att fastställa Verksamhetsplan för Samordningsförbundet i Blekinge 2026."


def test_a_decision_never_taken_disappears_with_what_it_created(sample: Register):
    with sample.recording(M2025_7) as recording:
        recording.correct(ids("2025-7 §07:2"), CorrectedField.VOID, "", "beslutet fattades aldrig")
    assert "2025-7 §07:2" not in {r["id"] for r in sample.decisions()}
    assert "2025-7 §07:2" not in {r["source"] for r in sample.follow_ups(dt.date(2026, 1, 1))}
    assert [e["event"] for e in sample.trace(ids("2025-7 §07:2"))["events"]][-1] == "corrected"


def test_a_corrected_party_moves_the_plan_and_its_grant(sample: Register):
    with sample.recording(M2025_7) as recording:
        recording.correct(ids("2025-7 §11:1"), CorrectedField.PARTY, "Ronneby kommun", "fel kommun angavs")
    plans = {p["party"]: (p["status"], p["granted_sek"]) for p in sample.plans(year=2026)}
    assert plans == {"Karlskrona kommun": ("adopted", 3_578_000), "Ronneby kommun": ("adopted", 1_887_000)}


def test_a_corrected_due_month_moves_when_the_report_is_overdue(sample: Register):
    with sample.recording(M2025_7) as recording:
        recording.correct(ids("2025-7 §07:2"), CorrectedField.DUE, "2026-09", "september, inte maj")
    report = next(r for r in sample.follow_ups(dt.date(2026, 6, 15)) if r["source"] == "2025-7 §07:2")
    assert (report["due"], report["status"]) == ("2026-09", "open")


def test_a_corrected_meeting_date_moves_every_decision_of_the_meeting(sample: Register):
    before = instant_between(sample)
    with sample.recording(M2025_7) as recording:
        recording.correct(None, CorrectedField.DATE, "2025-12-09", "fel datum i protokollet")
    assert sample.decisions(dt.date(2025, 12, 8)) == []
    assert {r["date"] for r in sample.decisions(dt.date(2025, 12, 9))} == {"2025-12-09"}
    assert len(sample.decisions(dt.date(2025, 12, 8), as_recorded=before)) == 9
    assert {e["date"] for e in sample.trace(ids("2025-7 §13:1"), as_recorded=before)["events"]} == {"2025-12-08"}
    assert sample.meetings()[0]["date"] == "2025-12-09"
    assert sample.meetings(as_recorded=before)[0]["date"] == "2025-12-08"


def test_a_correction_needs_a_reason_and_a_real_change(sample: Register):
    with pytest.raises(InvalidValue, match="needs a reason"):
        with sample.recording(M2025_7) as recording:
            recording.correct(ids("2025-7 §07:1"), CorrectedField.AMOUNT, "3587000", " ")
    with pytest.raises(InvalidValue, match="already 3578000 kr"):
        with sample.recording(M2025_7) as recording:
            recording.correct(ids("2025-7 §07:1"), CorrectedField.AMOUNT, "3578000", "x")
    with pytest.raises(UnknownDecision):
        with sample.recording(M2025_7) as recording:
            recording.correct(ids("2025-7 §08:1"), CorrectedField.TEXT, "Att x.", "x")


def test_sealed_minutes_take_corrections_and_nothing_else(sample: Register):
    with sample.recording(M2025_7) as recording:
        recording.seal(("Johanna Månsson",))
    before = sample.recorder.max_notification_id()
    with pytest.raises(MeetingSealed, match="2025-7 are sealed .*Johanna Månsson"):
        with sample.recording(M2025_7) as recording:
            recording.take_decision(ids("2025-7 §16:1"), "Att x.", DecisionKind.OTHER)
    with pytest.raises(MeetingSealed):
        with sample.recording(M2025_7) as recording:
            recording.award_grant(Party.RONNEBY, 2026, 1000, ids("2025-7 §07:1"))
    assert sample.recorder.max_notification_id() == before
    with sample.recording(M2025_7) as recording:
        recording.correct(ids("2025-7 §07:1"), CorrectedField.AMOUNT, "3587000", "fel belopp")
    assert sample.meetings()[0]["sealed_by"] == ["Johanna Månsson"]


def test_a_later_meeting_may_still_revoke_a_decision_of_sealed_minutes(sample: Register):
    with sample.recording(M2025_7) as recording:
        recording.seal(("Johanna Månsson",))
    with sample.new_meeting(MeetingId.parse("2026-1"), dt.date(2026, 2, 16)) as recording:
        recording.take_decision(ids("2026-1 §03:1"), "Att upphäva Beslut 2025-7 §14:2.", DecisionKind.REVOCATION)
        recording.revoke(ids("2025-7 §14:2"), ids("2026-1 §03:1"))
    assert {r["id"]: r["status"] for r in sample.decisions()}["2025-7 §14:2"] == "revoked"


def test_the_log_names_who_recorded_each_event_and_when(store):
    from register.demo import import_sample
    from tests.conftest import SAMPLE_DATE

    register = Register(store, actor="sekreteraren")
    try:
        import_sample(register, "2025-7.txt", SAMPLE_DATE)
        log = whole_store.history(register)
        assert {row["actor"] for row in log} == {"sekreteraren"}
        assert [row["position"] for row in log] == list(range(1, len(log) + 1))
        assert log[0]["event"] == "Recorded" and log[0]["ref"] == "2025-7"
        assert whole_store.history(register, since=dt.datetime.now(dt.timezone.utc)) == []
    finally:
        register.close()


def test_an_audit_report_carries_the_digest_of_the_history_behind_it(sample: Register):
    before = instant_between(sample)
    report = whole_store.audit(sample, dt.date(2026, 1, 1))
    assert report["digest"] == whole_store.verify(sample)["digest"]
    with sample.recording(M2025_7) as recording:
        recording.correct(ids("2025-7 §07:1"), CorrectedField.AMOUNT, "3587000", "fel belopp")
    again = whole_store.audit(sample, dt.date(2026, 1, 1), before)
    assert again["digest"] == report["digest"]
    assert again["plans"] == report["plans"]
    assert whole_store.audit(sample, dt.date(2026, 1, 1))["digest"] != report["digest"]
