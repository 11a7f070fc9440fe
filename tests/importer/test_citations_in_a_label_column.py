"""Minutes laid out with a label column (`Ärende`, `Beslut` at the left margin, the text beside
them) and items numbered `N §` through the year: a citation on the label's own line
(`Ärende   Styrelsen bad den 4 mars 2061 (3 §, punkt 2) om …`) is read as one on any other line,
and an item cited by its number and the year (`4 § 2061`) names the meeting of that year that
held it. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import decision, follow_up, imported, minutes, view

MARCH = """Protokoll nr 1/2061
Styrelsemöte 2061-03-04

1 §                Mötets öppnande

Ärende             Ordföranden öppnade mötet.

2 §                Val av justerare

Beslut             Petra Holm utsågs att justera protokollet.

3 §                Projektet Kustnära jobb
                   Dnr 2061/007

Ärende             Sölvesborgs kommun söker medel för projektet Kustnära
                   jobb under året.

Beslut             Styrelsen beslöt
                   1. att bevilja Sölvesborgs kommun 370 tkr för projektet
                      Kustnära jobb 2061,
                   2. att Sölvesborgs kommun ska lämna en lägesrapport till
                      styrelsens möte i maj.

Ansvar             Sölvesborgs kommun

4 §                Mötets avslutande

Ärende             Ordföranden avslutade mötet.
"""

MAY = """Protokoll nr 2/2061
Styrelsemöte 2061-05-20

5 §                Mötets öppnande

Ärende             Ordföranden öppnade mötet.

6 §                Val av justerare

Beslut             Omar Lind utsågs att justera protokollet.

7 §                Kustnära jobb – lägesrapport
                   Dnr 2061/031

Ärende             Styrelsen bad den 4 mars 2061 (3 §, punkt 2) om en
                   lägesrapport från kommunen. Rapporten har kommit in och
                   visar att nio deltagare har börjat.

Beslut             Rapporten läggs till handlingarna.

8 §                Rättelse av beslutet om Kustnära jobb
                   Dnr 2061/032

Ärende             Beloppet i beslutet blev fel vid protokollskrivningen.

Beslut             Styrelsen beslöt att rätta beslutet i 3 § 2061 så att det
                   beviljade beloppet ska vara 307 tkr.

9 §                Mötets avslutande

Ärende             Ordföranden avslutade mötet.
"""


def _both(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    imported(cli, minutes(tmp_path, "maj.txt", MAY))


def test_a_citation_on_the_labels_own_line_fulfils_the_report(cli, tmp_path):
    _both(cli, tmp_path)
    assert follow_up(cli, "2061-1 §03:2", "2061-06-01")["status"] == "done"


def test_an_item_cited_by_its_number_and_the_year_is_corrected(cli, tmp_path):
    _both(cli, tmp_path)
    assert decision(cli, "2061-2 §08:1")["kind"] == "correction"
    grants = {g["decision"]: g for g in view(cli, "grants", "--as-of", "2999-12-31")}
    assert grants["2061-1 §03:1"]["amount_sek"] == 307_000
