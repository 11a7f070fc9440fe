"""A store written by earlier code still loads: its events decode, its chain verifies, and the
views derived from it again are what that code showed. The fixture holds every kind of event;
`tests/fixtures/write_store.py` wrote it."""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing

import pytest
from click.testing import CliRunner

from cli import main
from domain.board import Board, BoardEvent
from domain.events import MeetingEvent
from domain.meeting import Meeting
from tests.backends import fresh_store
from tests.fixtures.write_store import FOLDER, shown

WRITTEN = FOLDER / "register.db"
SHOWN_THEN = json.loads((FOLDER / "views.json").read_text(encoding="utf-8"))


def run(store: str, *args: str) -> str:
    result = CliRunner().invoke(main, ["--store", store, *args], catch_exceptions=False)
    assert result.exit_code == 0, (args, result.output)
    return result.output


@pytest.fixture
def written(tmp_path):
    copy = tmp_path / "register.db"
    shutil.copyfile(WRITTEN, copy)
    return copy


def test_the_fixture_holds_every_kind_of_event():
    with closing(sqlite3.connect(f"file:{WRITTEN}?mode=ro", uri=True)) as db:
        stored = {topic for (topic,) in db.execute("SELECT DISTINCT topic FROM stored_events")}
    kinds = {kind.TOPIC for kind in MeetingEvent.__subclasses__()} | {Meeting.Recorded.TOPIC}
    kinds |= {kind.TOPIC for kind in BoardEvent.__subclasses__()} | {Board.Registered.TOPIC}
    assert len(kinds) == 37
    assert kinds <= stored


def test_a_store_written_before_verifies_and_rebuilds_to_the_views_it_showed(written):
    assert run(str(written), "verify").startswith("ok: ")
    assert run(str(written), "rebuild").startswith("rebuilt from ")
    assert as_then(shown(written), SHOWN_THEN) == SHOWN_THEN


def as_then(now, then):
    """What is shown now, with only the fields that were shown then: fields may be added to a
    view's JSON (a trace line's ids and data), never renamed or changed."""
    if isinstance(now, dict) and isinstance(then, dict):
        return {key: as_then(now[key], then[key]) if key in now else "(no longer shown)" for key in then}
    if isinstance(now, list) and isinstance(then, list) and len(now) == len(then):
        return [as_then(n, t) for n, t in zip(now, then)]
    return now


def test_fields_added_since_are_all_that_the_comparison_forgives():
    then = {"events": [{"event": "sealed", "detail": "x"}]}
    assert as_then({"events": [{"event": "sealed", "detail": "x", "data": {}}]}, then) == then
    assert as_then({"events": [{"event": "sealed", "detail": "y", "data": {}}]}, then) != then
    assert as_then({"events": [{"event": "sealed"}]}, then) != then
    assert as_then({"events": []}, then) != then


def test_a_store_written_before_copies_into_postgres_unchanged(written, tmp_path):
    with fresh_store("postgres", tmp_path) as target:
        run(str(written), "copy", "--to", target.url)
        assert run(target.url, "verify").startswith("ok: ")
        assert as_then(shown(target.url), SHOWN_THEN) == SHOWN_THEN
