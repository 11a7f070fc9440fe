"""A due written as the board's meeting on a day (`vid styrelsens sammanträde den 14 oktober 2046`)
is that day, whoever owes the report; a due that seems named but cannot be read is put to review
whoever owes it, an officer or a project too. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes

APRIL = """\
Sammanträde 2046-2
Datum: 2046-04-08

§ 12 Lägesrapport om Olofströms kommuns plan

Beslut
Styrelsen beslutar
att Olofströms kommun ska lämna en lägesrapport vid styrelsens sammanträde den 14 oktober 2046.

§ 13 Bokslutsprognos

Beslut
Styrelsen beslutar
att förbundschefen ska redovisa en bokslutsprognos vid styrelsens möte den 2 december 2046.

§ 14 Kvartalsrapport

Beslut
Styrelsen beslutar
att förbundschefen ska redovisa kvartalsrapporten vid det andra sammanträdet efter tertialets slut.
"""


def test_a_report_due_at_the_boards_meeting_on_a_day_is_due_that_day(cli, tmp_path):
    imported(cli, minutes(tmp_path, "april.txt", APRIL))
    assert follow_up(cli, "2046-2 §12:1", "2046-05-01")["due"] == "2046-10-14"
    assert follow_up(cli, "2046-2 §13:1", "2046-05-01")["due"] == "2046-12-02"


def test_an_officers_report_whose_due_cannot_be_read_is_put_to_review(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "april.txt", APRIL))
    assert any("2046-2 §14:1" in d["what"] and "due" in d["what"] for d in summary["to_review"]), summary["to_review"]


DECEMBER_DUE = """\
Sammanträde 2046-3
Datum: 2046-06-02

§ 22 Projektet Nya vägar

Beslut
Styrelsen beslutar
att Ronneby kommun ska redovisa projektets resultat vid styrelsens sammanträde i december 2046.
"""


def test_a_due_at_the_boards_meeting_in_a_month_leaves_no_dangling_words_in_the_subject(cli, tmp_path):
    imported(cli, minutes(tmp_path, "juni.txt", DECEMBER_DUE))
    row = follow_up(cli, "2046-3 §22:1", "2046-07-01")
    assert row["due"] == "2046-12"
    assert not row["subject"].rsplit(" (", 1)[0].endswith(("vid styrelsens", "vid styrelsens sammanträde")), row["subject"]
