"""A member region named with its county, `Region Kalmar län`, is one party of three words, in the
genitive too (`Region Kalmar läns insatsplan`), for a board that has recorded it among its parties.
Minutes of our own."""

from __future__ import annotations

import pytest

from tests.importer.steps import imported, minutes, view

PLAN = """\
Protokoll nr 2/2077
Datum: 2077-04-19

§ 14 Insatsplan 2077 för regionen

Beslut: Att {clause}
"""


@pytest.mark.parametrize("clause", [
    "fastställa Region Kalmar läns insatsplan för 2077 med en ram om 1 780 000 kronor.",
    "fastställa insatsplanen för Region Kalmar län 2077 och bevilja Region Kalmar län 1 780 000 kr.",
])
def test_the_regions_plan_is_adopted_for_the_region(cli, tmp_path, clause):
    assert cli("parties", "set", "Försäkringskassan", "Arbetsförmedlingen", "Region Kalmar län", "Kalmar kommun").exit_code == 0
    imported(cli, minutes(tmp_path, "apr.txt", PLAN.format(clause=clause)))
    plans = view(cli, "plans", "--as-of", "2999-12-31")
    assert [(p["party"], p["year"], p["granted_sek"], p["decision"]) for p in plans] == [
        ("Region Kalmar län", 2077, 1780000, "2077-2 §14:1")]


OWED = """\
Protokoll nr 3/2077
Datum: 2077-06-14

§ 20 Insatsplan 2077 – Region Kalmar län

Beslut: Att fastställa Region Kalmar läns insatsplan för 2077 med en ram om 1 780 000 kronor, samt
att regionen ska lämna en lägesrapport om insatserna vid styrelsens sammanträde i oktober.
"""


def test_the_region_named_by_its_kind_in_the_next_clause_owes_the_report(cli, tmp_path):
    assert cli("parties", "set", "Försäkringskassan", "Arbetsförmedlingen", "Region Kalmar län", "Kalmar kommun").exit_code == 0
    imported(cli, minutes(tmp_path, "jun.txt", OWED))
    owed = [r for r in view(cli, "follow-ups", "--all", "--as-of", "2077-06-15") if r["source"] == "2077-3 §20:2"]
    assert [(r["kind"], r["responsible"], r["due"]) for r in owed] == [("report", "Region Kalmar län", "2077-10")]
