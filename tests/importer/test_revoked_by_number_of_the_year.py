"""A board writing of itself as `vi` revokes `vårt beslut den 14 maj 2052, 2/2052 § 12`: the
meeting by its number of the year and the §. Minutes of our own."""

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
