"""Points numbered `3. Title` with the matter's Dnr on an indented line beneath, and the board's
decisions gathered in a table at the end of the meeting (`BESLUTSFÖRTECKNING MÖTE 2/2071`,
`SAMMANSTÄLLNING AV BESLUT`): each row is one decision of its point (`5a`, `5b` the first and the
second of point 5), its columns told by the header row, in pipes or aligned with wrapped cells.
A point whose prose says only `Beslut enligt beslutsförteckningen` has its decision from its row;
a point whose prose says it too is not given it twice; a row of no point of the minutes goes to
review. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes, undoubted

POINTS = """SAMORDNINGSFÖRBUNDET NORRA HALLAND                        PROTOKOLL
Styrelsen                                                 Möte 2/2071

Datum:      Tisdagen den 14 april 2071, kl. 13.00–15.30
Plats:      Kansliet, Storgatan 9, Olofström


1. Mötets öppnande

Ordföranden öppnade mötet och hälsade alla välkomna.


2. Val av justerare

Per Holm valdes att justera protokollet.


3. Insatsplan Olofströms kommun 2071
   Dnr 2071/011

Kommunens samordnare presenterade planen, som liknar förra årets.

Styrelsen beslutade att fastställa insatsplanen för Olofströms kommun
2071 med en ram om 730 000 kr från förbundet.


4. Insatsplan Sölvesborgs kommun 2071
   Dnr 2071/012

Eva Lund presenterade planen och svarade på frågor om bemanningen.

Beslut enligt beslutsförteckningen nedan.


5. Projektet Nya steg
   Dnr 2070/088

Styrelsen diskuterade projektets första år.

Styrelsen beslutade
  a) att bevilja projektet Nya steg 210 000 kr för 2071,
  b) att Sölvesborgs kommun ska lämna en slutrapport om projektet
     senast den 31 januari 2072.


6. Mötets avslutande

Ordföranden avslutade mötet.


{table}

Vid protokollet

Lars Berg
"""

IN_PIPES = """BESLUTSFÖRTECKNING MÖTE 2/2071

Nr | Beslut                                  | Ärende                | Klart senast | Ansvarig
---+-----------------------------------------+-----------------------+--------------+-------------------
3  | Insatsplanen fastställs, ram 730 000 kr | Insatsplan Olofström  | –            | Olofströms kommun
4  | Insatsplanen fastställs, ram 515 000 kr | Insatsplan Sölvesborg | –            | Sölvesborgs kommun
5a | Projektet beviljas 210 000 kr för 2071  | Nya steg              | –            | Förbundschef
5b | Slutrapport om projektet                | Nya steg              | 2072-01-31   | Sölvesborgs kommun"""

ALIGNED = """SAMMANSTÄLLNING AV BESLUT, MÖTE 2/2071

Nr   Ärende                   Beslut                                   Ansvarig             Klart senast
3    Insatsplan Olofström     Insatsplanen fastställs, ram 730 000 kr  Olofströms kommun    –
4    Insatsplan Sölvesborg    Insatsplanen fastställs, ram             Sölvesborgs kommun   –
                              515 000 kr
5a   Nya steg                 Projektet beviljas 210 000 kr för 2071   Förbundschef         –
5b   Nya steg                 Slutrapport om projektet                 Sölvesborgs kommun   2072-01-31"""


def _kinds(summary):
    return {d["id"]: d["kind"] for d in summary["decisions"]}


def test_points_with_a_dnr_line_under_their_title_are_headings_and_each_row_is_one_decision(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "april.txt", POINTS.format(table=IN_PIPES)))
    assert _kinds(summary) == {"2071-2 §03:1": "plan", "2071-2 §04:1": "plan",
                               "2071-2 §05:1": "grant", "2071-2 §05:2": "report"}


def test_a_table_of_aligned_columns_with_a_wrapped_cell_is_read_the_same(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "april.txt", POINTS.format(table=ALIGNED)))
    assert _kinds(summary) == {"2071-2 §03:1": "plan", "2071-2 §04:1": "plan",
                               "2071-2 §05:1": "grant", "2071-2 §05:2": "report"}
    assert "515 000" in next(d["text"] for d in summary["decisions"] if d["id"] == "2071-2 §04:1")


def test_a_lettered_row_gives_its_due_to_the_second_decision_of_its_point(cli, tmp_path):
    imported(cli, minutes(tmp_path, "april.txt", POINTS.format(table=IN_PIPES)))
    assert follow_up(cli, "2071-2 §05:2", "2071-12-31")["due"] == "2072-01-31"


def test_a_row_of_no_point_in_the_minutes_goes_to_review_and_is_not_imported(cli, tmp_path):
    table = IN_PIPES + "\n9  | Lokalfrågan utreds                       | Lokaler               | 2071-09-30   | Förbundschef"
    summary = imported(cli, minutes(tmp_path, "april.txt", POINTS.format(table=table)))
    assert "2071-2 §09:1" not in _kinds(summary)
    assert [r for r in undoubted(summary) if "9" in r["what"] and "Lokalfrågan" in r["what"]]


TABBED = """SAMMANSTÄLLNING AV BESLUT, MÖTE 2/2071

Nr\tÄrende\tBeslut\tAnsvarig\tKlart senast
3\tInsatsplan Olofström\tInsatsplanen fastställs, ram 730 000 kr\tOlofströms kommun\t–
4\tInsatsplan Sölvesborg\tInsatsplanen fastställs, ram 515 000 kr\tSölvesborgs kommun\t–
(reviderad)
5a\tNya steg\tProjektet beviljas 210 000 kr för 2071\tFörbundschef\t–
5b\tNya steg Slutrapport om projektet\tSölvesborgs kommun\t2072-01-31"""


def test_a_table_whose_columns_a_word_processor_set_apart_by_tabs_is_read_the_same(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "april.txt", POINTS.format(table=TABBED)))
    assert _kinds(summary) == {"2071-2 §03:1": "plan", "2071-2 §04:1": "plan",
                               "2071-2 §05:1": "grant", "2071-2 §05:2": "report"}
    assert "515 000" in next(d["text"] for d in summary["decisions"] if d["id"] == "2071-2 §04:1")


def test_a_tabbed_table_whose_header_runs_two_names_together_with_spaces_is_read(cli, tmp_path):
    table = TABBED.replace("Nr\tÄrende\tBeslut", "Nr  Ärende\tBeslut").replace("(reviderad)", "(ä. 4)")
    summary = imported(cli, minutes(tmp_path, "april.txt", POINTS.format(table=table)))
    assert _kinds(summary)["2071-2 §04:1"] == "plan"
