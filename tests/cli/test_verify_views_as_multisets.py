"""`verify` compares each view with the one the events give as a multiset of rows: a row repeated
in place of another is a difference, even where the forger rebuilt a table without its key."""

from __future__ import annotations

import pytest

from tests.cli.test_verify_tampering import Tamperer


@pytest.fixture
def tamper(cli, store) -> Tamperer:
    assert cli("demo").exit_code == 0
    assert cli("meeting", "2026-1", "--date", "2026-02-16").exit_code == 0
    return Tamperer(store)


def _one_row_repeated_in_place_of_another(tamper: Tamperer, table: str, repeated: str) -> None:
    """Deletes the row stored last and stores again one row of `repeated`: as many rows as before."""
    last = "ctid = (SELECT MAX(ctid)" if tamper.store.url else "rowid = (SELECT MAX(rowid)"
    tamper.run(f"DELETE FROM {table} WHERE {last} FROM {table} WHERE NOT ({repeated}))",
               f"INSERT INTO {table} SELECT * FROM {table} WHERE {repeated} LIMIT 1")


def _fails_until_rebuilt(cli, table: str) -> None:
    result = cli("verify")
    assert result.exit_code == 1, result.output
    assert result.output.startswith(f"not intact: the views differ from what the events give: {table} ")
    assert cli("rebuild").exit_code == 0
    assert cli("verify").exit_code == 0


def test_a_view_row_repeated_in_place_of_another_fails_verify(cli, tamper):
    _one_row_repeated_in_place_of_another(tamper, "view_rows", "view = 'decision' AND recorded_to IS NULL")
    _fails_until_rebuilt(cli, "view_rows")


def test_a_fact_repeated_in_place_of_another_fails_verify_when_the_table_lost_its_key(cli, tamper):
    tamper.run("CREATE TABLE unkeyed AS SELECT * FROM view_facts",
               "DROP INDEX IF EXISTS view_facts_by_meeting",
               "DROP TABLE view_facts",
               "ALTER TABLE unkeyed RENAME TO view_facts")
    _one_row_repeated_in_place_of_another(tamper, "view_facts", "position = 2")
    result = cli("verify")
    assert result.exit_code == 1, result.output
    assert result.output.startswith("not intact: the views differ from what the events give: view_facts ")


def test_a_view_table_with_a_column_dropped_fails_verify_with_its_first_difference(cli, tamper):
    tamper.run("DROP INDEX IF EXISTS view_relations_by_related", "ALTER TABLE view_relations DROP COLUMN position")
    result = cli("verify")
    assert result.exit_code == 1, result.output
    assert result.output.startswith("not intact: the views differ from what the events give: view_relations ")
