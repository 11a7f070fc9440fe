"""`register serve --processes N` (#27): one listening socket, N workers forked to serve it, so
that pages are built on more than one core. Each worker keeps its own answers but follows the
store's head, so no worker shows a page from before a recording; the site's key and the
sessions are the store's, so whoever signs in on one worker is signed in on all; and stopping
the server stops every worker."""

from __future__ import annotations

import os
import signal
import subprocess
import time
import urllib.parse
from collections.abc import Iterator
from typing import NamedTuple

import pytest
from click.testing import CliRunner

from cli import main
from register.accounts import Accounts
from register.application import Register
from register.storage import Store
from tests.web.serving import served, until
from tests.web.workers import Connection, alive, children_of

PASSWORD = "ett långt lösenord"


def setting(store: Store) -> str:
    return str(store.path) if store.url is None else store.url


class Workers(NamedTuple):
    address: str
    server: subprocess.Popen[str]
    by_worker: dict[int, Connection]
    """A kept-alive connection to each of two workers, by the worker's process id."""


def connections_to_two_workers(address: str, server: subprocess.Popen[str]) -> dict[int, Connection]:
    """Connections opened until two different workers hold one each (the kernel hands each new
    connection to whichever worker accepts it first)."""
    by_worker: dict[int, Connection] = {}
    opened = []
    for _ in range(200):
        connection = Connection(address)
        opened.append(connection)
        connection.get("/tillganglighet")
        worker = connection.worker(children_of(server.pid))
        by_worker.setdefault(worker, connection)
        if len(by_worker) == 2:
            break
        time.sleep(0.01)
    for connection in opened:
        if connection not in by_worker.values():
            connection.close()
    assert len(by_worker) == 2, f"every connection went to {set(by_worker)}"
    return by_worker


@pytest.fixture
def two_workers(recorded) -> Iterator[Workers]:
    register = Register(recorded.store)
    try:
        Accounts(register.database).add("ledamot", "member", PASSWORD, by="test")
    finally:
        register.close()
    with served(setting(recorded.store), "--processes", "2") as (address, server):
        by_worker = connections_to_two_workers(address, server)
        yield Workers(address, server, by_worker)
        for connection in by_worker.values():
            connection.close()


def test_two_workers_answer_and_neither_shows_a_page_from_before_a_recording(two_workers, recorded):
    for connection in two_workers.by_worker.values():
        assert "2026-2" not in connection.get("/moten")
        assert "2026-2" not in connection.get("/moten")  # kept by each worker now
    recorded_by_hand = CliRunner().invoke(main, ["--store", setting(recorded.store), "meeting", "2026-2",
                                                 "--date", "2026-03-16", "--place", "Ronneby"])
    assert recorded_by_hand.exit_code == 0, recorded_by_hand.output
    for connection in two_workers.by_worker.values():
        assert "2026-2" in connection.get("/moten")


def test_a_member_signed_in_on_one_worker_is_signed_in_on_the_other(two_workers):
    first, second = two_workers.by_worker.values()
    form = first.get("/logga-in")
    token = form.split('name="csrf_token" type="hidden" value="', 1)[1].split('"', 1)[0]
    status, _ = first.request("POST", "/logga-in", urllib.parse.urlencode(
        {"name": "ledamot", "password": PASSWORD, "csrf_token": token}))
    assert status == 303
    assert "Inloggad som ledamot" in first.get("/")
    assert "Inloggad som ledamot" not in second.get("/")
    second.cookies = dict(first.cookies)
    assert "Inloggad som ledamot" in second.get("/")


def test_the_check_at_start_reaches_every_worker(two_workers):
    def checked(connection: Connection) -> bool:
        connection.get("/beslut")
        return connection.headers["Register-Check"] == "intact"

    for connection in two_workers.by_worker.values():
        assert until(lambda: checked(connection), 120)


def started_workers(address: str, server: subprocess.Popen[str]) -> set[int]:
    """The server's children: two workers, and the check's process while it checks."""
    workers = set(connections_to_two_workers(address, server))
    return children_of(server.pid) | workers


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
@pytest.mark.parametrize("schedule", [(), ("--verify-every", "1s")], ids=["at start only", "every second"])
def test_the_check_runs_in_a_process_of_its_own_as_long_as_there_is_a_schedule(recorded, tmp_path, schedule):
    log = tmp_path / "serve.log"
    with log.open("w") as said, served(setting(recorded.store), "--processes", "2", *schedule, said=said) as (_, server):
        assert until(lambda: "check: the register is intact" in log.read_text(), 60)
        if schedule:
            assert until(lambda: log.read_text().count("check: the register is intact") >= 3, 60)
            assert len(children_of(server.pid)) == 3
        else:
            assert until(lambda: len(children_of(server.pid)) == 2, 10)
            time.sleep(1.5)
            assert len(children_of(server.pid)) == 2 and log.read_text().count("check: the register is intact") == 1
        assert "starting another" not in log.read_text()


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
@pytest.mark.parametrize("stop", ["SIGTERM to the server", "Ctrl-C in its terminal", "SIGKILL to the server"])
def test_stopping_the_server_leaves_no_worker_behind(recorded, stop):
    with served(setting(recorded.store), "--processes", "2", popen={"start_new_session": True}) as (address, server):
        children = started_workers(address, server)
        if stop == "SIGTERM to the server":
            server.send_signal(signal.SIGTERM)
        elif stop == "Ctrl-C in its terminal":
            os.killpg(server.pid, signal.SIGINT)  # a terminal sends it to the whole foreground group
        else:
            server.kill()  # no chance to stop them: the workers see their parent gone
        server.wait(timeout=20)
        assert until(lambda: not any(alive(pid) for pid in children), 20), [pid for pid in children if alive(pid)]
        if stop != "SIGKILL to the server":
            assert server.returncode == 0


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_a_worker_that_dies_is_replaced(recorded):
    with served(setting(recorded.store), "--processes", "2") as (address, server):
        workers = set(connections_to_two_workers(address, server))
        before = children_of(server.pid)
        dead = next(iter(workers))
        os.kill(dead, signal.SIGKILL)

        def replaced() -> bool:
            # Not a count of children: the check at start may end meanwhile, one child fewer.
            now = children_of(server.pid)
            return dead not in now and bool(now - before)

        assert until(replaced, 20)
        for _ in range(20):  # the site goes on answering, from the worker left and the new one
            assert "2025-7" in Connection(address).get("/moten")


def test_the_parent_loads_the_templates_and_the_search_dictionary_once_for_every_worker(recorded):
    from projections import search
    from register.web.app import create_app
    from register.web.workers import warm

    app = create_app(lambda: Register.open(recorded.store))
    search._dictionary.cache_clear()
    warm(app)
    assert search._dictionary.cache_info().currsize == 1 and search._stemmer.cache_info().currsize == 1
    loaded = {name for (_, name) in app.jinja_env.cache.keys()}
    assert loaded == set(app.jinja_env.list_templates()) and "search.html" in loaded
    app.extensions["registers"].close()
