"""A vote counted with the names of one side in brackets beside its count (`tre (Ann Lund och Bo
Ek) för avslag`): the names are an aside, the count still counts its side. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import decision, imported, minutes

VOTED = """Styrelsemöte 2035-3, Samordningsförbundet i Blekinge län

Tid och plats
Måndag 2035-05-07, kl. 10:00, förbundets kansli

§ 6  Ansökan om medel för arbetsträning
Ordföranden yrkade bifall och Ann Lund yrkade avslag. Votering begärdes. Fem ledamöter
röstade för bifall och tre (Ann Lund, Bo Ek och Cia Berg) för avslag.
Styrelsen beslutar att bevilja Ronneby kommun 200 000 kr för arbetsträning under 2035.
"""


def test_names_in_brackets_beside_a_count_do_not_hide_it(cli, tmp_path):
    imported(cli, minutes(tmp_path, "maj.txt", VOTED))
    assert decision(cli, "2035-3 §06:1")["votes"] == {"for": 5, "against": 3, "abstained": 0}
