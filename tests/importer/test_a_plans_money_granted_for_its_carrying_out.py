"""`att fastställa Habo kommuns insatsplan för 2077 och bevilja Habo kommun 850 tkr för planens
genomförande`: the plan and its money are one grant, not the plan's grant and another for
`planens genomförande`. Money for something else in the same clause stays its own. Minutes of our own."""

from __future__ import annotations

import pytest

from tests.importer.steps import imported, minutes, view

PLAN = """\
Protokoll nr 2/2077
Datum: 2077-04-19

§ 12 Insatsplan 2077 – Karlshamns kommun

Beslut: Att fastställa Karlshamns kommuns insatsplan för 2077 och bevilja Karlshamns kommun 850 tkr {purpose}.
"""


@pytest.mark.parametrize("purpose", ["för planens genomförande", "för genomförandet av planen"])
def test_the_plan_is_granted_its_money_once(cli, tmp_path, purpose):
    imported(cli, minutes(tmp_path, "apr.txt", PLAN.format(purpose=purpose)))
    plans = view(cli, "plans", "--as-of", "2999-12-31")
    assert [(p["party"], p["granted_sek"]) for p in plans] == [("Karlshamns kommun", 850000)]
    assert len(view(cli, "grants", "--as-of", "2999-12-31")) == 1
