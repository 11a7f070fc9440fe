"""Earlier decisions cited as a hand that numbers its items `Punkt N` cites them: by the day written
`12/3` and the point (`beslutet från 12/3 (punkt 4)`, `protokollet från 12/3, punkt 5`), or by the
meeting's month and the point in brackets (`på marsmötet (punkt 6)`). Each links as the sentence
says: superseded, corrected, a report delivered. A day with no point (`senast 30/9`) cites
nothing. Minutes of our own, imported one after the other."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes, view

MARCH = """\
Protokoll styrelsemöte 12/3 2071
Samordningsförbundet FINSAM Blekinge, styrelsen
Datum: 12 mars 2071

Punkt 1. Mötet öppnas
Ordföranden öppnade mötet.
Punkt 2. Ansökan från Ronneby kommun
Styrelsen beslöt att bevilja Ronneby kommun 200 000 kr för 2071.
Punkt 3. Ansökan från Olofströms kommun
Styrelsen beslöt att bevilja Olofströms kommun 70 000 kr för 2071.
Punkt 4. Uppföljning Karlshamn
Styrelsen beslöt att Karlshamns kommun ska lämna en rapport om läget senast 30/9.
Punkt 5. Projektet Nya steg (FK och Ronneby)
FK och Ronneby kommun har sökt pengar tillsammans. Styrelsen beslöt att bevilja projektet 90 000 kr för 2071.
Punkt 6. Mötet avslutas
Ordföranden avslutade mötet.
"""

MAY = """\
Protokoll styrelsemöte 7/5 2071
Samordningsförbundet FINSAM Blekinge, styrelsen
Datum: 7 maj 2071

Punkt 1. Mötet öppnas
Ordföranden öppnade mötet.
Punkt 2. Ronneby, nytt beslut
Ronneby behöver mer pengar. Styrelsen beslöt att bevilja Ronneby kommun 260 000 kr för 2071 och detta beslut ersätter beslutet från 12/3 (punkt 2).
Punkt 3. Rättelse
Det blev fel i protokollet från 12/3, punkt 3. Styrelsen beslöt att rätta beloppet till 75 000 kr.
Punkt 4. Rapport från Karlshamn
Jonas lämnade rapporten som Karlshamn skulle ge enligt beslutet på marsmötet (punkt 4). Styrelsen tackade och lade den till handlingarna.
Punkt 5. Projektet Nya steg, nytt beslut
Styrelsen beslöt att bevilja projektet 120 000 kr för 2071 och detta beslut ersätter beslutet från 12/3 (punkt 5).
Punkt 6. Mötet avslutas
Ordföranden avslutade mötet.
"""


def _imported(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    return imported(cli, minutes(tmp_path, "maj.txt", MAY))


def _decisions(cli):
    return {d["id"]: d for d in view(cli, "decisions", "--as-of", "2999-12-31")}


def test_a_decision_cited_by_day_and_point_is_superseded(cli, tmp_path):
    _imported(cli, tmp_path)
    assert _decisions(cli)["2071-1 §02:1"]["status"] == "superseded"


def test_money_for_a_project_that_replaces_an_earlier_decision_is_a_grant_that_supersedes_it(cli, tmp_path):
    summary = _imported(cli, tmp_path)
    kinds = {d["id"]: d["kind"] for d in summary["decisions"]}
    assert kinds.get("2071-2 §05:1") == "grant" and _decisions(cli)["2071-1 §05:1"]["status"] == "superseded", kinds


def test_a_correction_of_the_minutes_cited_by_day_and_point_corrects_that_decision(cli, tmp_path):
    _imported(cli, tmp_path)
    grants = {g["decision"]: g for g in view(cli, "grants", "--as-of", "2999-12-31")}
    assert grants["2071-1 §03:1"]["amount_sek"] == 75_000, grants


def test_a_report_cited_by_the_meeting_s_month_and_point_is_delivered(cli, tmp_path):
    _imported(cli, tmp_path)
    assert follow_up(cli, "2071-1 §04:1", "2071-06-01")["status"] == "done"
