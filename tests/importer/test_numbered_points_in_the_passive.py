"""A decision written as numbered points without `att`, each with a subject of its own (`1. "Nya
vägar" beviljas …`, `2. Förbundschefen redovisar …`): each point is read as the decision it says,
a project's name in quotation marks included, and the voting order the board approved before it is
procedure, not a decision. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes, view

SEPTEMBER = """Styrelsemöte 2027-6, Samordningsförbundet i Blekinge län

Tid och plats
Tisdag 2027-09-14, kl. 09:00

§4 Projektet "Nya vägar"

Ronneby kommun och Försäkringskassan har gemensamt sökt pengar för en insats för unga vuxna.

Propositionsordning och votering
Ordföranden ställer proposition på bifall mot avslag. Votering begärs. Styrelsen godkänner
följande voteringsordning: Ja för bifall, Nej för avslag. Med 7 ja mot 1 nej bifalls ansökan.

Styrelsens beslut
1. "Nya vägar" beviljas 300 000 kr för 2027.
2. Projektets styrgrupp lämnar en slutrapport vid sammanträdet i december 2027.

§5 Ekonomisk uppföljning

Styrelsens beslut
1. Förbundschefen redovisar en prognos för helåret vid sammanträdet i november 2027.
2. Förbundschefen redovisar hur kostnaderna för lokalerna kan minskas.
"""


def test_numbered_points_with_subjects_of_their_own_are_each_read_and_the_voting_order_is_none(cli, tmp_path):
    imported(cli, minutes(tmp_path, "september.txt", SEPTEMBER))
    decided = {d["id"]: d for d in view(cli, "decisions", "--as-of", "2027-12-31")}
    assert {i: d["kind"] for i, d in decided.items()} == {
        "2027-6 §04:1": "grant", "2027-6 §04:2": "report", "2027-6 §05:1": "report", "2027-6 §05:2": "assignment"}
    assert not any("voteringsordning" in d["text"] for d in decided.values())


def test_a_grant_to_a_project_named_in_quotation_marks_names_the_project(cli, tmp_path):
    imported(cli, minutes(tmp_path, "september.txt", SEPTEMBER))
    grant = next(g for g in view(cli, "grants", "--as-of", "2027-12-31") if g["decision"] == "2027-6 §04:1")
    assert (grant["party"], grant["purpose"], grant["amount_sek"]) == (None, "Nya vägar", 300_000)


def test_an_officer_reporting_a_thing_in_the_present_owes_a_report_and_one_looking_into_a_question_a_task(
        cli, tmp_path):
    imported(cli, minutes(tmp_path, "september.txt", SEPTEMBER))
    prognosis = follow_up(cli, "2027-6 §05:1", "2027-09-20")
    assert (prognosis["kind"], prognosis["responsible"], prognosis["due"]) == ("report", "förbundschefen", "2027-11")
    assert follow_up(cli, "2027-6 §05:2", "2027-09-20")["kind"] == "assignment"
    owed = follow_up(cli, "2027-6 §04:2", "2027-09-20")
    assert (owed["kind"], owed["responsible"], owed["due"]) == ("report", "styrgruppen för Nya vägar", "2027-12")
