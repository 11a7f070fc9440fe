"""A site over the demo's two meetings and a third recorded by hand, in which a revised plan
supersedes 2025-7 §07:1 and the report 2025-7 §07:2 is delivered."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

import pytest
from flask import Flask
from flask.testing import FlaskClient

from domain.ids import DecisionId, MeetingId
from domain.values import DecisionKind, Party
from register.application import Register
from register.demo import SAMPLES, import_sample, record_the_board
from register.storage import Store
from register.web.app import create_app

REVISED = DecisionId.parse("2026-1 §04:1")
HELD = dt.date(2026, 2, 16)


def record_demo_and_a_revision(register: Register) -> dt.datetime:
    """Returns an instant after the demo was recorded and before the revision was."""
    for name, date in SAMPLES:
        import_sample(register, name, date)
    record_the_board(register)
    time.sleep(0.01)
    between = dt.datetime.now(dt.UTC)
    time.sleep(0.01)
    with register.new_meeting(MeetingId.parse("2026-1"), HELD, "Karlskrona", justerare=("Eva Ek",)) as meeting:
        meeting.take_decision(REVISED, "Att upphäva Beslut 2025-7 §07:1 och fastställa Karlskrona kommuns reviderade plan.",
                              DecisionKind.PLAN, cites=(DecisionId.parse("2025-7 §07:1"),))
        meeting.revoke(DecisionId.parse("2025-7 §07:1"), REVISED, superseded=True)
        meeting.adopt_plan(Party.KARLSKRONA, 2026, REVISED)
        meeting.award_grant(Party.KARLSKRONA, 2026, 3_600_000, REVISED, "genomförande av reviderad plan")
        meeting.fulfil(DecisionId.parse("2025-7 §07:2"), REVISED, "läget redovisat")
    return between


class Recorded(NamedTuple):
    store: Store
    between: dt.datetime


@pytest.fixture
def recorded(store: Store) -> Recorded:
    register = Register(store)
    try:
        return Recorded(store, record_demo_and_a_revision(register))
    finally:
        register.close()


@pytest.fixture
def client(recorded: Recorded) -> Iterator[FlaskClient]:
    app = create_app(lambda: Register.open(recorded.store))
    app.testing = False  # errors go through the site's own pages, as a visitor would see them
    yield app.test_client()
    app.extensions["registers"].close()


@pytest.fixture
def client_with(recorded: Recorded) -> Iterator[Callable[..., FlaskClient]]:
    """Makes clients of sites over the same store, each with its own options of `create_app`."""
    apps: list[Flask] = []

    def make(**options: Any) -> FlaskClient:
        app = create_app(lambda: Register.open(recorded.store), **options)
        app.testing = False
        apps.append(app)
        return app.test_client()

    yield make
    for app in apps:
        app.extensions["registers"].close()


@pytest.fixture
def site(recorded: Recorded, monkeypatch: pytest.MonkeyPatch) -> Iterator[FlaskClient]:
    """A site members sign in to, with a member's and a secretary's accounts (tests/web/signing.py)."""
    from tests.web.signing import a_site_members_sign_in_to

    yield from a_site_members_sign_in_to(recorded, monkeypatch)
