"""A vote counted in a table whose side stands in one cell and its count in the next, with no colon
(`Ja (bifall till förslaget)<TAB>5`, `Nej<TAB>3`, `Avstår<TAB>1`, or the same cells set apart by
bars): each side its own count, the abstentions apart. A year beside the side words is no
count. Minutes of our own."""

from __future__ import annotations

import pytest

from tests.importer.steps import decision, imported, minutes

MINUTES = """\
Sammanträde nr 2/2066
Datum: 2066-04-14

§ 15 Ansökan från Föreningen Vidga
Föreningen söker 200 000 kr. Förbundschefen föreslår avslag. Per Lund yrkar bifall. Votering begärs.

{table}

Beslut: Ansökan avslås.
"""

TABLES = [
    "Röst\tAntal\n\nJa (avslag enligt förbundschefens förslag)\t5\nNej (bifall till ansökan)\t3\nAvstår\t1",
    "| Röst | Antal |\n| --- | --- |\n| Ja, för avslag | 5 |\n| Nej, för bifall | 3 |\n| Avstår | 1 |",
]


@pytest.mark.parametrize("table", TABLES)
def test_each_side_of_a_table_without_colons_is_counted(cli, tmp_path, table):
    imported(cli, minutes(tmp_path, "april.txt", MINUTES.format(table=table)))
    assert decision(cli, "2066-2 §15:1")["votes"] == {"for": 5, "against": 3, "abstained": 1}


def test_numbers_beside_the_sides_that_are_no_counts_make_no_vote(cli, tmp_path):
    text = "Ledamöterna svarade Ja 2066 och Nej 2067 på frågan om vilket år planen ska gälla."
    imported(cli, minutes(tmp_path, "april.txt", MINUTES.format(table=text)))
    assert decision(cli, "2066-2 §15:1")["votes"] is None
