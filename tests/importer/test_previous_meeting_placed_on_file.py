"""`Föregående möte` as a § title, its notes placed on file (`Anteckningarna lades till
handlingarna`), is a formality like `Föregående protokoll`: no decision. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes, view

FEBRUARY = """PROTOKOLL 1/2048
Datum: 2048-02-09

§ 1 Öppnande
Mötet öppnades.

§ 2 Föregående möte (styrelsemöte 6/2047, 2047-12-04)
Minnesanteckningarna från decembermötet gicks igenom.
Beslut: Anteckningarna lades till handlingarna.

§ 3 Budget 2048
Beslut: Att fastställa budget för 2048.
"""


def test_the_previous_meetings_notes_placed_on_file_are_no_decision(cli, tmp_path):
    imported(cli, minutes(tmp_path, "feb.txt", FEBRUARY))
    assert [d["id"] for d in view(cli, "decisions", "--as-of", "2048-12-31")] == ["2048-1 §03:1"]
