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
