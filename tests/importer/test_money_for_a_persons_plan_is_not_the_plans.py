"""A member's plan counts as its money what was granted for the plan; money granted later for an
insats about a `samordnad individuell plan` (SIP, a plan for one person) is the member's grant and
not the plan's, while `ytterligare medel för genomförande av FINSAM-planen` is. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes, title_block, view

MINUTES = title_block(1, "2077-02-10") + """
§ 5  FINSAM-plan 2077 Karlshamns kommun

Beslut
Att fastställa Karlshamns kommuns FINSAM-plan för 2077 och bevilja 700 000 kronor.

§ 6  Utbildning i SIP

Beslut
Att bevilja Karlshamns kommun 95 000 kronor för en utbildningsinsats om samordnad individuell plan hösten 2077.

§ 7  Ytterligare medel

Beslut
Att bevilja Karlshamns kommun ytterligare medel för genomförande av FINSAM-planen med 50 000 kronor.
"""


def test_a_plans_money_leaves_out_a_grant_for_a_persons_plan(cli, tmp_path):
    imported(cli, minutes(tmp_path, "feb.txt", MINUTES))
    plans = {(p["party"], p["year"]): p["granted_sek"] for p in view(cli, "plans", "--as-of", "2077-12-31")}
    assert plans == {("Karlshamns kommun", 2077): 750000}
    grants = {g["decision"]: g["amount_sek"] for g in view(cli, "grants", "--as-of", "2077-12-31")}
    assert grants["2077-1 §06:1"] == 95000
