"""A § may name another matter's referral to set itself apart from it (`Projektet … är inte beroende av
kommunens FINSAM-plan, som återremitterades vid förra mötet`): that matter has not come back. Minutes
of our own, two meetings."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes, title_block

FEBRUARY = title_block(1, "2081-02-11") + """
§ 8 Olofströms kommuns FINSAM-plan 2081
Beslut: Styrelsen beslutar att återremittera ärendet till Olofströms kommun för komplettering till styrelsens möte i maj.
"""

MARCH = title_block(2, "2081-03-17") + """
§ 21 Unga vuxna i rörelse, Olofströms kommun
Projektet ska starta i april och är inte beroende av kommunens FINSAM-plan, som återremitterades vid förra mötet.
Beslut: Styrelsen beslutar att bevilja Olofströms kommun 620 000 kr för projektet Unga vuxna i rörelse under 2081.
"""


def test_a_matter_whose_referral_another_item_names_in_passing_has_not_come_back(cli, tmp_path):
    imported(cli, minutes(tmp_path, "februari.txt", FEBRUARY))
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    assert follow_up(cli, "2081-1 §08:1", "2081-04-01")["status"] == "open"
