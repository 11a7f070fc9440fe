"""A board writing of itself as `vi` revokes `vårt beslut den 14 maj 2052, 2/2052 § 12`: the
meeting by its number of the year and the §; a grant revoked by `§ 20/2053, om bidrag …` leaves the
report set beside it. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import decision, imported, minutes

MAY = """PROTOKOLL 2/2052
Datum: 2052-05-14

§ 11 Öppnande
Mötet öppnades.

§ 12 Projektet Ny riktning, Karlshamns kommun
Beslut
att bevilja Karlshamns kommun 250 000 kronor för projektet Ny riktning 2052.
"""

OCTOBER = """PROTOKOLL 4/2052
Datum: 2052-10-08

§ 30 Öppnande
Mötet öppnades.

§ 31 Projektet Ny riktning, Karlshamns kommun
Kommunen har meddelat att projektet inte startar.

Beslut
att upphäva vårt beslut den 14 maj 2052, 2/2052 § 12, om 250 000 kronor till projektet.
"""


def test_our_decision_cited_by_the_meetings_number_of_the_year_is_revoked(cli, tmp_path):
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    imported(cli, minutes(tmp_path, "okt.txt", OCTOBER))
    assert decision(cli, "2052-4 §31:1")["kind"] == "revocation"
    assert decision(cli, "2052-2 §12:1")["status"] == "revoked"


WITH_A_REPORT = """PROTOKOLL 2/2053
Datum: 2053-04-09

§ 20 Sommarjobb, Karlshamns kommun
Beslut
Styrelsen beslutar
- att bevilja Karlshamns kommun 250 000 kronor för insatsen Sommarjobb 2053,
- att Karlshamns kommun ska redovisa insatsen senast den 15 oktober 2053.
"""

REVOKED = """PROTOKOLL 5/2053
Datum: 2053-10-22

§ 53 Sommarjobb – upphävande av beslut
Beslut
Styrelsen beslutar att upphäva beslutet 2053-04-09, SFT § 20/2053, om bidrag med 250 000 kronor till Karlshamns kommun.
"""


def test_a_grant_revoked_by_its_section_and_year_leaves_the_report_set_beside_it(cli, tmp_path):
    """`§ 20/2053, om bidrag …`: what follows the § and its year says which of its decisions is meant."""
    imported(cli, minutes(tmp_path, "apr.txt", WITH_A_REPORT))
    imported(cli, minutes(tmp_path, "okt.txt", REVOKED))
    assert decision(cli, "2053-2 §20:1")["status"] == "revoked"
    assert decision(cli, "2053-2 §20:2")["status"] == "in_force"
