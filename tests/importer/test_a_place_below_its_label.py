"""A title block laid out in a label column whose cell was too narrow: `Plats:` on a line of its
own and the place on the next (a Word table row read cell by cell gives that). The place is the
line below; a next label (`Tid:`) is no place. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes, view

HEAD = """\
Samordningsförbundet i Blekinge
PROTOKOLL 3/2077

Datum: onsdagen den 12 maj 2077
Plats:
{below}

§ 1 Öppnande
Ordföranden öppnade mötet.

§ 2 Projektet Vägval
Styrelsen beslutar
att bevilja Ronneby kommun 150 000 kr för projektet Vägval under 2077.
"""


def _place(cli, tmp_path, below: str) -> str:
    imported(cli, minutes(tmp_path, "2077-3.txt", HEAD.format(below=below)))
    return next(m["place"] for m in view(cli, "meetings") if m["meeting"].replace(":", "-") == "2077-3")


def test_the_place_on_the_line_below_its_label_is_the_meetings_place(cli, tmp_path):
    assert _place(cli, tmp_path, "Kulturcentrum, sal Vämö, Ronneby") == "Kulturcentrum, sal Vämö, Ronneby"


def test_a_label_below_a_bare_place_label_is_no_place(cli, tmp_path):
    assert _place(cli, tmp_path, "Tid: kl. 09.00–11.30") == ""


PLACE_AND_TIME = """\
Samordningsförbundet i Blekinge
PROTOKOLL 4/2077 · Sammanträdesdatum 2077-06-09

Plats och tid\tKulturcentrum, sal Vämö, Ronneby, kl.
13.00–16.20

Beslutande\tKarin Ek (S), ordförande, Ronneby kommun

§ 1 Öppnande
Ordföranden öppnade mötet.

§ 2 Projektet Vägval
Styrelsen beslutar
att bevilja Ronneby kommun 150 000 kr för projektet Vägval under 2077.
"""


def test_a_time_gone_on_to_the_next_line_leaves_no_clock_word_in_the_place(cli, tmp_path):
    imported(cli, minutes(tmp_path, "2077-4.txt", PLACE_AND_TIME))
    assert [m["place"] for m in view(cli, "meetings")] == ["Kulturcentrum, sal Vämö, Ronneby"]
