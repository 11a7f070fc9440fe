"""Answers kept by position (#27, `register/web/answers.py`): recording anything moves the head,
so no page, JSON twin or feed kept before is handed out after it, under either clock, to the
public or to a member; what is withheld never reaches the public from what was kept; a browser
holding the answer gets 304; and what is kept stays within its limit."""

from __future__ import annotations

import datetime as dt
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient

from domain.ids import DecisionId, MeetingId
from domain.values import DecisionKind
from register.accounts import Accounts
from register.application import Register
from register.web.answers import Answers, Kept
from register.web.app import create_app
from tests.web.conftest import Recorded
from tests.web.signing import PASSWORD, signed_in

LATER = MeetingId.parse("2026-2")
"""A meeting after 2026-1, so that `as_of` below falls before the last meeting."""
BEFORE_THE_LAST = "2026-03-01"
FAR_AHEAD = "2999-01-01T00:00:00"
WORDS = ("Ekudden", "Tallbacken", "Granhöjden")
PATHS = ["/beslut", "/api/beslut", "/moten/2026-1", "/api/moten/2026-1", "/flode/beslut.atom"]
CLOCKS = {"now": {}, "as_of": {"as_of": BEFORE_THE_LAST}, "as_recorded": {"as_recorded": FAR_AHEAD}}


def record(store, number: int) -> int:
    """A decision at 2026-1 (held 2026-02-16) naming `WORDS[number]`; the head after it."""
    register = Register(store)
    try:
        with register.recording(MeetingId.parse("2026-1")) as meeting:
            meeting.take_decision(DecisionId.parse(f"2026-1 §{10 + number}:1"),
                                  f"Att bevilja medel till projektet {WORDS[number]}.", DecisionKind.OTHER)
        return register.head()
    finally:
        register.close()


@pytest.fixture
def later(recorded: Recorded) -> Recorded:
    register = Register(recorded.store)
    try:
        with register.new_meeting(LATER, dt.date(2026, 4, 20), "Karlskrona"):
            pass
        Accounts(register.database).add("ledamot", "member", PASSWORD, by="test")
        Accounts(register.database).add("sekreterare", "secretary", PASSWORD, by="test")
    finally:
        register.close()
    return recorded


@pytest.fixture
def sites(later: Recorded) -> Iterator[Callable[..., tuple[Flask, FlaskClient]]]:
    apps: list[Flask] = []

    def make(**options) -> tuple[Flask, FlaskClient]:
        app = create_app(lambda: Register.open(later.store), **options)
        app.testing = False
        apps.append(app)
        return app, app.test_client()

    yield make
    for app in apps:
        app.extensions["registers"].close()


MODES = {
    "public": ({"public": True}, {}),
    "member": ({"trust_header": "X-Remote-User"}, {"X-Remote-User": "ledamot"}),
}


@pytest.mark.parametrize("clock", CLOCKS)
@pytest.mark.parametrize("mode", MODES)
def test_a_page_read_after_recording_is_never_the_one_kept_before(sites, later, mode, clock):
    options, headers = MODES[mode]
    app, client = sites(**options)
    answers: Answers = app.extensions["answers"]

    def read() -> dict[str, str]:
        pages = {}
        for path in PATHS:
            answer = client.get(path, query_string=CLOCKS[clock], headers=headers)
            assert answer.status_code == 200, path
            pages[path] = answer.content_type + "\n" + answer.get_data(as_text=True)
        return pages

    first = read()
    assert not any(WORDS[0] in page for page in first.values())
    assert first["/api/beslut"].startswith("application/json") and first["/flode/beslut.atom"].startswith("application/atom+xml")
    hits = answers.hits
    assert read() == first and answers.hits == hits + len(PATHS)  # kept, and handed out again
    for number in (0, 1):
        record(later.store, number)
        for path, page in read().items():
            assert all(WORDS[n] in page for n in range(number + 1)), f"{path} at {clock}, {mode}: kept from before"
        read()  # now kept: the next recording must still move past it


def test_a_signed_in_members_json_is_never_the_one_kept_before(sites, later):
    app, client = sites(sign_in=True)
    assert signed_in(client, "ledamot") == 303
    assert WORDS[0] not in client.get("/api/beslut").get_data(as_text=True)
    hits = app.extensions["answers"].hits
    client.get("/api/beslut")
    assert app.extensions["answers"].hits == hits + 1
    record(later.store, 0)
    assert WORDS[0] in client.get("/api/beslut").get_data(as_text=True)


def reading(store, question):
    register = Register(store)
    try:
        return question(register)
    finally:
        register.close()


def withhold(store, ref: str, again: bool = False) -> int:
    register = Register(store)
    try:
        decision = DecisionId.parse(ref)
        with register.recording(decision.meeting) as meeting:
            if again:
                meeting.publish(decision)
            else:
                meeting.withhold(decision, "personuppgifter om en enskild")
        return register.head()
    finally:
        register.close()


@pytest.mark.parametrize("clock", ["now", "past"])
def test_a_decision_withheld_after_its_page_was_kept_never_reaches_the_public(sites, later, clock):
    _, public = sites(public=True)
    _, member = sites(trust_header="X-Remote-User")  # the public and a member of the same site
    app, both = sites(trust_header="X-Remote-User")
    clocks = {} if clock == "now" else {"as_recorded": later.between.isoformat()}
    ref = "2025-7 §07:1"
    text = next(d.text for d in reading(later.store, Register.decisions) if d.id == ref)
    paths = ["/beslut/2025-7/7/1", "/api/beslut/2025-7/7/1", "/beslut", "/api/beslut", "/flode/beslut.atom"]
    for path in paths:
        assert text in public.get(path, query_string=clocks).get_data(as_text=True), path
        public.get(path, query_string=clocks)  # kept
        both.get(path, query_string=clocks, headers={"X-Remote-User": "ledamot"})  # kept for the member first
    head = reading(later.store, Register.head)
    assert withhold(later.store, ref) > head  # a withholding is an event: it moves the head
    for path in paths:
        assert text not in public.get(path, query_string=clocks).get_data(as_text=True), path
        assert text not in both.get(path, query_string=clocks).get_data(as_text=True), f"{path}: the member's, to the public"
        assert text in both.get(path, query_string=clocks, headers={"X-Remote-User": "ledamot"}).get_data(as_text=True)
    withhold(later.store, ref, again=True)
    assert text in public.get("/api/beslut/2025-7/7/1", query_string=clocks).get_data(as_text=True)


def test_a_browser_holding_the_answer_gets_304_until_something_is_recorded(sites, later):
    _, client = sites(public=True)
    first = client.get("/beslut")
    etag = first.headers["ETag"]
    assert first.headers["Cache-Control"] == "no-cache"
    again = client.get("/beslut", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.get_data() == b"" and again.headers["ETag"] == etag
    assert client.get("/api/beslut", headers={"If-None-Match": etag}).status_code == 200  # another answer, another tag
    assert client.get("/beslut", query_string={"as_of": BEFORE_THE_LAST}, headers={"If-None-Match": etag}).status_code == 200
    record(later.store, 0)
    after = client.get("/beslut", headers={"If-None-Match": etag})
    assert after.status_code == 200 and after.headers["ETag"] != etag and WORDS[0] in after.get_data(as_text=True)


def test_a_signed_in_member_gets_no_tag_and_a_public_tag_gets_them_no_304(sites, later):
    _, public = sites(sign_in=True)
    etag = public.get("/api/beslut").headers["ETag"]
    _, client = sites(sign_in=True)
    assert signed_in(client, "ledamot") == 303
    answer = client.get("/api/beslut", headers={"If-None-Match": etag})
    assert answer.status_code == 200 and "ETag" not in answer.headers
    assert answer.headers["Cache-Control"] == "no-store"  # a shared computer keeps nothing after they sign out


def test_forms_errors_and_posts_are_never_kept(sites, later):
    app, client = sites(sign_in=True)
    answers: Answers = app.extensions["answers"]
    assert signed_in(client, "sekreterare") == 303
    for path in ["/beslut/2025-7/7/1", "/moten/2026-1", "/beslut", "/finns-inte", "/api/beslut/2025-7/99/1"]:
        kept = len(answers)
        client.get(path)
        assert len(answers) == kept, f"{path} was kept"  # a CSRF token, or an error
    kept = len(answers)
    assert client.get("/api/beslut").status_code == 200
    assert len(answers) == kept + 1  # the JSON twin carries no token


def test_what_is_kept_stays_within_its_limit(sites, later):
    limit = 120_000
    app, client = sites(public=True, answers=Answers(limit))
    answers: Answers = app.extensions["answers"]
    sizes = []
    for n in range(40):
        day = dt.date(2026, 1, 1) + dt.timedelta(days=n)
        assert client.get("/beslut", query_string={"as_of": day.isoformat()}).status_code == 200
        assert answers.size <= limit
        sizes.append(answers.size)
    assert max(sizes) > limit // 2 and len(answers) < 40  # filled, and the oldest let go
    misses = answers.misses
    client.get("/beslut", query_string={"as_of": "2026-01-01"})  # the first, long gone
    assert answers.misses == misses + 1
    small = Answers(limit=4000)  # no page fits in a quarter of it
    app, client = sites(public=True, answers=small)
    client.get("/beslut")
    assert len(small) == 0 and small.size == 0


def test_readers_in_many_threads_never_get_what_was_kept_before_a_recording_they_began_after(sites, later):
    app, _ = sites(public=True)
    recorded_at: list[float] = []
    stale: list[str] = []
    stop = threading.Event()

    def reader() -> None:
        client = app.test_client()
        while not stop.is_set():
            began = time.perf_counter()
            page = client.get("/api/beslut").get_data(as_text=True)
            if recorded_at and began > recorded_at[0] and WORDS[0] not in page:
                stale.append(page[:80])

    threads = [threading.Thread(target=reader) for _ in range(6)]
    for thread in threads:
        thread.start()
    time.sleep(0.5)
    record(later.store, 0)
    recorded_at.append(time.perf_counter())
    time.sleep(0.5)
    stop.set()
    for thread in threads:
        thread.join()
    assert app.extensions["answers"].hits > 0 and not stale


def test_the_memory_the_answers_hold_stays_under_the_limit():
    limit = 200_000
    answers = Answers(limit)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for n in range(500):
            key = f"{n:032x}"
            headers = (("Content-Type", "text/html; charset=utf-8"), ("ETag", f'W/"{key}"'), ("Cache-Control", "no-cache"))
            answers.put(key, Kept(200, b"<p>" + str(n).encode() * 1000 + b"</p>", headers))
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert answers.size <= limit and 0 < held <= limit and len(answers) < 500
