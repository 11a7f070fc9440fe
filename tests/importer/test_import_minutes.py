"""A secretary imports minutes with `register import-minutes` and the views say what the minutes say."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import SEEDS, stored_events

OWN = Path(__file__).parent / "minutes"


def seed(name: str) -> Path:
    path = SEEDS / name
    if not path.exists():
        pytest.skip(f"the real minutes are not here ({path}); CI copies shared/ beside the repo")
    return path


def imported(cli, path: Path, *options: str) -> dict:
    result = cli("import-minutes", str(path), "--format", "json", *options)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def follow_ups(cli, as_of: str) -> dict[str, str]:
    rows = json.loads(cli("follow-ups", "--all", "--as-of", as_of, "--format", "json").output)
    return {r["source"]: r["status"] for r in rows}


def test_minutes_without_a_date_need_one_and_nothing_is_written(cli, store):
    result = cli("import-minutes", str(seed("board-minutes-2025-7.txt")))
    assert result.exit_code == 2
    assert "board-minutes-2025-7.txt: the minutes give no meeting date; give it with --date YYYY-MM-DD" in result.output
    assert stored_events(store) == 0


def test_the_2025_7_minutes_import_with_the_figures_of_the_meeting(cli):
    summary = imported(cli, seed("board-minutes-2025-7.txt"), "--date", "2025-12-08")
    assert summary["recorded"] is True
    assert [(d["id"], d["kind"]) for d in summary["decisions"]] == [
        ("2025-7 §07:1", "plan"), ("2025-7 §07:2", "report"), ("2025-7 §09:1", "document"),
        ("2025-7 §11:1", "plan"), ("2025-7 §13:1", "referral"), ("2025-7 §13:2", "withdrawal"),
        ("2025-7 §14:1", "document"), ("2025-7 §14:2", "termination"), ("2025-7 §15:1", "document"),
    ]
    assert any("2025-7 §15:1 is in the body but not in the BESLUTSLISTA" in w["message"] for w in summary["warnings"])
    decisions = json.loads(cli("decisions", "--meeting", "2025-7", "--format", "json").output)
    assert {d["id"]: d["status"] for d in decisions if d["status"] != "in_force"} == {"2025-7 §13:2": "withdrawn"}
    plans = json.loads(cli("plans", "--year", "2026", "--format", "json").output)
    assert [(p["party"], p["status"], p["granted_sek"], p["decision"]) for p in plans] == [
        ("Karlshamns kommun", "adopted", 1_887_000, "2025-7 §11:1"),
        ("Karlskrona kommun", "adopted", 3_578_000, "2025-7 §07:1"),
    ]
    january = json.loads(cli("follow-ups", "--as-of", "2026-01-01", "--format", "json").output)
    assert {(r["kind"], r["source"], r["due"], r["status"]) for r in january} >= {
        ("report", "2025-7 §07:2", "2026-05", "open"),
        ("referred_back", "2025-7 §13:1", "2026-02", "open"),
    }
    assert cli("follow-ups", "--as-of", "2025-12-01", "--format", "json").output.strip() == "[]"


def test_the_2022_5_minutes_import_with_attendance_and_generated_ids(cli):
    summary = imported(cli, seed("board-minutes-2022-5.txt"))
    assert summary["date"] == "2022-10-24"
    assert [(d["id"], d["generated"], d["kind"]) for d in summary["decisions"]] == [
        ("2022:5 §04:1", True, "assignment"), ("2022:5 §05:1", True, "assignment"), ("2022:5 §08:1", True, "assignment"),
    ]
    assert any("Niklas Joelsson" in w["message"] for w in summary["warnings"])
    rows = {r["source"]: r for r in json.loads(cli("follow-ups", "--as-of", "2022-11-01", "--format", "json").output)}
    assert rows["2022:5 §04:1"]["due"] == "next-meeting"
    assert "internkontrollplan 2023" in rows["2022:5 §04:1"]["subject"]
    assert "enkätfrågor" in rows["2022:5 §05:1"]["subject"]
    attendance = json.loads(cli("attendance", "2022:5", "--format", "json").output)
    by_name = {a["name"]: a for a in attendance}
    assert len(attendance) == 20
    assert by_name["Niklas Joelsson"]["present"] is None
    assert (by_name["Ingrid Hermansson"]["organisation"], by_name["Ingrid Hermansson"]["present"]) == ("Region Blekinge", True)
    assert by_name["Fredrik Johansson"]["present"] is False
    table = cli("attendance", "2022:5").output
    assert "Sölvesborgs kommun  Niklas Joelsson     ledamot                  unclear" in table


def test_later_minutes_close_the_referral_and_the_report_when_a_member_would_expect(cli):
    imported(cli, seed("board-minutes-2025-7.txt"), "--date", "2025-12-08")
    imported(cli, OWN / "board-minutes-2026-1.txt", "--date", "2026-02-16")
    imported(cli, OWN / "board-minutes-2026-3.txt")
    assert follow_ups(cli, "2026-02-15")["2025-7 §13:1"] == "open"
    assert follow_ups(cli, "2026-02-16")["2025-7 §13:1"] == "done"
    assert follow_ups(cli, "2026-02-16")["2026-1 §06:1"] == "open"
    assert follow_ups(cli, "2026-05-18")["2025-7 §07:2"] == "open"
    assert follow_ups(cli, "2026-05-19")["2025-7 §07:2"] == "done"
    assert follow_ups(cli, "2026-05-19")["2026-1 §06:1"] == "done"
    assert follow_ups(cli, "2026-10-01")["2026-3 §06:1"] == "overdue"
    plans = {p["party"]: p for p in json.loads(cli("plans", "--year", "2026", "--format", "json").output)}
    assert (plans["Karlskrona kommun"]["granted_sek"], plans["Karlskrona kommun"]["decision"]) == (3_600_000, "2026-1 §05:1")
    statuses = {d["id"]: d["status"] for d in json.loads(cli("decisions", "--format", "json").output)}
    assert statuses["2025-7 §07:1"] == "superseded"
    trace = json.loads(cli("trace", "2025-7 §13:1", "--format", "json").output)
    assert [(e["meeting"], e["event"]) for e in trace["events"]][-3:] == [
        ("2026-1", "returned"), ("2026-1", "decided"), ("2026-1", "document adopted"),
    ]


def test_minutes_imported_out_of_order_link_once_both_are_recorded(cli):
    later = imported(cli, OWN / "board-minutes-2026-3.txt")
    assert any(u["citation"] == "Beslut 2025-7 §07:2" and u["why"].startswith("the register does not hold that decision")
               for u in later["unlinked"])
    imported(cli, seed("board-minutes-2025-7.txt"), "--date", "2025-12-08")
    assert follow_ups(cli, "2026-05-19")["2025-7 §07:2"] == "done"
    assert follow_ups(cli, "2026-01-01")["2025-7 §07:2"] == "open"


def test_a_dry_run_shows_what_it_would_record_and_writes_nothing(cli, store):
    result = cli("import-minutes", str(OWN / "board-minutes-2026-1.txt"), "--date", "2026-02-16", "--dry-run")
    assert result.exit_code == 0
    assert result.output.startswith("meeting 2026-1 (2026-02-16) from board-minutes-2026-1.txt: dry run: would record 13 events; nothing written")
    assert "      superseded: 2025-7 §07:1 by 2026-1 §05:1" in result.output
    assert "Beslut 2025-7 §13:1: the register does not hold that decision; kept as an external reference" in result.output
    assert stored_events(store) == 0


def test_importing_minutes_already_recorded_is_refused_and_duplicates_nothing(cli, store):
    imported(cli, OWN / "board-minutes-2026-3.txt")
    count = stored_events(store)
    again = cli("import-minutes", str(OWN / "board-minutes-2026-3.txt"))
    assert again.exit_code == 2
    assert again.output.strip() == "error: meeting 2026-3 is already recorded"
    assert stored_events(store) == count


BAD = [
    ("empty.txt", b"  \n\n", "empty.txt: the file is empty"),
    ("binary.txt", b"\x00\x01PDF", "binary.txt: a binary file"),
    ("letter.txt", "Hej!\nVi ses på fredag.\n".encode(), "letter.txt: "),
    ("bad-id.txt", "Styrelsen beslutade:\nBeslut 2026-4 §0X:1\nAtt fastställa planen.\n".encode(), "bad-id.txt, line 2: malformed decision id"),
    ("mixed.txt", "Beslut 2026-4 §03:1\nAtt fastställa planen.\n\nBeslut 2026-5 §04:1\nAtt anta budgeten.\n".encode(), "mixed.txt, line 4:"),
]


@pytest.mark.parametrize("name, content, message", BAD, ids=[b[0] for b in BAD])
def test_bad_minutes_exit_2_name_the_file_and_line_and_write_nothing(cli, store, tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    result = cli("import-minutes", str(path), "--date", "2026-06-01")
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert "Traceback" not in result.output
    assert stored_events(store) == 0


def test_minutes_of_another_meeting_than_asked_for_are_refused(cli, store):
    result = cli("import-minutes", str(OWN / "board-minutes-2026-3.txt"), "--meeting", "2026-4")
    assert result.exit_code == 2
    assert "2026-3" in result.output and "2026-4" in result.output
    assert stored_events(store) == 0


def test_several_minutes_import_in_one_command(cli, store):
    result = cli("import-minutes", str(OWN / "board-minutes-2026-3.txt"), str(seed("board-minutes-2022-5.txt")))
    assert result.exit_code == 0, result.output
    assert "from board-minutes-2026-3.txt: recorded" in result.output
    assert "from board-minutes-2022-5.txt: recorded" in result.output
    assert "importing" not in result.output  # no progress bar when the output is not a terminal
    meetings = [m["meeting"] for m in json.loads(cli("meetings", "--format", "json").output)]
    assert meetings == ["2022:5", "2026-3"]


def test_a_bad_file_among_several_is_found_before_anything_is_recorded(cli, store, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = cli("import-minutes", str(OWN / "board-minutes-2026-3.txt"), str(empty), str(seed("board-minutes-2022-5.txt")))
    assert result.exit_code == 2
    assert "empty.txt: the file is empty (nothing of the 3 files was recorded)" in result.output
    assert stored_events(store) == 0


def test_a_date_applies_to_one_file_only(cli, store):
    result = cli("import-minutes", str(OWN / "board-minutes-2026-3.txt"), str(OWN / "board-minutes-2026-1.txt"), "--date", "2026-02-16")
    assert result.exit_code == 2
    assert "--meeting, --date, --review and --accept apply to one file" in result.output
    assert stored_events(store) == 0


JUNE = """Protokoll från styrelsemöte i Samordningsförbundet i Blekinge län

Måndag 2026-06-08, kl. 13:00 - 15:00

§3 Uppföljning

Styrelsen beslutade:
Beslut 2026-4 §03:1
Att Olofströms kommun ska rapportera hur uppföljningen går vid styrelsens september-möte 2026.
"""

SEPTEMBER = """Protokoll från styrelsemöte i Samordningsförbundet i Blekinge län

Måndag 2026-09-14, kl. 13:00 - 15:00

§4 Återrapport från Olofströms kommun

Olofströms kommun redovisade uppföljningen. Styrelsen tog del av återrapporteringen enligt
Beslut 2026-4 §03:1 och lade den till handlingarna.

§5 Budget 2027

Styrelsen beslutade:
Beslut 2026-5 §05:1
Att fastställa Budget 2027 för Samordningsförbundet i Blekinge.
"""


def test_minutes_imported_together_see_each_other_before_the_views_catch_up(cli, store, tmp_path):
    june, september = tmp_path / "juni.txt", tmp_path / "september.txt"
    june.write_text(JUNE, encoding="utf-8")
    september.write_text(SEPTEMBER, encoding="utf-8")
    result = cli("import-minutes", str(june), str(september), "--format", "json")
    assert result.exit_code == 0, result.output
    summaries = json.loads(result.output)
    assert [s["meeting"] for s in summaries] == ["2026-4", "2026-5"]
    assert not any(s["unlinked"] for s in summaries)
    assert follow_ups(cli, "2026-09-01")["2026-4 §03:1"] == "open"
    assert follow_ups(cli, "2026-09-14")["2026-4 §03:1"] == "done"
    again = cli("import-minutes", str(september))
    assert again.exit_code == 2


def test_a_date_that_contradicts_the_minutes_is_refused(cli, store):
    result = cli("import-minutes", str(OWN / "board-minutes-2026-3.txt"), "--date", "2026-05-20")
    assert result.exit_code == 2
    assert result.output.strip() == (
        "error: board-minutes-2026-3.txt: the minutes say the meeting was held 2026-05-19, but --date says 2026-05-20"
    )
    assert stored_events(store) == 0


def test_a_due_month_written_without_its_year_is_the_next_such_month_after_the_meeting(cli, tmp_path):
    minutes = tmp_path / "protokoll-2025-9.txt"
    minutes.write_text(
        "Styrelsen beslutade:\n"
        "Beslut 2025-9 §04:1\n"
        "Att Ronneby kommun ska rapportera läget vid styrelsens möte i juni.\n\n"
        "Beslut 2025-9 §05:1\n"
        "Att återremittera ärendet till styrelsemötet i februari.\n",
        encoding="utf-8",
    )
    imported(cli, minutes, "--date", "2025-12-08")
    rows = json.loads(cli("follow-ups", "--all", "--as-of", "2025-12-31", "--format", "json").output)
    assert {r["source"]: (r["kind"], r["due"]) for r in rows} == {
        "2025-9 §04:1": ("report", "2026-06"),
        "2025-9 §05:1": ("referred_back", "2026-02"),
    }
    assert follow_ups(cli, "2026-07-01")["2025-9 §04:1"] == "overdue"


def test_money_granted_without_a_plan_is_listed_among_the_grants_with_its_purpose(cli):
    summary = imported(cli, OWN / "board-minutes-2026-4.txt")
    assert [(d["id"], d["kind"]) for d in summary["decisions"]] == [
        ("2026-4 §04:1", "grant"), ("2026-4 §05:1", "document"), ("2026-4 §06:1", "acknowledgement"),
        ("2026-4 §07:1", "report"),
    ]
    grants = json.loads(cli("grants", "--year", "2026", "--format", "json").output)
    assert grants == [{"party": "Olofströms kommun", "year": 2026, "decision": "2026-4 §04:1", "date": "2026-06-15",
                       "amount_sek": 180_000, "purpose": "förstudie om arbetsträning", "status": "in_force",
                       "corrections": []}]
    assert json.loads(cli("plans", "--format", "json").output) == []


def test_approving_a_named_document_adopts_it_under_its_name_and_approving_information_notes_it(cli):
    imported(cli, OWN / "board-minutes-2026-4.txt")
    trace = json.loads(cli("trace", "2026-4 §05:1", "--format", "json").output)
    assert [(e["event"], e["detail"]) for e in trace["events"]][-1] == (
        "document adopted", "Revisionsberättelse 2025 by 2026-4 §05:1")
    kinds = {d["id"]: d["kind"] for d in json.loads(cli("decisions", "--format", "json").output)}
    assert kinds["2026-4 §06:1"] == "acknowledgement"


def test_a_report_whose_wording_names_only_who_and_when_is_about_its_items_title(cli):
    imported(cli, OWN / "board-minutes-2026-4.txt")
    rows = json.loads(cli("follow-ups", "--as-of", "2026-07-01", "--format", "json").output)
    assert [(r["source"], r["responsible"], r["subject"], r["due"]) for r in rows] == [
        ("2026-4 §07:1", "Olofströms kommun", "Uppföljning av förstudien", "2026-11"),
    ]
