"""A party's plan named without the word FINSAM (`Olofströms kommuns plan för 2028`), and a §
titled `FINSAM-plan 2028, Karlskrona kommun` whose decision adopts only `Planen`: both are the
party's FINSAM-plan adopted, with its money. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes, view

PLANS = """Styrelsemöte 2027-6, Samordningsförbundet i Blekinge län

Tid och plats
Tisdag 2027-11-16, kl. 09:00

§ 4 FINSAM-plan 2028, Karlskrona kommun
Beslut
1. Planen fastställs och Karlskrona kommun beviljas 910 000 kr för 2028.

§ 5 FINSAM-plan 2028 Olofströms kommun (Dnr 2027/18)
Beslut: Styrelsen fastställer Olofströms kommuns plan för 2028 och beviljar 370 000 kr.
"""


def test_a_plan_named_plainly_or_only_by_its_title_is_the_partys_plan_adopted_with_its_money(cli, tmp_path):
    imported(cli, minutes(tmp_path, "planer.txt", PLANS))
    plans = {(p["party"], p["year"]): (p["status"], p["granted_sek"], p["decision"])
             for p in view(cli, "plans", "--as-of", "2028-12-31")}
    assert plans == {("Karlskrona kommun", 2028): ("adopted", 910_000, "2027-6 §04:1"),
                     ("Olofströms kommun", 2028): ("adopted", 370_000, "2027-6 §05:1")}
