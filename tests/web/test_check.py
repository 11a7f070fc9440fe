"""The site shows nothing `register verify` would call forged: the register is checked against
its history when the server starts and on a schedule, and once a check finds it not intact
every page answers with a maintenance page instead of forged rows."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import NamedTuple

import pytest
from flask.testing import FlaskClient

from domain.errors import HistoryBroken
from register.application import Register
from register.storage import Store
from register.web import watch as watching
from register.web.app import MAINTENANCE, RETRY_AFTER
from register.web.watch import Status, Watch
from projections.sql import StoreUnavailable
from tests.cli.test_verify_tampering import VIEW_FORGERIES, Tamperer
from tests.conftest import stored_events
from tests.web.page import read
from tests.web.serving import until

PAGES = ["/", "/moten", "/moten/2025-7", "/beslut", "/beslut/2025-7/7/1", "/uppfoljning", "/planer", "/bidrag",
         "/sok?q=plan", "/utdrag/2025-7/7/1", "/tillganglighet", "/revision"]
TWINS = ["/api/start", "/api/beslut", "/api/planer", "/api/beslut/2025-7/7/1"]
FEEDS = ["/flode/beslut.atom", "/flode/uppfoljning.atom", "/kalender/uppfoljning.ics"]
FORGED_AMOUNT = "4 578 000"  # VIEW_FORGERIES["an amount"] turns 3 578 000 into it


class Watched(NamedTuple):
    watch: Watch
    site: FlaskClient
    reports: list[str]


@pytest.fixture
def watched(recorded, client_with) -> Iterator[Watched]:
    reports: list[str] = []
    watch = Watch(lambda: Register.open(recorded.store), report=reports.append)
    yield Watched(watch, client_with(watch=watch), reports)
    watch.stop()


def forge(store: Store, forgery: str) -> None:
    Tamperer(store).run(VIEW_FORGERIES[forgery])


def test_while_the_first_check_runs_the_site_serves_and_every_page_says_so(watched, client):
    assert watched.watch.status is Status.CHECKING
    page = watched.site.get("/beslut")
    assert page.status_code == 200
    assert "Registret kontrolleras." in read(page).text
    twin = watched.site.get("/api/beslut")
    assert twin.get_data() == client.get("/api/beslut").get_data()  # the twin stays as the command line prints it
    assert twin.headers["Register-Check"] == "checking"


def test_once_checked_intact_the_banner_goes(watched):
    assert watched.watch.check() is True
    assert watched.watch.status is Status.INTACT
    page = watched.site.get("/beslut")
    assert page.status_code == 200 and "Registret kontrolleras" not in read(page).text
    assert page.headers["Register-Check"] == "intact"
    assert watched.reports[-1].startswith("check: the register is intact: ")


def test_a_forged_view_row_closes_every_page_for_maintenance_and_shows_nothing_forged(watched, recorded):
    forge(recorded.store, "an amount")
    assert FORGED_AMOUNT in read(watched.site.get("/planer")).text  # what the public would see unchecked
    watched.watch.check()
    assert watched.watch.status is Status.NOT_INTACT
    for path in PAGES + FEEDS:
        response = watched.site.get(path)
        assert (response.status_code, response.headers["Retry-After"]) == (503, str(RETRY_AFTER)), path
        page = read(response)
        assert page.h1() == ["Registret är under underhåll"], path
        assert MAINTENANCE in page.text and FORGED_AMOUNT not in page.text and "4578000" not in page.html
        assert "views differ" not in page.html  # what the check found is for the operator's log only
    for path in TWINS:
        response = watched.site.get(path)
        assert response.status_code == 503
        assert json.loads(response.get_data()) == {"error": MAINTENANCE, "status": 503}
    assert watched.site.get("/static/site.css").status_code == 200  # the maintenance page's own stylesheet
    assert "NOT intact" in watched.reports[-1] and "4578000" in watched.reports[-1]


@pytest.mark.parametrize("forgery", ["a decision's status", "follow-ups deleted", "the words search finds a decision by"])
def test_other_forged_views_close_the_site_too(watched, recorded, forgery):
    forge(recorded.store, forgery)
    watched.watch.check()
    assert watched.site.get("/beslut").status_code == 503


def test_an_event_slipped_into_the_store_closes_the_site_and_the_log_says_where(watched, recorded):
    tamper = Tamperer(recorded.store)
    last = stored_events(recorded.store)
    tamper.append_copy_of(last, version=99)
    watched.watch.check()
    closed = watched.site.get("/beslut")
    assert closed.status_code == 503 and read(closed).h1() == ["Registret är under underhåll"]
    assert watched.reports[-1].startswith(
        f"check: the register is NOT intact at position {last + 1}: event inserted outside the register")


def test_a_broken_history_met_during_the_check_is_reported_as_what_it_is(watched, monkeypatch):
    def broken(register: Register) -> dict[str, object]:
        raise HistoryBroken("the stored history is broken at position 40: event altered or reordered")

    monkeypatch.setattr(watching.audit, "verify", broken)
    watched.watch.check()
    assert watched.watch.status is Status.NOT_INTACT
    assert watched.reports[-1].startswith(
        "check: the register is NOT intact: the stored history is broken at position 40: event altered or reordered")


def test_after_a_rebuild_the_next_check_opens_the_site_again(watched, recorded):
    forge(recorded.store, "an amount")
    watched.watch.check()
    assert watched.site.get("/planer").status_code == 503
    register = Register.open(recorded.store)
    try:
        register.rebuild()
    finally:
        register.close()
    watched.watch.check()
    page = watched.site.get("/planer")
    assert page.status_code == 200 and "3 578 000" in read(page).text and FORGED_AMOUNT not in read(page).text


def test_a_check_that_cannot_reach_the_store_leaves_the_site_as_it_was(recorded, client_with):
    def unreachable() -> Register:
        raise StoreUnavailable("cannot use the PostgreSQL store: connection refused")

    reports: list[str] = []
    watch = Watch(unreachable, report=reports.append)
    site = client_with(watch=watch)
    assert watch.check() is False
    assert watch.status is Status.CHECKING
    assert site.get("/beslut").status_code == 200
    assert reports == ["check: could not check the register (cannot use the PostgreSQL store: connection refused); trying again"]


def test_a_check_that_breaks_on_something_unforeseen_closes_the_site(watched, monkeypatch):
    def broken(register: Register) -> dict[str, object]:
        raise AssertionError("a board event is missing")

    monkeypatch.setattr(watching.audit, "verify", broken)
    assert watched.watch.check() is True
    assert watched.watch.status is Status.NOT_INTACT  # not proven intact: the site does not vouch for it
    assert watched.site.get("/beslut").status_code == 503


def test_the_schedule_checks_again_and_finds_a_forgery_made_after_the_start(recorded, client_with):
    watch = Watch(lambda: Register.open(recorded.store), every=dt.timedelta(seconds=0.2), report=lambda said: None)
    site = client_with(watch=watch)
    watch.start()
    try:
        assert until(lambda: watch.status is Status.INTACT)
        assert site.get("/planer").status_code == 200
        forge(recorded.store, "an amount")
        assert until(lambda: watch.status is Status.NOT_INTACT)
        assert site.get("/planer").status_code == 503
    finally:
        watch.stop()


@pytest.mark.parametrize(("text", "every"), [("45s", dt.timedelta(seconds=45)), ("30m", dt.timedelta(minutes=30)),
                                             ("6h", dt.timedelta(hours=6)), ("30d", dt.timedelta(days=30))])
def test_a_schedule_is_a_whole_number_and_one_unit(text, every):
    assert watching.parse_every(text) == every


def test_a_check_that_meets_a_rebuild_putting_its_views_in_place_leaves_the_site_as_it_was(watched, recorded, monkeypatch):
    if recorded.store.url is not None:
        pytest.skip("PostgreSQL's readers do not wait for the lock a rebuild holds; SQLite's index check does")
    monkeypatch.setenv("REGISTER_LOCK_TIMEOUT", "1")
    assert watched.watch.check() is True and watched.watch.status is Status.INTACT
    rebuilding = Register.open(recorded.store)
    try:
        with rebuilding.read_model.db.exclusive("view_position"):  # as `rebuild` holds it while it copies the views in
            assert watched.watch.check() is False
    finally:
        rebuilding.close()
    assert watched.watch.status is Status.INTACT
    assert watched.site.get("/beslut").status_code == 200
    assert watched.reports[-1].startswith("check: could not check the register (the store is busy")
    assert watched.watch.check() is True and watched.watch.status is Status.INTACT


def test_a_site_closed_without_a_schedule_opens_again_soon_after_a_rebuild(recorded, client_with, monkeypatch):
    monkeypatch.setattr(watching, "RETRY", dt.timedelta(seconds=0.2))
    forge(recorded.store, "an amount")
    watch = Watch(lambda: Register.open(recorded.store), report=lambda said: None)  # checked at start only
    site = client_with(watch=watch)
    watch.start()
    try:
        assert until(lambda: watch.status is Status.NOT_INTACT)
        assert site.get("/planer").status_code == 503
        register = Register.open(recorded.store)
        try:
            register.rebuild()
        finally:
            register.close()
        assert until(lambda: watch.status is Status.INTACT)
        page = site.get("/planer")
        assert page.status_code == 200 and FORGED_AMOUNT not in read(page).text
    finally:
        watch.stop()
