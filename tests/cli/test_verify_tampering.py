"""`register verify` proves the stored history was not changed behind the register's back."""

from __future__ import annotations

import json

import pytest

from register.storage import Store
from tests.conftest import stored_events


@pytest.fixture
def recorded(cli, store):
    assert cli("demo").exit_code == 0
    assert cli("meeting", "2026-1", "--date", "2026-02-16").exit_code == 0
    return store


class Tamperer:
    """Edits the store's events table directly, as someone bypassing the register would."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.table = store.events_table
        self.position = "rowid" if store.url is None else "notification_id"

    def run(self, *statements: str) -> None:
        db = self.store.database()
        try:
            for statement in statements:
                db.execute(statement.format(table=self.table, position=self.position))
        finally:
            db.close()

    def state(self, position: int) -> bytes:
        db = self.store.database()
        try:
            return bytes(db.execute(f"SELECT state FROM {self.table} WHERE {self.position} = ?", (position,)).fetchone()[0])
        finally:
            db.close()

    def position_of(self, text: str) -> int:
        db = self.store.database()
        try:
            rows = db.execute(f"SELECT {self.position}, state FROM {self.table} ORDER BY {self.position}").fetchall()
        finally:
            db.close()
        return next(position for position, state in rows if text.encode() in bytes(state))

    def position_of_topic(self, topic: str) -> int:
        db = self.store.database()
        try:
            return int(db.execute(f"SELECT min({self.position}) FROM {self.table} WHERE topic = ?", (topic,)).fetchone()[0])
        finally:
            db.close()

    def append_copy_of(self, position: int, version: int) -> None:
        """Appends a copy of a stored event (under another version) behind the register's back."""
        self.run(
            "INSERT INTO {table} (originator_id, originator_version, topic, state) "
            f"SELECT originator_id, {version}, topic, state FROM {{table}} WHERE {{position}} = {position}"
        )

    def replace_in_state(self, position: int, old: str, new: str) -> None:
        if self.store.url is None:
            expression = f"CAST(replace(CAST(state AS TEXT), '{old}', '{new}') AS BLOB)"
        else:
            expression = f"convert_to(replace(convert_from(state, 'UTF8'), '{old}', '{new}'), 'UTF8')"
        self.run(f"UPDATE {{table}} SET state = {expression} WHERE {{position}} = {position}")


@pytest.fixture
def tamper(recorded) -> Tamperer:
    return Tamperer(recorded)


def test_an_untouched_store_verifies(cli, recorded):
    result = cli("verify")
    assert result.exit_code == 0
    assert result.output.startswith(f"ok: {stored_events(recorded)} events in 3 meetings; chain intact; digest ")


def test_an_altered_event_is_caught_at_its_position(cli, tamper):
    grant = tamper.position_of("3578000")
    tamper.replace_in_state(grant, "3578000", "3578001")
    assert b"3578001" in tamper.state(grant)
    result = cli("verify")
    assert result.exit_code == 1
    assert result.output.strip() == f"broken at position {grant}: event altered or reordered"


def test_a_deleted_event_is_caught_at_its_position(cli, tamper):
    tamper.run("DELETE FROM {table} WHERE {position} = 7")
    result = cli("verify")
    assert result.exit_code == 1
    assert result.output.strip() == "broken at position 7: event deleted"


def test_a_deleted_last_event_is_caught(cli, tamper):
    last = stored_events(tamper.store)
    tamper.run(f"DELETE FROM {{table}} WHERE {{position}} = {last}")
    assert cli("verify").output.strip() == f"broken at position {last}: event deleted"


def test_reordered_events_are_caught_at_the_first_one_moved(cli, tamper):
    tamper.run(
        "UPDATE {table} SET {position} = -3 WHERE {position} = 3",
        "UPDATE {table} SET {position} = 3 WHERE {position} = 4",
        "UPDATE {table} SET {position} = 4 WHERE {position} = -3",
    )
    result = cli("verify")
    assert result.exit_code == 1
    assert result.output.strip() == "broken at position 3: event altered or reordered"


def test_an_events_topic_altered_is_caught_at_its_position(cli, tamper):
    # The forger keeps every stored byte of the state and turns an adopted plan into one referred back.
    adopted = tamper.position_of_topic("beslutsregister:Meeting.PlanAdopted")
    tamper.run(f"UPDATE {{table}} SET topic = 'beslutsregister:Meeting.PlanReferredBack' WHERE {{position}} = {adopted}")
    result = cli("verify")
    assert result.exit_code == 1
    assert result.output.strip() == f"broken at position {adopted}: event altered or reordered"
    assert cli("rebuild").exit_code == 1
    assert {p["status"] for p in json.loads(cli("plans", "--year", "2026", "--format", "json").output)} == {"adopted"}


def test_an_event_inserted_outside_the_register_is_caught(cli, tamper):
    last = stored_events(tamper.store)
    tamper.append_copy_of(last, version=99)
    result = cli("verify")
    assert result.exit_code == 1
    assert result.output.strip() == f"broken at position {last + 1}: event inserted outside the register"


def test_an_event_slipped_into_a_gap_is_caught(cli, tamper):
    tamper.run(
        "DELETE FROM {table} WHERE {position} = 12",
        "INSERT INTO {table} ({position}, originator_id, originator_version, topic, state) "
        "SELECT 12, originator_id, 98, topic, state FROM {table} WHERE {position} = 11",
    )
    result = cli("verify")
    assert result.exit_code == 1
    assert result.output.strip() == "broken at position 12: event altered or reordered"


def test_an_event_slipped_in_is_never_read_into_the_views_and_every_read_says_so(cli, tamper):
    last = stored_events(tamper.store)
    tamper.append_copy_of(last, version=97)
    broken = b"{not json"
    db = tamper.store.database()
    try:
        db.execute(f"UPDATE {tamper.table} SET state = ? WHERE {tamper.position} = {last + 1}", (broken,))
    finally:
        db.close()
    result = cli("decisions")
    assert result.exit_code == 1
    assert result.output.strip() == (
        f"error: the stored history is broken at position {last + 1}: event inserted outside the register; nothing "
        "was read into the views; see `register verify`, and restore the store from a backup")
    assert cli("verify").output.strip() == f"broken at position {last + 1}: event inserted outside the register"


def test_who_recorded_a_save_changed_behind_the_registers_back_is_caught(cli, tamper):
    tamper.run("UPDATE register_ledger SET actor = 'someone else' WHERE first_position = 12")
    result = cli("verify")
    assert result.exit_code == 1
    assert result.output.strip() == (
        "broken at position 12: the record of the save starting here was altered (who recorded it, when, or where it ends)")


def test_when_a_save_was_recorded_changed_is_caught(cli, tamper):
    tamper.run("UPDATE register_ledger SET recorded_at = '2020-01-01T00:00:00.000000+00:00' WHERE first_position = 40")
    result = cli("verify")
    assert (result.exit_code, result.output.split(":")[0]) == (1, "broken at position 40")


def test_a_save_boundary_moved_is_caught(cli, tamper):
    tamper.run("UPDATE register_ledger SET last_position = 38 WHERE first_position = 12",
               "UPDATE register_ledger SET first_position = 39 WHERE first_position = 40")
    result = cli("verify")
    assert (result.exit_code, result.output.split(":")[0]) == (1, "broken at position 12")


def _digest(output: str) -> str:
    return output.split("digest ")[-1].split(":")[0].strip()


def test_a_save_cut_from_the_end_is_caught_against_the_digest_written_into_the_minutes(cli, tamper):
    earlier = _digest(cli("verify").output)
    sealed = cli("seal", "2026-1", "--by", "Anna Berg")
    assert sealed.exit_code == 0, sealed.output
    latest = _digest(sealed.output)
    assert cli("verify", "--digest", latest).exit_code == 0
    seal = stored_events(tamper.store)
    tamper.run(f"DELETE FROM {{table}} WHERE {{position}} = {seal}", f"DELETE FROM register_chain WHERE position = {seal}",
               f"DELETE FROM register_ledger WHERE first_position = {seal}")
    assert cli("verify").exit_code == 1  # the views still show the seal...
    assert cli("rebuild").exit_code == 0  # ...until they are derived again from what is left
    assert cli("verify").exit_code == 0  # a store cannot prove its own end
    cut = cli("verify", "--digest", latest)
    assert cut.exit_code == 1
    assert cut.output.strip() == (f"not intact: the store does not hold the history digest {latest} names: "
                                  "saves were removed from its end, or the digest is of another register")
    held = cli("verify", "--digest", earlier.upper())
    assert held.exit_code == 0, held.output
    assert f"holds the history {earlier} names (up to position {seal - 1})" in held.output


def test_a_digest_that_is_no_digest_is_refused(cli, recorded):
    result = cli("verify", "--digest", "abc123")
    assert result.exit_code == 2
    assert "a history digest is 64 hexadecimal digits" in result.output


def test_a_store_written_before_saves_were_chained_gets_their_digests_and_verifies(cli, tamper):
    before = cli("verify")
    tamper.run("ALTER TABLE register_ledger DROP COLUMN digest")
    after = cli("verify")
    assert after.exit_code == 0, after.output
    assert _digest(after.output) == _digest(before.output)


def test_a_digest_printed_before_saves_were_chained_still_names_its_history(cli, tamper):
    db = tamper.store.database()
    try:
        last = stored_events(tamper.store)
        chained = db.execute(f"SELECT digest FROM register_chain WHERE position = {last}").fetchone()[0]
    finally:
        db.close()
    result = cli("verify", "--digest", chained)
    assert result.exit_code == 0, result.output
    assert f"holds the history {chained} names (up to position {last})" in result.output


def test_a_rebuild_refuses_an_altered_event_and_the_views_keep_the_genuine_amount(cli, tamper):
    assert "3 578 000" in cli("grants", "--as-of", "2026-12-31").output
    grant = tamper.position_of("3578000")
    tamper.replace_in_state(grant, "3578000", "9578000")
    result = cli("rebuild")
    assert result.exit_code == 1
    assert result.output.strip() == (
        f"error: the stored history is broken at position {grant}: event altered or reordered; nothing was read "
        "into the views; see `register verify`, and restore the store from a backup")
    shown = cli("grants", "--as-of", "2026-12-31").output
    assert "3 578 000" in shown and "9 578 000" not in shown


def test_an_event_altered_before_the_views_read_it_is_refused_by_the_first_read(cli, store):
    assert cli("demo").exit_code == 0
    tamper = Tamperer(store)
    tamper.run("DELETE FROM view_position WHERE name = 'register'")  # as a fresh copy of the events would be
    grant = tamper.position_of("3578000")
    tamper.replace_in_state(grant, "3578000", "9578000")
    result = cli("grants", "--as-of", "2026-12-31")
    assert result.exit_code == 1
    assert f"the stored history is broken at position {grant}: event altered or reordered" in result.output
    assert "9 578 000" not in result.output


@pytest.mark.parametrize("command", [("verify",), ("decisions",), ("follow-ups",), ("log",)])
def test_views_whose_position_was_lowered_are_rebuilt_and_every_command_answers(cli, tamper, command):
    expected = cli("decisions", "--as-of", "2026-12-31").output
    tamper.run("UPDATE view_position SET position = 10 WHERE name = 'register'")
    result = cli(*command)
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert "note: the views did not match what they had read of the history" in result.output
    assert cli("decisions", "--as-of", "2026-12-31").output == expected


VIEW_FORGERIES = {
    "a decision's status": "UPDATE view_rows SET row = replace(row, '\"in_force\"', '\"revoked\"') WHERE view = 'decision'",
    "an amount": "UPDATE view_rows SET row = replace(row, '3578000', '4578000')",
    "a place": "UPDATE view_meetings SET place = 'Stockholm'",
    "a justerare": "UPDATE view_meetings SET justerare = '[\"Nils Falsk\"]' WHERE meeting = '2025-7'",
    "follow-ups deleted": "DELETE FROM view_rows WHERE view = 'followup'",
    "a fact deleted": "DELETE FROM view_facts WHERE type = 'Granted'",
    "the views' position raised": "UPDATE view_position SET position = 99 WHERE name = 'register'",
    "the words search finds a decision by": "UPDATE view_rows SET words = 'oskyldig' WHERE view = 'decision'",
}


@pytest.mark.parametrize("forgery", VIEW_FORGERIES)
def test_views_forged_behind_the_registers_back_fail_verify_and_audit_until_rebuilt(cli, tamper, forgery):
    tamper.run(VIEW_FORGERIES[forgery])
    result = cli("verify")
    assert result.exit_code == 1, result.output
    assert result.output.startswith("not intact: the views differ from what the events give: ")
    assert result.output.rstrip().endswith("`register rebuild` derives them again")
    audit = cli("audit", "--as-of", "2026-12-31")
    assert audit.exit_code == 1
    assert audit.output.startswith("error: no audit: the register is not intact: the views differ")
    assert cli("rebuild").exit_code == 0
    assert cli("verify").exit_code == 0


def test_an_emptied_full_text_index_fails_verify_and_rebuild_repairs_it(cli, tamper, store):
    if store.url is not None:
        pytest.skip("PostgreSQL keeps its GIN index itself: there is no table of it to forge")
    assert "2025-7 §07:1" in cli("search", "fastställa").output
    tamper.run("INSERT INTO view_rows_text (view_rows_text) VALUES ('delete-all')")
    assert cli("search", "fastställa").output.strip() == "(none)"  # the forgery hides hits
    result = cli("verify")
    assert result.exit_code == 1
    assert "the full-text index differs from the rows it indexes" in result.output
    assert cli("rebuild").exit_code == 0
    assert cli("verify").exit_code == 0
    assert "2025-7 §07:1" in cli("search", "fastställa").output


def test_verify_names_the_forged_value_beside_the_genuine_one(cli, tamper):
    tamper.run(VIEW_FORGERIES["an amount"])
    assert '"granted_sek\\": 4578000, ' in cli("verify").output
    assert 'where the events give \\"status\\": \\"adopted\\", \\"granted_sek\\": 3578000' in cli("verify").output
