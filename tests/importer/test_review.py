"""Nothing recorded that the secretary has not reviewed: the importer writes what it understood to
a review file, the secretary corrects it, and exactly the reviewed version is recorded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from register.application import Register
from register.storage import Store
from tests.backends import fresh_store
from tests.conftest import SEEDS, stored_events
from tests.importer.steps import HISTORIES, Step, decision, edited, follow_up, history_steps, imported, minutes, view
from tests.importer.test_import_minutes import OWN


def _events(store: Store) -> list[tuple[str, str, dict]]:
    """Every stored event but the review itself, in order, without the instant it was written
    nor its version (a justering the minutes state is recorded after the review)."""
    register = Register(store)
    try:
        found = []
        for _, aggregate, _version, topic, state in register.event_rows.with_versions_between(0):
            if topic.endswith(".Reviewed"):
                continue
            body = json.loads(state)
            body.pop("timestamp", None)
            found.append((aggregate, topic, body))
        return found
    finally:
        register.close()


def _steps() -> list[tuple[str, list[Step]]]:
    """Each history of test minutes: the files in import order, with a date where the minutes lack one."""
    own = [Step(SEEDS / "board-minutes-2025-7.txt", "2025-12-08", False),
           Step(OWN / "board-minutes-2026-1.txt", "2026-02-16", False),
           Step(OWN / "board-minutes-2026-3.txt", None, False), Step(OWN / "board-minutes-2026-4.txt", None, False)]
    return [("own", own), *((folder.name, history_steps(folder)) for folder in sorted(HISTORIES.iterdir()))]


def _cases() -> list[tuple[tuple[str, list[Step]], str]]:
    """Our own minutes on both stores; the histories on SQLite alone. What a review records does not
    depend on the store, and `test_histories.py` imports every history on both (the suite keeps within
    CI's time so)."""
    steps = _steps()
    return [(steps[0], "sqlite"), (steps[0], "postgres"), *((history, "sqlite") for history in steps[1:])]


@pytest.mark.parametrize(("history", "backend"), _cases(), ids=lambda case: case[0] if isinstance(case, tuple) else case)
def test_a_review_accepted_unchanged_records_the_same_events_as_a_plain_import(history, cli, store, backend, tmp_path):
    name, steps = history
    for step in steps:
        if not step.path.exists():
            pytest.skip(f"the real minutes are not here ({step.path}); CI copies shared/ beside the repo")
    (tmp_path / "plain").mkdir()
    with fresh_store(backend, tmp_path / "plain") as plain:
        plain_cli = _cli_for(plain)
        for number, step in enumerate(steps):
            dated = ("--date", step.date) if step.date else ()
            review = tmp_path / f"review-{number}.toml"
            if step.refused:
                # Minutes the importer refuses are refused whichever way they come in.
                assert plain_cli("import-minutes", str(step.path), *dated).exit_code == 2
                assert cli("import-minutes", str(step.path), *dated, "--review", str(review)).exit_code == 2
                continue
            imported(plain_cli, step.path, *dated)
            assert cli("import-minutes", str(step.path), *dated, "--review", str(review)).exit_code == 0
            accepted = cli("import-minutes", str(step.path), "--accept", str(review))
            assert accepted.exit_code == 0, accepted.output
            assert "changed against what the importer proposed:\n  nothing" in accepted.output
        assert _events(store) == _events(plain)


def _cli_for(store: Store):
    from click.testing import CliRunner

    from cli import main

    setting = str(store.path) if store.url is None else store.url
    return lambda *args: CliRunner().invoke(main, ["--store", setting, *args], catch_exceptions=False)


APRIL = """Styrelsemöte 2026-2, Samordningsförbundet i Blekinge län

Tid och plats
Måndag 2026-04-13, kl. 09:00

§4 Ansökan om medel för arbetsträning i Olofström

Styrelsen beslutade:
Beslut 2026-2 §04:1
Att återremittera ansökan till Olofströms kommun.

§5 Uppföljning av kansliets bemanning

Styrelsen beslutade:
Beslut 2026-2 §05:1
Att Ronneby kommun ska återrapportera bemanningen vid styrelsens september-möte 2026.
"""

JUNE = """Styrelsemöte 2026-3, Samordningsförbundet i Blekinge län

Tid och plats
Måndag 2026-06-08, kl. 09:00

§3 Praktikplatser i industrin

Kommunen har lämnat in en ny budget.
Styrelsen beslutade:
Beslut 2026-3 §03:1
Att ställa sig bakom upplägget.

§4 Bemanningen i kansliet

Styrelsen beslutade:
Beslut 2026-3 §04:1
Att ge förbundschefen i uppdrag att ta fram en bemanningsplan när kansliet har fått ny personal.

Beslut 2026-3 §04:2
Att bjuda ledamöterna på kaffe.
"""


@pytest.fixture
def reviewed(cli, tmp_path):
    """April recorded; June's minutes read into a review file, nothing of June recorded yet."""
    imported(cli, minutes(tmp_path, "april.txt", APRIL))
    june = minutes(tmp_path, "juni.txt", JUNE)
    review = tmp_path / "juni.toml"
    result = cli("import-minutes", str(june), "--review", str(review))
    assert result.exit_code == 0, result.output
    return june, review



def _accept(cli, june: Path, review: Path):
    result = cli("import-minutes", str(june), "--accept", str(review))
    assert result.exit_code == 0, result.output
    return result.output


def test_writing_a_review_records_nothing_and_the_file_says_what_each_field_may_hold(reviewed, store):
    june, review = reviewed
    before = stored_events(store)
    text = review.read_text(encoding="utf-8")
    assert "#   kind        one of: plan, grant, report" in text
    assert 'id = "2026-3 §04:1"' in text and 'follow_up = {kind = "assignment"' in text
    assert stored_events(store) == before


def test_changing_a_kind_is_what_the_decision_list_shows(cli, reviewed):
    june, review = reviewed
    edited(review, 'id = "2026-3 §03:1"\nkind = "other"', 'id = "2026-3 §03:1"\nkind = "document"')
    output = _accept(cli, june, review)
    assert decision(cli, "2026-3 §03:1")["kind"] == "document"
    assert "2026-3 §03:1: kind other → document" in output


def test_adding_a_link_settles_the_referral_it_names(cli, reviewed):
    june, review = reviewed
    edited(review, 'line = 10\n', 'line = 10\nsettles = ["2026-2 §04:1"]\n')
    _accept(cli, june, review)
    assert follow_up(cli, "2026-2 §04:1", "2026-06-08")["status"] == "done"


def test_fixing_a_due_is_what_the_follow_ups_show(cli, reviewed):
    june, review = reviewed
    edited(review, 'due = "none"}', 'due = "2026-09"}')
    output = _accept(cli, june, review)
    assert follow_up(cli, "2026-3 §04:1", "2026-06-08")["due"] == "2026-09"
    assert "2026-3 §04:1: assignment due none → 2026-09" in output


def test_dropping_a_false_decision_leaves_it_out_of_the_register(cli, reviewed):
    june, review = reviewed
    text = review.read_text(encoding="utf-8")
    start = text.index('[[decision]]\nid = "2026-3 §04:2"')
    review.write_text(text[:start] + text[text.index("\n\n", start) + 2:], encoding="utf-8")
    output = _accept(cli, june, review)
    assert "2026-3 §04:2" not in {d["id"] for d in view(cli, "decisions", "--as-of", "2026-12-31")}
    assert "dropped decision 2026-3 §04:2" in output


def test_adding_a_missed_decision_records_it_and_the_review_says_who_reviewed(cli, reviewed):
    june, review = reviewed
    edited(review, 'reviewed_by = ""', 'reviewed_by = "Elin Nordqvist"')
    review.write_text(review.read_text(encoding="utf-8") + (
        '\n[[decision]]\nid = "2026-3 §04:3"\nkind = "report"\n'
        'text = "Att Karlshamns kommun ska återrapportera läget vid decembermötet."\n'
        'follow_up = {kind = "report", responsible = ["Karlshamns kommun"], subject = "läget", due = "2026-12"}\n'),
        encoding="utf-8")
    output = _accept(cli, june, review)
    assert follow_up(cli, "2026-3 §04:3", "2026-06-08")["responsible"] == "Karlshamns kommun"
    assert "added decision 2026-3 §04:3 (report)" in output
    trace = view(cli, "trace", "2026-3 §04:3")["events"]
    reviewed_line = next(e["detail"] for e in trace if e["event"] == "reviewed")
    assert reviewed_line.startswith("minutes of 2026-3 reviewed by Elin Nordqvist: added decision 2026-3 §04:3")


def test_a_decision_the_review_added_is_named_the_reviewers_in_its_row_trace_audit_and_page(cli, reviewed, store):
    june, review = reviewed
    edited(review, 'reviewed_by = ""', 'reviewed_by = "Elin Nordqvist"')
    review.write_text(review.read_text(encoding="utf-8") + (
        '\n[[decision]]\nid = "2026-3 §04:3"\nkind = "other"\ntext = "Att tacka kansliet för arbetet."\n'), encoding="utf-8")
    _accept(cli, june, review)
    assert decision(cli, "2026-3 §04:3")["review"] == {"by": "Elin Nordqvist", "added": True, "changes": []}
    assert decision(cli, "2026-3 §04:1")["review"] is None  # as read from the minutes
    trace = view(cli, "trace", "2026-3 §04:3")["events"]
    assert {"event": "added in review", "detail": "2026-3 §04:3 added by Elin Nordqvist in the review: not read from the minutes"} in [
        {"event": e["event"], "detail": e["detail"]} for e in trace]
    audit = view(cli, "audit", "--as-of", "2026-12-31", "--format", "json")["reviewed"]
    assert audit == [{"decision": "2026-3 §04:3", "by": "Elin Nordqvist", "added": True, "changes": []}]
    report = cli("audit", "--as-of", "2026-12-31").output
    assert "## Added or changed in review, not read from the minutes" in report and "| 2026-3 §04:3 | Elin Nordqvist | yes |" in report
    page = _site(store).get("/beslut/2026-3/4/3").get_data(as_text=True)
    assert "tillagt av Elin Nordqvist vid granskningen, inte läst ur protokollet" in page
    assert "tillagt av Elin Nordqvist vid granskningen" in _site(store, public=True).get("/beslut/2026-3/4/3").get_data(as_text=True)


def test_a_text_the_review_rewrote_is_named_a_change_with_what_was_read(cli, reviewed, store):
    june, review = reviewed
    edited(review, 'reviewed_by = ""', 'reviewed_by = "Elin Nordqvist"')
    edited(review, 'text = "Att bjuda ledamöterna på kaffe."', 'text = "Att bjuda ledamöterna på kaffe och bulle."')
    _accept(cli, june, review)
    change = "text Att bjuda ledamöterna på kaffe. → Att bjuda ledamöterna på kaffe och bulle."
    assert decision(cli, "2026-3 §04:2")["review"] == {"by": "Elin Nordqvist", "added": False, "changes": [change]}
    assert decision(cli, "2026-3 §04:2")["text"] == "Att bjuda ledamöterna på kaffe och bulle."
    details = [e["detail"] for e in view(cli, "trace", "2026-3 §04:2")["events"] if e["event"] == "changed in review"]
    assert details == [f"2026-3 §04:2 changed by Elin Nordqvist in the review: {change}"]
    assert [r["decision"] for r in view(cli, "audit", "--as-of", "2026-12-31", "--format", "json")["reviewed"]] == ["2026-3 §04:2"]
    page = _site(store).get("/beslut/2026-3/4/2").get_data(as_text=True)
    assert "läst ur protokollet och ändrat av Elin Nordqvist vid granskningen: text" in page
    assert "ändrat vid granskning" in page  # the trace line, in Swedish


def test_a_review_accepted_unchanged_marks_no_decision(cli, reviewed):
    june, review = reviewed
    _accept(cli, june, review)
    assert [d["review"] for d in view(cli, "decisions", "--as-of", "2026-12-31")] == [None] * 5
    assert view(cli, "audit", "--as-of", "2026-12-31", "--format", "json")["reviewed"] == []


def _site(store: Store, public: bool = False):
    from register.web.app import create_app

    return create_app(lambda: Register.open(store), public).test_client()


BAD_EDITS = [
    ('kind = "other"', 'kind = "approval"', "kind: unknown decision kind 'approval'"),
    ('due = "none"}', 'due = "in the autumn"}', "not a due date: 'in the autumn'"),
    ('line = 10\n', 'line = 10\ngrants = [{party = "Olofströms kommun", year = 2026, amount_sek = -5}]\n',
     "not a whole, positive number of kronor: -5"),
    ('line = 10\n', 'line = 10\nsupersedes = ["2026-2 §09:1"]\n', "decision 2026-2 §09:1 is not recorded"),
    ('line = 10\n', 'line = 10\nsupersedes = ["2026-7 §01:1"]\n', "a decision cannot link to a later meeting than its own"),
    ('id = "2026-3 §03:1"', 'id = "2026-4 §03:1"', "decision 2026-4 §03:1 is not of meeting 2026-3"),
    ('[[item]]\nref = "2026-3 §03"', '[[item]]\nref = "2026-3 §03"\ncontinues = "2025-9 §04"', "meeting 2025-9 is not recorded"),
]


@pytest.mark.parametrize(("old", "new", "message"), BAD_EDITS, ids=[m[:40] for _, _, m in BAD_EDITS])
def test_an_edit_that_does_not_hold_is_refused_with_its_line_and_nothing_is_written(cli, store, reviewed, old, new, message):
    june, review = reviewed
    edited(review, old, new)
    last = [part for part in new.split("\n") if part.strip()][-1]
    line = next(n for n, text in enumerate(review.read_text(encoding="utf-8").split("\n"), start=1) if last in text)
    before = stored_events(store)
    result = cli("import-minutes", str(june), "--accept", str(review))
    assert result.exit_code == 2, result.output
    assert f"juni.toml, line {line}: " in result.output and message in result.output, (line, result.output)
    assert stored_events(store) == before


def test_a_review_of_other_minutes_is_refused(cli, store, reviewed, tmp_path):
    june, review = reviewed
    other = minutes(tmp_path, "juni-andra.txt", JUNE.replace("kaffe", "te"))
    before = stored_events(store)
    result = cli("import-minutes", str(other), "--accept", str(review))
    assert result.exit_code == 2
    digest = next(n for n, text in enumerate(review.read_text(encoding="utf-8").split("\n"), start=1) if text.startswith("digest ="))
    assert f"juni.toml, line {digest}: this review is of another minutes file (juni.txt), not of juni-andra.txt" in result.output
    assert stored_events(store) == before


def test_a_review_of_a_meeting_already_recorded_is_refused(cli, store, reviewed):
    june, review = reviewed
    _accept(cli, june, review)
    before = stored_events(store)
    result = cli("import-minutes", str(june), "--accept", str(review))
    assert result.exit_code == 2
    assert "meeting 2026-3 is already recorded; this review cannot be accepted again" in result.output
    assert stored_events(store) == before


def test_a_review_file_is_not_overwritten(cli, reviewed):
    june, review = reviewed
    result = cli("import-minutes", str(june), "--review", str(review))
    assert result.exit_code == 2 and "the file exists already" in result.output


def test_a_meeting_without_minutes_is_reviewed_from_an_empty_file(cli, tmp_path):
    review = tmp_path / "hand.toml"
    assert cli("review-new", "2026-5", "--date", "2026-09-21", "--to", str(review)).exit_code == 0
    review.write_text(review.read_text(encoding="utf-8") + (
        '\n[[decision]]\nid = "2026-5 §04:1"\nkind = "grant"\n'
        'text = "Att bevilja Ronneby kommun 250 000 kr för en förstudie under 2026."\n'
        'grants = [{party = "Ronneby kommun", year = 2026, amount_sek = 250000, purpose = "förstudie"}]\n'
        '\n[[item]]\nref = "2026-5 §04"\ntitle = "Förstudie i Ronneby"\n'), encoding="utf-8")
    result = cli("import-minutes", "--accept", str(review))
    assert result.exit_code == 0, result.output
    assert [(g["decision"], g["amount_sek"]) for g in view(cli, "grants", "--as-of", "2026-12-31")] == [("2026-5 §04:1", 250_000)]
    assert view(cli, "trace", "2026-5 §04")["events"][0]["detail"] == "2026-5 §04 Förstudie i Ronneby"
    # No minutes were read: the decision is the reviewer's entry.
    assert decision(cli, "2026-5 §04:1")["review"]["added"] is True
