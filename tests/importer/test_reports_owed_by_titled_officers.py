"""A report owed by an officer named by title, with or without their name after it (`samordnaren
Lena Berg ska lämna en delrapport`, `ekonomen ska redovisa`), or by the project group that does a
project's work: a report owed by that title, with its due, and fulfilled where a later meeting
places the report asked for on file. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import events, follow_up, imported, minutes

FEBRUARY = """Sammanträde nr 1/2072
Datum: 2072-02-10

§ 6 Ansökan om medel – Nya steg

Karlshamns kommun och Försäkringskassan ansöker gemensamt om medel för insatsen Nya steg.
Samordnare för insatsen är Lena Berg.

Styrelsen beslutar
1. att bevilja insatsen Nya steg 300 000 kronor för 2072,
2. att samordnaren Lena Berg ska lämna en skriftlig delrapport om insatsen till styrelsens
   sammanträde i maj 2072.

§ 7 Ekonomisk uppföljning

Styrelsen beslutar
att ekonomen ska redovisa en prognos för helåret vid sammanträdet i september 2072.

§ 8 Unga framåt

Styrelsen beslutar
att arbetsgruppen för Unga framåt ska återrapportera deltagarnas resultat senast 2072-10-31.

§ 9 Lokaler

Styrelsen beslutar
att uppdra åt ekonomen att jämföra hyresnivåerna till nästa sammanträde.
"""

MAY = """Sammanträde nr 2/2072
Datum: 2072-05-18

§ 15 Delrapport – Nya steg

Samordnaren Lena Berg har lämnat den delrapport som styrelsen begärde 2072-02-10, § 6.

Styrelsen beslutar
att lägga delrapporten till handlingarna.
"""


def _owed(cli, source: str, as_of: str = "2072-02-11") -> tuple[str, str, str]:
    row = follow_up(cli, source, as_of)
    return row["kind"], row["responsible"], row["due"]


def test_an_officer_by_title_and_name_who_shall_report_owes_a_report_by_the_title(cli, tmp_path):
    imported(cli, minutes(tmp_path, "februari.txt", FEBRUARY))
    assert _owed(cli, "2072-1 §06:2") == ("report", "samordnaren", "2072-05")
    assert _owed(cli, "2072-1 §07:1") == ("report", "ekonomen", "2072-09")


def test_the_project_group_owes_its_report_itself(cli, tmp_path):
    imported(cli, minutes(tmp_path, "februari.txt", FEBRUARY))
    assert _owed(cli, "2072-1 §08:1") == ("report", "arbetsgruppen", "2072-10-31")


def test_an_officer_by_title_given_a_task_holds_an_assignment(cli, tmp_path):
    imported(cli, minutes(tmp_path, "februari.txt", FEBRUARY))
    assert _owed(cli, "2072-1 §09:1")[:2] == ("assignment", "ekonomen")


def test_the_report_placed_on_file_later_fulfils_what_the_officer_owed(cli, tmp_path):
    imported(cli, minutes(tmp_path, "februari.txt", FEBRUARY))
    summary = imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert [e for e in events(summary) if e.startswith("fulfilled")] == [
        "fulfilled: follow-up from 2072-1 §06:2 by 2072-2 §15:1: 2072-2 §15 (by date and §)"]
    assert follow_up(cli, "2072-1 §06:2", "2072-05-19")["status"] == "done"
