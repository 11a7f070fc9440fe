"""A decision cited by its meeting and § with a comma between (`(2082:1, § 9)`), as a referat writes it in
brackets after the date: the same citation as `2082:1 § 9`. Minutes of our own, two meetings."""

from __future__ import annotations

from tests.importer.steps import imported, minutes, view

FEBRUARY = """Styrelsemöte 2082:1, Samordningsförbundet i Blekinge
Datum: 2082-02-12
Plats: Förbundets kansli, Karlskrona
Justerare: Malin Ekdal

§9 Språkstöd i arbetsträning
Styrelsen beslutade att bevilja Olofströms kommun 420 000 kr för insatsen Språkstöd i arbetsträning under 2082.
"""

MAY = """Styrelsemöte 2082:2, Samordningsförbundet i Blekinge
Datum: 2082-05-14
Plats: Förbundets kansli, Karlskrona
Justerare: Malin Ekdal

§4 Språkstöd i arbetsträning - upphävande av beslut
Styrelsen beslutade att upphäva beslutet vid styrelsemötet den 12 februari 2082 (2082:1, § 9) om att bevilja Olofströms kommun 420 000 kr för insatsen.
"""


def test_a_decision_cited_with_a_comma_between_meeting_and_section_is_revoked(cli, tmp_path):
    imported(cli, minutes(tmp_path, "februari.txt", FEBRUARY))
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    statuses = {d["id"]: d["status"] for d in view(cli, "decisions", "--as-of", "2082-12-31")}
    assert statuses["2082:1 §09:1"] == "revoked", statuses
