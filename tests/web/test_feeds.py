"""Feeds a reader or a calendar subscribes to: newest decisions, follow-ups falling due."""

from __future__ import annotations

import xml.etree.ElementTree as ET

ATOM = "{http://www.w3.org/2005/Atom}"


def entries(response) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    feed = ET.fromstring(response.get_data())
    return [{child.tag.removeprefix(ATOM): (child.text or child.get("href") or "") for child in entry}
            for entry in feed.iter(f"{ATOM}entry")]


def test_the_decisions_feed_is_atom_with_the_newest_decision_first_and_a_link_to_its_page(client):
    response = client.get("/flode/beslut.atom")
    assert response.mimetype == "application/atom+xml"
    found = entries(response)
    assert len(found) == 13  # every decision of the three meetings
    assert found[0]["title"] == "Beslut 2026-1 §04:1"
    assert found[0]["link"] == "../beslut/2026-1/4/1"  # relative to the feed: no base URL was given
    assert found[0]["updated"] == "2026-02-16T00:00:00Z"


def test_the_decisions_feed_as_of_a_date_leaves_out_later_decisions(client):
    assert entries(client.get("/flode/beslut.atom?as_of=2026-01-01"))[0]["title"] == "Beslut 2025-7 §15:1"


def test_the_follow_ups_feed_lists_open_ones_with_a_day_in_due_order(client):
    found = entries(client.get("/flode/uppfoljning.atom?as_of=2026-01-01"))
    assert [e["title"] for e in found] == [
        "styrelsen: Tidsbegränsad anställning kansli (2025-7 §13)",
        "Karlskrona kommun: Karlskrona kommuns FINSAM-plan 2026: läget i genomförandet av Karlskrona kommuns FINSAM-plan",
    ]


def test_the_calendar_has_one_all_day_event_per_dated_open_follow_up_on_its_last_day(client):
    response = client.get("/kalender/uppfoljning.ics?as_of=2026-01-01")
    assert response.mimetype == "text/calendar"
    body = response.get_data(as_text=True)
    assert body.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") and body.endswith("END:VCALENDAR\r\n")
    assert body.count("BEGIN:VEVENT") == 2
    assert "DTSTART;VALUE=DATE:20260228\r\nDTEND;VALUE=DATE:20260301" in body  # due 2026-02
    assert "DTSTART;VALUE=DATE:20260531" in body  # due 2026-05
    assert all(len(line.encode()) <= 75 for line in body.split("\r\n"))
    unfolded = body.replace("\r\n ", "")
    assert "SUMMARY:Karlskrona kommun: Karlskrona kommuns FINSAM-plan 2026: läget i genomförandet av Karlskrona kommuns FINSAM-plan\r\n" in unfolded


def test_a_follow_up_fulfilled_leaves_the_calendar(client):
    body = client.get("/kalender/uppfoljning.ics").get_data(as_text=True).replace("\r\n ", "")
    assert "Karlskrona kommun: läget" not in body
