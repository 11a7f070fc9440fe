"""Minutes pasted into an e-mail: the day it was sent is not the meeting's, the letter's sentence
naming the meeting (wrapped where the mail wrapped it) is; what the board asked for is delivered
when a later item names it as asked (`det underlag som begärdes …, § 3`); a plan adopted and its
money granted in one clause is one grant. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes, view

FIRST = """Från: Olle Sekreterare <olle@exempel.se>
Skickat: den 20 mars 2041 09:15
Till: Styrelsen <styrelsen@exempel.se>
Ämne: Protokoll 1/2041

Hej,

här följer protokollet från styrelsemötet i Ronneby den 17
mars 2041.

§ 1 Öppnande
Ordföranden öppnade mötet.

§ 2 FINSAM-plan 2041 Olofströms kommun
Beslut:
att fastställa Olofströms kommuns plan för 2041 och bevilja Olofströms
kommun 410 000 kr.

§ 3 Kartläggning av stödinsatser
Beslut:
att uppdra åt förbundschefen att till nästa möte ta fram en kartläggning
av länets stödinsatser.
"""

SECOND = """Från: Olle Sekreterare <olle@exempel.se>
Skickat: den 12 maj 2041 14:02
Till: Styrelsen <styrelsen@exempel.se>
Ämne: Protokoll 2/2041

Hej igen,

protokollet från mötet den 9 maj 2041 kommer här.

§ 4 Öppnande
Ordföranden öppnade mötet.

§ 5 Kartläggning av stödinsatser
Förbundschefen visade den kartläggning som begärdes 2041-03-17, § 3.
Beslut:
att tacka för kartläggningen och lägga den till handlingarna.
"""


def test_the_meeting_is_dated_by_the_letter_not_by_the_mail(cli, tmp_path):
    first = imported(cli, minutes(tmp_path, "1.txt", FIRST))
    second = imported(cli, minutes(tmp_path, "2.txt", SECOND))
    assert (first["date"], second["date"]) == ("2041-03-17", "2041-05-09")


def test_what_was_asked_for_named_as_such_is_delivered(cli, tmp_path):
    imported(cli, minutes(tmp_path, "1.txt", FIRST))
    imported(cli, minutes(tmp_path, "2.txt", SECOND))
    row = follow_up(cli, "2041-1 §03:1", "2041-12-31")
    assert (row["status"], row["done_on"]) == ("done", "2041-05-09")


def test_a_plan_and_its_money_in_one_clause_is_one_grant(cli, tmp_path):
    imported(cli, minutes(tmp_path, "1.txt", FIRST))
    grants = [g for g in view(cli, "grants", "--as-of", "2041-12-31") if g["decision"] == "2041-1 §02:1"]
    assert [g["amount_sek"] for g in grants] == [410000]
