"""`register write-off` (avskrivning) as the secretary runs it: a follow-up closed with a reason,
by hand or by a decision, one or every one older than a date in one transaction; shown as
written off by every view and the trace, and still open under a clock before it."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import pytest

from tests.conftest import stored_events

OLD = "2022:5 §04:1"
"""An assignment from before the register began, overdue ever since."""


@pytest.fixture
def demo(cli):
    assert cli("demo").exit_code == 0


def as_json(cli, *args: str):
    result = cli(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def follow_up(cli, source: str, *clocks: str) -> dict | None:
    return next((f for f in as_json(cli, "follow-ups", "--all", *clocks) if f["source"] == source), None)


def written_off_between(cli) -> str:
    """Writes off OLD on 2026-03-01; returns an instant after the demo was recorded and before that."""
    time.sleep(0.01)
    between = dt.datetime.now(dt.UTC).isoformat()
    time.sleep(0.01)
    said = cli("write-off", OLD, "--reason", "inaktuellt  sedan 2023", "--on", "2026-03-01")
    assert said.exit_code == 0, said.output
    assert said.output == f"written off follow-up from {OLD}: inaktuellt sedan 2023\n"
    return between


def test_a_written_off_follow_up_is_written_off_with_its_reason_and_left_out_of_the_open_ones(cli, demo):
    written_off_between(cli)
    row = follow_up(cli, OLD)
    assert row["status"] == "written_off" and row["done_on"] == "2026-03-01"
    assert row["written_off"] == {"date": "2026-03-01", "by": None, "reason": "inaktuellt sedan 2023", "actor": row["written_off"]["actor"]}
    assert row["written_off"]["actor"]
    assert OLD not in [f["source"] for f in as_json(cli, "follow-ups")]
    table = cli("follow-ups", "--all").output
    assert any(line.startswith("assignment") and OLD in line and "written_off" in line for line in table.splitlines())


def test_as_of_a_date_before_the_write_off_the_follow_up_is_still_open(cli, demo):
    written_off_between(cli)
    assert follow_up(cli, OLD, "--as-of", "2026-02-28")["status"] == "overdue"
    assert OLD in [f["source"] for f in as_json(cli, "follow-ups", "--as-of", "2026-02-28")]
    assert follow_up(cli, OLD, "--as-of", "2026-03-01")["status"] == "written_off"


def test_as_recorded_before_the_write_off_was_recorded_the_follow_up_is_still_open(cli, demo):
    between = written_off_between(cli)
    assert follow_up(cli, OLD, "--as-recorded", between)["status"] == "overdue"
    assert follow_up(cli, OLD, "--as-recorded", between, "--as-of", "2026-06-01")["written_off"] is None


def test_the_trace_says_who_wrote_it_off_why_and_when(cli, demo):
    between = written_off_between(cli)
    events = as_json(cli, "trace", OLD)["events"]
    line = events[-1]
    assert (line["date"], line["meeting"], line["event"]) == ("2026-03-01", "2022:5", "written off")
    assert line["detail"].startswith(f"follow-up from {OLD} by the secretary (") and line["detail"].endswith("): inaktuellt sedan 2023")
    assert line["concerns"]["follow_ups"] == [OLD]
    assert all(e["event"] != "written off" for e in as_json(cli, "trace", OLD, "--as-of", "2026-02-28")["events"])
    assert all(e["event"] != "written off" for e in as_json(cli, "trace", OLD, "--as-recorded", between)["events"])


def test_a_decision_writes_off_a_follow_up_of_an_earlier_meeting_on_its_meetings_date(cli, demo):
    assert cli("meeting", "2026-1", "--date", "2026-02-16").exit_code == 0
    assert cli("decide", "2026-1 §05:1", f"Att uppdraget enligt Beslut {OLD} avskrivs.").exit_code == 0
    said = cli("write-off", OLD, "--reason", "uppdraget avskrivs", "--by-decision", "2026-1 §05:1")
    assert said.exit_code == 0 and said.output == f"written off follow-up from {OLD} by 2026-1 §05:1: uppdraget avskrivs\n"
    row = follow_up(cli, OLD)
    assert (row["status"], row["written_off"]["by"], row["written_off"]["date"]) == ("written_off", "2026-1 §05:1", "2026-02-16")
    assert follow_up(cli, OLD, "--as-of", "2026-02-15")["status"] == "overdue"
    line = [e for e in as_json(cli, "trace", "2026-1 §05:1")["events"] if e["event"] == "written off"]
    assert [e["detail"] for e in line] == [f"follow-up from {OLD} by 2026-1 §05:1: uppdraget avskrivs"]


def test_a_follow_up_written_off_by_a_decision_that_is_later_withdrawn_is_open_again(cli, demo):
    assert cli("meeting", "2026-1", "--date", "2026-02-16").exit_code == 0
    assert cli("decide", "2026-1 §05:1", "Att uppdraget avskrivs.").exit_code == 0
    assert cli("write-off", OLD, "--reason", "avskrivs", "--by-decision", "2026-1 §05:1").exit_code == 0
    assert cli("withdraw", "2026-1 §05:1").exit_code == 0
    assert follow_up(cli, OLD)["status"] == "overdue"


def test_older_than_writes_off_every_open_follow_up_of_earlier_meetings_with_one_reason_in_one_save(cli, demo, register):
    logged = len(as_json(cli, "log"))
    said = cli("write-off", "--older-than", "2023-01-01", "--reason", "från före registret")
    assert said.exit_code == 0, said.output
    assert said.output.splitlines()[-1] == "3 follow-ups opened before 2023-01-01 written off, in one transaction"
    rows = as_json(cli, "follow-ups", "--all")
    assert {f["source"]: f["status"] for f in rows if f["meeting"] == "2022:5"} == dict.fromkeys(
        ["2022:5 §04:1", "2022:5 §05:1", "2022:5 §08:1"], "written_off")
    assert {f["written_off"]["reason"] for f in rows if f["meeting"] == "2022:5"} == {"från före registret"}
    assert all(f["status"] != "written_off" for f in rows if f["meeting"] != "2022:5")
    new = as_json(cli, "log")[logged:]
    assert len(new) == 3 and len({e["recorded_at"] for e in new}) == 1  # three events, one save
    again = cli("write-off", "--older-than", "2023-01-01", "--reason", "igen")
    assert again.exit_code == 0 and "nothing written off" in again.output


def test_sealed_minutes_allow_a_write_off_since_the_minutes_are_unchanged(cli, demo):
    assert cli("seal", "2022:5", "--by", "Eva Ek").exit_code == 0
    assert cli("write-off", OLD, "--reason", "inaktuellt").exit_code == 0
    assert follow_up(cli, OLD)["status"] == "written_off"


@pytest.mark.parametrize(("args", "said"), [
    (("write-off", "2022:5 §03:1", "--reason", "x"), "no follow-up was created by 2022:5 §03:1"),
    (("write-off", "2022:5 §99:1", "--reason", "x"), "no follow-up was created by 2022:5 §99:1"),
    (("write-off", OLD, "--reason", "  "), "needs a reason"),
    (("write-off", OLD, "--reason", "x", "--on", "2022-10-01"), "before its meeting on 2022-10-24"),
    (("write-off", OLD, "--reason", "x", "--on", "2999-01-01"), "after today"),
    (("write-off", OLD, "--reason", "x", "--by-decision", "2025-7 §99:1"), "2025-7 §99:1, which writes off"),
    (("write-off", "2025-7 §07:2", "--reason", "x", "--by-decision", "2022:5 §04:1"), "only a follow-up of an earlier meeting"),
    (("write-off", "--reason", "x"), "give the follow-up's SOURCE"),
    (("write-off", OLD, "--older-than", "2023-01-01", "--reason", "x"), "not both"),
    (("write-off", OLD, "--reason", "x", "--on", "2026-01-01", "--by-decision", "2025-7 §07:1"), "--on dates a write-off"),
])
def test_a_refused_write_off_exits_2_says_why_and_writes_nothing(cli, demo, store, args, said):
    before = stored_events(store)
    result = cli(*args)
    assert result.exit_code == 2, result.output
    assert said in result.output
    assert stored_events(store) == before


def test_a_follow_up_already_closed_is_refused_whether_written_off_or_done(cli, demo, store):
    assert cli("write-off", OLD, "--reason", "inaktuellt").exit_code == 0
    assert cli("fulfil", "2025-7 §07:2", "--meeting", "2025-7").exit_code == 0
    before = stored_events(store)
    for source in (OLD, "2025-7 §07:2"):
        result = cli("write-off", source, "--reason", "igen")
        assert result.exit_code == 2
        assert f"the follow-up from {source} is already closed" in result.output
    assert cli("fulfil", OLD, "--meeting", "2022:5").exit_code == 2
    later = cli("fulfil", OLD, "--meeting", "2025-7")  # another meeting: what the register holds says it is closed
    assert later.exit_code == 2 and f"follow-up from {OLD} is already fulfilled or written off" in later.output
    assert stored_events(store) == before


def test_older_than_refuses_all_when_one_cannot_be_written_off(cli, demo, store):
    """Checked all first: one refusal, and none of the others is written off."""
    assert cli("seal", "2022:5", "--by", "Eva Ek").exit_code == 0
    assert cli("write-off", "--older-than", "2023-01-01", "--reason", "x", "--by-decision", "2025-7 §99:1").exit_code == 2
    assert all(f["status"] != "written_off" for f in as_json(cli, "follow-ups", "--all"))


def test_the_views_of_a_written_off_register_equal_a_rebuild(cli, demo):
    written_off_between(cli)
    assert cli("write-off", "--older-than", "2023-01-01", "--reason", "x").exit_code == 0
    before = cli("follow-ups", "--all", "--format", "json").output
    verified = cli("verify")
    assert verified.exit_code == 0, verified.output
    assert cli("rebuild").exit_code == 0
    assert cli("follow-ups", "--all", "--format", "json").output == before


WRITING_OFF_MINUTES = Path(__file__).parents[1] / "documents" / "minutes-written-off-2026-1.txt"
"""Our own minutes: `Att uppdraget enligt Beslut 2022:5 §04:1 avskrivs.`"""


def test_minutes_that_write_off_a_follow_up_are_imported_as_a_write_off_by_their_decision(cli, demo):
    result = cli("import-minutes", str(WRITING_OFF_MINUTES))
    assert result.exit_code == 0, result.output
    assert (f"      written off: follow-up from {OLD} by 2026-1 §03:1: Att uppdraget enligt Beslut {OLD} avskrivs.\n"
            in result.output)
    row = follow_up(cli, OLD)
    assert (row["status"], row["written_off"]["by"], row["written_off"]["date"]) == ("written_off", "2026-1 §03:1", "2026-02-16")
    assert follow_up(cli, OLD, "--as-of", "2026-02-15")["status"] == "overdue"


def test_a_review_of_such_minutes_carries_the_write_off_and_accepting_it_records_the_same(cli, demo, tmp_path):
    review = tmp_path / "review.toml"
    assert cli("import-minutes", str(WRITING_OFF_MINUTES), "--review", str(review)).exit_code == 0
    assert f'writes_off = ["{OLD}"]' in review.read_text(encoding="utf-8").splitlines()
    review.write_text(review.read_text(encoding="utf-8").replace('reviewed_by = ""', 'reviewed_by = "Per Holm"'), encoding="utf-8")
    accepted = cli("import-minutes", str(WRITING_OFF_MINUTES), "--accept", str(review))
    assert accepted.exit_code == 0, accepted.output
    assert follow_up(cli, OLD)["written_off"]["by"] == "2026-1 §03:1"


def test_a_review_that_writes_off_a_follow_up_the_register_does_not_hold_is_refused(cli, demo, store, tmp_path):
    review = tmp_path / "review.toml"
    assert cli("import-minutes", str(WRITING_OFF_MINUTES), "--review", str(review)).exit_code == 0
    text = review.read_text(encoding="utf-8").replace(f'writes_off = ["{OLD}"]', 'writes_off = ["2022:5 §03:1"]')
    review.write_text(text.replace('reviewed_by = ""', 'reviewed_by = "Per Holm"'), encoding="utf-8")
    before = stored_events(store)
    refused = cli("import-minutes", str(WRITING_OFF_MINUTES), "--accept", str(review))
    assert refused.exit_code == 2 and "no follow-up from 2022:5 §03:1 is recorded" in refused.output
    assert stored_events(store) == before


def test_a_corrected_meeting_date_leaves_the_secretarys_write_off_on_its_own_day(cli, demo):
    written_off_between(cli)
    time.sleep(0.01)
    before_the_correction = dt.datetime.now(dt.UTC).isoformat()
    time.sleep(0.01)
    assert cli("correct", "--meeting", "2022:5", "--date", "2022-10-25", "--reason", "fel datum").exit_code == 0
    row = follow_up(cli, OLD)
    assert (row["date"], row["written_off"]["date"]) == ("2022-10-25", "2026-03-01")
    assert follow_up(cli, OLD, "--as-of", "2026-02-28")["status"] == "overdue"
    written = [e for e in as_json(cli, "trace", OLD)["events"] if e["event"] == "written off"]
    assert [e["date"] for e in written] == ["2026-03-01"]
    then = as_json(cli, "trace", OLD, "--as-recorded", before_the_correction)["events"]
    told = [(e["date"], e["event"]) for e in then if e["event"] != "secretary named"]  # the minutes' secretary, a fact of the meeting
    assert told[-2:] == [("2022-10-24", "assignment given"), ("2026-03-01", "written off")]
