"""A report asked for by a compound noun the phrasebook does not list (`statusrapport`,
`uppstartsredovisning`): the compound ends in a report's noun, so it is a report; and `kommunen`
in the point after a grant is the kommun the grant named; `verksamhetsberättelsen` owed in a sentence
after a plan is a report of its own; a report given (`skall avge lägesrapport`) is one owed as much as one
delivered. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import decision, follow_up, imported, minutes

JUNE = """PROTOKOLL 3/2064
Datum: 2064-06-03

§ 20 Öppnande
Mötet öppnades.

§ 21 Mötesplats Ekbacken
Beslut
Styrelsen beslöt
1. att bevilja Ronneby kommun 275 000 kr för Mötesplats Ekbacken under 2064,
2. att kommunen ska lämna en statusrapport om rekrytering och lokaler till novembermötet.

§ 22 Sölvesborgs kommuns FINSAM-plan 2064
Beslut
Styrelsen beslöt
1. att fastställa Sölvesborgs kommuns FINSAM-plan 2064 och bevilja 1 240 000 kronor för dess genomförande,
2. att Sölvesborgs kommun skall avge lägesrapport över planens genomförande vid styrelsens septembermöte.

§ 23 Karlskrona kommuns FINSAM-plan 2064
Beslut
Styrelsen beslöt
1. att fastställa Karlskrona kommuns FINSAM-plan 2064 och bevilja 3 640 000 kronor för dess genomförande,
2. att Karlskrona kommun ska lämna en lägesbeskrivning av planens genomförande vid styrelsens sammanträde i oktober 2064.
"""


def test_a_compound_report_noun_asks_for_a_report_from_the_kommun_named_before(cli, tmp_path):
    imported(cli, minutes(tmp_path, "juni.txt", JUNE))
    assert decision(cli, "2064-3 §21:2")["kind"] == "report"
    owed = follow_up(cli, "2064-3 §21:2", "2064-07-01")
    assert (owed["kind"], owed["responsible"], owed["due"]) == ("report", "Ronneby kommun", "2064-11")


def test_a_report_a_member_shall_give_is_owed(cli, tmp_path):
    imported(cli, minutes(tmp_path, "juni.txt", JUNE))
    owed = follow_up(cli, "2064-3 §22:2", "2064-07-01")
    assert (owed["kind"], owed["responsible"], owed["due"]) == ("report", "Sölvesborgs kommun", "2064-09")


def test_a_description_of_where_a_plan_stands_owed_is_a_report(cli, tmp_path):
    imported(cli, minutes(tmp_path, "juni.txt", JUNE))
    owed = follow_up(cli, "2064-3 §23:2", "2064-07-01")
    assert (owed["kind"], owed["responsible"], owed["due"]) == ("report", "Karlskrona kommun", "2064-10")


AUGUST = """PROTOKOLL 4/2064
Datum: 2064-08-19

§ 30 Insatsplan 2064 – Olofströms kommun
Beslut: Styrelsen fastställer Olofströms kommuns insatsplan för 2064 med en finansiering från förbundet på 640 000 kr. Olofströms kommun ska lämna verksamhetsberättelsen för 2063 till förbundet senast den 30 september.
"""


def test_an_annual_account_owed_in_a_sentence_after_the_plan_is_a_report_of_its_own(cli, tmp_path):
    """`verksamhetsberättelsen` ends in a report's noun too (`-berättelse`)."""
    imported(cli, minutes(tmp_path, "aug.txt", AUGUST))
    assert decision(cli, "2064-4 §30:2")["kind"] == "report"
    assert follow_up(cli, "2064-4 §30:2", "2064-08-31")["due"] == "2064-09-30"
