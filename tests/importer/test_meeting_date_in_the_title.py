"""The meeting's date given in the title (`Protokoll fört vid styrelsemöte den 3 mars 2034`), with a
due date further down that a wrapped sentence put at the start of a line (`15 maj 2034.`): the
title's is the meeting's. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes

TITLED = """SAMORDNINGSFÖRBUNDET I BLEKINGE LÄN

Protokoll fört vid styrelsemöte fredagen den 3 mars 2034
Plats: Förbundets kansli

1 §  Öppnande
Mötet öppnades.

5 §  Uppföljning
Beslöts att uppdra åt förbundschefen att redovisa uppföljningen senast den
15 maj 2034.
"""


def test_the_date_in_the_title_is_the_meetings_not_a_due_date_below_it(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "mars.txt", TITLED))
    assert (summary["meeting"], summary["date"]) == ("2034-1", "2034-03-03")


JUSTERING_WRAPPED = """Protokoll

Styrelsens sammanträde onsdagen den 8 mars 2034

Plats och tid
Sammanträdesrum Ekan, Kommunhuset, Ronneby, kl. 13.00–15.30

Justering
Utses att justera: Karin Ros (S)
Justeringens plats och tid: Förbundets kansli, Kommunhuset, Ronneby,
2034-03-15

§ 1 Sammanträdets öppnande
Ordföranden förklarar sammanträdet öppnat.
"""


def test_the_day_of_justering_wrapped_onto_a_line_of_its_own_is_not_the_meetings(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "mars.txt", JUSTERING_WRAPPED))
    assert summary["date"] == "2034-03-08"
