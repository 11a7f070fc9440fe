"""A board document that cannot be what it says is refused in one line naming the file, the line
and what was wrong, with exit status 2 and nothing written: text in another encoding than UTF-8,
a year no plan or report can be for, an amount below 0 or beyond any grant, a control character.
The documents are our own, for a board of Exempeldalen."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import stored_events

PLAN = """Verksamhetsplan {year} för Samordningsförbundet Exempeldalen

Så här vill styrelsen att parterna finns med

NÄ:2 Norrby kommun ska vara representerad vid styrelsens möten   75-100 %

NÄ:3 Försäkringskassan ska vara representerad vid styrelsens möten   50-100 %
"""

REPORT = """Samordningsförbundet Exempeldalen – Årsredovisning {year}

Not 4 Projektens ekonomi {year}

| Projekt     | Beviljat {year} | Utfall   | Avvikelse |
| Lotsen      | {frame}         | {spent}  | {left}    |
| Brobygget   | 300 000         | 300 000  | 0         |
| Totalt      | {frames}        | {spents} | {lefts}   |
"""
SOUND = {"year": "2027", "frame": "500 000", "spent": "480 500", "left": "19 500",
         "frames": "800 000", "spents": "780 500", "lefts": "19 500"}


def refused(cli, store, command: str, path, year: str, said: str) -> None:
    result = cli(command, str(path), "--year", year)
    assert result.exit_code == 2, result.output
    assert result.output == f"error: {said}\n"
    assert stored_events(store) == 0
    assert cli(command, str(path), "--year", year, "--dry-run").output == f"error: {said}\n"


@pytest.mark.parametrize(("command", "text", "column"), [("import-goals", PLAN.format(year="2027"), 23),
                                                         ("import-outcomes", REPORT.format(**SOUND), 13)])
def test_a_document_not_in_utf8_is_refused_with_the_line_of_the_first_byte_it_cannot_read(cli, store, tmp_path, command, text,
                                                                                          column):
    document = tmp_path / "dokument-2027.txt"
    document.write_bytes(text.replace("–", "-").encode("cp1252"))  # as an older Windows editor saves it
    assert text.splitlines()[0][column - 1] == "ö"
    refused(cli, store, command, document, "2027",
            f"dokument-2027.txt, line 1: not UTF-8 text (the byte 0xf6 at column {column}); save the document as UTF-8")


LAST = dt.date.today().year + 10


@pytest.mark.parametrize(("command", "text"), [("import-goals", PLAN), ("import-outcomes", REPORT)])
@pytest.mark.parametrize(("year", "said"), [
    ("1890", "before 2004, when the FINSAM law came into force"),
    ("2003", "before 2004, when the FINSAM law came into force"),
    (str(LAST + 1), "more than 10 years from now"),
    ("3000", "more than 10 years from now"),
])
def test_a_year_no_plan_or_report_can_be_for_is_refused_with_the_line_that_states_it(cli, store, tmp_path, command, text,
                                                                                      year, said):
    document = tmp_path / "dokument.txt"
    document.write_text(text.format(**{**SOUND, "year": year}), encoding="utf-8")
    what = "plan" if command == "import-goals" else "report"
    refused(cli, store, command, document, year,
            f"dokument.txt, line 1: the year {year} is {said}; a {what} is for a year from 2004 to {LAST}")


def test_a_year_out_of_sense_that_the_document_never_states_is_refused_as_the_option(cli, store, tmp_path):
    document = tmp_path / "plan.txt"
    document.write_text(PLAN.format(year="2027"), encoding="utf-8")
    refused(cli, store, "import-goals", document, "1890", "plan.txt: the year 1890 (--year; the document never states it) "
            f"is before 2004, when the FINSAM law came into force; a plan is for a year from 2004 to {LAST}")


@pytest.mark.parametrize(("cells", "said"), [
    ({"frame": "-500 000", "spent": "480 500", "left": "-980 500", "frames": "-200 000", "lefts": "-980 500"},
     "the frame of Lotsen is negative: '-500 000'"),
    ({"frame": "500 000", "spent": "−480 500", "left": "980 500", "spents": "−180 500", "lefts": "980 500"},
     "the outcome of Lotsen is negative: '−480 500'"),
    ({"frame": "12 000 000 000", "left": "11 999 519 500", "frames": "12 000 300 000", "lefts": "11 999 519 500"},
     "'12 000 000 000' is more than any board grants (at most 10 000 000 000 kr); check the amount"),
    ({"frame": "1" * 5000}, "'" + "1" * 37 + "…' is more than any board grants (at most 10 000 000 000 kr); check the amount"),
])
def test_an_amount_below_0_or_beyond_any_grant_is_refused_with_its_line(cli, store, tmp_path, cells, said):
    report = tmp_path / "arsredovisning-2027.txt"
    report.write_text(REPORT.format(**{**SOUND, **cells}), encoding="utf-8")
    refused(cli, store, "import-outcomes", report, "2027", f"arsredovisning-2027.txt, line 6: {said}")


def test_a_project_that_spent_more_than_its_frame_is_read(cli, tmp_path):
    report = tmp_path / "arsredovisning-2027.txt"
    report.write_text(REPORT.format(**{**SOUND, "spent": "520 000", "left": "-20 000", "spents": "820 000",
                                       "lefts": "-20 000"}), encoding="utf-8")
    result = cli("import-outcomes", str(report), "--year", "2027", "--dry-run")
    assert result.exit_code == 0, result.output
    assert "-20 000 kr" in result.output


@pytest.mark.parametrize(("command", "text", "line", "written", "said"), [
    ("import-outcomes", REPORT.format(**SOUND), 6, "| Lotsen ", "| Lot\x1bsen "),
    ("import-outcomes", REPORT.format(**SOUND), 7, "Brobygget", "Bro\x07bygget"),
    ("import-goals", PLAN.format(year="2027"), 5, "Norrby kommun", "Norrby \u202ekommun"),
    ("import-goals", PLAN.format(year="2027"), 7, "Försäkringskassan", "Försäkrings\x9bkassan"),
])
def test_a_control_character_in_a_name_is_refused_with_its_line_and_column(cli, store, tmp_path, command, text, line,
                                                                             written, said):
    document = tmp_path / "dokument-2027.txt"
    document.write_text(text.replace(written, said), encoding="utf-8")
    bad = next(ch for ch in said if ch not in written)
    index = next(i for i, ch in enumerate(document.read_text(encoding="utf-8").splitlines()[line - 1]) if ch == bad)
    refused(cli, store, command, document, "2027", f"dokument-2027.txt, line {line}: a control character "
            f"(U+{ord(bad):04X}) at column {index + 1}; a board document is plain text")


def test_tabs_form_feeds_and_a_byte_order_mark_are_plain_text(cli, tmp_path):
    report = tmp_path / "arsredovisning-2027.txt"
    text = REPORT.format(**SOUND).replace("Not 4", "\fNot 4")
    report.write_bytes(b"\xef\xbb\xbf" + text.replace("| Brobygget   | ", "| Brobygget\t| ").encode("utf-8"))
    result = cli("import-outcomes", str(report), "--year", "2027", "--dry-run")
    assert result.exit_code == 0, result.output
