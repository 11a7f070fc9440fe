"""Every writing command refuses bad input with exit status 2, one line naming the value, and writes nothing."""

from __future__ import annotations

import pytest

from tests.conftest import stored_events


@pytest.fixture
def recorded(cli, store):
    assert cli("meeting", "2025-7", "--date", "2025-12-08").exit_code == 0
    assert cli("decide", "2025-7 §07:1", "Att fastställa planen.", "--kind", "plan").exit_code == 0
    assert cli("decide", "2025-7 §07:2", "Att rapportera.", "--kind", "report").exit_code == 0
    assert cli("oblige", "Karlskrona kommun", "läget", "--by", "2025-7 §07:2", "--due", "2026-05").exit_code == 0
    return stored_events(store)


CASES = [
    (["decide", "2025-7 §0X:1", "Att x."], "malformed decision id '2025-7 §0X:1'"),
    (["decide", "2025-8 §01:1", "Att x."], "meeting 2025-8 is not recorded"),
    (["decide", "2025-7 §07:1", "Att x."], "decision 2025-7 §07:1 is already recorded"),
    (["decide", "2025-7 §7:1", "Att x."], "decision 2025-7 §07:1 is already recorded"),
    (["meeting", "2025-7", "--date", "2025-12-08"], "meeting 2025-7 is already recorded"),
    (["meeting", "2025-9", "--date", "08/12/2025"], "not an ISO date (YYYY-MM-DD): '08/12/2025'"),
    (["meeting", "2025-x", "--date", "2025-12-08"], "malformed meeting id '2025-x'"),
    (["withdraw", "2025-7 §09:1"], "decision 2025-7 §09:1 is not recorded at meeting 2025-7"),
    (["withdraw", "2025-6 §03:1", "--by", "2025-7 §07:1"], "decision 2025-6 §03:1 is not recorded"),
    (["fulfil", "2025-7 §07:1", "--meeting", "2025-7"], "no follow-up was created by 2025-7 §07:1"),
    (["grant", "Karlskrona kommun", "--amount", "-5", "--by", "2025-7 §07:1"], "not a whole, positive number of kronor: '-5'"),
    (["grant", "Karlskrona kommun", "--amount", "1000.50", "--by", "2025-7 §07:1"], "not a whole, positive number of kronor: '1000.50'"),
    (["adopt-plan", "Karlskrona kommun", "2026", "--by", "2025-7 §07:1", "--grant", "12,5"], "not a whole, positive number of kronor: '12,5'"),
    (["grant", "Kalmar kommun", "--amount", "1000", "--by", "2025-7 §07:1"], "unknown party 'Kalmar kommun'"),
    (["oblige", "Landstinget", "läget", "--by", "2025-7 §07:1", "--due", "2026-05"], "unknown party 'Landstinget'"),
    (["oblige", "Ronneby kommun", "läget", "--by", "2025-7 §07:1", "--due", "maj"], "not a due date: 'maj'"),
    (["adopt-plan", "Ronneby kommun", "2026", "--by", "2025-7 §08:1"], "decision 2025-7 §08:1 is not recorded at meeting 2025-7"),
    (["refer-back", "2025-7 §13", "--by", "2025-7 §13:1"], "decision 2025-7 §13:1 is not recorded at meeting 2025-7"),
    (["revoke", "2025-7 §07:1", "--by", "2025-7 §07:1"], "decision 2025-7 §07:1 cannot revoke itself"),
    (["assign", "förbundschefen", "föreslå", "--by", "2025-7 §07:2"], "decision 2025-7 §07:2 already created a follow-up"),
    # A due no meeting of 2025-12-08 could have set: before 2004, or more than ten years on.
    (["oblige", "Ronneby kommun", "läget", "--by", "2025-7 §07:1", "--due", "2036-01"],
     "the due 2036-01 is more than 10 years after the meeting of 2025-12-08 (at most 2035-12-08)"),
    (["assign", "förbundschefen", "föreslå", "--by", "2025-7 §07:1", "--due", "2003-06-30"], "the due 2003-06-30 is before 2004"),
    (["refer-back", "2025-7 §07", "--by", "2025-7 §07:1", "--returns", "2052-05"], "the due 2052-05 is more than 10 years after"),
    (["defer", "2025-7 §09", "Budget 2027", "--to", "1999-01"], "the due 1999-01 is before 2004"),
    (["correct", "2025-7 §07:2", "--due", "2062-05", "--reason", "fel månad"], "the due 2062-05 is more than 10 years after"),
]


@pytest.mark.parametrize("args, message", CASES, ids=[" ".join(a[:2]) + f" #{n}" for n, (a, _) in enumerate(CASES)])
def test_bad_input_exits_2_with_a_message_and_writes_nothing(cli, store, recorded, args, message):
    result = cli(*args)
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert "Traceback" not in result.output
    assert stored_events(store) == recorded


def test_revoking_a_decision_struck_at_the_same_meeting_is_refused(cli, store, recorded):
    assert cli("withdraw", "2025-7 §07:1").exit_code == 0
    count = stored_events(store)
    result = cli("revoke", "2025-7 §07:1", "--by", "2025-7 §07:2")
    assert result.exit_code == 2
    assert result.output == "error: decision 2025-7 §07:1 is already withdrawn or revoked\n"
    assert stored_events(store) == count


def test_withdrawing_a_decision_already_withdrawn_is_refused(cli, store, recorded):
    assert cli("withdraw", "2025-7 §07:1").exit_code == 0
    count = stored_events(store)
    result = cli("withdraw", "2025-7 §07:1")
    assert result.exit_code == 2
    assert "error: decision 2025-7 §07:1 is already withdrawn or revoked" in result.output
    assert stored_events(store) == count


def test_fulfilling_a_follow_up_already_fulfilled_is_refused(cli, store, recorded):
    assert cli("fulfil", "2025-7 §07:2", "--meeting", "2025-7").exit_code == 0
    count = stored_events(store)
    result = cli("fulfil", "2025-7 §07:2", "--meeting", "2025-7")
    assert result.exit_code == 2
    assert "error: follow-up from 2025-7 §07:2 is already fulfilled" in result.output
    assert stored_events(store) == count


def test_a_plan_with_a_bad_grant_records_neither_plan_nor_grant(cli, store, recorded):
    result = cli("adopt-plan", "Karlskrona kommun", "2026", "--by", "2025-7 §07:1", "--grant", "-3")
    assert result.exit_code == 2
    assert cli("plans", "--format", "json").output.strip() == "[]"


def test_an_as_of_that_is_no_date_is_refused(cli, recorded):
    result = cli("decisions", "--as-of", "2026-13-01")
    assert result.exit_code == 2
    assert "not an ISO date (YYYY-MM-DD): '2026-13-01'" in result.output


def test_tracing_an_unknown_decision_exits_2(cli, recorded):
    result = cli("trace", "2025-7 §11:1")
    assert result.exit_code == 2
    assert result.output.strip() == "error: decision 2025-7 §11:1 is not recorded"


def test_a_store_that_cannot_be_reached_is_a_clear_error():
    from click.testing import CliRunner

    from cli import main

    runner = CliRunner()
    unreachable = runner.invoke(main, ["--store", "postgresql://postgres@127.0.0.1:1/test", "decisions"])
    assert unreachable.exit_code == 2
    assert unreachable.output.startswith("error: cannot use the PostgreSQL store postgresql://postgres@127.0.0.1:1/test:")
    missing = runner.invoke(main, ["--store", "/no/such/folder/register.db", "decisions"])
    assert missing.exit_code == 2
    assert missing.output.strip() == "error: store /no/such/folder/register.db: the folder /no/such/folder does not exist"
    unknown = runner.invoke(main, ["--store", "mysql://x/y", "decisions"])
    assert unknown.exit_code == 2
    assert "give an SQLite file path or a postgresql:// URL" in unknown.output


@pytest.mark.parametrize(
    "args, message",
    [
        (["correct", "2025-7 §07:1", "--reason", "x"], "give exactly one of --text, --amount, --party, --due, --date, --never-taken"),
        (["correct", "2025-7 §07:1", "--text", "Att x.", "--amount", "5", "--reason", "x"], "give exactly one of"),
        (["correct", "2025-7 §07:1", "--date", "2025-12-09", "--reason", "x"], "--date corrects a meeting: give --meeting ID and no decision"),
        (["correct", "--meeting", "2025-7", "--text", "Att x.", "--reason", "x"], "--date corrects a meeting"),
        (["fulfil", "2025-7 §07:2"], "give --by DECISION or --meeting MEETING"),
    ],
)
def test_commands_given_the_wrong_combination_of_options_say_which_to_give(cli, store, recorded, args, message):
    result = cli(*args)
    assert result.exit_code == 2
    assert message in result.output
    assert stored_events(store) == recorded


@pytest.mark.parametrize(("option", "value"), [("--kind", "motion"), ("--status", "klar")])
def test_a_search_filter_value_the_register_does_not_know_is_refused_naming_the_values(cli, recorded, option, value):
    result = cli("search", "planen", option, value)
    assert result.exit_code == 2, result.output
    assert f"Invalid value for '{option}': '{value}' is not one of" in result.output
    assert "'in_force'" in result.output or "'item'" in result.output
