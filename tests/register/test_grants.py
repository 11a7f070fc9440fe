"""The grants view: every grant of money one by one, through corrections and the two clocks."""

from __future__ import annotations

import datetime as dt

from domain.corrections import CorrectedField
from domain.ids import MeetingId
from register.application import Register
from tests.conftest import ids

M2025_7 = MeetingId.parse("2025-7")
NEW_YEAR = dt.date(2026, 1, 1)


def grants(register: Register, **options) -> list[tuple[str, int, str, str]]:
    return [(g["party"], g["amount_sek"], g["decision"], g["status"]) for g in register.grants(NEW_YEAR, **options)]


def test_the_sample_minutes_grant_money_for_each_adopted_plan_with_its_purpose(sample: Register):
    assert [g.json() for g in sample.grants(NEW_YEAR, 2026)] == [
        {"party": "Karlskrona kommun", "year": 2026, "decision": "2025-7 §07:1", "date": "2025-12-08",
         "amount_sek": 3_578_000, "purpose": "genomförande av FINSAM-plan 2026", "status": "in_force",
         "corrections": []},
        {"party": "Karlshamns kommun", "year": 2026, "decision": "2025-7 §11:1", "date": "2025-12-08",
         "amount_sek": 1_887_000, "purpose": "genomförande av FINSAM-plan 2026", "status": "in_force",
         "corrections": []},
    ]
    assert sample.grants(dt.date(2025, 12, 7)) == []
    assert sample.grants(NEW_YEAR, 2025) == []


def test_a_corrected_amount_replaces_the_grant_now_and_not_as_recorded_before(sample: Register):
    before = dt.datetime.now(dt.timezone.utc)
    with sample.recording(M2025_7) as recording:
        recording.correct(ids("2025-7 §07:1"), CorrectedField.AMOUNT, "3 587 000", "siffrorna kastades om")
    assert grants(sample)[0] == ("Karlskrona kommun", 3_587_000, "2025-7 §07:1", "in_force")
    assert grants(sample, as_recorded=before)[0] == ("Karlskrona kommun", 3_578_000, "2025-7 §07:1", "in_force")
    # A rättelse by hand names no decision: its reason says why.
    assert sample.grants(NEW_YEAR)[0].corrections == [{"field": "amount", "previous": "3578000", "value": "3587000", "by": None,
                                                      "date": "2025-12-08", "reason": "siffrorna kastades om"}]
    assert sample.grants(NEW_YEAR, as_recorded=before)[0].corrections == []


def test_a_corrected_party_moves_the_grant_to_the_party_named_now(sample: Register):
    with sample.recording(M2025_7) as recording:
        recording.correct(ids("2025-7 §11:1"), CorrectedField.PARTY, "Ronneby kommun", "fel kommun angavs")
    assert grants(sample) == [
        ("Karlskrona kommun", 3_578_000, "2025-7 §07:1", "in_force"),
        ("Ronneby kommun", 1_887_000, "2025-7 §11:1", "in_force"),
    ]


def test_a_grant_whose_decision_was_never_taken_is_gone_and_one_withdrawn_stays_as_withdrawn(sample: Register):
    with sample.recording(M2025_7) as recording:
        recording.correct(ids("2025-7 §11:1"), CorrectedField.VOID, "", "beslutet fattades aldrig")
    assert grants(sample) == [("Karlskrona kommun", 3_578_000, "2025-7 §07:1", "in_force")]
    with sample.new_meeting(MeetingId.parse("2026-1"), dt.date(2026, 2, 16)) as recording:
        recording.withdraw(ids("2025-7 §07:1"), None, "utgår")
    assert grants(sample) == [("Karlskrona kommun", 3_578_000, "2025-7 §07:1", "in_force")]
    assert [g["status"] for g in sample.grants(dt.date(2026, 3, 1))] == ["withdrawn"]
    assert [p["granted_sek"] for p in sample.plans(dt.date(2026, 3, 1))] == [0]
