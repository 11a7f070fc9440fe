"""A report the owing party only expects to give (`räknar med att redovisa … i juni`) is not given;
the duty recalled beside the citation (`beslutade att resultatet skulle redovisas i juni`) does not
stop the report delivered later in the item from fulfilling it; and an item whose own decision says
the duty stands (`Beslutet om redovisning i november gäller fortsatt`) fulfils nothing by its
title. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes

FEBRUARY = """PROTOKOLL 1/2047
Datum: 2047-02-08

§ 1 Öppnande
Mötet öppnades.

§ 2 Förstudie Trygg väg tillbaka, Region Blekinge
Beslut
1. Styrelsen beviljar Region Blekinge 400 000 kr för förstudien Trygg väg tillbaka.
2. Region Blekinge ska redovisa förstudiens resultat till styrelsen i juni 2047.

§ 3 FINSAM-plan 2047, Ronneby kommun
Beslut
1. Styrelsen fastställer Ronneby kommuns FINSAM-plan 2047 och beviljar 900 000 kr.
2. Ronneby kommun ska redovisa genomförandet av FINSAM-planen 2047 i november 2047.
"""

APRIL = """PROTOKOLL 2/2047
Datum: 2047-04-12

§ 4 Öppnande
Mötet öppnades.

§ 5 Förstudie Trygg väg tillbaka – läget
Förstudien Trygg väg tillbaka har kommit igång. Region Blekinge räknar med att redovisa
förstudiens resultat vid sammanträdet i september.

Beslut
Styrelsen lägger informationen till handlingarna.

§ 6 Reviderad FINSAM-plan 2047, Ronneby kommun
Ronneby kommun redogör för genomförandet hittills och för den reviderade planen.

Beslut
Styrelsen fastställer Ronneby kommuns reviderade FINSAM-plan 2047. Beslutet om redovisning
i november 2047 gäller fortsatt.
"""

SEPTEMBER = """PROTOKOLL 3/2047
Datum: 2047-09-20

§ 7 Öppnande
Mötet öppnades.

§ 8 Slutrapport – förstudie Trygg väg tillbaka
Styrelsen beslutade den 8 februari 2047, § 2, att resultatet skulle redovisas i juni 2047.
Slutrapporten kom in den 1 september 2047.

Beslut
Styrelsen lägger slutrapporten till handlingarna.
"""


def test_a_report_only_expected_is_not_given_and_the_later_one_is(cli, tmp_path):
    imported(cli, minutes(tmp_path, "feb.txt", FEBRUARY))
    imported(cli, minutes(tmp_path, "apr.txt", APRIL))
    assert follow_up(cli, "2047-1 §02:2", "2047-05-01")["status"] == "open"
    imported(cli, minutes(tmp_path, "sep.txt", SEPTEMBER))
    assert follow_up(cli, "2047-1 §02:2", "2047-12-31")["done_on"] == "2047-09-20"


def test_an_item_whose_decision_says_the_duty_stands_fulfils_nothing(cli, tmp_path):
    imported(cli, minutes(tmp_path, "feb.txt", FEBRUARY))
    imported(cli, minutes(tmp_path, "apr.txt", APRIL))
    assert follow_up(cli, "2047-1 §03:2", "2047-05-01")["status"] == "open"


JUNE = """PROTOKOLL 4/2047
Datum: 2047-06-14

§ 9 Öppnande
Mötet öppnades.

§ 10 Verksamhetsplan 2048
Beslut
att uppdra åt förbundschefen att till novembersammanträdet lämna förslag till verksamhetsplan för 2048.

§ 11 Lokal samverkan, Olofströms kommun
Beslut
att Olofströms kommun rapporterar erfarenheterna av den lokala samverkan vid styrelsens möte i februari 2048.
"""

OCTOBER = """PROTOKOLL 5/2047
Datum: 2047-10-04

§ 12 Öppnande
Mötet öppnades.

§ 13 Information och övriga frågor
- Olofströms kommun: Per Ek påminde om att kommunens rapport om den lokala samverkan (beslut 2047-4 §11:1)
  lämnas först vid mötet i februari 2048; något underlag finns inte ännu.
- Förslaget till verksamhetsplan för 2048 bereds.

§ 14 Lokal samverkan, Olofströms kommun – läget
Per Ek påminde om att rapporten (beslut 2047-4 §11:1) lämnas först vid mötet i februari 2048.

Beslut
Styrelsen noterar informationen.
"""


def test_what_is_said_to_come_later_or_to_be_under_way_fulfils_nothing(cli, tmp_path):
    imported(cli, minutes(tmp_path, "jun.txt", JUNE))
    imported(cli, minutes(tmp_path, "okt.txt", OCTOBER))
    assert follow_up(cli, "2047-4 §10:1", "2047-10-31")["status"] == "open"
    assert follow_up(cli, "2047-4 §11:1", "2047-10-31")["status"] == "open"
