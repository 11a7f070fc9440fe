"""A county association's board, whose members are its local clubs, writes as associations do:
money granted by the kind it is (`projektbidrag`, `verksamhetsstöd`) with `med` before the sum,
money raised by the same words (`höja projektbidraget … till totalt`), a club told to send in its
annual accounts (`ska skicka in årsredovisningen`), a task for the treasurer (`kassören`) or for two
officers together, the minutes corrected for one club's money of several (`rätta protokollet så att
bidraget till X är …`) or replaced (`ersätter beslutet den …, § 7, om 30 000 kr`), one club's report of several written off, and
a form's row after the clauses saying when it is done (`Klart till:
nästa möte`). Minutes of our own."""

from __future__ import annotations

import pytest

from tests.importer.steps import decision, follow_up, imported, minutes, view

CLUBS = ("Vandrarna Ekudden", "Vandrarna Tallbo", "Region Söderås")

MINUTES = """\
Styrelsemöte för Vandrarnas distrikt Söderås, möte 1/2090
Datum: 2090-02-08
Plats: Distriktskansliet, Ekudden
Justerare: Vera Lund

§ 1 Mötets öppnande
Ordföranden öppnade mötet.

§ 5 Projektbidrag
Styrelsen beslutade
- att bevilja Vandrarna Ekudden projektbidrag med 45 000 kr för en ny spångad led under 2090,
- att Vandrarna Tallbo ska skicka in årsredovisning och revisionsberättelse för 2089 till kansliet senast den 31 mars 2090,
- att uppdra åt kassören att lägga upp en plan för utbetalningarna under året.
Ansvarig: Siv Holm
Klart till: nästa möte

§ 6 Stöd till regionens friluftsdag
Styrelsen beslutade att bevilja Region Söderås verksamhetsstöd med 12 000 kr för 2090.

§ 7 Verksamhetsbidrag 2090
Styrelsen beslutade
- att bevilja Vandrarna Ekudden verksamhetsbidrag med 30 000 kr för 2090,
- att bevilja Vandrarna Tallbo verksamhetsbidrag med 25 000 kr för 2090,
- att Vandrarna Ekudden ska redovisa hur bidraget använts senast den 30 november 2090,
- att Vandrarna Tallbo ska redovisa hur bidraget använts senast den 30 november 2090.

§ 8 Mötets avslutande
Ordföranden avslutade mötet.
"""

MAY = """\
Styrelsemöte för Vandrarnas distrikt Söderås, möte 2/2090
Datum: 2090-05-10
Plats: Distriktskansliet, Ekudden
Justerare: Olle Brink

§ 3 Den spångade leden
Virket blev dyrare än beräknat.
Styrelsen beslutade att höja projektbidraget till Vandrarna Ekudden för ”Spången vid Myrtjärn” till totalt 60 000 kr för 2090.

§ 5 Rättelse av protokoll 2090-02-08 § 7
I protokollet står att Vandrarna Tallbo fick 25 000 kr. Enligt fördelningen ska det vara 52 000 kr.
Styrelsen beslutade att rätta protokollet så att verksamhetsbidraget till Vandrarna Tallbo är 52 000 kr.

§ 6 Ekuddens verksamhetsbidrag
Styrelsen beslutade att höja verksamhetsbidraget till Vandrarna Ekudden till totalt 40 000 kr för 2090. Beslutet ersätter beslutet den 8 februari 2090, § 7, om 30 000 kr.

§ 7 Tallbos redovisning
Vandrarna Tallbo har lagt ned sin verksamhet och betalat tillbaka bidraget (beslut 8 februari 2090, § 7).
Styrelsen beslutade att avskriva kravet på redovisning från Vandrarna Tallbo.

§ 4 Samtal med regionen
Styrelsen beslutade att ge ordföranden och kassören i uppdrag att boka ett möte med Region Söderås och rapportera till nästa möte.
"""


def grants_of(cli, decision: str) -> list[tuple[str, int, int]]:
    return [(g["party"], g["year"], g["amount_sek"]) for g in view(cli, "grants", "--as-of", "2999-12-31")
            if g["decision"] == decision]


@pytest.fixture
def read(cli, tmp_path):
    assert cli("parties", "set", *CLUBS).exit_code == 0
    return imported(cli, minutes(tmp_path, "feb.txt", MINUTES))


def test_money_granted_by_the_kind_it_is_is_a_grant_of_its_sum(cli, read):
    assert decision(cli, "2090-1 §05:1")["kind"] == decision(cli, "2090-1 §06:1")["kind"] == "grant"
    assert grants_of(cli, "2090-1 §05:1") == [("Vandrarna Ekudden", 2090, 45_000)]
    assert grants_of(cli, "2090-1 §06:1") == [("Region Söderås", 2090, 12_000)]


def test_a_club_told_to_send_in_its_accounts_owes_a_report(cli, read):
    owed = follow_up(cli, "2090-1 §05:2", "2090-02-28")
    assert (owed["kind"], owed["responsible"], owed["due"]) == ("report", "Vandrarna Tallbo", "2090-03-31")


def test_the_treasurers_task_is_due_when_the_row_after_the_clauses_says(cli, read):
    task = follow_up(cli, "2090-1 §05:3", "2090-02-28")
    assert (task["kind"], task["responsible"], task["due"]) == ("assignment", "kassören", "next-meeting")


def test_money_raised_by_the_kind_it_is_is_a_new_total(cli, read, tmp_path):
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert decision(cli, "2090-2 §03:1")["kind"] == "grant"
    assert grants_of(cli, "2090-2 §03:1") == [("Vandrarna Ekudden", 2090, 60_000)]


def test_a_task_given_to_two_officers_together_names_both(cli, read, tmp_path):
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    task = follow_up(cli, "2090-2 §04:1", "2090-05-31")
    assert (task["kind"], task["responsible"], task["due"]) == ("assignment", "ordföranden och kassören", "next-meeting")


def test_the_minutes_corrected_for_one_clubs_money_correct_that_grant_alone(cli, read, tmp_path):
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert decision(cli, "2090-2 §05:1")["kind"] == "correction"
    assert grants_of(cli, "2090-1 §07:2") == [("Vandrarna Tallbo", 2090, 52_000)]
    assert grants_of(cli, "2090-1 §07:1") == [("Vandrarna Ekudden", 2090, 30_000)]


def test_a_decision_replacing_one_clubs_money_of_several_ends_that_grant_alone(cli, read, tmp_path):
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert decision(cli, "2090-1 §07:1")["status"] == "superseded"
    assert decision(cli, "2090-1 §07:2")["status"] == "in_force"


def test_one_clubs_report_of_several_written_off_is_that_clubs(cli, read, tmp_path):
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert follow_up(cli, "2090-1 §07:4", "2090-06-30")["status"] == "written_off"
    assert follow_up(cli, "2090-1 §07:3", "2090-06-30")["status"] == "open"
