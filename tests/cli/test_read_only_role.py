"""A PostgreSQL role that may only read (USAGE on the schema, SELECT on its tables) reads the
register as a read-only SQLite file is read: every read answers, from the store's own views
or, where they are behind, from views derived aside; every write is refused in one line
(exit 2) and nothing is written. A role that may not even read is told so in one line."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from cli import main
from domain.ids import MeetingId
from register.application import Register
from register.storage import Store
from tests.backends import fresh_store
from tests.cli.test_read_only_store import READS, steady
from tests.conftest import stored_events
from tests.importer.steps import minutes

DOCUMENTS = Path(__file__).resolve().parents[1] / "documents"
Cli = Callable[..., Result]


def _cli(store: Store) -> Cli:
    runner = CliRunner()
    return lambda *args: runner.invoke(main, ["--store", str(store.url), *args], catch_exceptions=False)


def _sql(store: Store, *statements: str) -> None:
    db = store.database()
    try:
        for statement in statements:
            db.execute(statement)
    finally:
        db.close()


def _schema(store: Store) -> str:
    return str(store.url).rsplit("schema=", 1)[1]


def _user(store: Store) -> str:
    return str(store.url).split("//")[1].split("@")[0]


@contextmanager
def _role(owner: Store, *grants: str) -> Iterator[Store]:
    """A role of its own with `grants` ({schema} and {role} filled in) on the owner's schema,
    dropped afterwards; the store as that role reaches it."""
    role = f"reader_{uuid.uuid4().hex[:10]}"
    schema = _schema(owner)
    _sql(owner, f"CREATE ROLE {role} LOGIN", *(grant.format(schema=schema, role=role) for grant in grants))
    try:
        yield Store(url=str(owner.url).replace("postgresql://postgres@", f"postgresql://{role}@"))
    finally:
        _sql(owner, f"DROP OWNED BY {role}", f"DROP ROLE {role}")


READ_ONLY = ("GRANT USAGE ON SCHEMA {schema} TO {role}", "GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {role}")


@pytest.fixture
def owner(tmp_path: Path) -> Iterator[Store]:
    """A PostgreSQL register with the sample minutes, as the role that made it."""
    with fresh_store("postgres", tmp_path) as store:
        assert str(store.url).startswith("postgresql://postgres@"), "the tests make roles as the superuser"
        assert _cli(store)("demo").exit_code == 0
        yield store


@pytest.fixture
def reader(owner: Store) -> Iterator[Store]:
    with _role(owner, *READ_ONLY) as store:
        yield store


def _answers(cli: Cli) -> dict[tuple[str, ...], str]:
    return {args: steady(cli(*args).stdout) for args in READS if args[0] not in ("verify", "log")}


def test_every_read_answers_for_a_role_that_may_only_read_as_it_does_for_the_owner(owner, reader):
    cli = _cli(reader)
    for args in READS:
        result = cli(*args)
        assert result.exit_code == 0, (args, result.output)
        assert result.stderr == "", (args, result.stderr)
    assert _answers(cli) == _answers(_cli(owner))
    assert cli("search", "budget").stdout == _cli(owner)("search", "budget").stdout


def test_every_write_by_a_role_that_may_only_read_is_refused_in_one_line_and_writes_nothing(owner, reader, tmp_path):
    cli = _cli(reader)
    before = stored_events(owner)
    june = minutes(tmp_path, "juni.txt", "Protokoll 2026-4\nDatum 2026-06-15\n\nBeslut 2026-4 §04:1\nAtt fastställa Budget 2027.\n")
    writes = [
        ("meeting", "2026-1", "--date", "2026-02-16"), ("decide", "2025-7 §16:1", "Att fastställa Budget 2027."),
        ("seal", "2025-7", "--by", "Anna Berg"), ("rebuild",), ("import-minutes", str(june)),
        ("parties", "set", "Norrby kommun"), ("import-goals", str(DOCUMENTS / "goals-2027.txt"), "--year", "2027"),
        ("withhold", "2025-7 §13:1", "--reason", "personuppgifter"),
    ]
    for args in writes:
        result = cli(*args)
        assert result.exit_code == 2, (args, result.output)
        assert result.output == (
            f"error: the store {reader.url} may only be read (the role {_user(reader)} may only "
            "read it): nothing was written; record with a role that may write, or copy it with `register copy --to` to "
            "record in the copy\n"), args
    assert stored_events(owner) == before
    assert _cli(owner)("verify").exit_code == 0


def test_a_role_that_may_only_read_derives_views_aside_when_the_stores_own_are_behind(owner, reader):
    expected = _answers(_cli(owner))
    _sql(owner, "DELETE FROM view_position WHERE name = 'register'")  # as a store whose views have not caught up
    cli = _cli(reader)
    assert _answers(cli) == expected
    said = cli("plans")
    assert said.stderr == ("note: the store's views are behind its events and it may only be read (the role "
                           f"{_user(reader)} may only read it): these answers come from views "
                           "derived aside from the events\n")
    assert cli("verify").exit_code == 0


def test_what_another_role_records_while_a_reader_has_the_store_open_is_read_from_views_derived_aside(owner, reader):
    reading = Register.open(reader)
    writing = Register.open(owner)
    try:
        assert [m.meeting for m in reading.meetings()] == ["2022:5", "2025-7"]
        with writing.bulk(), writing.new_meeting(MeetingId.parse("2026-1"), dt.date(2026, 2, 16), "Karlskrona"):
            pass  # saved in bulk: the store's own views are not brought up to date
        assert [m.meeting for m in reading.meetings()] == ["2022:5", "2025-7", "2026-1"]
        assert any("derived aside" in notice for notice in reading.notices)
    finally:
        reading.close()
        writing.close()


@pytest.mark.parametrize(("grants", "said"), [
    ((), "the role {role} may not use the schema {schema}"),
    (("GRANT USAGE ON SCHEMA {schema} TO {role}",), "the role {role} may not read its table register_chain"),
])
def test_a_role_that_may_not_read_the_register_is_told_so_in_one_line(owner, grants, said):
    with _role(owner, *grants) as store:
        result = _cli(store)("decisions")
        assert result.exit_code == 2, result.output
        assert result.output == (f"error: cannot use the PostgreSQL store {store.url}: "
                                 f"{said.format(role=_user(store), schema=_schema(owner))}\n")


def test_a_role_that_may_only_read_an_empty_schema_or_none_is_told_there_is_no_register(tmp_path):
    with fresh_store("postgres", tmp_path) as empty:
        _sql(empty, "SELECT 1")  # opened: the schema is made, with nothing in it
        with _role(empty, "GRANT USAGE ON SCHEMA {schema} TO {role}") as store:
            result = _cli(store)("decisions")
            assert (result.exit_code, result.output) == (2, (
                f"error: the PostgreSQL store {store.url} holds no register, and the role {_user(store)} may not make one "
                f"in the schema {_schema(empty)}\n"))
            missing = Store(url=str(store.url).replace(_schema(empty), "no_such_schema"))
            result = _cli(missing)("decisions")
            assert (result.exit_code, result.output) == (2, (
                f"error: the PostgreSQL store {missing.url} holds no schema no_such_schema, and the role {_user(store)} "
                "may not create it: give the schema of a register, or a role that may make one\n"))
