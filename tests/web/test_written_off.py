"""A follow-up written off (avskriven) on the site: "avskriven" with the day, why, and by what on
the follow-ups page, left out of the start page's lists, the feeds and the calendar, a line of its
decision page's trace; still open under a clock before the write-off; and on the public site,
a write-off by a withheld decision names neither the decision nor its reason."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from urllib.parse import quote

import pytest
from flask.testing import FlaskClient

from domain.ids import DecisionId, MeetingId
from domain.values import DecisionKind
from register.application import Register
from register.web.app import create_app
from tests.web.conftest import Recorded
from tests.web.page import column, read

OLD = DecisionId.parse("2022:5 §04:1")
REFERRAL = DecisionId.parse("2025-7 §13:1")
WRITING_OFF = DecisionId.parse("2026-2 §03:1")


@pytest.fixture
def written_off(recorded: Recorded) -> tuple[Recorded, str]:
    """OLD written off by the secretary on 2026-03-01, the referral by a decision of 2026-04-13;
    returns with an instant before either was recorded."""
    register = Register.open(recorded.store, actor="Lisbeth Bengtsson")
    try:
        time.sleep(0.01)
        before = dt.datetime.now(dt.UTC).isoformat()
        time.sleep(0.01)
        with register.recording(OLD.meeting) as meeting:
            meeting.write_off(OLD, "inaktuellt sedan 2023", register.actor, on=dt.date(2026, 3, 1))
        with register.new_meeting(MeetingId.parse("2026-2"), dt.date(2026, 4, 13)) as meeting:
            meeting.take_decision(WRITING_OFF, "Att ärendet enligt Beslut 2025-7 §13:1 avskrivs.", DecisionKind.OTHER, cites=(REFERRAL,))
            meeting.write_off(REFERRAL, "ärendet avskrivs", register.actor, by=WRITING_OFF)
    finally:
        register.close()
    return recorded, before


def site(recorded: Recorded, public: bool = False) -> Iterator[FlaskClient]:
    app = create_app(lambda: Register.open(recorded.store), public)
    yield app.test_client()
    app.extensions["registers"].close()


@pytest.fixture
def secretary(written_off: tuple[Recorded, str]) -> Iterator[FlaskClient]:
    yield from site(written_off[0])


@pytest.fixture
def public(written_off: tuple[Recorded, str]) -> Iterator[FlaskClient]:
    recorded = written_off[0]
    register = Register.open(recorded.store)
    try:
        with register.recording(WRITING_OFF.meeting) as meeting:
            meeting.withhold(WRITING_OFF, "personuppgifter")
    finally:
        register.close()
    yield from site(recorded, public=True)


def rows_by_source(client: FlaskClient, query: str) -> dict[str, list[str]]:
    page = read(client.get(f"/uppfoljning?{query}"))
    caption = next(c for c in page.tables if c.endswith("uppföljningar"))
    return {row[1]: row for row in page.table(caption)}


def test_the_follow_ups_page_says_avskriven_with_the_day_by_what_and_why(secretary):
    rows = rows_by_source(secretary, "visa=alla")
    assert rows[str(OLD)][4] == "avskriven 2026-03-01 av sekreteraren: inaktuellt sedan 2023"
    assert rows[str(REFERRAL)][4] == f"avskriven 2026-04-13 genom {WRITING_OFF}: ärendet avskrivs"
    page = read(secretary.get("/uppfoljning?visa=alla"))
    assert page.href(str(WRITING_OFF)) == "/beslut/2026-2/3/1"


def test_written_off_follow_ups_are_left_out_of_the_open_ones_and_listed_on_their_own(secretary):
    assert str(OLD) not in rows_by_source(secretary, "visa=oppna")
    assert str(OLD) not in rows_by_source(secretary, "visa=forsenade")
    assert set(rows_by_source(secretary, "visa=avskrivna")) == {str(OLD), str(REFERRAL)}


def test_as_of_a_day_before_the_write_off_the_follow_up_is_still_open(secretary):
    assert rows_by_source(secretary, "visa=alla&as_of=2026-02-28")[str(OLD)][4] == "försenad"
    assert rows_by_source(secretary, "visa=alla&as_of=2026-03-01")[str(OLD)][4].startswith("avskriven")


def test_as_recorded_before_the_write_off_was_recorded_the_follow_up_is_still_open(secretary, written_off):
    before = written_off[1]
    rows = rows_by_source(secretary, f"visa=alla&as_recorded={quote(before)}")
    assert rows[str(OLD)][4] == "försenad"


def test_the_start_page_leaves_a_written_off_follow_up_out_of_what_is_overdue(secretary):
    overdue = read(secretary.get("/")).table("Uppföljningar vars tid har gått ut")
    assert str(OLD) not in column(overdue, 1) and str(REFERRAL) not in column(overdue, 1)
    then = read(secretary.get("/?as_of=2026-02-28")).table("Uppföljningar vars tid har gått ut")
    assert str(OLD) in column(then, 1)


def test_the_decision_page_trace_says_avskriven_and_by_whom(secretary):
    page = read(secretary.get("/beslut/2022-5/4/1"))
    assert "2026-03-01 möte 2022:5 avskriven: uppföljning från 2022:5 §04:1 av sekreteraren (Lisbeth Bengtsson): inaktuellt sedan 2023" in page.text
    assert "avskriven" not in read(secretary.get("/beslut/2022-5/4/1?as_of=2026-02-28")).text
    referral = read(secretary.get("/beslut/2025-7/13/1")).text
    assert f"avskriven: uppföljning från {REFERRAL} genom {WRITING_OFF}: ärendet avskrivs" in referral


def test_the_feed_and_the_calendar_leave_a_written_off_follow_up_out(secretary):
    for address in ("/flode/uppfoljning.atom", "/kalender/uppfoljning.ics"):
        now = secretary.get(address).get_data(as_text=True).replace("\r\n ", "")
        then = secretary.get(f"{address}?as_of=2026-01-01").get_data(as_text=True).replace("\r\n ", "")
        assert "Tidsbegränsad anställning kansli" in then, address
        assert "Tidsbegränsad anställning kansli" not in now, address


def test_the_json_twin_gives_the_write_off_as_the_command_line_does(secretary):
    twin = secretary.get("/api/uppfoljning?visa=alla").get_json()
    [row] = [r for r in twin if r["source"] == str(OLD)]
    assert row["status"] == "written_off"
    assert row["written_off"] == {"date": "2026-03-01", "by": None, "reason": "inaktuellt sedan 2023", "actor": "Lisbeth Bengtsson"}


def test_the_public_site_says_a_withheld_decision_wrote_it_off_without_naming_it_or_why(public):
    rows = rows_by_source(public, "visa=alla")
    assert rows[str(REFERRAL)][4] == "avskriven 2026-04-13 genom ett beslut som är utelämnat från publicering"
    html = public.get("/uppfoljning?visa=alla").get_data(as_text=True)
    assert str(WRITING_OFF) not in html and "ärendet avskrivs" not in html
    twin = public.get("/api/uppfoljning?visa=alla").get_json()
    [row] = [r for r in twin if r["source"] == str(REFERRAL)]
    assert row["written_off"]["by"] is None and row["written_off"]["reason"] == "" and row["written_off"]["withheld"]
    assert str(WRITING_OFF) not in public.get("/beslut/2025-7/13/1").get_data(as_text=True)
    assert rows[str(OLD)][4] == "avskriven 2026-03-01 av sekreteraren: inaktuellt sedan 2023"
