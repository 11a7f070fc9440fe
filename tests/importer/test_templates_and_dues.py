"""Minutes as other secretaries write them: page furniture from a PDF, the newer template with
'§ 41' paragraphs and att-clauses, plans put forward and referred back, and dues written as
seasons, named meetings, dates, or not at all."""

from __future__ import annotations

from register.minutes.parser import parse_minutes
from tests.importer.steps import decision, follow_up, imported, minutes, view

NOISY = """Samordningsförbundet i Blekinge län – Protokoll 2026-09-21 – Sida 1 av 2

Styrelsemöte 2026-5

Tid och plats
Måndag 2026-09-21, kl. 09:00

§4 Förstudie om stöd till unga vuxna i Sölvesborg

Sölvesborgs kommun beskrev vad förstudien ska belysa.
Styrelsen beslutade:
Beslut 2026-5 §04:1
Att bevilja Sölvesborgs kommun medel för en förstudie om stöd till unga vuxna med

Utskriftsdatum 2026-09-23 08:12
Samordningsförbundet i Blekinge län – Protokoll 2026-09-21 – Sida 2 av 2

2

190 000 kr under 2026.

Beslut 2026-5 §04:2
Att Sölvesborgs kommun ska återrappor-
tera förstudiens resultat vid decembermötet.
"""


def test_page_furniture_inside_a_decision_is_taken_out_and_the_amount_still_belongs_to_it() -> None:
    parsed = parse_minutes(NOISY, "noisy.txt")
    grant, report = parsed.decisions
    assert grant.text == "Att bevilja Sölvesborgs kommun medel för en förstudie om stöd till unga vuxna med 190 000 kr under 2026."
    assert grant.effects[0].amount_sek == 190_000  # type: ignore[union-attr]
    assert report.text == "Att Sölvesborgs kommun ska återrapportera förstudiens resultat vid decembermötet."
    assert report.kind.value == "report"


NEW_TEMPLATE = """SAMORDNINGSFÖRBUNDET I BLEKINGE LÄN
Protokoll
Sammanträde nr 3/2027

Datum: 2027-04-19
Plats: Kansliet, Ronneby

Beslutande:
Ingrid Hermansson (C), ordförande, Region Blekinge
Therese Åberg (M), Ronneby kommun
Viveca Olofsson, tjänstgörande ersättare, Sölvesborgs kommun

Ersättare:
Christel Friskopp, Region Blekinge

Övriga deltagande:
Magnus von Schenck, förbundschef

§ 40 Sammanträdets öppnande
Ordföranden öppnade sammanträdet.

§ 41 Val av justerare
Styrelsen beslutar att utse Therese Åberg att jämte ordföranden justera protokollet.

§ 42 Godkännande av dagordning
Styrelsen beslutar att godkänna dagordningen.

§ 43 FINSAM-plan för Olofströms kommun 2027
Olofströms kommun presenterade sin plan.

Förslag till beslut
att fastställa Olofströms kommuns FINSAM-plan 2027 och bevilja medel för dess genomförande med 1 200 000 kr.

Styrelsen beslutar enligt förslaget.

§ 44 Uppföljning av insatser
Beslut
att lägga redovisningen till handlingarna,
att ge förbundschefen i uppdrag att ta fram en ny uppföljningsmodell till hösten,
att Karlskrona kommun ska återrapportera läget vid decembermötet.

Paragrafen förklaras omedelbart justerad.

§ 45 Deltagarstatistik
Styrelsen gav följande uppdrag till kansliet: att sammanställa deltagarstatistiken till nästa sammanträde.

§ 46 Sammanträdets avslutande
Ordföranden avslutade sammanträdet.
"""


def test_the_newer_template_numbers_each_att_clause_and_skips_the_formalities(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "nr3.txt", NEW_TEMPLATE))
    assert summary["meeting"] == "2027-3" and summary["date"] == "2027-04-19"
    assert [(d["id"], d["kind"], d["generated"]) for d in summary["decisions"]] == [
        ("2027-3 §43:1", "plan", True), ("2027-3 §44:1", "acknowledgement", True), ("2027-3 §44:2", "assignment", True),
        ("2027-3 §44:3", "report", True), ("2027-3 §45:1", "assignment", True),
    ]
    assert decision(cli, "2027-3 §44:2")["text"] == "Att ge förbundschefen i uppdrag att ta fram en ny uppföljningsmodell till hösten."
    assert follow_up(cli, "2027-3 §45:1", "2027-04-19")["responsible"] == "kansliet"
    assert [p["granted_sek"] for p in view(cli, "plans", "--year", "2027", "--as-of", "2027-12-31")] == [1_200_000]
    assert summary["justerare"] == ["Therese Åberg"]


def test_the_newer_template_lists_attendance_and_seals_a_paragraph_at_once(cli, tmp_path):
    imported(cli, minutes(tmp_path, "nr3.txt", NEW_TEMPLATE))
    people = {a["name"]: a for a in view(cli, "attendance", "2027-3")}
    assert (people["Ingrid Hermansson"]["role"], people["Ingrid Hermansson"]["organisation"]) == ("ordförande", "Region Blekinge")
    assert people["Viveca Olofsson"]["role"] == "tjänstgörande ersättare"
    assert people["Christel Friskopp"]["role"] == "ersättare"
    assert people["Magnus von Schenck"]["role"] == "tjänsteperson"
    trace = view(cli, "trace", "2027-3 §44", "--as-of", "2027-12-31")["events"]
    assert ("sealed at once", "2027-3 §44 justerad omedelbart") in [(e["event"], e["detail"]) for e in trace]


PLAN_REFERRED = """Styrelsemöte 2026-6, Samordningsförbundet i Blekinge län

Tid och plats
Måndag 2026-10-19, kl. 09:00

§5 Ronneby kommuns FINSAM-plan 2027

Ronneby kommun presenterade sitt förslag till plan för 2027.
Styrelsen beslutade:
Beslut 2026-6 §05:1
Att återremittera ärendet till Ronneby kommun för komplettering med mål för stegförflyttning.

§6 Förstudie i Ronneby

Styrelsen beslutade:
Beslut 2026-6 §06:1
Att bevilja Ronneby kommun medel för förstudie om digitalt stöd med 90 000 kr under 2027.
"""

PLAN_ADOPTED = """Styrelsemöte 2026-7, Samordningsförbundet i Blekinge län

Tid och plats
Måndag 2026-12-07, kl. 09:00

§4 FINSAM-plan 2027 för Ronneby kommun

Planen återkommer efter komplettering.
Styrelsen beslutade:
Beslut 2026-7 §04:1
Att fastställa Ronneby kommuns FINSAM-plan 2027 och bevilja medel för dess genomförande med 2 100 000 kr.
"""


def test_a_plan_referred_back_shows_so_until_it_is_adopted_and_a_forstudie_is_not_its_money(cli, tmp_path):
    imported(cli, minutes(tmp_path, "oktober.txt", PLAN_REFERRED))
    october = view(cli, "plans", "--year", "2027", "--as-of", "2026-10-31")
    assert [(p["party"], p["status"], p["granted_sek"]) for p in october] == [("Ronneby kommun", "referred_back", 0)]
    imported(cli, minutes(tmp_path, "december.txt", PLAN_ADOPTED))
    december = view(cli, "plans", "--year", "2027", "--as-of", "2026-12-31")
    assert [(p["status"], p["granted_sek"], p["decision"]) for p in december] == [("adopted", 2_100_000, "2026-7 §04:1")]
    assert follow_up(cli, "2026-6 §05:1", "2026-12-07")["status"] == "done"
    assert {g["amount_sek"] for g in view(cli, "grants", "--year", "2027", "--as-of", "2026-12-31")} == {90_000, 2_100_000}


DUES = """Styrelsemöte 2026-4, Samordningsförbundet i Blekinge län

Tid och plats
Måndag 2026-06-15, kl. 09:00

§4 Uppföljning

Styrelsen beslutade:
Beslut 2026-4 §04:1
Att Ronneby kommun ska återrapportera erfarenheterna till hösten.

Beslut 2026-4 §04:2
Att Karlshamns kommun ska redovisa utfallet vid decembermötet.

Beslut 2026-4 §04:3
Att Olofströms kommun ska rapportera läget senast 31 mars.

Beslut 2026-4 §04:4
Att ge förbundschefen i uppdrag att följa frågan och återkomma vid ett kommande styrelsemöte.

Beslut 2026-4 §04:5
Att ge kansliet i uppdrag att sammanställa enkäten inför tertialbokslutet.
"""


def test_dues_written_as_seasons_named_meetings_and_dates_are_read_and_none_is_null(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "juni.txt", DUES))
    rows = {r["source"]: r["due"] for r in view(cli, "follow-ups", "--all", "--as-of", "2026-06-15")}
    assert rows == {"2026-4 §04:1": "2026-09", "2026-4 §04:2": "2026-12", "2026-4 §04:3": "2027-03-31",
                    "2026-4 §04:4": None, "2026-4 §04:5": None}
    table = cli("follow-ups", "--as-of", "2026-06-15").output
    assert "ingen tid angiven" in next(line for line in table.splitlines() if "2026-4 §04:4" in line)
    # A time the register could not read is for the secretary to look at, and so is a season, whose
    # month hands differ on; "kommande" is not one.
    assert [r["what"] for r in summary["to_review"] if "due" in r["what"]] == [
        "decision 2026-4 §04:1: the due is read from a season ('till hösten'), which names no month; hands differ: "
        "check the due",
        "2026-4 §04:5: a due seems named ('sammanställa enkäten inför tertialbokslutet') but could not be read; "
        "recorded without one"]


def test_a_decision_listed_as_bullets_after_beslutar_att_is_one_decision_a_bullet() -> None:
    text = (
        "Sammanträde nr 2/2027\nDatum: 2027-03-01\n\n§ 12 Budget\nStyrelsen beslutar att\n- fastställa Budget 2028,\n"
        "- ge förbundschefen i uppdrag att följa upp budgeten till hösten.\n\n§ 13 Ansökan\nStyrelsen beslutar att:\n"
        "1. bordlägga ärendet.\n"
    )
    assert [(str(d.id), d.kind.value, d.text) for d in parse_minutes(text, "x.txt").decisions] == [
        ("2027-2 §12:1", "document", "Att fastställa Budget 2028."),
        ("2027-2 §12:2", "assignment", "Att ge förbundschefen i uppdrag att följa upp budgeten till hösten."),
        ("2027-2 §13:1", "deferral", "Att bordlägga ärendet."),
    ]


def test_meeting_names_and_headings_written_other_ways_are_read() -> None:
    for header, meeting in (("Styrelsemöte nr 3, 2027", "2027-3"), ("PROTOKOLL – Styrelsesammanträde nr 7/2026", "2026-7"),
                            ("Protokoll nr 4 2026", "2026-4")):
        text = f"{header}\nDatum: 2026-10-19\n\n§ 41. Budget\nStyrelsen beslutar att fastställa Budget 2027.\n"
        parsed = parse_minutes(text, "x.txt")
        assert (str(parsed.meeting), [str(d.id) for d in parsed.decisions]) == (meeting, [f"{meeting} §41:1"])


def test_a_date_after_the_word_protokoll_is_no_meeting_id() -> None:
    parsed = parse_minutes("Protokoll 2026-02-16\n\nBeslut 2026-1 §04:1\nAtt fastställa Budget 2027.\n", "x.txt")
    assert (str(parsed.meeting), str(parsed.held_on)) == ("2026-1", "2026-02-16")
