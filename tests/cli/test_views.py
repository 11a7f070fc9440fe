"""The listing commands as a user runs them, on the demo's sample meeting."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from tests.conftest import stored_events


@pytest.fixture
def demo(cli):
    result = cli("demo")
    assert result.exit_code == 0, result.output
    return result.output


def imported(demo: str) -> dict[str, int]:
    """Events per meeting, as the demo's import lines report them."""
    return {meeting: int(count) for meeting, count in re.findall(r"^imported meeting (\S+) from \S+: (\d+) events$", demo, re.M)}


def test_demo_imports_the_sample_minutes_and_prints_the_views(demo, store):
    counts = imported(demo)
    assert list(counts) == ["2022:5", "2025-7"]
    for_the_board = [int(n) for n in re.findall(r"^(?:recorded the board's|imported \d+ project).*: (\d+) events$", demo, re.M)]
    assert len(for_the_board) == 2
    assert sum(counts.values()) + sum(for_the_board) == stored_events(store)
    for heading in ("Decisions, meeting 2025-7", "Plans 2026", "Attendance 2022:5", "Follow-ups as of 2026-01-01", "Trace of 2025-7 §13:1"):
        assert f"\n{heading}\n" in demo


def test_running_the_demo_again_records_nothing_twice(cli, demo):
    again = cli("demo")
    assert again.exit_code == 0
    assert again.output.startswith(
        "skipped 2022-5.txt: meeting 2022:5 is already recorded\n"
        "skipped 2025-7.txt: meeting 2025-7 is already recorded\n"
    )
    assert len(json.loads(cli("decisions", "--format", "json").output)) == 12


def test_plans_print_as_an_aligned_table(cli, demo):
    assert cli("plans", "--year", "2026").output == (
        "party              year  status   granted_sek  decision\n"
        "-----------------  ----  -------  -----------  ------------\n"
        "Karlshamns kommun  2026  adopted    1 887 000  2025-7 §11:1\n"
        "Karlskrona kommun  2026  adopted    3 578 000  2025-7 §07:1\n"
    )


def test_decisions_as_json_carry_the_contract_fields(cli, demo):
    rows = json.loads(cli("decisions", "--meeting", "2025-7", "--format", "json").output)
    assert len(rows) == 9
    assert {"id", "meeting", "date", "text", "status", "kind"} <= set(rows[0])
    struck = [r for r in rows if r["status"] == "withdrawn"]
    assert [(r["id"], r["text"]) for r in struck] == [("2025-7 §13:2", "Att detta beslut utgår.")]
    assert rows[0]["text"].endswith("med 3 578 000 kr.")


def test_decisions_filter_by_status(cli, demo):
    rows = json.loads(cli("decisions", "--status", "withdrawn", "--format", "json").output)
    assert [r["id"] for r in rows] == ["2025-7 §13:2"]


def test_follow_ups_as_json_open_then_overdue(cli, demo):
    january = json.loads(cli("follow-ups", "--as-of", "2026-01-01", "--format", "json").output)
    assert [{k: r[k] for k in ("kind", "source", "responsible", "due", "status")} for r in january] == [
        {"kind": "assignment", "source": "2022:5 §04:1", "responsible": "förbundschefen", "due": "next-meeting", "status": "overdue"},
        {"kind": "assignment", "source": "2022:5 §05:1", "responsible": "förbundschefen", "due": None, "status": "open"},
        {"kind": "assignment", "source": "2022:5 §08:1", "responsible": "förbundschefen", "due": None, "status": "open"},
        {"kind": "deferred", "source": "2025-7 deferred 1", "responsible": "styrelsen", "due": "next-meeting", "status": "open"},
        {"kind": "report", "source": "2025-7 §07:2", "responsible": "Karlskrona kommun", "due": "2026-05", "status": "open"},
        {"kind": "referred_back", "source": "2025-7 §13:1", "responsible": "styrelsen", "due": "2026-02", "status": "open"},
    ]
    june = json.loads(cli("follow-ups", "--as-of", "2026-06-15", "--format", "json").output)
    assert {r["source"]: r["status"] for r in june}["2025-7 §07:2"] == "overdue"
    assert cli("follow-ups", "--as-of", "2022-10-23", "--format", "json").output.strip() == "[]"
    assert cli("follow-ups", "--as-of", "2022-10-23").output.strip() == "(none)"
    before_2025_7 = json.loads(cli("follow-ups", "--as-of", "2025-12-01", "--format", "json").output)
    assert {r["source"] for r in before_2025_7} == {"2022:5 §04:1", "2022:5 §05:1", "2022:5 §08:1"}


def test_csv_has_a_header_and_plain_numbers(cli, demo):
    rows = list(csv.DictReader(io.StringIO(cli("plans", "--format", "csv").output)))
    assert rows[1] == {"party": "Karlskrona kommun", "year": "2026", "status": "adopted", "granted_sek": "3578000", "decision": "2025-7 §07:1"}


def test_trace_of_a_decision_follows_its_matter(cli, demo):
    document = json.loads(cli("trace", "2025-7 §13:1", "--format", "json").output)
    assert document["ref"] == "2025-7 §13:1"
    assert [(e["date"], e["meeting"], e["event"]) for e in document["events"]] == [
        ("2025-12-08", "2025-7", "put forward"),
        ("2025-12-08", "2025-7", "decided"),
        ("2025-12-08", "2025-7", "referred back"),
        ("2025-12-08", "2025-7", "decided"),
        ("2025-12-08", "2025-7", "withdrawn"),
    ]


def test_trace_accepts_an_agenda_item_and_a_short_item_number(cli, demo):
    by_item = json.loads(cli("trace", "2025-7 §13", "--format", "json").output)
    by_short_id = json.loads(cli("trace", "2025-7 §13:1", "--format", "json").output)
    assert by_item["events"] == by_short_id["events"]
    table = cli("trace", "2025-7 §7:2").output
    assert table.splitlines()[0] == "2025-7 §07:2 (matter 2025-7 §07)"
    assert "report required" in table


def test_a_trace_as_of_a_date_before_the_meeting_is_empty(cli, demo):
    document = json.loads(cli("trace", "2025-7 §13:1", "--as-of", "2025-12-07", "--format", "json").output)
    assert document["events"] == []


def test_verify_reports_what_it_read(cli, demo, store):
    result = cli("verify")
    assert result.exit_code == 0
    assert result.output.startswith(f"ok: {stored_events(store)} events in 2 meetings; chain intact; digest ")


def test_rebuild_gives_the_same_views(cli, demo, store):
    before = [cli(*args).output for args in (("decisions",), ("plans",), ("follow-ups", "--all"))]
    assert cli("rebuild").output.strip() == f"rebuilt from {stored_events(store)} events"
    assert [cli(*args).output for args in (("decisions",), ("plans",), ("follow-ups", "--all"))] == before


def test_attendance_of_a_meeting_not_recorded_is_refused(cli, demo):
    result = cli("attendance", "2030-1")
    assert result.exit_code == 2
    assert result.output.strip() == "error: meeting 2030-1 is not recorded"


def test_decisions_of_one_meeting_leave_out_the_others(cli, demo):
    rows = json.loads(cli("decisions", "--meeting", "2022:5", "--format", "json").output)
    assert [r["id"] for r in rows] == ["2022:5 §04:1", "2022:5 §05:1", "2022:5 §08:1"]
    assert json.loads(cli("decisions", "--meeting", "2022-5", "--format", "json").output) == rows
