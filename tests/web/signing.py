"""Signing in to the site in tests (#26): a site over the demo with one decision withheld and
accounts of a member and a secretary (the `site` fixture of conftest.py), and how a visitor signs
in and posts a form with its CSRF token."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from flask.testing import FlaskClient

from domain.ids import DecisionId, MeetingId
from register.accounts import Accounts
from register.application import Register
from register.web.app import create_app
from tests.web.conftest import Recorded

PASSWORD = "ett långt lösenord"
WITHHELD_REASON = "personuppgifter om en enskild"
WITHHELD = "2025-7 §11:1"


def a_site_members_sign_in_to(recorded: Recorded, monkeypatch: pytest.MonkeyPatch) -> Iterator[FlaskClient]:
    """A site members sign in to, over the demo with one decision withheld, and accounts of a
    member and a secretary. Wrong passwords answer at once here (the wait is tested on its own)."""
    register = Register(recorded.store)
    try:
        with register.recording(MeetingId.parse("2025-7")) as meeting:
            meeting.withhold(DecisionId.parse(WITHHELD), WITHHELD_REASON)
        accounts = Accounts(register.database)
        accounts.add("ledamot", "member", PASSWORD, by="test")
        accounts.add("sekreterare", "secretary", PASSWORD, by="test")
    finally:
        register.close()
    monkeypatch.setattr("register.web.signing_in.time.sleep", lambda seconds: None)
    app = create_app(lambda: Register.open(recorded.store), sign_in=True)
    app.testing = False
    yield app.test_client()
    app.extensions["registers"].close()


@contextmanager
def accounts_of(recorded: Recorded) -> Iterator[Accounts]:
    register = Register(recorded.store)
    try:
        yield Accounts(register.database)
    finally:
        register.close()


def token(client: FlaskClient, path: str = "/logga-in") -> str:
    found = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', client.get(path).get_data(as_text=True))
    assert found, f"no CSRF token on {path}"
    return found[1]


def signed_in(client: FlaskClient, name: str, password: str = PASSWORD) -> int:
    return client.post("/logga-in", data={"name": name, "password": password, "csrf_token": token(client)}).status_code


def shows_withheld(client: FlaskClient) -> bool:
    page = client.get("/beslut/2025-7/11/1").get_data(as_text=True)
    return f"Utelämnas på den publika webbplatsen: {WITHHELD_REASON}" in page


def hides_withheld(client: FlaskClient) -> bool:
    page = client.get("/beslut/2025-7/11/1").get_data(as_text=True)
    return f"Utelämnad: {WITHHELD_REASON}" in page and "Utelämnas på den publika webbplatsen" not in page


def form_token(client: FlaskClient, page: str, action: str) -> str:
    """The CSRF token of the form on `page` that posts to `action`."""
    html = client.get(page).get_data(as_text=True)
    form = re.search(rf'<form[^>]*method="post" action="{re.escape(action)}"[^>]*>(.*?)</form>', html, re.S)
    assert form, f"no form to {action} on {page}"
    return re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', form[1])[1]
