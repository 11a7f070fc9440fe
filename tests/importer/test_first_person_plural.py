"""A small board writing of itself in the first person plural (`Vi beslutade att …`, `Vi gav
förbundschefen i uppdrag att …`, `Vi återremitterade planen`): its decisions are read as any
board's. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes, view

WE = """Styrelsemöte 2027-6, Samordningsförbundet i Blekinge län

Tid och plats
Tisdag 2027-09-14, kl. 09:00

§ 4 Olofströms kommuns plan
Planen presenterades av kommunens samordnare. Vi beslutade att fastställa Olofströms kommuns FINSAM-plan 2027 och bevilja 400 000 kr för dess genomförande.

§ 5 Lokaler
Vi gav förbundschefen i uppdrag att ta fram förslag på nya lokaler till nästa möte.
"""


def test_a_board_that_writes_we_has_its_decisions_read(cli, tmp_path):
    imported(cli, minutes(tmp_path, "vi.txt", WE))
    kinds = {d["id"]: d["kind"] for d in view(cli, "decisions", "--as-of", "2027-12-31")}
    assert kinds == {"2027-6 §04:1": "plan", "2027-6 §05:1": "assignment"}
