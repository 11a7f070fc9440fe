"""A member who declares a conflict of interest again (`anmälde åter jäv`) is recused from that
decision too. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import decision, imported, minutes

JUNE = """PROTOKOLL 3/2046
Datum: 2046-06-11

§ 20 Öppnande
Mötet öppnades.

§ 21 Projektet Steget ut, Sölvesborgs kommun
Karin Lund anmälde åter jäv och deltog inte under punkten.

Beslut
att bevilja Sölvesborgs kommun 120 000 kr för projektet Steget ut 2046.
"""


def test_a_conflict_declared_again_is_a_recusal(cli, tmp_path):
    imported(cli, minutes(tmp_path, "juni.txt", JUNE))
    assert [p["name"] for p in decision(cli, "2046-3 §21:1")["recusals"]] == ["Karin Lund"]
