"""`Styrelsen beslutar att` over points lettered `a)`, `b)` that carry no `att` of their own: each
point is a decision of its own, whether the points end with a comma or a semicolon and whether a
point wraps onto an indented line. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes, title_block, view

MINUTES = title_block(1, "2077-02-10") + """
§ 6     Insatsplan 2077 – Ronneby kommun

Styrelsens beslut
Styrelsen beslutar att
a) godkänna Ronneby kommuns insatsplan för 2077 och anvisa 1,2 mnkr för dess
   genomförande,
b) Ronneby kommun ska lämna en delårsredovisning av insatsplanen under
   augusti 2077.

§ 7     Lokalfrågan

Styrelsens beslut
Styrelsen beslutar att
a) ge förbundschefen i uppdrag att utreda kansliets lokaler till nästa sammanträde;
b) lägga hyresvärdens skrivelse till handlingarna.
"""


def test_each_lettered_point_under_the_lead_is_its_own_decision(cli, tmp_path):
    imported(cli, minutes(tmp_path, "februari.txt", MINUTES))
    decisions = view(cli, "decisions", "--as-of", "2077-12-31")
    assert [(d["id"], d["kind"]) for d in decisions] == [
        ("2077-1 §06:1", "plan"), ("2077-1 §06:2", "report"), ("2077-1 §07:1", "assignment"), ("2077-1 §07:2", "acknowledgement")]
    plans = view(cli, "plans", "--as-of", "2077-12-31")
    assert [(p["party"], p["granted_sek"]) for p in plans] == [("Ronneby kommun", 1200000)]
