"""An assignment delivered where the item names it as such: `uppdrag till förbundschefen
2053-05-12, § 8` above the proposal presented, or `har på styrelsens uppdrag (2053-05-12, § 9)
tagit fram ett förslag`. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes

MAY = """PROTOKOLL 3/2053
Datum: 2053-05-12

§ 7 Öppnande
Mötet öppnades.

§ 8 Riktlinjer för resor
Beslut
att uppdra åt förbundschefen att utifrån dagens synpunkter utarbeta ett underlag om hur ledamöternas
resor ska ordnas och ersättas och lägga fram det vid nästa möte.

§ 9 Kommunikationsplan
Beslut
att uppdra åt förbundschefen att med stöd av medlemmarnas informatörer utarbeta hur förbundet
ska synas utåt och redovisa det vid styrelsens sammanträde i september.
"""

SEPTEMBER = """PROTOKOLL 4/2053
Datum: 2053-09-15

§ 10 Öppnande
Mötet öppnades.

§ 11 Riktlinjer för resor
Dnr 2053/040, uppdrag till förbundschefen 2053-05-12, § 8

Förbundschefen presenterade förslaget.

Beslut
att fastställa riktlinjer för resor enligt förslaget.

§ 12 Kommunikationsplan
Förbundschefen har på styrelsens uppdrag (2053-05-12, § 9) tagit fram ett förslag till kommunikationsplan.

Beslut
att sända förslaget på remiss till medlemmarna.
"""


def test_an_assignment_named_as_such_where_it_is_delivered_is_done(cli, tmp_path):
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    imported(cli, minutes(tmp_path, "sep.txt", SEPTEMBER))
    assert follow_up(cli, "2053-3 §08:1", "2053-12-31")["done_on"] == "2053-09-15"
    assert follow_up(cli, "2053-3 §09:1", "2053-12-31")["done_on"] == "2053-09-15"
