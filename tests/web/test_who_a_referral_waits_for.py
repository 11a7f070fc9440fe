"""The site names to whom a matter was referred back and whom a deferral waits for: in the
meeting's follow-ups, in the decision's trace; as of a date before the referral, or as recorded before
it was, nothing of it."""

from __future__ import annotations

import datetime as dt

from domain.ids import DecisionId, ItemRef, MeetingId
from domain.values import DecisionKind, Due
from register.application import Register
from register.web.app import create_app
from tests.web.test_meeting_follow_ups import follow_ups_of
from tests.web.page import read

REFERRAL = DecisionId.parse("2026-2 §05:1")


def _site(recorded):
    register = Register(recorded.store)
    try:
        with register.new_meeting(MeetingId.parse("2026-2"), dt.date(2026, 4, 20), "Ronneby") as meeting:
            meeting.put_forward(ItemRef.parse("2026-2 §05"), "Ronneby kommuns ansökan om ett aktivitetshus")
            meeting.take_decision(REFERRAL, "Att återremittera ansökan till Ronneby kommun för en budget per år.",
                                  DecisionKind.REFERRAL)
            meeting.refer_back(ItemRef.parse("2026-2 §05"), REFERRAL, Due.parse("2026-09"), "Ronneby kommun")
            meeting.put_forward(ItemRef.parse("2026-2 §06"), "Gemensam rekrytering")
            meeting.defer(ItemRef.parse("2026-2 §06"), "Gemensam rekrytering", Due.parse("next-meeting"), "Arbetsförmedlingen")
    finally:
        register.close()
    app = create_app(lambda: Register.open(recorded.store))
    app.testing = False
    return app


def test_the_meeting_page_names_who_prepares_the_referral_and_whom_the_deferral_awaits(recorded):
    app = _site(recorded)
    try:
        rows = follow_ups_of(app.test_client(), "/moten/2026-2")
    finally:
        app.extensions["registers"].close()
    assert rows["2026-2 §05:1"][:3] == ["återremiss", "2026-2 §05:1", "Ronneby kommun"]
    assert rows["2026-2 §06"][2] == "Arbetsförmedlingen"


def test_the_trace_says_to_whom_it_went_back_and_the_past_knows_nothing_of_it(recorded):
    app = _site(recorded)
    try:
        client = app.test_client()
        now = read(client.get("/beslut/2026-2/5/1")).text
        pending_now = read(client.get("/uppfoljning")).text
        pending_before = read(client.get("/uppfoljning", query_string={"as_of": "2026-03-01"})).text
        recorded_before = read(client.get("/uppfoljning", query_string={"as_of": "2026-12-31",
                                                                         "as_recorded": recorded.between.isoformat()})).text
    finally:
        app.extensions["registers"].close()
    assert "2026-2 §05 genom 2026-2 §05:1 till Ronneby kommun, återkommer 2026-09" in now
    assert "2026-2 §05:1" in pending_now and "Arbetsförmedlingen" in pending_now
    assert "2026-2 §05:1" not in pending_before and "Gemensam rekrytering" not in pending_before
    assert "2025-7 §13:1" in recorded_before  # the page as the register showed it then, with the demo's referral
    assert "2026-2 §05:1" not in recorded_before and "Gemensam rekrytering" not in recorded_before
