"""`register audit` as an auditor files it: the instant the register was read at, the digest,
who recorded and reviewed each meeting and when, every correction, withholding and reviewer's
addition, attendance per meeting and the follow-ups open or overdue, under every clock."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import time
from typing import Any, NamedTuple
from urllib.parse import quote

import pytest

from register.application import Register
from register.storage import Store
from register.web.app import create_app
from tests.conftest import stored_events
from tests.importer.steps import edited, imported, minutes
from tests.importer.test_review import APRIL, JUNE


def test_the_report_names_the_instant_it_read_the_register_at_not_now(cli):
    assert cli("demo").exit_code == 0
    before = dt.datetime.now(dt.timezone.utc)
    report = cli("audit", "--as-of", "2026-01-01")
    after = dt.datetime.now(dt.timezone.utc)
    assert report.exit_code == 0, report.output
    assert "as recorded at: now" not in report.output
    said = re.search(r"^- as recorded at: (\S+)", report.output, re.MULTILINE)
    assert said is not None, report.output
    assert before <= dt.datetime.fromisoformat(said[1]) <= after
    asked = cli("audit", "--as-of", "2026-01-01", "--as-recorded", "2026-01-01T00:00:00+00:00")
    assert "- as recorded at: 2026-01-01T00:00:00+00:00 " in asked.output


WITHHELD_WORDS = ("personuppgifter om Anna", "konsultbasis", "Anna till kansliet")
"""The reason 2025-7 §13:1 is withheld and words of its text: what the public must never read."""

SECTIONS = ("Meetings", "Attendance", "Who recorded and reviewed each meeting, and when", "Decisions",
            "Follow-ups open or overdue on", "Plans", "Grants", "Corrections", "Withheld from publication",
            "Added or changed in review, not read from the minutes")


class History(NamedTuple):
    early: str
    """An instant after the demo was recorded, before anything else was."""
    digest_then: str


@pytest.fixture
def history(cli, tmp_path) -> History:
    """The demo; then, each by a named actor: a meeting with attendance, a rättelse, a
    withholding, one withheld and published again, a follow-up fulfilled, April's minutes,
    June's reviewed with a decision the reviewer added."""
    assert cli("demo").exit_code == 0
    digest_then = cli("verify").output.split("digest ")[1].strip()
    time.sleep(0.01)
    early = dt.datetime.now(dt.timezone.utc).isoformat()
    time.sleep(0.01)
    as_secretary = ("--actor", "sekreteraren")
    for args in (
        ("meeting", "2026-1", "--date", "2026-02-16", "--attendee", "Anna Andersson;Region Blekinge;ledamot;yes",
         "--attendee", "Bo Berg;Karlskrona kommun;ersättare;no"),
        ("correct", "2025-7 §07:1", "--amount", "3587000", "--reason", "siffrorna kastades om"),
        ("withhold", "2025-7 §13:1", "--reason", "personuppgifter om Anna"),
        ("withhold", "2025-7 §14:2", "--reason", "ett misstag"),
        ("publish", "2025-7 §14:2"),
        ("fulfil", "2022:5 §04:1", "--meeting", "2026-1", "--note", "internkontrollplan 2023 föreslagen"),
    ):
        done = cli(*as_secretary, *args)
        assert done.exit_code == 0, (args, done.output)
    imported(cli, minutes(tmp_path, "april.txt", APRIL))
    june = minutes(tmp_path, "juni.txt", JUNE)
    review = tmp_path / "juni.toml"
    assert cli("import-minutes", str(june), "--review", str(review)).exit_code == 0
    edited(review, 'reviewed_by = ""', 'reviewed_by = "Elin Nordqvist"')
    review.write_text(review.read_text(encoding="utf-8") + (
        '\n[[decision]]\nid = "2026-3 §04:3"\nkind = "other"\ntext = "Att tacka kansliet för arbetet."\n'), encoding="utf-8")
    accepted = cli(*as_secretary, "import-minutes", str(june), "--accept", str(review))
    assert accepted.exit_code == 0, accepted.output
    return History(early, digest_then)


def report(cli, *clocks: str) -> dict[str, Any]:
    result = cli("audit", *clocks, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_every_section_holds_what_the_history_holds_as_of_a_date_after_it_all(cli, history):
    shown = report(cli, "--as-of", "2026-06-30")
    assert [m["meeting"] for m in shown["meetings"]] == ["2022:5", "2025-7", "2026-1", "2026-2", "2026-3"]
    reviewed = [r for r in shown["recordings"] if r["meeting"] == "2026-3"]
    assert [(r["actor"], r["reviewed_by"]) for r in reviewed] == [("sekreteraren", "Elin Nordqvist")]
    assert "Reviewed" in reviewed[0]["what"] and reviewed[0]["events"] > 1
    assert all(r["reviewed_by"] == "" for r in shown["recordings"] if r["meeting"] != "2026-3")
    assert [(c["decision"], c["field"], c["previous"], c["value"], c["reason"], c["actor"], c["date"])
            for c in shown["corrections"]] == [
        ("2025-7 §07:1", "amount", "3578000", "3587000", "siffrorna kastades om", "sekreteraren", "2025-12-08")]
    withheld = {w["ref"]: w for w in shown["withholdings"]}
    assert withheld["2025-7 §13:1"]["reason"] == "personuppgifter om Anna"
    assert withheld["2025-7 §13:1"]["published_again_at"] is None
    assert withheld["2025-7 §14:2"]["published_again_at"] > withheld["2025-7 §14:2"]["withheld_at"]
    assert withheld["2025-7 §14:2"]["published_again_by"] == "sekreteraren"
    assert shown["reviewed"] == [{"decision": "2026-3 §04:3", "by": "Elin Nordqvist", "added": True, "changes": []}]
    assert {(a["name"], a["present"]) for a in shown["attendance"]["2026-1"]} == {("Anna Andersson", True), ("Bo Berg", False)}
    assert len(shown["attendance"]["2022:5"]) == 20
    statuses = {f["source"]: f["status"] for f in shown["follow_ups"]}
    assert statuses["2025-7 §07:2"] == "overdue" and "done" not in statuses.values()
    assert "2022:5 §04:1" not in statuses  # fulfilled at 2026-1
    assert shown["last_save"]["actor"] == "sekreteraren"


def test_the_text_report_has_every_section_filled(cli, history):
    text = cli("audit", "--as-of", "2026-06-30").output
    for title in SECTIONS:
        assert f"## {title}" in text, title
        section = text.split(f"## {title}", 1)[1].split("\n## ", 1)[0]
        assert "|" in section, f"{title} is empty:\n{section}"
    assert "| 2026-3 |" in text and "| sekreteraren | Elin Nordqvist |" in text
    assert "| 2025-7 §13:1 | personuppgifter om Anna |" in text
    assert "### 2026-1" in text and "| Region Blekinge | Anna Andersson | ledamot | yes |" in text
    assert "| report | 2025-7 §07:2 | Karlskrona kommun | 2026-05 | overdue |" in text


def test_as_of_a_past_date_the_report_leaves_out_meetings_held_later_and_nothing_is_overdue_yet(cli, history):
    shown = report(cli, "--as-of", "2026-01-01")
    assert [m["meeting"] for m in shown["meetings"]] == ["2022:5", "2025-7"]
    assert {r["meeting"] for r in shown["recordings"]} == {"2022:5", "2025-7"}
    assert set(shown["attendance"]) == {"2022:5", "2025-7"}
    assert shown["reviewed"] == []
    assert [c["decision"] for c in shown["corrections"]] == ["2025-7 §07:1"]  # a rättelse of 2025-7's own record
    assert {w["ref"] for w in shown["withholdings"]} == {"2025-7 §13:1", "2025-7 §14:2"}
    statuses = {f["source"]: f["status"] for f in shown["follow_ups"]}
    assert statuses["2025-7 §07:2"] == "open" and statuses["2022:5 §04:1"] == "overdue"  # fulfilled only later
    assert shown["position"] == report(cli, "--as-of", "2026-06-30")["position"]  # the same history, read as of another day


def test_as_recorded_a_past_instant_the_report_is_what_the_register_held_then(cli, history):
    then = report(cli, "--as-of", "2026-06-30", "--as-recorded", history.early)
    assert then["as_recorded"] == dt.datetime.fromisoformat(history.early).isoformat()
    assert then["digest"] == history.digest_then
    assert [m["meeting"] for m in then["meetings"]] == ["2022:5", "2025-7"]
    assert then["corrections"] == [] and then["withholdings"] == [] and then["reviewed"] == []
    assert {r["actor"] for r in then["recordings"]} != {"sekreteraren"}
    assert "2026-1" not in then["attendance"]
    assert {f["source"]: f["status"] for f in then["follow_ups"]}["2025-7 §07:2"] == "overdue"
    text = cli("audit", "--as-of", "2026-06-30", "--as-recorded", history.early).output
    assert f"- as recorded at: {then['as_recorded']} (the instant asked; the report made at " in text
    assert f"- history digest: `{history.digest_then}`" in text


def test_the_report_read_at_the_instant_it_names_is_the_same_report(cli, history):
    now = report(cli, "--as-of", "2026-06-30")
    again = report(cli, "--as-of", "2026-06-30", "--as-recorded", now["as_recorded"])
    assert {k: v for k, v in again.items() if k != "made_at"} == {k: v for k, v in now.items() if k != "made_at"}


def test_the_print_page_has_every_section_in_swedish(cli, history):
    html = cli("audit", "--as-of", "2026-06-30", "--format", "html").output
    assert html.startswith("<!doctype html>") and '<html lang="sv">' in html
    for said in ("Revisionsrapport", "Kontrollsumma", "Elin Nordqvist", "sekreteraren", "Anna Andersson",
                 "<strong>Rättad</strong> 2025-12-08 (siffrorna kastades om): beloppet i 2025-7 §07:1 är 3\u00a0587\u00a0000\u00a0kr",
                 "personuppgifter om Anna", "nej, utelämnat", "2026-3 §04:3", "tillagt", "försenad",
                 "gäller, utelämnat från publicering"):
        assert said in html, said
    then = cli("audit", "--as-of", "2026-06-30", "--as-recorded", history.early, "--format", "html").output
    assert "Inga rättelser." in then and "Inget utelämnat från publicering." in then and "den tidpunkt som angavs" in then
    assert "utelämnat från publicering</td>" not in then  # not withheld yet at that instant


def test_a_pdf_needs_a_file_to_go_to_and_is_refused_without_one_writing_nothing(cli, history, store, tmp_path):
    before = stored_events(store)
    refused = cli("audit", "--format", "pdf")
    assert refused.exit_code == 2 and "--format pdf needs --output FILE" in refused.output
    stray = cli("audit", "--output", str(tmp_path / "r.pdf"))
    assert stray.exit_code == 2 and not (tmp_path / "r.pdf").exists()
    assert stored_events(store) == before


def test_the_report_as_a_pdf(cli, history, tmp_path):
    target = tmp_path / "revision.pdf"
    result = cli("audit", "--as-of", "2026-06-30", "--format", "pdf", "--output", str(target))
    if importlib.util.find_spec("weasyprint") is None:
        assert result.exit_code == 2 and "pip install -e '.[pdf]'" in result.output and not target.exists()
        return
    assert result.exit_code == 0, result.output
    assert target.read_bytes().startswith(b"%PDF")
    nowhere = tmp_path / "no such folder" / "revision.pdf"
    refused = cli("audit", "--format", "pdf", "--output", str(nowhere))
    assert refused.exit_code == 2 and f"cannot write the PDF to {nowhere}: No such file or directory" in refused.output
    assert "Traceback" not in refused.output


def _site(store: Store, public: bool):
    return create_app(lambda: Register.open(store), public).test_client()


def test_the_site_page_is_the_report_on_the_staff_site(cli, history, store):
    site = _site(store, public=False)
    page = site.get("/revision?as_of=2026-06-30")
    assert page.status_code == 200
    body = page.get_data(as_text=True)
    assert "personuppgifter om Anna" in body and "Elin Nordqvist" in body
    twin = site.get(f"/api/revision?as_of=2026-06-30&as_recorded={quote(history.early)}").get_json()
    assert twin["digest"] == history.digest_then and twin["withholdings"] == []
    printed = report(cli, "--as-of", "2026-06-30", "--as-recorded", history.early)
    assert {k: v for k, v in twin.items() if k != "made_at"} == {k: v for k, v in printed.items() if k != "made_at"}


@pytest.mark.parametrize("path", [
    "/revision", "/revision?as_of=2026-06-30", "/revision?as_recorded=2999-01-01", "/api/revision",
    "/api/revision?as_of=2026-06-30", "/revision/", "/revision?format=json",
])
def test_the_public_site_has_no_audit_page_and_nothing_withheld_leaks_from_asking_for_it(history, store, path):
    site = _site(store, public=True)
    answer = site.get(path, headers={"Accept": "application/json"} if "format" in path else {})
    assert answer.status_code in (400, 404), (path, answer.status_code)
    body = answer.get_data(as_text=True)
    for words in WITHHELD_WORDS:
        assert words not in body, (path, words)
    assert "revision" not in site.get("/").get_data(as_text=True).lower()
