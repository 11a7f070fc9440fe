"""A title line that begins with the body's name and a dash and gives the meeting's number of the
year after `protokoll nr` (`Styrelsen – protokoll nr 3/2081`, `Arbetsutskottet - Protokoll 2/2081`)
names the meeting the minutes are of. A line under the title that points at other minutes
(`Bilaga – protokoll nr 4/2080 från arbetsutskottet`) names no meeting. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes

_BODY = """\
Sammanträdesdag: tisdagen den 14 mars 2081
Plats: Kansliet, Växjö

Närvarande: Ida Ström (ordförande), Olle Berg, Mira Lund

§ 7  Sammanträdets öppnande

Ordföranden öppnade mötet.

§ 8  Rapport från kansliet

Styrelsen beslutade att lägga rapporten till handlingarna.
"""


def _meeting_of(cli, tmp_path, title: str, *options: str) -> set[str]:
    summary = imported(cli, minutes(tmp_path, "mars.txt", f"FÖRBUNDET I KRONOBERG\n{title}\n\n{_BODY}"), *options)
    return {d["id"].split(" ")[0] for d in summary["decisions"]}


def test_the_body_a_dash_and_protokoll_nr_name_the_meeting(cli, tmp_path):
    assert _meeting_of(cli, tmp_path, "Styrelsen – protokoll nr 3/2081") == {"2081-3"}


def test_a_capital_protokoll_without_nr_after_a_hyphen_also_names_it(cli, tmp_path):
    assert _meeting_of(cli, tmp_path, "Arbetsutskottet - Protokoll 2/2081") == {"2081-2"}


def test_a_line_pointing_at_other_minutes_names_no_meeting(cli, tmp_path):
    # Without a title the meeting is numbered from its date: the first of 2081, not 2080-4.
    assert _meeting_of(cli, tmp_path, "Bilaga – protokoll nr 4/2080 från arbetsutskottet") == {"2081-1"}
