"""A report delivered and placed on file in a § with no decision (`Förbundschefen redovisade, enligt
beslut den 10 mars 2055 (§ 4), hur … Redovisningen lades till handlingarna.`): the report is
fulfilled, and whether the board acknowledged it is put to review, since hands differ. Minutes of
our own."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes

MARCH = """PROTOKOLL 1/2055
Datum: 2055-03-10

§ 1 Öppnande
Mötet öppnades.

§ 4 Mentorsprogrammet
Beslut: Att uppdra åt förbundschefen att redovisa hur mentorsprogrammet startats vid nästa sammanträde.
"""

MAY = """PROTOKOLL 2/2055
Datum: 2055-05-12

§ 5 Öppnande
Mötet öppnades.

§ 6 Mentorsprogrammet, redovisning
Förbundschefen redovisade, enligt beslut den 10 mars 2055 (§ 4), hur programmet startats: tolv mentorer
är utbildade. Redovisningen lades till handlingarna.

§ 7 Budget 2056
Beslut: Att fastställa budget för 2056.
"""


def test_a_report_delivered_and_placed_on_file_is_done_and_put_to_review(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    summary = imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert follow_up(cli, "2055-1 §04:1", "2055-12-31")["done_on"] == "2055-05-12"
    doubted = [d for d in summary["to_review"] if "places on file a report" in d["what"]]
    assert [d["line"] for d in doubted] == [7], summary["to_review"]
