"""A grant given anew `med ändring av beslutet den 12 februari 2095, § 7` (the new total for the
same party and year) supersedes the earlier grant the citation names, as `ersätter beslutet …`
does; the clause may open with a comma after its `att` (`beslutar att, med ändring av …, bevilja`).
Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes, title_block, view

FIRST = title_block(1, "2095-02-12") + """
§ 7 Arbetsträning i Kustlinjen
Beslut: Styrelsen beslutar att bevilja Karlshamns kommun 1 200 000 kr för insatsen Arbetsträning i Kustlinjen under 2095.
"""

LATER = title_block(3, "2095-06-11") + """
§ 42 Utökade medel till Arbetsträning i Kustlinjen
Styrelsen beviljade den 12 februari 2095, § 7, Karlshamns kommun medel för insatsen.
Beslut: Styrelsen beslutar att, med ändring av beslutet den 12 februari 2095, § 7, bevilja Karlshamns kommun sammanlagt 1 450 000 kr för insatsen Arbetsträning i Kustlinjen under 2095.
"""


def test_the_earlier_grant_is_superseded_by_the_new_total(cli, tmp_path):
    imported(cli, minutes(tmp_path, "feb.txt", FIRST))
    summary = imported(cli, minutes(tmp_path, "jun.txt", LATER))
    assert summary["decisions"][0]["text"].startswith("Att med ändring av beslutet"), summary["decisions"]
    grants = {g["decision"]: (g["amount_sek"], g["status"]) for g in view(cli, "grants", "--as-of", "2999-12-31")}
    assert grants == {"2095-1 §07:1": (1200000, "superseded"), "2095-3 §42:1": (1450000, "in_force")}, grants
