"""One sentence of the board's may lay a duty beside what it decides: a member's report joined by `och att`
with a subject of its own (`… bevilja X 300 000 kr … och att X ska lämna en slutredovisning …`), or a task
given by the board's second verb (`… att lägga rapporten till handlingarna och gav förbundschefen i
uppdrag att …`), or a decision after the board takes note (`… till handlingarna och att fastställa …`). Each is
a decision of its own; a plan and its money (`… och att bevilja medel …`) stay one. Points lettered `a)` set apart from their clause by a tab are points, not a label column's labels.
Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes, title_block, view

REFERAT = title_block(1, "2078-02-14") + """
§ 1 Ansökan om Vägvisaren
Förbundschefen redogjorde för ansökan.
Styrelsen beslutade att bevilja Ronneby kommun 250 000 kr för Vägvisaren under 2078 och att Ronneby kommun ska lämna en slutredovisning senast den 30 november 2078.

§ 2 Revisorernas granskning
Förbundschefen redogjorde för granskningen.
Efter diskussion beslutade styrelsen att lägga granskningsrapporten till handlingarna och gav förbundschefen i uppdrag att ta fram en ny delegationsordning till nästa sammanträde.

§ 3 Olofströms kommuns FINSAM-plan 2078
Styrelsen beslutade att fastställa Olofströms kommuns FINSAM-plan 2078 och att bevilja 400 000 kr för dess genomförande.

§ 4 Internkontroll
Styrelsen beslutade att lägga uppföljningen av internkontrollplan 2077 till handlingarna och att fastställa internkontrollplan 2078.
"""

LETTERED = title_block(2, "2078-04-11") + """
§ 4 Sölvesborgs kommuns FINSAM-plan 2078
Beslut:
Styrelsen beslutar

a)\tatt fastställa Sölvesborgs kommuns FINSAM-plan 2078 och bevilja 900 000 kr för dess
genomförande,
b)\tatt Sölvesborgs kommun ska rapportera läget vid styrelsens sammanträde i september 2078.

§ 5 Ansökan om Språkstöd
Beslut:
Styrelsen beslutar

a)\tatt bevilja Arbetsförmedlingen 360 000 kr för Språkstöd under 2078,
b)\tatt Arbetsförmedlingen ska lämna en delrapport till styrelsens sammanträde i juni 2078.

§ 6 Ansökan om Samverkansteamet
Beslut:
Styrelsen beslutar

a)\tatt bevilja Region Blekinge 540 000 kr för Samverkansteamet under 2078,
b)\tatt Region Blekinge ska redovisa resultatet vid styrelsens sammanträde i juni 2078.
"""


def _kinds(cli, tmp_path, name, text):
    imported(cli, minutes(tmp_path, name, text))
    return {d["id"]: d["kind"] for d in view(cli, "decisions", "--as-of", "2078-12-31")}


def test_a_duty_joined_by_och_att_with_a_subject_of_its_own_is_a_decision_of_its_own(cli, tmp_path):
    kinds = _kinds(cli, tmp_path, "feb.txt", REFERAT)
    assert (kinds["2078-1 §01:1"], kinds["2078-1 §01:2"]) == ("grant", "report"), kinds


def test_a_task_given_by_the_boards_second_verb_is_a_decision_of_its_own(cli, tmp_path):
    kinds = _kinds(cli, tmp_path, "feb.txt", REFERAT)
    assert (kinds["2078-1 §02:1"], kinds["2078-1 §02:2"]) == ("acknowledgement", "assignment"), kinds


def test_a_decision_after_the_board_takes_note_in_one_sentence_is_a_decision_of_its_own(cli, tmp_path):
    kinds = _kinds(cli, tmp_path, "feb.txt", REFERAT)
    assert (kinds["2078-1 §04:1"], kinds["2078-1 §04:2"]) == ("acknowledgement", "document"), kinds


def test_a_plan_and_its_money_joined_by_och_att_stay_one_decision(cli, tmp_path):
    kinds = _kinds(cli, tmp_path, "feb.txt", REFERAT)
    assert [k for k in kinds if k.startswith("2078-1 §03")] == ["2078-1 §03:1"] and kinds["2078-1 §03:1"] == "plan", kinds


def test_points_lettered_with_a_tab_before_their_clause_are_points(cli, tmp_path):
    kinds = _kinds(cli, tmp_path, "apr.txt", LETTERED)
    assert kinds == {"2078-2 §04:1": "plan", "2078-2 §04:2": "report", "2078-2 §05:1": "grant",
                     "2078-2 §05:2": "report", "2078-2 §06:1": "grant", "2078-2 §06:2": "report"}, kinds
