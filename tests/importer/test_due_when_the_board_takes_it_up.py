"""A task due on the day the board is to take it up (`… att behandlas av styrelsen den 14 april
2032`, `för beslut i styrelsen den 2 juni`): due that day. A decision cited by its day (`enligt
beslut den 3 februari`) names no due. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes

FEBRUARY = """Sammanträde nr 1/2032
Datum: 2032-02-16

§ 6 Arkivering
Styrelsens beslut
1. Kansliet får i uppdrag att ta fram en plan för arkivering, att behandlas av styrelsen den 14 april 2032.
2. Förbundschefen får i uppdrag att se över delegationsordningen, för beslut i styrelsen den 2 juni.
"""


def test_a_task_to_be_taken_up_by_the_board_on_a_day_is_due_that_day(cli, tmp_path):
    imported(cli, minutes(tmp_path, "februari.txt", FEBRUARY))
    assert follow_up(cli, "2032-1 §06:1", "2032-02-17")["due"] == "2032-04-14"
    assert follow_up(cli, "2032-1 §06:2", "2032-02-17")["due"] == "2032-06-02"
