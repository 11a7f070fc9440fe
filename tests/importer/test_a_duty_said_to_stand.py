"""A report the board asked for and later says still stands (`Redovisningskravet kvarstår`, `kravet
på redovisning står kvar`) is not delivered by the § that says so, though that § speaks of the
same project and grants it money anew. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes

FEBRUARY = """\
Sammanträde 2047-1
Datum: 2047-02-10

§ 6 Ansökan om projektmedel – Steget ut, Olofströms kommun

Beslut
1. Styrelsen beviljar Olofströms kommun 500 000 kronor för projektet Steget ut 2047.
2. Olofströms kommun ska redovisa projektets resultat vid styrelsens sammanträde i december 2047.
"""

MAY = """\
Sammanträde 2047-2
Datum: 2047-05-12

§ 14 Projektet Steget ut – större ram

Styrelsen beviljade den 10 februari 2047, § 6, Olofströms kommun 500 000 kr för projektet Steget ut.
Kommunen har begärt en större ram, eftersom fler deltagare har anvisats. Kansliet föreslår en
ny ram som ersätter det tidigare beslutet. Redovisningskravet i december kvarstår.

Beslut
Styrelsen beslutar
att bevilja Olofströms kommun 560 000 kr för projektet Steget ut 2047. Beslutet ersätter
styrelsens beslut 2047-02-10, § 6 punkt 1, om 500 000 kr.
"""


def test_a_report_said_to_stand_stays_open_when_its_project_gets_money_anew(cli, tmp_path):
    imported(cli, minutes(tmp_path, "februari.txt", FEBRUARY))
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert follow_up(cli, "2047-1 §06:2", "2047-06-01")["status"] == "open"
