"""Two things said of named people in a proposal's att-points: officers appointed to sign for the
förbund (`utses att teckna förbundets firma`, `utses till firmatecknare`) are given a standing
authority, not a task to come back with; a project leader told to hand in a report owes that
report, by name. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes, view

PEOPLE = """SAMORDNINGSFÖRBUNDET I BLEKINGE LÄN
Protokoll fört vid styrelsens sammanträde nr 1/2072

Datum            2072-02-03

§ 4
Firmateckning 2072
Dnr 2072/002

Förbundschefens förslag till beslut
1. att ordföranden Per Ek och förbundschefen Lisa Dahl utses att två i förening
   teckna förbundets firma under 2072.

Styrelsens beslut
Styrelsen beslutar i enlighet med förbundschefens förslag.

§ 5
Projektet Nya steg – medel 2072
Dnr 2072/003

Ärendebeskrivning
Nya steg drivs gemensamt av Ronneby kommun och Arbetsförmedlingen.

Förbundschefens förslag till beslut
1. att bevilja projektet Nya steg 300 000 kr för 2072,
2. att projektledaren Sara Holm ska lämna en lägesrapport till styrelsens
   sammanträde i september 2072.

Styrelsens beslut
Styrelsen beslutar i enlighet med förbundschefens förslag.
"""


def _decisions(cli):
    return {d["id"]: d for d in view(cli, "decisions", "--as-of", "2999-12-31")}


def test_officers_appointed_to_sign_for_the_forbund_are_given_no_task(cli, tmp_path):
    imported(cli, minutes(tmp_path, "personer.txt", PEOPLE))
    assert _decisions(cli)["2072-1 §04:1"]["kind"] == "other"
    assert not any(f["source"] == "2072-1 §04:1" for f in view(cli, "follow-ups", "--all", "--as-of", "2072-12-31"))


def test_a_project_leader_told_to_hand_in_a_report_owes_it_by_name(cli, tmp_path):
    imported(cli, minutes(tmp_path, "personer.txt", PEOPLE))
    assert _decisions(cli)["2072-1 §05:2"]["kind"] == "report"
    row = follow_up(cli, "2072-1 §05:2", "2072-06-30")
    assert (row["kind"], row["responsible"]) == ("report", "Sara Holm")
