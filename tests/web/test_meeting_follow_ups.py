"""A meeting's page lists the follow-ups the meeting gave (reports, assignments, referrals,
deferrals), open and done, as the clocks show them; its votes show under each decision
(tests/web/test_votes_and_justering.py)."""

from __future__ import annotations

from tests.web.conftest import REVISED
from tests.web.page import read

CAPTION = "Återrapporter, uppdrag, återremisser och bordläggningar från mötet"


def follow_ups_of(client, path: str, **clocks: str) -> dict[str, list[str]]:
    page = read(client.get(path, query_string=clocks))
    return {row[1]: row for row in page.table(CAPTION)}


def test_the_meeting_page_lists_the_follow_ups_the_meeting_gave_with_their_status(client):
    rows = follow_ups_of(client, "/moten/2025-7")
    assert set(rows) == {"2025-7 bordläggning 1", "2025-7 §07:2", "2025-7 §13:1"}
    assert rows["2025-7 §07:2"][:5] == ["återrapport", "2025-7 §07:2", "Karlskrona kommun", "2026-05", "klar 2026-02-16"]
    assert rows["2025-7 §13:1"][0] == "återremiss"


def test_as_of_a_date_before_the_report_was_delivered_it_is_open(client):
    assert follow_ups_of(client, "/moten/2025-7", as_of="2026-01-01")["2025-7 §07:2"][4] == "öppen"


def test_as_recorded_before_the_delivery_was_recorded_it_is_not_done(client, recorded):
    rows = follow_ups_of(client, "/moten/2025-7", as_recorded=recorded.between.isoformat())
    assert not rows["2025-7 §07:2"][4].startswith("klar")


def test_a_meeting_that_gave_no_follow_up_says_so(client):
    page = read(client.get("/moten/2026-1"))
    assert page.table(CAPTION) == [["Mötet gav inga uppföljningar."]]
    assert str(REVISED) in page.text
