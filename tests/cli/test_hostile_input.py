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
        ("put-forward", "2026-1 §04", "Budget\x07"),
        ("decide", "2026-1 §04:1", f"Att fastställa {ESC}Budget 2027."),
        ("meeting", "2026-2", "--date", "2026-04-13", "--place", f"Ronneby{ESC}"),
    ):
        result = cli(*args)
        assert result.exit_code == 2, (args, result.output)
        assert "holds a control character" in result.output
        assert "\x1b" not in result.output and "\x07" not in result.output
    assert stored_events(store) == before


def test_a_control_character_in_whom_a_referral_or_deferral_waits_for_is_refused(cli, store):
    assert cli("meeting", "2026-1", "--date", "2026-02-16").exit_code == 0
    assert cli("decide", "2026-1 §06:1", "Att återremittera ärendet.", "--kind", "referral").exit_code == 0
    before = stored_events(store)
    for args in (("refer-back", "2026-1 §06", "--by", "2026-1 §06:1", "--responsible", f"Ronneby{ESC} kommun"),
                 ("defer", "2026-1 §07", "Jubileet", "--responsible", "Arbets\x07förmedlingen")):
        result = cli(*args)
        assert result.exit_code == 2, (args, result.output)
        assert "holds a control character" in result.output and "\x1b" not in result.output
    assert stored_events(store) == before


def test_a_control_character_already_stored_is_shown_as_its_escape(cli, monkeypatch):
    assert cli("meeting", "2026-1", "--date", "2026-02-16").exit_code == 0
    # As a version of the register that let control characters in would have stored it.
    monkeypatch.setattr("domain.meeting.plain", lambda text, what: text)
    assert cli("decide", "2026-1 §04:1", "Att fastställa \x1b[2JBudget\x07 2027.").exit_code == 0
    monkeypatch.undo()
    for args in (("decisions", "--as-of", "2026-12-31"), ("decisions", "--as-of", "2026-12-31", "--format", "csv"),
                 ("audit", "--as-of", "2026-12-31")):
        output = cli(*args).output
        assert "\x1b" not in output and "\x07" not in output, args
        assert "\\x1b[2JBudget\\x07" in output, args
    shown = json.loads(cli("decisions", "--as-of", "2026-12-31", "--format", "json").output)
    assert shown[0]["text"] == "Att fastställa \x1b[2JBudget\x07 2027."  # JSON escapes it and keeps it


@pytest.mark.parametrize("args", [
    ("decisions", "--as-recorded", "0001-01-01T00:00+01:00"),
    ("decisions", "--as-recorded", "9999-12-31T23:59-05:00"),
    ("log", "--since", "0001-01-01T00:00+01:00"),
    ("log", "--until", "9999-12-31T23:59-05:00"),
])
def test_instants_at_the_ends_of_the_calendar_are_refused_in_one_line(cli, args):
    result = cli(*args)
    assert result.exit_code == 2 and "lies outside the calendar once turned to UTC" in result.output


@pytest.mark.parametrize("amount", ["²", "１２３", "9" * 5000, "1" + "0" * 30])
def test_amounts_that_are_no_amounts_or_no_plausible_ones_are_refused(cli, store, amount):
    assert cli("meeting", "2026-1", "--date", "2026-02-16").exit_code == 0
    assert cli("decide", "2026-1 §04:1", "Att bevilja Ronneby kommun medel.", "--kind", "grant").exit_code == 0
    before = stored_events(store)
    result = cli("grant", "Ronneby kommun", "--amount", amount, "--by", "2026-1 §04:1", "--year", "2026")
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "kr" in result.output and len(result.output) < 300
    assert stored_events(store) == before


@pytest.mark.parametrize(("meeting", "date", "problem"), [
    ("2027-3", "2019-05-01", "a meeting is held in the year its id names (2027)"),
    ("2001-1", "2001-03-01", "no samordningsförbund met before 2004-01-01"),
])
def test_a_meeting_dated_where_it_cannot_have_been_held_is_refused(cli, store, meeting, date, problem):
    result = cli("meeting", meeting, "--date", date)
    assert result.exit_code == 2 and problem in result.output
    assert stored_events(store) == 0


def test_an_empty_title_is_refused(cli):
    assert cli("meeting", "2026-1", "--date", "2026-02-16").exit_code == 0
    result = cli("put-forward", "2026-1 §04", "  ")
    assert result.exit_code == 2 and "the matter 2026-1 §04 needs a title" in result.output


def test_a_store_that_is_a_folder_or_another_kind_of_file_is_refused(tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("not a database", encoding="utf-8")
    for store, problem in ((tmp_path, "a folder, not a register"), (text, "not a readable register database (the file is not an SQLite database)")):
        result = _register("--store", str(store), "decisions")
        assert result.exit_code == 2 and problem in result.output
    assert text.read_text(encoding="utf-8") == "not a database"


def test_an_unknown_meeting_or_board_is_said_to_be_unknown(cli, tmp_path):
    assert cli("meeting", "2026-1", "--date", "2026-02-16").exit_code == 0
    result = cli("decisions", "--meeting", "2026-9")
    assert result.exit_code == 2 and "meeting 2026-9 is not recorded; the register holds: 2026-1" in result.output
    result = cli("--board", "FINSAM Blekinge län", "decisions")
    assert result.exit_code == 2
    assert "no register of the board 'FINSAM Blekinge län'; it holds: FINSAM Blekinge" in result.output


def test_boards_are_listed_whatever_their_number(cli):
    assert cli("meeting", "2026-1", "--date", "2026-02-16").exit_code == 0
    assert cli("--board", "Samordningsförbundet Östra Skaraborg", "meeting", "2026-1", "--date", "2026-02-20").exit_code == 0
    result = cli("boards")
    assert result.exit_code == 0
    assert result.output.splitlines() == ["FINSAM Blekinge", "Samordningsförbundet Östra Skaraborg"]


def test_minutes_with_old_mac_line_ends_read_like_any_other(cli, tmp_path):
    text = "Styrelsemöte 2026-4\r\rTid och plats\rMåndag 2026-06-15\r\r§4 Budget\r\rStyrelsen beslutade:\rBeslut 2026-4 §04:1\rAtt fastställa Budget 2027.\r"
    path = tmp_path / "mac.txt"
    path.write_bytes(text.encode("utf-8"))
    result = cli("import-minutes", str(path), "--format", "json")
    assert result.exit_code == 0, result.output
    assert [d["id"] for d in json.loads(result.output)["decisions"]] == ["2026-4 §04:1"]


def test_a_minutes_file_without_end_is_refused_after_its_limit(cli, store):
    result = cli("import-minutes", "/dev/zero")
    assert result.exit_code == 2 and "larger than 2 MB: minutes are kilobytes" in result.output
    assert stored_events(store) == 0
