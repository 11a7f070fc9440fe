"""The start page of a member or secretary signed in (#26, item 5): the preparation for the next
meeting — what returns at it (a referral or deferral due at the next meeting or by its date), what
else falls due by it, what is overdue — each with a link to its matter's page and to the documents
the register has of it (the decision, its protokollsutdrag, the beslutsunderlag). A visitor not
signed in gets the public start page, and nothing withheld on it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from flask.testing import FlaskClient

from domain.ids import DecisionId, ItemRef, MeetingId
from domain.values import DecisionKind, Due, Party
from register.application import Register
from tests.web.conftest import Recorded
from tests.web.signing import a_site_members_sign_in_to, signed_in

HELD = dt.date(2027, 2, 15)
THEN = "as_of=2027-03-01"
NEXT = "2027-04-12"
REFERRED, REFERRAL = ItemRef.parse("2027-1 §02"), DecisionId.parse("2027-1 §02:1")
DEFERRED, LATER = ItemRef.parse("2027-1 §03"), ItemRef.parse("2027-1 §04")
ASSIGNING, REPORTING = DecisionId.parse("2027-1 §05:1"), DecisionId.parse("2027-1 §06:1")
SECRET, SECRET_TITLE = ItemRef.parse("2027-1 §07"), "Ansökan från en enskild hemligvarusa"
BASIS = "Förslag till nya lokaler, 2027-01-30"


def record_the_next_meetings_matters(register: Register) -> None:
    with register.new_meeting(MeetingId.parse("2027-1"), HELD, "Ronneby") as meeting:
        meeting.put_forward(REFERRED, "Lokaler för kansliet")
        meeting.file_item(REFERRED, "2027/12", (BASIS,))
        meeting.take_decision(REFERRAL, "Att återremittera ärendet om lokaler.", DecisionKind.REFERRAL, REFERRED)
        meeting.refer_back(REFERRED, REFERRAL, Due.parse("next-meeting"))
        meeting.put_forward(DEFERRED, "Samverkan med Arbetsförmedlingen")
        meeting.defer(DEFERRED, "Samverkan med Arbetsförmedlingen", Due.parse("2027-04"))
        meeting.put_forward(LATER, "Årets uppföljning av insatserna")
        meeting.defer(LATER, "Årets uppföljning av insatserna", Due.parse("2027-06"))
        meeting.put_forward(ASSIGNING.item, "Budget")
        meeting.take_decision(ASSIGNING, "Att ge förbundschefen i uppdrag att ta fram en budget.", DecisionKind.ASSIGNMENT)
        meeting.give_assignment("Förbundschefen", "ta fram en budget för 2028", Due.parse("2027-03-31"), ASSIGNING)
        meeting.put_forward(REPORTING.item, "Arbetsträning i Ronneby")
        meeting.take_decision(REPORTING, "Att Ronneby kommun ska rapportera resultatet.", DecisionKind.OTHER)
        meeting.require_report(Party.RONNEBY, "resultatet av arbetsträningen", Due.parse("2027-02"), REPORTING)
        meeting.put_forward(SECRET, SECRET_TITLE)
        meeting.defer(SECRET, SECRET_TITLE, Due.parse("next-meeting"))
        meeting.withhold(SECRET, "personuppgifter")


@pytest.fixture
def prepared(recorded: Recorded, monkeypatch: pytest.MonkeyPatch) -> Iterator[FlaskClient]:
    register = Register(recorded.store)
    try:
        record_the_next_meetings_matters(register)
    finally:
        register.close()
    yield from a_site_members_sign_in_to(recorded, monkeypatch)


def section(page: str, heading_id: str) -> str:
    found = re.search(rf'<section aria-labelledby="{heading_id}">(.*?)</section>', page, re.S)
    assert found, f"no section {heading_id}"
    return found[1]


def test_a_member_sees_what_returns_falls_due_and_is_overdue_at_the_next_meeting_with_links(prepared):
    assert signed_in(prepared, "ledamot") == 303
    page = prepared.get(f"/forberedelse?{THEN}&nasta={NEXT}").get_data(as_text=True)
    assert "Förberedelse inför nästa möte" in page and f'value="{NEXT}"' in page
    assert "Förberedelse inför nästa möte" in prepared.get(f"/?{THEN}").get_data(as_text=True)  # the start page is it
    returning, due, overdue = (section(page, name) for name in ("aterkommer", "forfaller", "forsenat"))
    assert "Lokaler för kansliet" in returning and "Samverkan med Arbetsförmedlingen" in returning
    assert "Årets uppföljning av insatserna" not in page  # it returns in June, after the next meeting
    assert f'href="/arende/2027-1/2?{THEN}"' in returning  # the matter's page, its trace
    assert f'href="/beslut/2027-1/2/1?{THEN}"' in returning and f'href="/utdrag/2027-1/2/1?{THEN}"' in returning
    assert BASIS in returning and "2027/12" in returning  # its beslutsunderlag and diarienummer
    assert f'href="/arende/2027-1/3?{THEN}"' in returning
    assert SECRET_TITLE in returning and "Utelämnas på den publika webbplatsen: personuppgifter" in returning
    assert "ta fram en budget för 2028" in due and "ta fram en budget" not in returning
    assert f'href="/arende/2027-1/5?{THEN}"' in due and f'href="/utdrag/2027-1/5/1?{THEN}"' in due
    assert "resultatet av arbetsträningen" in overdue and f'href="/arende/2027-1/6?{THEN}"' in overdue
    assert "resultatet av arbetsträningen" not in returning + due


def test_the_next_meeting_is_two_months_ahead_unless_given_and_a_day_that_is_no_date_is_refused(prepared):
    assert signed_in(prepared, "sekreterare") == 303
    page = prepared.get(f"/?{THEN}").get_data(as_text=True)
    assert 'value="2027-05-02"' in page  # 62 days after the day the page is read at
    assert "Samverkan med Arbetsförmedlingen" in section(page, "aterkommer")
    earlier = prepared.get(f"/forberedelse?{THEN}&nasta=2027-03-20").get_data(as_text=True)
    assert "Samverkan med Arbetsförmedlingen" not in section(earlier, "aterkommer")
    assert "Lokaler för kansliet" in section(earlier, "aterkommer")
    refused = prepared.get(f"/forberedelse?{THEN}&nasta=2027-02-30")
    assert refused.status_code == 400 and "nasta" in refused.get_data(as_text=True)
    twin = prepared.get(f"/api/forberedelse?{THEN}&nasta={NEXT}").get_json()
    assert twin["next_meeting"] == NEXT
    assert {row["source"] for row in twin["returning"]} >= {str(REFERRAL), str(DEFERRED), str(SECRET)}
    assert [row["source"] for row in twin["falling_due"]] == [str(ASSIGNING)]


def test_a_visitor_not_signed_in_gets_the_public_start_page_with_nothing_withheld(prepared):
    for address in (f"/forberedelse?{THEN}&nasta={NEXT}", f"/api/forberedelse?{THEN}"):
        assert prepared.get(address).status_code == 404, address
    for address in (f"/?{THEN}", f"/api/start?{THEN}"):
        page = prepared.get(address).get_data(as_text=True)
        assert "Förberedelse inför nästa möte" not in page and "hemligvarusa" not in page, address
        assert "Utelämnas på den publika webbplatsen" not in page and "next_meeting" not in page, address
    assert "Inför nästa möte" in prepared.get(f"/?{THEN}").get_data(as_text=True)
    assert signed_in(prepared, "ledamot") == 303
    assert "hemligvarusa" in prepared.get(f"/?{THEN}").get_data(as_text=True)
    assert prepared.post("/logga-ut", data={"csrf_token": re.search(
        r'name="csrf_token" type="hidden" value="([^"]+)"', prepared.get("/").get_data(as_text=True))[1]}).status_code == 303
    assert "hemligvarusa" not in prepared.get(f"/?{THEN}").get_data(as_text=True)
