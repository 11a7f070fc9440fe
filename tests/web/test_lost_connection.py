"""A serving thread whose PostgreSQL connection was ended (the server restarted, an operator's
pg_terminate_backend, a network drop) answers 503 for that request and connects afresh for
the next, instead of answering 500 until the site is restarted."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from projections.read_model import ProjectionFailed
from projections.sql import StoreBusy, StoreUnavailable
from register.application import Register
from register.storage import Store
from register.web.refusals import UNAVAILABLE
from register.web.app import LOST, create_app
from tests.backends import POSTGRES, fresh_store
from tests.web.conftest import record_demo_and_a_revision
from tests.web.page import read
from tests.web.serving import serving


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with fresh_store("postgres", tmp_path) as fresh:
        register = Register(fresh)
        try:
            record_demo_and_a_revision(register)
        finally:
            register.close()
        yield fresh


@pytest.fixture
def name() -> str:
    """What the site's connections call themselves (libpq's PGAPPNAME), to end them and no others."""
    return f"register-site-{uuid.uuid4().hex[:8]}"


def end_connections(name: str) -> int:
    import psycopg

    with psycopg.connect(Store(url=POSTGRES).conninfo(), autocommit=True, application_name="test-terminator") as db:
        ended = db.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = %s", (name,))
        return len(ended.fetchall())


@pytest.fixture
def site(store, name, monkeypatch):
    monkeypatch.setenv("PGAPPNAME", name)
    app = create_app(lambda: Register.open(store))
    app.testing = False
    yield app.test_client()
    app.extensions["registers"].close()


def test_a_dropped_connection_answers_503_once_and_the_next_request_connects_again(site, name):
    before = site.get("/beslut")
    assert before.status_code == 200
    assert end_connections(name) >= 1
    dropped = site.get("/beslut")
    assert dropped.status_code == 503
    assert read(dropped).h1() == ["Registret kunde inte svara"] and LOST in read(dropped).text
    for _ in range(3):
        again = site.get("/beslut")
        assert again.status_code == 200
        assert again.get_data() == before.get_data()


def test_the_json_twin_of_a_dropped_connection_is_an_error_document(site, name):
    assert site.get("/api/beslut").status_code == 200
    end_connections(name)
    dropped = site.get("/api/beslut")
    assert (dropped.status_code, json.loads(dropped.get_data())) == (503, {"error": LOST, "status": 503})
    assert site.get("/api/beslut").status_code == 200


def status(address: str, path: str) -> int:
    try:
        return urllib.request.urlopen(address + path, timeout=10).status
    except urllib.error.HTTPError as error:
        return error.code


def test_the_served_site_reconnects_after_its_connection_was_ended(store, name):
    with serving(store.url or "", "--threads", "1", env={"PGAPPNAME": name}) as address:
        assert status(address, "/beslut") == 200
        assert end_connections(name) >= 1
        assert [status(address, "/beslut") for _ in range(4)] == [503, 200, 200, 200]


class Gone:
    """A register whose connection went away in the middle of catching up its views."""

    notices: list[str] = []

    def __getattr__(self, name: str) -> object:
        def fails(*args: object, **kwargs: object) -> None:
            import psycopg

            try:
                raise psycopg.OperationalError("server closed the connection unexpectedly")
            except psycopg.OperationalError as error:
                raise ProjectionFailed(12, "server closed the connection unexpectedly") from error

        return fails


def test_a_connection_lost_while_the_views_catch_up_answers_503_and_the_next_request_connects_again():
    opened: list[str] = []

    def open_register() -> object:
        opened.append("opened")
        return Gone()

    app = create_app(open_register)  # type: ignore[arg-type]
    app.testing = False
    site = app.test_client()
    assert site.get("/api/beslut").status_code == 503
    assert site.get("/api/beslut").status_code == 503
    assert opened == ["opened", "opened"]  # each request after a lost connection opens a register of its own


@pytest.mark.parametrize("error", [StoreUnavailable("cannot use the PostgreSQL store: connection refused"),
                                   StoreBusy("the store is busy: another command held it for more than 30 s")],
                         ids=["unavailable", "busy"])
def test_a_store_that_cannot_answer_now_gets_503_not_a_bad_request(error):
    def open_register() -> Register:
        raise error

    app = create_app(open_register)
    app.testing = False
    response = app.test_client().get("/api/beslut")
    # in Swedish, as every page: the register's English goes to the log, for the operator
    assert (response.status_code, json.loads(response.get_data())) == (503, {"error": UNAVAILABLE, "status": 503})
