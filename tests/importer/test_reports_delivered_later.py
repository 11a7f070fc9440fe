"""A report asked for with a grant and delivered at a later meeting. Who reports may be named by
the kind of party (`att kommunen redovisar …`) or not at all (`en slutrapport ska lämnas …`): the
party the § granted to, said for review. The delivery is found by the § it cites, even beside an
aside about a correction, or by the diarienummer it shares with the grant; never from a sentence
that says the report is still to come, nor from a party's plan that has come in. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import events, follow_up, imported, minutes

MARCH = """Sammanträde nr 2/2033
Datum: 2033-03-12

§ 4 Ansökan om medel – Stegvis, Olofströms kommun
Dnr 2033/014

Styrelsen beslutar
1. att bevilja Olofströms kommun 200 000 kr för insatsen Stegvis under 2033,
2. att kommunen redovisar insatsens första halvår vid styrelsens sammanträde i september 2033.

§ 5 Ansökan om medel – Vägvisaren, Ronneby kommun
Dnr 2033/015

Styrelsen beslutar
1. att bevilja Ronneby kommun 260 000 kr för insatsen Vägvisaren under 2033,
2. att en slutrapport ska lämnas till styrelsen senast 2034-01-31.
"""

JUNE = """Sammanträde nr 3/2033
Datum: 2033-06-08

§ 20 FINSAM-plan 2034 – Olofströms kommun
Dnr 2033/040

Olofströms kommun har inkommit med sin FINSAM-plan för 2034.

Styrelsen beslutar
att fastställa Olofströms kommuns FINSAM-plan 2034.

§ 21 Förbundschefens information
- Olofströms kommun har aviserat att halvårsredovisningen kommer i september, i enlighet med beslutet den 12 mars 2033, § 4.
- Halvårsbokslutet tas fram till hösten.

Beslut
Informationen noteras.
"""

SEPTEMBER = """Sammanträde nr 4/2033
Datum: 2033-09-20

§ 30 Halvårsredovisning – Stegvis
Dnr 2033/014

Olofströms kommun har lämnat en redovisning av insatsens första halvår i enlighet med styrelsens beslut den 12 mars 2033, § 4 (beloppet rättat genom § 12 den 20 april).

Beslut
Styrelsen noterar redovisningen.
"""

FEBRUARY = """Sammanträde nr 1/2034
Datum: 2034-02-14

§ 3 Vägvisaren – slutrapport
Dnr 2033/015

Projektledaren presenterade slutrapporten, som inkom den 30 januari.

Beslut
Rapporten läggs till handlingarna.
"""


def test_who_reports_is_the_party_the_section_granted_to(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    assert follow_up(cli, "2033-2 §04:2", "2033-03-12")["responsible"] == "Olofströms kommun"
    assert follow_up(cli, "2033-2 §05:2", "2033-03-12")["responsible"] == "Ronneby kommun"
    said = [w["message"] for w in summary["warnings"] if "the party the § named before it" in w["message"]]
    assert len(said) == 2


def test_a_plan_come_in_or_a_report_promised_fulfils_nothing(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    summary = imported(cli, minutes(tmp_path, "juni.txt", JUNE))
    assert not [e for e in events(summary) if e.startswith("fulfilled")]
    assert follow_up(cli, "2033-2 §04:2", "2033-06-08")["status"] == "open"


def test_a_report_delivered_as_the_cited_section_asked_is_fulfilled_there(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    imported(cli, minutes(tmp_path, "juni.txt", JUNE))
    summary = imported(cli, minutes(tmp_path, "sept.txt", SEPTEMBER))
    assert [e for e in events(summary) if e.startswith("fulfilled")] == [
        "fulfilled: follow-up from 2033-2 §04:2 by 2033-4 §30:1: 2033-4 §30 (by date and §)"]


def test_a_report_filed_under_the_grants_diarienummer_fulfils_it(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    imported(cli, minutes(tmp_path, "sept.txt", SEPTEMBER))
    summary = imported(cli, minutes(tmp_path, "feb.txt", FEBRUARY))
    assert [e for e in events(summary) if e.startswith("fulfilled")] == [
        "fulfilled: follow-up from 2033-2 §05:2 by 2034-1 §03:1: 2034-1 §03 (by diarienummer)"]
    assert follow_up(cli, "2033-2 §05:2", "2034-02-14")["status"] == "done"


def test_who_reports_is_the_party_granted_to_though_a_time_stands_before_the_verb(cli, tmp_path):
    imported(cli, minutes(tmp_path, "maj.txt", (
        "Sammanträde nr 3/2033\nDatum: 2033-05-08\n\n§ 14 FINSAM-plan 2033 – Sölvesborgs kommun\n\nStyrelsen beslutar\n"
        "1. att fastställa Sölvesborgs kommuns FINSAM-plan 2033 och bevilja 310 000 kr,\n"
        "2. att kommunen till novembersammanträdet återrapporterar hur många som har fått arbete.\n")))
    owed = follow_up(cli, "2033-3 §14:2", "2033-05-09")
    assert (owed["kind"], owed["responsible"], owed["due"]) == ("report", "Sölvesborgs kommun", "2033-11")
