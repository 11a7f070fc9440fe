"""A terse beslutsprotokoll: each § its decisions in the present passive, a form row under a grant naming
who reports what by when (`Återrapport: Region Blekinge, skriftlig redovisning senast …`, a report owed of
its own), and later decisions whose subject cites the earlier one by meeting and § (`Beloppet i 2079:1 § 3
rättas från … till …`, `Beslutet i 2079:1 § 2 om 300 000 kr … upphävs, då …`), or replace its money
(`… och ersätter beviljade 140 000 kr enligt 2079:1 § 1`: the grant, not the report owed beside it). A §
that only says a member reports by a day (`Karlshamns kommun lämnar slutrapport … senast 2079-12-15.`) lays
that duty; one that says what a member reports now (`… redovisar att …`) lays none. Minutes of our own,
two meetings."""

from __future__ import annotations

from tests.importer.steps import imported, minutes, view

FEBRUARY = """SAMORDNINGSFÖRBUNDET I BLEKINGE LÄN                BESLUTSPROTOKOLL
Styrelsen                                          Sammanträde 2079:1

Datum           2079-02-10
Plats           Kansliet, Ronneby
Justerare       Petra Sandvik

§ 1  Konsultationsteam 2079

Försäkringskassan beviljas 140 000 kr för konsultationsteamen under 2079.
Återrapport: Försäkringskassan, skriftligt senast 2079-08-31.

§ 2  Förstudie Vägval

Region Blekinge beviljas 300 000 kr för förstudien Vägval under 2079.
Återrapport: Region Blekinge, skriftlig redovisning av förstudien senast
2079-10-31.

§ 3  Stegvis

Ronneby kommun beviljas 412 000 kr för Stegvis under 2079.

§ 7  Vägen vidare – slutrapport

Karlshamns kommun lämnar slutrapport för Vägen vidare senast 2079-12-15.

§ 8  Information från Region Blekinge

Region Blekinge redovisar att förstudien har kommit i gång.
"""

APRIL = """SAMORDNINGSFÖRBUNDET I BLEKINGE LÄN                BESLUTSPROTOKOLL
Styrelsen                                          Sammanträde 2079:2

Datum           2079-04-14
Plats           Kansliet, Ronneby
Justerare       Petra Sandvik

§ 4  Rättelse – Stegvis (2079:1 § 3)

Beloppet i 2079:1 § 3 rättas från 412 000 kr till 421 000 kr på grund av
skrivfel i protokollet.

§ 5  Förstudie Vägval (2079:1 § 2)

Beslutet i 2079:1 § 2 om 300 000 kr till Region Blekinge upphävs, då
förstudien inte genomförs.

§ 6  Konsultationsteam 2079 – utökad ram

Ramen för konsultationsteamen 2079 fastställs till totalt 185 000 kr och
ersätter beviljade 140 000 kr enligt 2079:1 § 1.
"""


def _both(cli, tmp_path):
    imported(cli, minutes(tmp_path, "feb.txt", FEBRUARY))
    imported(cli, minutes(tmp_path, "apr.txt", APRIL))


def test_a_form_row_naming_who_reports_by_when_is_a_report_owed(cli, tmp_path):
    imported(cli, minutes(tmp_path, "feb.txt", FEBRUARY))
    rows = {r["source"]: (r["kind"], r["responsible"], r["due"]) for r in view(cli, "follow-ups", "--all", "--as-of", "2079-03-01")}
    assert rows == {"2079:1 §01:2": ("report", "Försäkringskassan", "2079-08-31"),
                    "2079:1 §02:2": ("report", "Region Blekinge", "2079-10-31"),
                    "2079:1 §07:1": ("report", "Karlshamns kommun", "2079-12-15")}, rows


def test_a_member_telling_what_it_reports_now_lays_no_duty(cli, tmp_path):
    imported(cli, minutes(tmp_path, "feb.txt", FEBRUARY))
    ids = [d["id"] for d in view(cli, "decisions", "--as-of", "2079-12-31") if "§08" in d["id"]]
    assert ids == [], ids


def test_a_sum_corrected_in_a_sentence_citing_it_by_meeting_and_section_is_corrected(cli, tmp_path):
    _both(cli, tmp_path)
    grants = {g["decision"]: (g["amount_sek"], g["status"]) for g in view(cli, "grants", "--as-of", "2079-12-31")}
    assert grants["2079:1 §03:1"] == (421000, "in_force"), grants


def test_a_decision_revoked_by_a_subject_that_cites_it_is_revoked(cli, tmp_path):
    _both(cli, tmp_path)
    statuses = {d["id"]: d["status"] for d in view(cli, "decisions", "--as-of", "2079-12-31")}
    assert statuses["2079:1 §02:1"] == "revoked" and statuses["2079:2 §05:1"] == "in_force", statuses


def test_a_total_replacing_the_money_granted_ends_the_grant_not_the_report_beside_it(cli, tmp_path):
    _both(cli, tmp_path)
    statuses = {d["id"]: d["status"] for d in view(cli, "decisions", "--as-of", "2079-12-31")}
    assert (statuses["2079:1 §01:1"], statuses["2079:1 §01:2"]) == ("superseded", "in_force"), statuses
