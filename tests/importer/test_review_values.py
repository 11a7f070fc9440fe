"""A review file as a secretary's editor may leave it: a value of another type than its field
takes, values nested without end, a byte-order mark or another encoding. Each is refused in one
line with the file's line and what the field takes (exit 2, nothing recorded), or read as meant;
and whatever the review changed is said in the secretary's terms, every field of it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import stored_events
from tests.importer.steps import decision, edited, minutes, view
from tests.importer.test_review import JUNE

# Python's way of printing a value, which a secretary should never be shown.
PYTHON_WORDS = re.compile(r"\['|\{'|\bTrue\b|\bFalse\b|datetime|<\w+\.|\w+\(\w+=|\(\)")




def _line_of(target: Path, said: str) -> int:
    return next(n for n, text in enumerate(target.read_text(encoding="utf-8").split("\n"), start=1)
                if said in text and not text.startswith("#"))


def _refused(cli, store, june: Path, target: Path) -> str:
    """The one line an --accept of the file is refused with, having written nothing."""
    before = stored_events(store)
    result = cli("import-minutes", str(june), "--accept", str(target))
    assert result.exit_code == 2, result.output
    assert len(result.output.strip().splitlines()) == 1, result.output
    assert not PYTHON_WORDS.search(result.output), result.output
    assert stored_events(store) == before
    return result.output.strip()


COFFEE = 'text = "Att bjuda ledamöterna på kaffe."'

# (what the file says, what the edit makes it say, the line refused, what the message says)
WRONG_TYPES = [
    (COFFEE, COFFEE + '\nstruck = "false"', "struck =", 'struck: expected true or false, without quotes, not "false"'),
    ("justerare = []", 'justerare = "Elin Nordqvist"', "justerare =",
     'justerare: expected a list such as ["…", "…"], not "Elin Nordqvist"'),
    ("justerare = []", "justerare = 2", "justerare =", 'justerare: expected a list such as ["…", "…"], not 2'),
    (COFFEE, COFFEE + "\nvote = {for = 5}", "vote =",
     "vote: expected {for = …, against = …, abstained = …}: against and abstained are missing"),
    (COFFEE, COFFEE + '\nvote = {for = 5, against = "2", abstained = 0}', "vote =",
     'vote: against: expected a whole number of votes from 0, without quotes, not "2"'),
    ("line = 16", 'line = "16"', 'line = "16"', 'line: expected a whole number such as 19, without quotes, not "16"'),
    ("line = 16", "line = inf", "line = inf", "line: expected a whole number such as 19, without quotes, not inf"),
    (COFFEE, COFFEE + '\ngrants = [{party = "Olofströms kommun", year = "2026", amount_sek = 5000}]', "grants =",
     'grants: year: expected a year such as 2026, without quotes, not "2026"'),
    (COFFEE, COFFEE + '\ngrants = [{party = "Olofströms kommun", year = 2026, amount_sek = [5000]}]', "grants =",
     "grants: amount_sek: expected a whole number of kronor such as 250000, not [5000]"),
    (COFFEE, COFFEE + '\nreservations = [{party = "S"}]', "reservations =",
     "reservations: expected {name = …}: name is missing"),
    (COFFEE, COFFEE + '\ndocuments = "Kaffelistan"', "documents =",
     'documents: expected a list such as ["…", "…"], not "Kaffelistan"'),
    ('title = "Praktikplatser i industrin"', 'title = "Praktikplatser i industrin"\nsealed = "yes"', "sealed =",
     'sealed: expected true or false, without quotes, not "yes"'),
    ('place = ""', "place = 12", "place =", 'place: expected text in quotes ("…"), not 12'),
    ('place = ""', 'place = ["Karlskrona"]', "place =", 'place: expected text in quotes ("…"), not ["Karlskrona"]'),
    ('reviewed_by = ""', 'reviewed_by = ["Elin Nordqvist"]', "reviewed_by =",
     'reviewed_by: expected text in quotes ("…"), not ["Elin Nordqvist"]'),
    ("\ndate = 2026-06-08", '\ndate = "2026-06-09"', 'date = "2026-06-09"',
     'date: expected a date such as 2026-05-19, without quotes, not "2026-06-09"'),
    ('follow_up = {kind = "assignment", responsible = ["förbundschefen"]', 'follow_up = {kind = "assignment", responsible = "förbundschefen"',
     "follow_up =", 'follow_up: responsible: expected a list such as ["…", "…"], not "förbundschefen"'),
]


@pytest.mark.parametrize(("old", "new", "refused", "message"), WRONG_TYPES, ids=[m[:60] for *_, m in WRONG_TYPES])
def test_a_value_of_another_type_than_its_field_takes_is_refused_with_its_line(cli, store, review, old, new, refused, message):
    june, target = review
    edited(target, old, new)
    assert _refused(cli, store, june, target) == f"error: juni.toml, line {_line_of(target, refused)}: {message}"


def test_an_amount_in_quotes_is_read_as_the_minutes_write_it(cli, review):
    june, target = review
    edited(target, COFFEE, COFFEE + '\ngrants = [{party = "Olofströms kommun", year = 2026, amount_sek = "5 000 kr"}]')
    result = cli("import-minutes", str(june), "--accept", str(target))
    assert result.exit_code == 0, result.output
    assert [(g["decision"], g["amount_sek"]) for g in view(cli, "grants", "--as-of", "2026-12-31")] == [("2026-3 §04:2", 5000)]


def _changes(output: str) -> list[str]:
    said = output.split("changed against what the importer proposed:\n", 1)[1]
    return [line.strip() for line in said.split("\n\n", 1)[0].splitlines()]


def test_every_field_the_review_changed_is_listed_in_the_secretarys_terms(cli, review):
    june, target = review
    edited(target, "\ndate = 2026-06-08", "\ndate = 2026-06-09")
    edited(target, 'place = ""', 'place = "Karlskrona"')
    edited(target, "\n[[decision]]\n", '\n[[attendance]]\nname = "Eva Ek"\norganisation = "Region Blekinge"\nrole = "ledamot"\n'
                                      'present = true\nparty = "S"\n\n[[decision]]\n')
    edited(target, COFFEE, COFFEE + '\nstruck = true\nvote = {for = 5, against = 3, abstained = 0}\n'
                                   'reservations = [{name = "Eva Ek", party = "S"}]\n'
                                   'grants = [{party = "Olofströms kommun", year = 2026, amount_sek = 5000, purpose = "kaffe"}]')
    edited(target, 'title = "Bemanningen i kansliet"', 'title = "Bemanning i kansliet"\nsealed = true')
    target.write_text(target.read_text(encoding="utf-8") + '\n[[item]]\nref = "2026-3 §05"\ntitle = "Övriga frågor"\nnoted = true\n',
                      encoding="utf-8")
    result = cli("import-minutes", str(june), "--accept", str(target))
    assert result.exit_code == 0, result.output
    assert _changes(result.output) == [
        "meeting: date 2026-06-08 → 2026-06-09",
        "meeting: place (none) → Karlskrona",
        "meeting: added attendee Eva Ek (Region Blekinge, ledamot, S, present)",
        "2026-3 §04:2: grants (none) → [5 000 kr to Olofströms kommun for 2026 (kaffe)]",
        "2026-3 §04:2: struck false → true",
        "2026-3 §04:2: vote (none) → 5 for, 3 against, 0 abstained",
        "2026-3 §04:2: reservations (none) → [Eva Ek (S)]",
        "2026-3 §04: title Bemanningen i kansliet → Bemanning i kansliet",
        "2026-3 §04: sealed false → true",
        "added item 2026-3 §05",
        "2026-3 §05: title (none) → Övriga frågor",
        "2026-3 §05: noted (none) → true",
    ]
    assert view(cli, "meetings")[-1]["date"] == "2026-06-09"


def test_a_date_given_when_the_review_was_written_is_what_a_changed_date_is_said_against(cli, tmp_path):
    undated = minutes(tmp_path, "juni.txt", JUNE.replace("Tid och plats\nMåndag 2026-06-08, kl. 09:00\n\n", ""))
    target = tmp_path / "juni.toml"
    assert cli("import-minutes", str(undated), "--date", "2026-06-08", "--review", str(target)).exit_code == 0
    edited(target, "\ndate = 2026-06-08", "\ndate = 2026-06-10")
    result = cli("import-minutes", str(undated), "--accept", str(target))
    assert result.exit_code == 0, result.output
    assert _changes(result.output) == ["meeting: date 2026-06-08 → 2026-06-10"]
    assert decision(cli, "2026-3 §04:1")["date"] == "2026-06-10"


@pytest.mark.parametrize(("nested", "below"), [("[" * 3000 + "]" * 3000, 0), ("{a = " * 3000 + "}" * 3000, 0),
                                               ("[\n" * 3000 + "]" * 3000, 20)], ids=["lists", "tables", "lists over lines"])
def test_values_nested_without_end_are_refused_in_one_line(cli, store, review, nested, below):
    june, target = review
    edited(target, 'place = ""', f'place = ""\nbilaga = {nested}')
    at = _line_of(target, "bilaga =") + below  # the line where the nesting passes 20
    assert _refused(cli, store, june, target) == (
        f"error: juni.toml, line {at}: not valid TOML for a review: values nested too deep "
        "(a review nests at most a list of tables, [{ … }])")


def test_a_review_saved_with_a_byte_order_mark_is_read_as_without_one(cli, review):
    june, target = review
    edited(target, 'kind = "other"', 'kind = "acknowledgement"')
    target.write_bytes(b"\xef\xbb\xbf" + target.read_bytes().replace(b"\n", b"\r\n"))  # as Notepad saves it
    result = cli("import-minutes", str(june), "--accept", str(target))
    assert result.exit_code == 0, result.output
    assert decision(cli, "2026-3 §03:1")["kind"] == "acknowledgement"


def test_a_review_in_another_encoding_than_utf8_is_refused_saying_so(cli, store, review):
    june, target = review
    # The first line holding a character latin-1 writes otherwise than UTF-8 (a comment's "§").
    first = next(n for n, text in enumerate(target.read_text(encoding="utf-8").split("\n"), start=1) if "§" in text)
    target.write_bytes(target.read_text(encoding="utf-8").replace("…", "...").encode("latin-1"))
    assert _refused(cli, store, june, target) == (
        f"error: juni.toml, line {first}: a review file must be UTF-8 text; this one is not (save it as UTF-8 and accept it again)")


def test_a_review_of_minutes_whose_meeting_is_recorded_is_refused_before_it_is_written(cli, store, tmp_path):
    june = minutes(tmp_path, "juni.txt", JUNE)
    assert cli("import-minutes", str(june)).exit_code == 0
    before = stored_events(store)
    target = tmp_path / "juni.toml"
    result = cli("import-minutes", str(june), "--review", str(target))
    assert (result.exit_code, result.output) == (
        2, "error: juni.txt: meeting 2026-3 is already recorded; this review cannot be accepted again\n")
    assert not target.exists()
    assert stored_events(store) == before


def test_an_empty_review_for_a_meeting_already_recorded_is_refused_before_it_is_written(cli, store, tmp_path):
    assert cli("import-minutes", str(minutes(tmp_path, "juni.txt", JUNE))).exit_code == 0
    target = tmp_path / "hand.toml"
    result = cli("review-new", "2026-3", "--date", "2026-06-08", "--to", str(target))
    assert (result.exit_code, result.output) == (2, "error: meeting 2026-3 is already recorded; this review cannot be accepted again\n")
    assert not target.exists()


def test_a_deferred_item_left_without_its_title_is_refused_at_the_title(cli, store, review):
    june, target = review
    edited(target, 'title = "Bemanningen i kansliet"', 'title = ""\ndeferred_to = "next-meeting"')
    at = _line_of(target, 'title = ""')
    assert _refused(cli, store, june, target) == f"error: juni.toml, line {at}: item 2026-3 §04 is deferred, so it needs its title"


def test_a_table_declared_twice_is_named_as_the_file_writes_it(cli, store, review):
    june, target = review
    target.write_text(target.read_text(encoding="utf-8") + '\n[meeting]\nplace = "Karlskrona"\n', encoding="utf-8")
    at = len(target.read_text(encoding="utf-8").split("\n")) - 2
    assert _refused(cli, store, june, target) == (
        f"error: juni.toml, line {at}: not valid TOML: Cannot declare meeting twice (at line {at}, column 9)")
