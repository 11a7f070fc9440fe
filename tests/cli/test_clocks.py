"""Every command that reads the register takes both clocks, and each clock changes what it
shows. The commands are read from click's own list, so a read command added later without the
clocks fails here; only `register/commands/options.py` may say a command reads at no time."""

from __future__ import annotations

import datetime as dt
import json
import time
from typing import Any

import click
import pytest

from cli import main
from register.commands.options import DATE, INSTANT, RECORDING, WHOLE_STORE, reads_at_a_time

READ_COMMANDS = sorted(name for name in main.commands if reads_at_a_time(name))

BETWEEN = "2026-01-01"
"""After the demo's meetings (2022:5, 2025-7), before the meeting recorded by hand (2026-1)."""

ASKED: dict[str, list[str]] = {
    "attendance": ["2026-1"],
    "audit": [],
    "decisions": [],
    "extract": ["2025-7 §13:1"],
    "follow-ups": [],
    "grants": [],
    "meetings": [],
    "outcomes": ["--year", "2025"],
    "parties": [],
    "particulars": [],
    "plans": [],
    "representation": ["--year", "2026"],
    "search": ["lotsverksamhet"],
    "trace": ["2025-7 §13:1"],
    "withheld": [],
}
"""What each read command is asked about: something the meeting recorded by hand changes."""

BY_HAND = (
    ("meeting", "2026-1", "--date", "2026-02-16", "--place", "Karlskrona",
     "--attendee", "Anna Andersson;Region Blekinge;ledamot;yes"),
    ("decide", "2026-1 §03:1", "Att bevilja Region Blekinge 40 000 kr för lotsverksamhet.", "--kind", "grant"),
    ("grant", "Region Blekinge", "--amount", "40000", "--by", "2026-1 §03:1", "--year", "2025", "--purpose", "Lotsverksamhet"),
    ("oblige", "Region Blekinge", "lotsverksamheten", "--by", "2026-1 §03:1", "--due", "2026-09"),
    ("decide", "2026-1 §04:1", "Att fastställa Ronneby kommuns FINSAM-plan 2026.", "--kind", "plan"),
    ("adopt-plan", "Ronneby kommun", "2026", "--by", "2026-1 §04:1", "--grant", "500000"),
    ("decide", "2026-1 §05:1", "Att upphäva Beslut 2025-7 §13:1.", "--kind", "revocation"),
    ("revoke", "2025-7 §13:1", "--by", "2026-1 §05:1"),
    ("withhold", "2026-1 §03:1", "--reason", "personuppgifter"),
    ("parties", "set", "Försäkringskassan", "Arbetsförmedlingen", "Region Blekinge", "Karlskrona kommun",
     "Ronneby kommun", "Karlshamns kommun", "Sölvesborgs kommun"),
    ("particulars", "set", "--full-name", "Samordningsförbundet i Blekinge län"),
    ("particulars", "set", "--appeal", "laglighetsprövning enligt 13 kap. kommunallagen", "--appeal-weeks", "3"),
)
"""Recorded a moment after the demo: a meeting with attendance, a grant, a follow-up, a plan, a
revocation, a withholding, a new list of parties (one fewer), and the board's particulars twice
(the first standing for the time before it, as a party list does)."""


def option(command: click.Command, name: str) -> click.Option | None:
    return next((p for p in command.params if isinstance(p, click.Option) and name in p.opts), None)


@pytest.mark.parametrize("name", READ_COMMANDS)
def test_every_command_that_reads_takes_both_clocks(name):
    command = main.commands[name]
    as_of, as_recorded = option(command, "--as-of"), option(command, "--as-recorded")
    assert as_of is not None and as_of.type is DATE, f"{name} takes no --as-of of its own kind (DATE)"
    assert as_recorded is not None and as_recorded.type is INSTANT, f"{name} takes no --as-recorded (INSTANT)"
    assert not as_of.required, f"{name} requires --as-of: every read has an answer without a clock"


def test_the_commands_said_to_read_at_no_time_are_commands_and_take_no_clocks():
    for name in RECORDING | WHOLE_STORE:
        assert name in main.commands, f"{name} is classified in register/commands/options.py but is no command"
        assert option(main.commands[name], "--as-of") is None, f"{name} takes --as-of: it reads at a time, say so"


def test_a_command_is_a_read_command_unless_it_is_named_as_reading_at_no_time():
    assert reads_at_a_time("decisions") and reads_at_a_time("a-command-added-later")
    assert not reads_at_a_time("log") and not reads_at_a_time("decide")


ABOUT_THE_QUESTION = ("as_of", "as_recorded", "made_at", "position", "digest", "last_save")
"""What `audit` says of the clocks it was given and the history behind them, not what it shows."""


def answer(result: Any) -> Any:
    """What a command showed: its JSON (the views, not what it says of the question), or its text."""
    assert result.exit_code == 0, result.output
    try:
        shown = json.loads(result.stdout)
    except ValueError:
        return result.stdout
    return {k: v for k, v in shown.items() if k not in ABOUT_THE_QUESTION} if isinstance(shown, dict) else shown


def test_each_clock_changes_what_every_read_command_shows(cli):
    assert cli("demo").exit_code == 0
    time.sleep(0.01)
    between = dt.datetime.now(dt.timezone.utc).isoformat()
    time.sleep(0.01)
    for args in BY_HAND:
        recorded = cli(*args)
        assert recorded.exit_code == 0, (args, recorded.output)

    unchanged = []
    for name in READ_COMMANDS:
        assert name in ASKED, f"a new read command, {name}: say in ASKED what to ask it about"
        command = main.commands[name]
        formats = option(command, "--format")
        asked = [name, *ASKED[name]] + (["--format", "json"] if formats and "json" in formats.type.choices else [])
        now = answer(cli(*asked))
        for clock, value in (("--as-of", BETWEEN), ("--as-recorded", between)):
            if answer(cli(*asked, clock, value)) == now:
                unchanged.append(f"{name} {clock}")
    assert unchanged == [], f"these clocks change nothing: {unchanged}"


@pytest.mark.parametrize("name", READ_COMMANDS)
def test_a_malformed_clock_is_refused_naming_it(cli, name):
    for clock, value in (("--as-of", "2026-13-01"), ("--as-recorded", "igår")):
        result = cli(name, *ASKED[name], clock, value)
        assert result.exit_code == 2 and repr(value) in result.output, result.output
        assert "Traceback" not in result.output


def test_a_meeting_held_after_the_date_asked_has_no_attendance_yet_and_says_why(cli):
    assert cli("meeting", "2026-1", "--date", "2026-02-16", "--attendee", "Anna Andersson;Region Blekinge;ledamot;yes").exit_code == 0
    result = cli("attendance", "2026-1", "--as-of", BETWEEN, "--format", "json")
    assert (result.exit_code, json.loads(result.stdout)) == (0, [])
    said = "note: meeting 2026-1 was not held by the date asked, or not recorded by the instant: no attendance yet"
    assert said in result.stderr
    before = cli("attendance", "2026-1", "--as-recorded", "2026-01-01", "--format", "json")
    assert (before.exit_code, json.loads(before.stdout)) == (0, [])
    assert said in before.stderr
    assert cli("attendance", "2026-2", "--as-of", BETWEEN).exit_code == 2  # not recorded at all: still refused


def test_a_clock_given_to_parties_set_is_refused_and_nothing_is_recorded(cli):
    result = cli("parties", "--as-of", BETWEEN, "set", "Norrby kommun")
    assert result.exit_code == 2
    assert "--as-of and --as-recorded are for listing the parties; `parties set` records a list now" in result.output
    assert json.loads(cli("parties", "--format", "json").stdout) == []


def test_the_help_of_withheld_says_what_its_date_keeps(cli):
    shown = " ".join(cli("withheld", "--help").output.split())
    assert "only the withholdings of meetings held by that date" in shown
