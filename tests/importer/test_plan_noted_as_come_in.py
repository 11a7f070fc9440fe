"""A party's plan that has come in and is only noted, in its own § or among the notices, is
proposed: the plans view lists it as proposed until a later meeting decides on it. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes, view

NOVEMBER = """Styrelsemöte 2026-6, Samordningsförbundet i Blekinge län

Tid och plats
Måndag 2026-11-23, kl. 13:00

§8 Ronneby kommuns FINSAM-plan 2027

Ronneby kommun har lämnat in sin plan för 2027 och söker 1 100 000 kr. Den bereds till februari.

Beslut 2026-6 §08:1
Att notera att planen har kommit in.

§9 Meddelanden

Sölvesborgs kommuns FINSAM-plan 2027 har inkommit den 12 november. Den tas upp i februari.

Beslut 2026-6 §09:1
Att lägga meddelandena till handlingarna.
"""


def test_a_plan_that_came_in_and_was_only_noted_is_proposed(cli, tmp_path):
    imported(cli, minutes(tmp_path, "nov.txt", NOVEMBER))
    plans = {(p["party"], p["year"]): (p["status"], p["decision"]) for p in view(cli, "plans", "--as-of", "2026-11-23")}
    assert plans == {("Ronneby kommun", 2027): ("proposed", None), ("Sölvesborgs kommun", 2027): ("proposed", None)}
