"""A report told of in someone else's report fulfils nothing (`Förbundschefen rapporterar: … Olofströms
kommun påminns om att delrapporten ska lämnas i september`, `Rapporten föranleder inget beslut`);
the report itself, said to have come in, fulfils it. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes

ASKED = """Styrelsemöte 2027-3, Samordningsförbundet i Blekinge län

Tid och plats
Måndag 2027-04-12, kl. 09:00

§4 Projektet Nya steg

Styrelsen beslutade:
Beslut 2027-3 §04:1
Att Olofströms kommun ska lämna en delrapport om projektet Nya steg vid sammanträdet i september 2027.

§5 Karlskrona kommuns plan

Styrelsen beslutade:
Beslut 2027-3 §05:1
Att Karlskrona kommun ska lämna en lägesrapport om FINSAM-planen vid sammanträdet i juni 2027.
"""

TOLD = """Styrelsemöte 2027-4, Samordningsförbundet i Blekinge län

Tid och plats
Måndag 2027-06-14, kl. 09:00

§7 Förbundschefens rapport

Sammanfattning
Förbundschefen rapporterar:
- Karlskrona kommun har meddelat att lägesrapporten om FINSAM-planen inte har hunnit färdigställas. Kommunen avser att lämna den i september.
- Olofströms kommun påminns om att delrapporten om projektet Nya steg ska lämnas i september.
- Förbundsdagarna samlade 500 deltagare.
Rapporten föranleder inget beslut.
"""

CAME = """Styrelsemöte 2027-5, Samordningsförbundet i Blekinge län

Tid och plats
Måndag 2027-09-13, kl. 09:00

§3 Delrapport om projektet Nya steg – Olofströms kommun

Delrapporten, som skulle ha lämnats vid förra sammanträdet, har nu kommit in. Olofströms kommun beskriver hur projektet ska fortsätta under 2028.
"""


def test_a_report_only_told_of_in_the_officers_report_stays_owed_and_the_report_that_came_in_fulfils_it(cli, tmp_path):
    imported(cli, minutes(tmp_path, "april.txt", ASKED))
    imported(cli, minutes(tmp_path, "juni.txt", TOLD))
    assert follow_up(cli, "2027-3 §04:1", "2027-06-30")["status"] == "open"
    imported(cli, minutes(tmp_path, "september.txt", CAME))
    assert follow_up(cli, "2027-3 §04:1", "2027-09-30")["status"] == "done"
