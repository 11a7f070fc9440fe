"""The hash chains are walked a few rows at a time, so a store of any size is checked in the same
memory: tampering is caught wherever it falls, at the edge of a batch as inside one, with the
same words as when the whole history was held at once."""

from __future__ import annotations

import pytest

from register import ledger
from tests.cli.test_verify_tampering import Tamperer
from tests.conftest import stored_events

BATCH = 5
"""Saves end at 11, 39, 41, 49 and 50 in the recorded store, so batches of five rows cut through
saves and the fifth save starts a batch of its own."""


@pytest.fixture
def tamper(cli, store, monkeypatch) -> Tamperer:
    monkeypatch.setattr(ledger, "CHAIN_BATCH", BATCH)
    assert cli("demo").exit_code == 0
    assert cli("meeting", "2026-1", "--date", "2026-02-16").exit_code == 0
    return Tamperer(store)


def test_an_untouched_store_verifies_batch_by_batch(cli, tamper):
    result = cli("verify")
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"ok: {stored_events(tamper.store)} events in 3 meetings; chain intact")


@pytest.mark.parametrize("position", [BATCH, BATCH + 1, 2 * BATCH, 11])
def test_an_event_altered_at_the_edge_of_a_batch_is_caught_at_its_position(cli, tamper, position):
    tamper.run(f"UPDATE {{table}} SET originator_version = originator_version + 1000 WHERE {{position}} = {position}")
    result = cli("verify")
    assert result.exit_code == 1
    assert result.output.strip() == f"broken at position {position}: event altered or reordered"


@pytest.mark.parametrize("position", [BATCH, BATCH + 1, 2 * BATCH])
def test_an_event_deleted_at_the_edge_of_a_batch_is_caught_at_its_position(cli, tamper, position):
    tamper.run(f"DELETE FROM {{table}} WHERE {{position}} = {position}")
    assert cli("verify").output.strip() == f"broken at position {position}: event deleted"


def test_a_whole_batch_of_events_deleted_is_caught_at_its_first(cli, tamper):
    tamper.run(f"DELETE FROM {{table}} WHERE {{position}} > {BATCH} AND {{position}} <= {2 * BATCH}")
    assert cli("verify").output.strip() == f"broken at position {BATCH + 1}: event deleted"


def test_a_chain_row_deleted_at_the_edge_of_a_batch_is_caught_as_an_event_outside_the_register(cli, tamper):
    tamper.run(f"DELETE FROM register_chain WHERE position = {2 * BATCH}")
    assert cli("verify").output.strip() == f"broken at position {2 * BATCH}: event inserted outside the register"


def test_events_swapped_across_the_edge_of_a_batch_are_caught_at_the_first_one_moved(cli, tamper):
    tamper.run(
        f"UPDATE {{table}} SET {{position}} = -1 WHERE {{position}} = {BATCH}",
        f"UPDATE {{table}} SET {{position}} = {BATCH} WHERE {{position}} = {BATCH + 1}",
        f"UPDATE {{table}} SET {{position}} = {BATCH + 1} WHERE {{position}} = -1",
    )
    assert cli("verify").output.strip() == f"broken at position {BATCH}: event altered or reordered"


def test_an_event_appended_after_a_full_last_batch_is_caught(cli, tamper):
    last = stored_events(tamper.store)
    assert last % BATCH == 0  # the walk's last batch is full, so it reads once more past it
    tamper.append_copy_of(last, version=99)
    assert cli("verify").output.strip() == f"broken at position {last + 1}: event inserted outside the register"


@pytest.mark.parametrize("first", [12, 50])
def test_a_save_altered_in_any_batch_of_saves_is_caught_at_its_first_position(cli, tamper, first):
    tamper.run(f"UPDATE register_ledger SET actor = 'someone else' WHERE first_position = {first}")
    assert cli("verify").output.strip() == (
        f"broken at position {first}: the record of the save starting here was altered (who recorded it, when, or where it ends)")


def test_an_event_altered_is_named_before_a_save_altered_earlier(cli, tamper):
    tamper.run("UPDATE register_ledger SET actor = 'someone else' WHERE first_position = 12",
               "UPDATE {table} SET originator_version = originator_version + 1000 WHERE {position} = 45")
    assert cli("verify").output.strip() == "broken at position 45: event altered or reordered"


def test_a_rebuild_refuses_an_event_altered_at_the_edge_of_a_batch(cli, tamper):
    tamper.run(f"UPDATE {{table}} SET originator_version = originator_version + 1000 WHERE {{position}} = {2 * BATCH}")
    result = cli("rebuild")
    assert result.exit_code == 1
    assert f"the stored history is broken at position {2 * BATCH}: event altered or reordered" in result.output
