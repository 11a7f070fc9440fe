"""A plan adopted in one point of a § and its money granted in the next counts that money as the
plan's; money the same party got for something else, in another §, stays its own. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes, view

MAY = """Styrelsemöte 2026-3, Samordningsförbundet i Blekinge län

Tid och plats
Måndag 2026-05-11, kl. 13:00

§6 Olofströms kommuns FINSAM-plan 2026

Beslut 2026-3 §06:1
Att fastställa Olofströms kommuns FINSAM-plan för 2026.

Beslut 2026-3 §06:2
Att för planens insatser bevilja Olofströms kommun 730 000 kr för 2026.

§7 Olofströms kommuns ansökan om en förstudie om språkpraktik

Beslut 2026-3 §07:1
Att bevilja Olofströms kommun 90 000 kr för en förstudie om språkpraktik under 2026.
"""


def test_the_money_a_point_of_the_adopting_section_grants_is_the_plans(cli, tmp_path):
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    plans = {(p["party"], p["year"]): p for p in view(cli, "plans", "--as-of", "2026-05-11")}
    plan = plans[("Olofströms kommun", 2026)]
    assert (plan["status"], plan["decision"], plan["granted_sek"]) == ("adopted", "2026-3 §06:1", 730_000)
    grants = {g["decision"]: g["amount_sek"] for g in view(cli, "grants", "--as-of", "2026-05-11")}
    assert grants == {"2026-3 §06:2": 730_000, "2026-3 §07:1": 90_000}
