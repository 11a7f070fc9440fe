"""A hostile user's input: a store URL that tries to reach SQL, text that tries to steer the
terminal it is shown on. Each is refused with a one-line message, exit 2, nothing written."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from cli import main
from tests.backends import POSTGRES, skip_without_postgres
from tests.conftest import stored_events


def _register(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.mark.parametrize(("query", "problem"), [
    ('?schema=x"; DROP SCHEMA victim CASCADE; --', "is not a name PostgreSQL keeps as written"),
    ("?schema=", "schema '' is not a name PostgreSQL keeps as written"),
    ("?schema=Register", "schema 'Register' is not a name PostgreSQL keeps as written"),
    ("?schema=" + "a" * 64, "at most 63"),
])
def test_a_schema_name_that_postgresql_would_not_keep_as_written_is_refused(query, problem):
    result = _register("--store", f"{POSTGRES}{query}", "decisions")
    assert result.exit_code == 2
    assert problem in result.output and "Traceback" not in result.output


def test_a_schema_name_cannot_drop_another_schema():
    skip_without_postgres()
    import psycopg

    conninfo = POSTGRES.replace("postgresql://", "postgresql://", 1)
    with psycopg.connect(conninfo, autocommit=True) as db:
        db.execute("CREATE SCHEMA IF NOT EXISTS victim_of_injection")
        try:
            result = _register("--store", f'{POSTGRES}?schema=x"; DROP SCHEMA victim_of_injection CASCADE; --', "decisions")
            assert result.exit_code == 2
            found = db.execute("SELECT 1 FROM pg_namespace WHERE nspname = 'victim_of_injection'").fetchone()
            assert found is not None
        finally:
            db.execute("DROP SCHEMA IF EXISTS victim_of_injection CASCADE")


@pytest.mark.parametrize("port", ["abc", "99999", "0"])
def test_a_port_that_is_no_port_is_refused(port):
    url = POSTGRES.replace("127.0.0.1:5432", f"127.0.0.1:{port}")
    result = _register("--store", url, "decisions")
    assert result.exit_code == 2
    assert "the port must be a number from 1 to 65535" in result.output


ESC = "\x1b[31m"


def test_control_characters_are_refused_where_text_enters(cli, store):
    assert cli("meeting", "2026-1", "--date", "2026-02-16").exit_code == 0
    before = stored_events(store)
    for args in (
        ("--actor", f"Anna{ESC}", "put-forward", "2026-1 §04", "Budget"),
        ("put-forward", "2026-1 §04", f"Budget\x07"),
        ("decide", "2026-1 §04:1", f"Att fastställa {ESC}Budget 2027."),
        ("meeting", "2026-2", "--date", "2026-04-13", "--place", f"Ronneby{ESC}"),
    ):
        result = cli(*args)
        assert result.exit_code == 2, (args, result.output)
        assert "holds a control character" in result.output
        assert "\x1b" not in result.output and "\x07" not in result.output
    assert stored_events(store) == before


def test_a_control_character_already_stored_is_shown_as_its_escape(cli, store):
    assert cli("meeting", "2026-1", "--date", "2026-02-16").exit_code == 0
    assert cli("decide", "2026-1 §04:1", "Att fastställa Budget 2027.").exit_code == 0
    _forge_text(store, "Att fastställa \x1b[2JBudget\x07 2027.")
    for args in (("decisions", "--as-of", "2026-12-31"), ("decisions", "--as-of", "2026-12-31", "--format", "csv"),
                 ("audit", "--as-of", "2026-12-31")):
        output = cli(*args).output
        assert "\x1b" not in output and "\x07" not in output, args
        assert "\\x1b[2JBudget\\x07" in output, args
    shown = json.loads(cli("decisions", "--as-of", "2026-12-31", "--format", "json").output)
    assert shown[0]["text"] == "Att fastställa \x1b[2JBudget\x07 2027."  # JSON escapes it and keeps it


def _forge_text(store, text: str) -> None:
    """What an older version of the register might have stored: written straight into the views."""
    db = store.database()
    try:
        rows = db.execute("SELECT rowid, row FROM view_rows WHERE view = 'decision'" if store.url is None
                          else "SELECT ctid::text, row FROM view_rows WHERE view = 'decision'").fetchall()
        for key, row in rows:
            body = json.loads(row)
            body["text"] = text
            if store.url is None:
                db.execute("UPDATE view_rows SET row = ? WHERE rowid = ?", (json.dumps(body), key))
            else:
                db.execute("UPDATE view_rows SET row = ? WHERE ctid = ?::tid", (json.dumps(body), key))
    finally:
        db.close()
