"""What is withheld from publication: the public site shows "Utelämnad" with the reason and
leaves it out of search, feeds and JSON; the secretary's own site shows it all, marked."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from flask.testing import FlaskClient

from domain.ids import DecisionId, ItemRef
from register.application import Register
from register.web.app import create_app
from tests.web.conftest import Recorded
from tests.web.page import column, read

REASON = "personuppgifter om en anställning"


@pytest.fixture
def withheld(recorded: Recorded) -> Recorded:
    register = Register.open(recorded.store)
    try:
        with register.recording(DecisionId.parse("2025-7 §13:1").meeting) as meeting:
            meeting.withhold(DecisionId.parse("2025-7 §13:1"), REASON)
            meeting.withhold(ItemRef.parse("2025-7 §14"), "namn på motpart")
    finally:
        register.close()
    return recorded


def site(recorded: Recorded, public: bool) -> Iterator[FlaskClient]:
    app = create_app(lambda: Register.open(recorded.store), public)
    yield app.test_client()
    app.extensions["registers"].close()


@pytest.fixture
def public(withheld: Recorded) -> Iterator[FlaskClient]:
    yield from site(withheld, True)


@pytest.fixture
def secretary(withheld: Recorded) -> Iterator[FlaskClient]:
    yield from site(withheld, False)


def test_the_public_meeting_page_shows_utelamnad_with_the_reason_instead_of_the_text(public):
    rows = {row[0]: row[3] for row in read(public.get("/moten/2025-7")).table("Beslut vid mötet 2025-7")}
    assert rows["2025-7 §13:1"] == f"Utelämnad: {REASON}"
    assert rows["2025-7 §14:1"] == rows["2025-7 §14:2"] == "Utelämnad: namn på motpart"  # the whole item
    assert rows["2025-7 §13:2"] == "Att detta beslut utgår."
    assert "Att återremittera" not in public.get("/moten/2025-7").get_data(as_text=True)


def test_the_public_json_leaves_withheld_decisions_out(public, secretary):
    shown = [d["id"] for d in json.loads(public.get("/api/moten/2025-7").get_data(as_text=True))]
    assert "2025-7 §13:1" not in shown and "2025-7 §14:1" not in shown and "2025-7 §13:2" in shown
    everything = [d["id"] for d in json.loads(secretary.get("/api/moten/2025-7").get_data(as_text=True))]
    assert {"2025-7 §13:1", "2025-7 §14:1", "2025-7 §14:2"} <= set(everything)


def test_the_public_decision_page_hides_its_text_trace_lines_and_extract(public):
    page = read(public.get("/beslut/2025-7/13/1"))
    assert f"Utelämnad: {REASON}" in page.text
    assert "Att återremittera" not in page.text
    assert "2025-7 §13 Tidsbegränsad anställning kansli" in page.text  # the item's title: withhold the item for that
    assert "Protokollsutdrag för utskrift" not in page.text
    refused = public.get("/utdrag/2025-7/13/1")
    assert refused.status_code == 403
    assert REASON in read(refused).text
    trace = json.loads(public.get("/api/beslut/2025-7/13/1").get_data(as_text=True))
    assert all(not line["detail"].startswith("2025-7 §13:1") for line in trace["events"])


def test_a_withheld_item_hides_its_title_and_every_decision_under_it(public, secretary):
    page = read(public.get("/beslut/2025-7/14/2"))
    assert "Utelämnad: namn på motpart" in page.text
    own = read(secretary.get("/beslut/2025-7/14/2")).text
    title = own[own.index("framlagt: 2025-7 §14") + len("framlagt: "):].split(" 2025-12-08")[0]
    assert title.startswith("2025-7 §14 ") and title not in page.text
    assert "NNS" in own and "NNS" not in page.text


def test_search_and_feeds_leave_withheld_decisions_out_of_the_public_site(public, secretary):
    assert "0 träffar" in read(public.get("/sok?q=återremittera")).text
    assert json.loads(public.get("/api/sok?q=återremittera").get_data(as_text=True)) == []
    marked = read(secretary.get("/sok?q=återremittera"))
    assert "1 träffar" in marked.text and f"Utelämnas på den publika webbplatsen: {REASON}" in marked.text
    assert "2025-7 §13:1" not in public.get("/flode/beslut.atom").get_data(as_text=True)
    assert "2025-7 §13:1" in secretary.get("/flode/beslut.atom").get_data(as_text=True)
    calendar = public.get("/kalender/uppfoljning.ics?as_of=2026-01-01").get_data(as_text=True)
    assert "Tidsbegränsad" not in calendar and calendar.count("BEGIN:VEVENT") == 1


def test_a_follow_up_created_by_a_withheld_decision_is_left_out_in_public(public, secretary):
    """Not only its subject: who it is for and when it is due would tell what the withheld decision did."""
    rows = read(public.get("/uppfoljning?visa=alla")).table("5 uppföljningar")
    assert "2025-7 §13:1" not in column(rows, 1)
    assert "2025-7 §13:1" not in [f["source"] for f in json.loads(public.get("/api/uppfoljning?visa=alla").get_data(as_text=True))]
    own = read(secretary.get("/uppfoljning?visa=alla")).table("6 uppföljningar")
    assert own[column(own, 1).index("2025-7 §13:1")][5] == (
        f"Tidsbegränsad anställning kansli (2025-7 §13) Utelämnas på den publika webbplatsen: {REASON}")


def test_the_secretarys_site_shows_the_text_and_marks_it(secretary):
    page = read(secretary.get("/beslut/2025-7/13/1"))
    assert "Att återremittera ärendet." in page.text
    assert f"Utelämnas på den publika webbplatsen: {REASON}" in page.text
    assert secretary.get("/utdrag/2025-7/13/1").status_code == 200


def test_published_again_it_shows_on_the_public_site(withheld, public):
    register = Register.open(withheld.store)
    try:
        with register.recording(DecisionId.parse("2025-7 §13:1").meeting) as meeting:
            meeting.publish(DecisionId.parse("2025-7 §13:1"))
    finally:
        register.close()
    assert "Att återremittera ärendet." in read(public.get("/beslut/2025-7/13/1")).text
    assert "1 träffar" in read(public.get("/sok?q=återremittera")).text


def test_deleting_the_views_record_of_a_withholding_does_not_publish_it(withheld, public):
    """What is withheld is read from the events: a forger who deletes the facts the views keep
    of it (or drops their index) leaves the public site as it was."""
    db = withheld.store.database()
    try:
        deleted = db.execute("DELETE FROM view_facts WHERE type IN ('Withheld', 'Published')").rowcount
        db.execute(f"DROP INDEX IF EXISTS {withheld.store.events_table}_publication")
    finally:
        db.close()
    assert deleted == 2
    db = withheld.store.database()
    try:
        assert db.execute("SELECT COUNT(*) FROM view_facts WHERE type = 'Withheld'").fetchone()[0] == 0
    finally:
        db.close()
    assert f"Utelämnad: {REASON}" in read(public.get("/beslut/2025-7/13/1")).text
    assert "Att återremittera" not in public.get("/api/moten/2025-7").get_data(as_text=True)
    assert "0 träffar" in read(public.get("/sok?q=återremittera")).text
