"""A report a party owes through someone of its own, said between commas (`Ronneby kommun, genom
samordnaren Eva Lind, ska redovisa …`, `Region Blekinge, via sin projektledare …, ska lämna …`,
`Karlshamns kommun, genom dess förvaltning, ska rapportera …`): the party owes it, as if the
apposition were not there. What a party has already reported through someone is told, not owed.
Minutes of our own."""

from __future__ import annotations

import pytest

from tests.importer.steps import follow_up, imported, minutes

MINUTES = """\
Sammanträde nr 1/2064
Datum: 2064-02-11

§ 4 Insatsplan Ronneby
Beslut:
1. Styrelsen fastställer Ronneby kommuns insatsplan för 2064.
2. {sentence}

§ 5 Lägesrapport Karlshamn
Karlshamns kommun, genom projektledaren Ola Nord, har redovisat läget i insatsen.
Beslut:
1. Styrelsen lägger redovisningen till handlingarna.
"""

OWED = [
    ("Ronneby kommun, genom samordnaren Eva Lind, ska redovisa insatsens första resultat till styrelsens möte i maj.",
     "Ronneby kommun"),
    ("Region Blekinge, via sin projektledare Kim Ås, ska lämna en lägesrapport senast den 30 april 2064.",
     "Region Blekinge"),
    ("Karlshamns kommun, genom dess förvaltning, ska rapportera hur deltagarna har rekryterats till nästa sammanträde.",
     "Karlshamns kommun"),
]


@pytest.mark.parametrize(("sentence", "party"), OWED)
def test_the_party_owes_the_report_it_makes_through_its_person(cli, tmp_path, sentence, party):
    summary = imported(cli, minutes(tmp_path, "feb.txt", MINUTES.format(sentence=sentence)))
    kinds = {d["id"]: d["kind"] for d in summary["decisions"]}
    assert kinds.get("2064-1 §04:2") == "report", kinds
    assert party in follow_up(cli, "2064-1 §04:2", "2064-02-12")["responsible"]


def test_a_report_made_through_a_person_already_is_no_duty(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "feb.txt", MINUTES.format(sentence=OWED[0][0])))
    kinds = {d["id"]: d["kind"] for d in summary["decisions"]}
    assert kinds.get("2064-1 §05:1") == "acknowledgement", kinds
