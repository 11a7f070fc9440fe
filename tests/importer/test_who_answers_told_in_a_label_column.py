"""Minutes with a label column name who answers for a decision under an `Ansvar` label beside it
rather than in the decision's sentence: a deferral or referral naming no one waits for the one
that label names. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes

APRIL = """Protokoll nr 2/2063
Styrelsemöte 2063-04-14

9 §                Mötets öppnande

Ärende             Ordföranden öppnade mötet.

10 §               Ansökan om medel – Vägen framåt
                   Dnr 2063/040

Ärende             Karlshamns kommun söker 410 000 kr för Vägen framåt. Kostnaden
                   för lokalerna är ännu inte utredd.

Beslut             Styrelsen beslöt att bordlägga ärendet till nästa
                   sammanträde.

Ansvar             Förbundschef Greta Ljung

11 §               Samverkansavtal med studieförbundet
                   Dnr 2063/041

Ärende             Avtalsförslaget saknar en uppsägningsklausul.

Beslut             Ärendet återremitteras för komplettering.

Ansvar             Karlshamns kommun
Uppfölj-           Nästa sammanträde
ning

12 §               Mötets avslutande

Ärende             Ordföranden avslutade mötet.
"""


def test_a_deferral_waits_for_the_officer_its_label_names(cli, tmp_path):
    imported(cli, minutes(tmp_path, "april.txt", APRIL))
    assert follow_up(cli, "2063-2 §10", "2063-04-30")["responsible"] == "förbundschefen"


def test_a_referral_waits_for_the_party_its_label_names(cli, tmp_path):
    imported(cli, minutes(tmp_path, "april.txt", APRIL))
    assert follow_up(cli, "2063-2 §11:1", "2063-04-30")["responsible"] == "Karlshamns kommun"
