"""A correction said subject first in the passive (`Beslutet i § 3/2045 rättas på så sätt att
beloppet ska vara …`) corrects the grant of the § it names to the amount it gives, not to the
amount a sentence before it says was written wrongly. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes, view

FEBRUARY = """\
Sammanträde nr 1/2045
Datum: 2045-02-06

§ 3 Projekt Bron
Beslut: Styrelsen beviljar Karlshamns kommun 380 000 kr för projektet Bron 2045.
"""

APRIL = """\
Sammanträde nr 2/2045
Datum: 2045-04-10

§ 14 Rättelse av beslut § 3/2045 - Projekt Bron
I beslutet den 6 februari 2045, § 3, angavs att Karlshamns kommun beviljas 380 000 kr. Av ansökan framgår att det sökta beloppet är 308 000 kr.
Beslut: Beslutet i § 3/2045 rättas på så sätt att det belopp som Karlshamns kommun beviljas ska vara 308 000 kr.
"""


def test_a_correction_said_subject_first_corrects_the_amount_it_gives(cli, tmp_path):
    imported(cli, minutes(tmp_path, "feb.txt", FEBRUARY))
    imported(cli, minutes(tmp_path, "apr.txt", APRIL))
    grants = {g["decision"]: g["amount_sek"] for g in view(cli, "grants", "--as-of", "2999-12-31")}
    assert grants["2045-1 §03:1"] == 308000
