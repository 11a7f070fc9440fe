"""`register verify` proves the stored history was not changed behind the register's back."""

from __future__ import annotations

import sqlite3

import pytest


@pytest.fixture
def store(cli, store_path):
    assert cli("demo").exit_code == 0
    assert cli("meeting", "2026-1", "--date", "2026-02-16").exit_code == 0
    return store_path


def tamper(store_path, *statements):
    with sqlite3.connect(store_path) as db:
        for statement in statements:
            db.execute(statement)


def test_an_untouched_store_verifies(cli, store):
    result = cli("verify")
    assert result.exit_code == 0
    assert result.output.startswith("ok: 30 events in 2 meetings; chain intact; digest ")


def test_an_altered_event_is_caught_at_its_position(cli, store):
    tamper(store, "UPDATE stored_events SET state = CAST(replace(CAST(state AS TEXT), '3578000', '3578001') AS BLOB) WHERE rowid = 6")
    with sqlite3.connect(store) as db:
        assert b"3578001" in db.execute("SELECT state FROM stored_events WHERE rowid = 6").fetchone()[0]
    result = cli("verify")
    assert result.exit_code == 1
    assert result.output.strip() == "broken at position 6: event altered or reordered"


def test_a_deleted_event_is_caught_at_its_position(cli, store):
    tamper(store, "DELETE FROM stored_events WHERE rowid = 7")
    result = cli("verify")
    assert result.exit_code == 1
    assert result.output.strip() == "broken at position 7: event deleted"


def test_a_deleted_last_event_is_caught(cli, store):
    tamper(store, "DELETE FROM stored_events WHERE rowid = 30")
    assert cli("verify").output.strip() == "broken at position 30: event deleted"


def test_reordered_events_are_caught_at_the_first_one_moved(cli, store):
    tamper(
        store,
        "UPDATE stored_events SET rowid = -3 WHERE rowid = 3",
        "UPDATE stored_events SET rowid = 3 WHERE rowid = 4",
        "UPDATE stored_events SET rowid = 4 WHERE rowid = -3",
    )
    result = cli("verify")
    assert result.exit_code == 1
    assert result.output.strip() == "broken at position 3: event altered or reordered"


def test_an_event_inserted_outside_the_register_is_caught(cli, store):
    tamper(store, "INSERT INTO stored_events SELECT originator_id, 99, topic, state FROM stored_events WHERE rowid = 30")
    result = cli("verify")
    assert result.exit_code == 1
    assert result.output.strip() == "broken at position 31: event inserted outside the register"


def test_an_event_slipped_into_a_gap_is_caught(cli, store):
    tamper(
        store,
        "DELETE FROM stored_events WHERE rowid = 12",
        "INSERT INTO stored_events (rowid, originator_id, originator_version, topic, state) "
        "SELECT 12, originator_id, 98, topic, state FROM stored_events WHERE rowid = 11",
    )
    result = cli("verify")
    assert result.exit_code == 1
    assert result.output.strip() == "broken at position 12: event altered or reordered"
