"""A member's insatsplan adopted with its money in a clause of its own, said as money set aside
for the plan's carrying out (`och att avsätta 615 tkr för planens genomförande`): the plan is
adopted with that sum, not read as a document of its name. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import decision, imported, minutes, view

MAY = """PROTOKOLL 2/2066
Datum: 2066-05-19

§ 8 Öppnande
Mötet öppnades.

§ 9 Insatsplan 2066 – Sölvesborgs kommun
Beslut
Styrelsen beslöt att fastställa insatsplanen för Sölvesborgs kommun 2066 och att avsätta
615 tkr för planens genomförande.
"""


def test_money_set_aside_for_the_plans_carrying_out_is_the_plans_sum(cli, tmp_path):
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert decision(cli, "2066-2 §09:1")["kind"] == "plan"
    plans = {(p["party"], p["year"]): p for p in view(cli, "plans", "--as-of", "2999-12-31")}
    assert plans[("Sölvesborgs kommun", 2066)]["granted_sek"] == 615_000
