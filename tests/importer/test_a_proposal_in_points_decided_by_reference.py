"""A `Förslag till beslut` in numbered points said in the present (`1. Styrelsen fastställer …`,
`2. Kalmar kommun ska återrapportera …`), decided `Styrelsen bifaller förbundschefens förslag`: each
point is one decision, the report not read a second time as told after the decision (nor where the
proposal is retold as the decision), a point said no to by its number a rejection where it stood. Money
granted `till förstudien Hälsolotsen` goes to that project. A § whose decision defers its matter
delivers no task by the words of its account. Minutes of our own."""

from __future__ import annotations

import pytest

from tests.importer.steps import follow_up, imported, minutes, view

POINTS = """\
Protokoll nr 2/2077
Datum: 2077-04-19

§ 14 Insatsplan 2077 – Karlshamns kommun

Ärendebeskrivning
Kommunen har lämnat in sin insatsplan.

Förslag till beslut
1. Styrelsen fastställer Karlshamns kommuns insatsplan 2077 och beviljar 980 000 kr för dess genomförande.
2. Karlshamns kommun ska återrapportera utfallet av insatsplanen till styrelsen senast den 30 november 2077.

Beslut
Styrelsen {decided}.

§ 15 Förstudie

Förslag till beslut
att bevilja 460 000 kronor till {project} Hälsolotsen under 2077.

Beslut
Styrelsen beslutar enligt förslaget.
"""


@pytest.mark.parametrize("decided, project", [
    ("bifaller förbundschefens förslag", "förstudien"),
    ("beslutar enligt förslaget", "pilotprojektet"),
])
def test_each_point_is_one_decision_and_the_study_gets_its_money(cli, tmp_path, decided, project):
    imported(cli, minutes(tmp_path, "apr.txt", POINTS.format(decided=decided, project=project)))
    decisions = {d["id"]: d["kind"] for d in view(cli, "decisions", "--as-of", "2999-12-31")}
    assert decisions == {"2077-2 §14:1": "plan", "2077-2 §14:2": "report", "2077-2 §15:1": "grant"}
    grants = view(cli, "grants", "--as-of", "2999-12-31")
    assert sorted((g["decision"], g["party"], g["amount_sek"]) for g in grants) == [
        ("2077-2 §14:1", "Karlshamns kommun", 980000), ("2077-2 §15:1", None, 460000)]


TASK = """\
Protokoll nr 1/2077
Datum: 2077-02-12

§ 9 Kommunikationsplan för förbundet

Beslut: Att ge förbundschefen i uppdrag att ta fram ett förslag till kommunikationsplan för 2077–2078 och lägga fram det vid styrelsens sammanträde i juni 2077.
"""

DEFERRED = """\
Protokoll nr 2/2077
Datum: 2077-04-19

§ 18  Riktlinjer för resor och representation
Dnr 2077/010
Ärendebeskrivning
Kansliet har tagit fram förslag till riktlinjer för resor och representation, då förbundet hittills har följt Region Blekinges.
Förslag till beslut
1. Styrelsen antar riktlinjer för resor och representation enligt bilaga.
Yrkanden
Jonas Ek (M) yrkar att ärendet bordläggs till nästa sammanträde, så att förslaget kan ställas mot parternas egna riktlinjer.
Beslutsgång
Ordföranden ställer proposition på om ärendet ska avgöras i dag eller bordläggas och finner att det ska bordläggas.
Beslut
{deferred}
"""


@pytest.mark.parametrize("deferred", ["Ärendet bordläggs till nästa sammanträde.", "Att återremittera ärendet till förbundschefen."])
def test_a_matter_deferred_delivers_no_task_by_its_words(cli, tmp_path, deferred):
    imported(cli, minutes(tmp_path, "feb.txt", TASK))
    imported(cli, minutes(tmp_path, "apr.txt", DEFERRED.format(deferred=deferred)))
    assert follow_up(cli, "2077-1 §09:1", "2077-04-20")["status"] == "open"


def test_a_point_said_no_to_by_its_number_is_a_rejection_where_it_stood(cli, tmp_path):
    imported(cli, minutes(tmp_path, "apr.txt", POINTS.format(decided="bifaller förslaget i punkt 2 och avslår punkt 1",
                                                             project="förstudien")))
    decisions = {d["id"]: d["kind"] for d in view(cli, "decisions", "--as-of", "2999-12-31")}
    assert decisions == {"2077-2 §14:1": "rejection", "2077-2 §14:2": "report", "2077-2 §15:1": "grant"}
    assert [g["decision"] for g in view(cli, "grants", "--as-of", "2999-12-31")] == ["2077-2 §15:1"]


RETOLD = """\
Protokoll nr 3/2077
Datum: 2077-06-14

§ 31 Vårdcollege – ansökan, Karlshamns kommun

Förslag till beslut
1. Karlshamns kommun beviljas 300 000 kr för 2077.
2. Karlshamns kommun ska lämna en lägesrapport vid sammanträdet i oktober 2077.

Direktionens beslut
1. Karlshamns kommun beviljas 300 000 kr för 2077 för uppbyggnaden av vårdcollege.
2. Karlshamns kommun ska lämna en lägesrapport om arbetet vid sammanträdet i oktober 2077.
"""


def test_a_proposal_in_points_retold_as_the_decision_is_decided_once(cli, tmp_path):
    """The proposal's report told as a plain future is no decision of its own where the decision is read."""
    imported(cli, minutes(tmp_path, "jun.txt", RETOLD))
    decisions = {d["id"]: d["kind"] for d in view(cli, "decisions", "--as-of", "2999-12-31")}
    assert decisions == {"2077-3 §31:1": "grant", "2077-3 §31:2": "report"}
