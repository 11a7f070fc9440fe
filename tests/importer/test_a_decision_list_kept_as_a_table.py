"""Minutes that number their decisions (`Beslut 2083-1 §05:1` over `Att …`) and repeat them at the end in a
Beslutslista kept as a table, its column heads a row of their own (`Beslut: Beslutstext`): the list repeats
the decisions, it adds none and doubles none. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes

FEBRUARY = """Styrelsemöte 2083-1, Samordningsförbundet i Blekinge län
Datum: 2083-02-06
Plats: Förbundets kansli, Karlskrona
Justerare: Malin Ekdal

§5 Olofströms kommuns FINSAM-plan 2083
Styrelsen beslutade:
Beslut 2083-1 §05:1
Att fastställa Olofströms kommuns FINSAM-plan 2083 och bevilja medel för dess genomförande med 1 240 000 kr.
Beslut 2083-1 §05:2
Att Olofströms kommun ska rapportera läget i genomförandet av FINSAM-planen vid styrelsens septembermöte 2083.

§6 Brobygget
Styrelsen beslutade:
Beslut 2083-1 §06:1
Att bevilja Karlshamns kommun en ny total ram om 420 000 kr för projektet Brobygget under 2083.

Beslutslista
Beslut: Beslutstext
Beslut 2083-1 §05:1
Att fastställa Olofströms kommuns FINSAM-plan 2083 och bevilja medel för dess genomförande med 1 240 000 kr.
Beslut 2083-1 §05:2
Att Olofströms kommun ska rapportera läget i genomförandet av FINSAM-planen vid styrelsens septembermöte 2083.
Beslut 2083-1 §06:1
Att bevilja Karlshamns kommun en ny total ram om 420 000 kr för projektet Brobygget under 2083.
"""


def test_a_decision_list_kept_as_a_table_repeats_the_decisions(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "februari.txt", FEBRUARY))
    decided = {d["id"]: d["kind"] for d in summary["decisions"]}
    assert decided == {"2083-1 §05:1": "plan", "2083-1 §05:2": "report", "2083-1 §06:1": "grant"}, decided
