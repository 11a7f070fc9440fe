"""A task written off where the § cites the decision that gave it by its number (`Förbundschefen
fick genom beslut nr 2077:2 i uppdrag …`, then `att uppdraget till förbundschefen avskrivs`) ends that
task alone, though its words name the other task too; the write-off's own number, kept after its
text as `(Beslut nr 2077:3)`, cites nothing. Minutes of our own, two meetings."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes

MARCH = """\
Protokoll från styrelsens sammanträde den 3 mars 2077
Plats:     Regionhuset, Karlskrona
Utses att justera:  Per Lund

Punkt 1    Sammanträdets öppnande

Punkt 2    Kommunikationsplan
Beslut

Beslut nr 2077:1
Styrelsen beslutade att uppdra åt förbundschefen att ta fram en kommunikationsplan senast 2077-09-30.

Punkt 3    Lokalfrågan
Beslut

Beslut nr 2077:2
Styrelsen beslutade att uppdra åt förbundschefen att utreda kansliets lokaler senast 2077-09-30.
"""

JUNE = """\
Protokoll från styrelsens sammanträde den 9 juni 2077
Plats:     Regionhuset, Karlskrona
Utses att justera:  Per Lund

Punkt 1    Sammanträdets öppnande

Punkt 2    Lokalfrågan
Förbundschefen fick genom beslut nr 2077:2 i uppdrag att utreda kansliets lokaler. Kansliet har
fått plats i regionhuset och frågan om egna lokaler har fallit bort.

Beslut

Beslut nr 2077:3
Styrelsen beslutade att uppdraget till förbundschefen avskrivs.
"""


def _june(cli, tmp_path, june: str) -> dict:
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    return imported(cli, minutes(tmp_path, "juni.txt", june))


def test_a_task_its_section_cites_by_number_is_written_off_and_no_other(cli, tmp_path):
    summary = _june(cli, tmp_path, JUNE)
    assert follow_up(cli, "2077-1 §03:1", "2077-07-01")["status"] == "written_off"
    assert follow_up(cli, "2077-1 §02:1", "2077-07-01")["status"] == "open"
    assert not [d for d in summary["to_review"] if "2077-1 §02" in d["what"]], summary["to_review"]


def test_a_task_its_write_off_cites_by_number_is_written_off_and_no_other(cli, tmp_path):
    june = JUNE.replace("att uppdraget till förbundschefen avskrivs", "att uppdraget till förbundschefen enligt beslut nr 2077:2 avskrivs")
    _june(cli, tmp_path, june)
    assert follow_up(cli, "2077-1 §03:1", "2077-07-01")["status"] == "written_off"
    assert follow_up(cli, "2077-1 §02:1", "2077-07-01")["status"] == "open"
