"""An item that recalls what a meeting asked for (`fick den 2 mars (4 §) i uppdrag att redovisa …`)
tells what was asked, not that it came: where it goes on to say the answer is not ready, the duty
stays open; where the officer then puts forward the proposal asked for (`föreslår förbundschefen
att …`), it is answered. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes

MARCH = """PROTOKOLL 1/2065
Datum: 2065-03-02

§ 1 Öppnande
Mötet öppnades.

§ 2 Lokalfrågan i Sölvesborg
Beslut
Styrelsen beslöt att Sölvesborgs kommun till nästa sammanträde ska redovisa hur lokalfrågan kan lösas.

§ 3 Hyresavtalet i Sölvesborg
Beslut
Styrelsen beslöt att uppdra åt förbundschefen att till nästa sammanträde lämna förslag till hur
hyresavtalet ska hanteras.

§ 4 Avslutning
Mötet avslutades.
"""

MAY = """PROTOKOLL 2/2065
Datum: 2065-05-11

§ 5 Öppnande
Mötet öppnades.

§ 6 Lokalfrågan – kommunens redovisning
Vid sammanträdet den 2 mars (2 §) fick Sölvesborgs kommun i uppdrag att till detta möte redovisa hur
lokalfrågan kan lösas. Kommunens representant meddelade att utredningen inte är färdig. Kommunen
kommer därefter att lämna sin redovisning till styrelsens sammanträde i september.

Beslut
Styrelsen noterade informationen.

§ 7 Hyresavtalet – förslag
Förbundschefen fick den 2 mars (3 §) i uppdrag att föreslå hur hyresavtalet ska hanteras.
Eftersom lokalen inte längre behövs föreslår förbundschefen att avtalet sägs upp.

Beslut
Styrelsen beslöt att säga upp hyresavtalet med Fastighets AB Skeppet.

§ 8 Avslutning
Mötet avslutades.
"""


def _both(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    imported(cli, minutes(tmp_path, "maj.txt", MAY))


def test_a_report_recalled_and_said_not_ready_stays_owed(cli, tmp_path):
    _both(cli, tmp_path)
    assert follow_up(cli, "2065-1 §02:1", "2065-05-31")["status"] == "overdue"


def test_a_proposal_asked_for_is_answered_when_the_officer_puts_it_forward(cli, tmp_path):
    _both(cli, tmp_path)
    assert follow_up(cli, "2065-1 §03:1", "2065-05-31")["status"] == "done"
