"""A clause that recalls the board asking for a report (`I mars (§ 4) begärde styrelsen en
redovisning från …`, `Den skulle ha lämnats senast …`) tells of the asking, not of a delivery;
only a clause that says the report came settles it, even one that names the asking beside it
(`… har lämnat den redovisning som styrelsen begärde`). Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes

ASKED = """\
Sammanträde nr 1/2041
Datum: 2041-03-14

§ 4 Sjukskrivningar per kommun
Styrelsen beslutar att Försäkringskassan ska lämna en redovisning av sjukskrivningarna per kommun senast den 30 april 2041.
"""

RECALLED = """\
Sammanträde nr 2/2041
Datum: 2041-05-20

§ 15 Sjukskrivningar per kommun - Försäkringskassan
I mars (§ 4) begärde styrelsen en redovisning från Försäkringskassan av sjukskrivningarna per kommun. Redovisningen skulle ha lämnats senast den 30 april. Lina Nord, Försäkringskassan, berättar muntligt om läget i länet.
Beslut: Informationen noteras.
"""

DELIVERED = """\
Sammanträde nr 3/2041
Datum: 2041-09-02

§ 27 Försäkringskassans redovisning av sjukskrivningar
Försäkringskassan har den 20 augusti lämnat den redovisning av sjukskrivningarna per kommun som styrelsen begärde i mars.
Beslut: Redovisningen läggs till handlingarna.
"""


def test_a_request_recalled_leaves_the_report_owed(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", ASKED))
    imported(cli, minutes(tmp_path, "maj.txt", RECALLED))
    assert follow_up(cli, "2041-1 §04:1", "2041-06-01")["status"] == "overdue"


def test_the_report_said_to_have_come_as_asked_is_done(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", ASKED))
    imported(cli, minutes(tmp_path, "maj.txt", RECALLED))
    imported(cli, minutes(tmp_path, "sept.txt", DELIVERED))
    assert follow_up(cli, "2041-1 §04:1", "2041-09-03")["status"] == "done"
