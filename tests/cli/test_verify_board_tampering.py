"""The board's own events (its registration, parties, goals, reported outcomes) tampered with
behind the register's back: `verify` says what is not intact in one line and exits 1, and every
other command stops with one line that names the damage; none shows a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from register.ledger import GENESIS, chain_rows, save_digest
from register.storage import Store
from tests.cli.test_verify_tampering import Tamperer
from tests.conftest import stored_events

DOCUMENTS = Path(__file__).resolve().parents[1] / "documents"


@pytest.fixture
def board(cli, store) -> Tamperer:
    """A register whose board has a registration, two party lists, goals and reported outcomes."""
    assert cli("demo").exit_code == 0  # the board's registration, parties and 2025's outcomes
    assert cli("import-goals", str(DOCUMENTS / "goals-2027.txt"), "--year", "2027").exit_code == 0
    assert cli("parties", "set", "Norrby kommun", "Försäkringskassan").exit_code == 0
    return Tamperer(store)


def _positions(tamper: Tamperer, event: str) -> list[int]:
    db = tamper.store.database()
    try:
        found = db.execute(f"SELECT {tamper.position} FROM {tamper.table} WHERE topic = ? ORDER BY {tamper.position}",
                           (f"beslutsregister:Board.{event}",)).fetchall()
    finally:
        db.close()
    assert found, event
    return [row[0] for row in found]


def _where(tamper: Tamperer, event: str, which: int = 0) -> str:
    return f"WHERE {{position}} = {_positions(tamper, event)[which]}"


JUNK = {"sqlite": "X'7b6e6f'", "postgres": "'\\x7b6e6f'::bytea"}
"""`{no`: a state that is not JSON."""

TAMPERINGS = {
    "the board's registration deleted": ("Registered", 0, "DELETE FROM {{table}} {where}", "event deleted"),
    "the first party list deleted": ("PartiesSet", 0, "DELETE FROM {{table}} {where}", "event deleted"),
    "the last party list deleted": ("PartiesSet", -1, "DELETE FROM {{table}} {where}", "event deleted"),
    "the goals deleted": ("GoalsAdopted", 0, "DELETE FROM {{table}} {where}", "event deleted"),
    "a reported outcome deleted": ("OutcomeReported", 2, "DELETE FROM {{table}} {where}", "event deleted"),
    "the goals made unreadable": ("GoalsAdopted", 0, "UPDATE {{table}} SET state = {junk} {where}", "event altered or reordered"),
    "an outcome given a topic no code has": ("OutcomeReported", 0, "UPDATE {{table}} SET topic = 'nowhere:Nothing' {where}",
                                             "event altered or reordered"),
    "the registration's version changed": ("Registered", 0, "UPDATE {{table}} SET originator_version = 55 {where}",
                                          "event altered or reordered"),
    "a party list's state emptied": ("PartiesSet", 0, "UPDATE {{table}} SET state = NULL {where}", "event altered or reordered"),
}


def _tamper(tamper: Tamperer, backend: str, name: str) -> int:
    event, which, statement, _ = TAMPERINGS[name]
    position = _positions(tamper, event)[which]
    tamper.run(statement.format(where=f"WHERE {{position}} = {position}", junk=JUNK[backend]))
    return position


@pytest.mark.parametrize("name", TAMPERINGS)
def test_a_board_event_tampered_with_is_one_line_of_verify_at_its_position(cli, board, backend, name):
    position = _tamper(board, backend, name)
    result = cli("verify")
    assert result.exit_code == 1, result.output
    assert result.output == f"broken at position {position}: {TAMPERINGS[name][3]}\n"


@pytest.mark.parametrize("name", ["the board's registration deleted", "the first party list deleted",
                                  "a reported outcome deleted", "the goals made unreadable"])
@pytest.mark.parametrize("command", [("parties",), ("decisions",), ("representation", "--year", "2027"),
                                     ("parties", "set", "Norrby kommun")])
def test_a_command_that_reads_a_board_record_that_cannot_be_read_back_says_where_it_is_broken(cli, board, backend, name, command):
    position = _tamper(board, backend, name)
    result = cli(*command)
    assert result.exit_code == 1, result.output
    assert result.output == (
        f"error: the board's own record (FINSAM Blekinge) cannot be read back: the stored history is broken at position "
        f"{position}: {TAMPERINGS[name][3]}; see `register verify`, and restore the store from a backup\n")


def _rechain(store: Store, tamper: Tamperer) -> None:
    """Writes the chain and the ledger's digests again over the events as they now stand, as a
    forger who knows how the register chains its history would."""
    db = store.database()
    try:
        events = db.execute(f"SELECT {tamper.position}, originator_id, originator_version, topic, state FROM {tamper.table} "
                            f"ORDER BY {tamper.position}").fetchall()
        rows = [(p, o, v, t, bytes(s)) for p, o, v, t, s in events]
        from eventsourcing.persistence import StoredEvent

        chain = chain_rows(GENESIS, [p for p, *_ in rows], [StoredEvent(o, v, t, s) for _, o, v, t, s in rows])
        db.execute("DELETE FROM register_chain")
        db.executemany("INSERT INTO register_chain VALUES (?, ?)", chain)
        digests = dict(chain)
        previous = GENESIS
        saves = db.execute("SELECT first_position, last_position, recorded_at, actor FROM register_ledger ORDER BY first_position")
        for first, last, recorded_at, actor in saves.fetchall():
            previous = save_digest(previous, digests[last], last - first + 1, recorded_at, actor)
            db.execute("UPDATE register_ledger SET digest = ? WHERE first_position = ?", (previous, first))
    finally:
        db.close()


def test_a_board_event_that_cannot_be_read_under_a_chain_forged_to_match_is_found_by_verify(cli, board, backend, store):
    position = _tamper(board, backend, "the goals made unreadable")
    _rechain(store, board)
    result = cli("verify")
    assert result.exit_code == 1, result.output
    assert result.output.startswith(f"broken at position {position}: the event cannot be read (")
    assert len(result.output.splitlines()) == 1
    read = cli("parties")
    assert read.exit_code == 1
    assert read.output.startswith("error: the board's own record (FINSAM Blekinge) cannot be read back: its stored events "
                                  "cannot be read (MapperDeserialisationError: ")
    assert len(read.output.splitlines()) == 1


def test_a_meeting_whose_first_event_was_deleted_refuses_a_new_decision_in_one_line(cli, board):
    board.run("DELETE FROM {table} WHERE {position} = 1")
    result = cli("decide", "2022-5 §20:1", "Att fastställa x.")
    assert result.exit_code == 1, result.output
    assert result.output == ("error: meeting 2022-5 cannot be read back: the stored history is broken at position 1: event "
                             "deleted; see `register verify`, and restore the store from a backup\n")


def test_a_copy_of_a_history_with_an_event_deleted_is_refused_so_the_copy_cannot_hide_it(cli, board, tmp_path):
    board.run("DELETE FROM {table} WHERE {position} = 5")
    target = tmp_path / "copy.db"
    result = cli("copy", "--to", str(target))
    assert result.exit_code == 1, result.output
    assert result.output == ("error: the stored history is broken at position 5: event deleted; nothing was copied; "
                             "see `register verify`, and restore the store from a backup\n")
    assert stored_events(Store(path=target)) == 0


def test_the_log_of_a_history_with_an_event_of_an_unknown_topic_says_where_in_one_line(cli, board):
    board.run("UPDATE {table} SET topic = 'nowhere:Nothing' WHERE {position} = 3")
    result = cli("log")
    assert result.exit_code == 1, result.output
    assert result.output == ("error: the event at position 3 cannot be read back: the stored history is broken at position 3: "
                             "event altered or reordered; see `register verify`, and restore the store from a backup\n")
