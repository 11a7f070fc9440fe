"""What the rows of a closing decision table (`BESLUTSFÖRTECKNING`) tell beside the prose: a
month in `Klart senast` is a due; `Utgår – why` strikes the point; a point deferred in the prose
and in its row is deferred once, its row's `Ansvarig` answering; a sum only in the row is put to
review. And the prose around it: `a) att …`, `b) att …` are two decisions, and a title wrapped
onto a second line above its Dnr line is still a heading. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes, undoubted, view

MEETING = """SAMORDNINGSFÖRBUNDET NORRA HALLAND                        PROTOKOLL
Styrelsen                                                 Möte 3/2071

Datum:      Tisdagen den 9 juni 2071, kl. 09.00–11.45
Plats:      Kansliet, Storgatan 9, Olofström


1. Mötets öppnande

Ordföranden öppnade mötet.


2. Karlshamns kommuns redovisning av
   uppföljningen i teamen
   Dnr 2071/020

Kommunen redogjorde för hur uppföljningen gått.

Styrelsen beslutade
  a) att lägga redovisningen till handlingarna,
  b) att Karlshamns kommun ska lämna en ny redovisning om deltagarna.


3. Insatsplan Ronneby kommun 2071
   Dnr 2071/021

Ronnebys representant bad om anstånd, eftersom nämnden inte hunnit behandla
planen. Styrelsen biföll att ärendet bordläggs till nästa sammanträde.


4. Ansökan från Föreningen Bryggan
   Dnr 2071/022

Beslut enligt beslutsförteckningen nedan.


5. Insatsplan Karlskrona kommun 2071
   Dnr 2071/023

Styrelsen beslutade att fastställa insatsplanen för Karlskrona kommun 2071.


6. Mötets avslutande

Ordföranden avslutade mötet.


BESLUTSFÖRTECKNING MÖTE 3/2071

Nr | Ärende                   | Beslut                                | Ansvarig          | Klart senast
---+--------------------------+---------------------------------------+-------------------+-------------
2a | Uppföljning Karlshamn    | Läggs till handlingarna               | –                 | –
2b | Uppföljning Karlshamn    | Ny redovisning om deltagarna          | Karlshamns kommun | Oktober
3  | Insatsplan Ronneby 2071  | Bordläggs                             | Ronneby kommun    | Nästa möte
4  | Föreningen Bryggan       | Utgår – ansökan återtagen             | –                 | –
5  | Insatsplan Karlskrona    | Fastställs, ram 905 000 kr            | Karlskrona kommun | –

Vid protokollet

Lars Berg
"""


def test_lettered_clauses_under_a_wrapped_title_are_two_decisions_of_that_point(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "juni.txt", MEETING))
    kinds = {d["id"]: d["kind"] for d in summary["decisions"]}
    assert kinds["2071-3 §02:1"] == "acknowledgement"
    assert kinds["2071-3 §02:2"] == "report"


def test_a_month_in_the_due_column_is_the_due(cli, tmp_path):
    imported(cli, minutes(tmp_path, "juni.txt", MEETING))
    assert follow_up(cli, "2071-3 §02:2", "2071-12-31")["due"] == "2071-10"


def test_a_point_deferred_in_the_prose_and_in_its_row_is_deferred_once_with_the_rows_party(cli, tmp_path):
    imported(cli, minutes(tmp_path, "juni.txt", MEETING))
    deferred = [r for r in view(cli, "follow-ups", "--all", "--as-of", "2071-07-01") if r["kind"] == "deferred"]
    assert len(deferred) == 1
    assert "Ronneby kommun" in deferred[0]["responsible"]


def test_a_row_struck_with_its_reason_after_a_dash_withdraws_the_point(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "juni.txt", MEETING))
    assert {d["id"]: d["kind"] for d in summary["decisions"]}["2071-3 §04:1"] == "withdrawal"


def test_a_sum_only_the_row_names_is_put_to_review(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "juni.txt", MEETING))
    assert [r for r in undoubted(summary) if "2071-3 §05:1" in r["what"] and "905 000" in r["what"]]


def test_without_a_table_the_lettered_clauses_are_still_two_decisions_under_the_whole_title(cli, tmp_path):
    prose_only = MEETING.split("BESLUTSFÖRTECKNING")[0] + "Vid protokollet\n\nLars Berg\n"
    summary = imported(cli, minutes(tmp_path, "juni.txt", prose_only))
    assert {"2071-3 §02:1", "2071-3 §02:2"} <= {d["id"] for d in summary["decisions"]}
    assert "redovisning av uppföljningen i teamen" in follow_up(cli, "2071-3 §02:2", "2071-12-31")["subject"]


TWO_IN_ONE = """SAMORDNINGSFÖRBUNDET NORRA HALLAND                        PROTOKOLL
Styrelsen                                                 Möte 4/2071

Datum:      Tisdagen den 8 september 2071, kl. 09.00–11.00
Plats:      Kansliet, Storgatan 9, Olofström


1. Mötets öppnande

Ordföranden öppnade mötet.


2. Lokalfrågan i Ronneby
   Dnr 2071/030

Styrelsen beslutade att godkänna kansliets redovisning av lokalfrågan, och att säga
upp hyresavtalet för kontoret på Järnvägsgatan 3 i Ronneby.


3. Mötets avslutande

Ordföranden avslutade mötet.


SAMMANSTÄLLNING AV BESLUT, MÖTE 4/2071

Nr   Ärende            Beslut                                      Ansvarig       Klart senast
2a   Lokalfrågan       Redovisningen godkänns                      –              –
2b   Lokalfrågan       Hyresavtalet Järnvägsgatan 3 sägs upp       Förbundschef   –

Vid protokollet

Lars Berg
"""


def test_two_clauses_of_one_sentence_are_the_two_decisions_the_rows_say_each_once(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "sept.txt", TWO_IN_ONE))
    assert {d["id"]: d["kind"] for d in summary["decisions"]} == {
        "2071-4 §02:1": "acknowledgement", "2071-4 §02:2": "termination"}


def test_a_decision_on_a_named_matter_followed_by_a_colon_is_read_with_that_matter(cli, tmp_path):
    text = TWO_IN_ONE.replace("""Styrelsen beslutade att godkänna kansliets redovisning av lokalfrågan, och att säga
upp hyresavtalet för kontoret på Järnvägsgatan 3 i Ronneby.""", """Kansliet har funnit att beloppet i protokollet inte stämmer med underlaget.

Styrelsen beslutade om rättelse: beloppet i beslutet möte 3/2071, punkt 5, ska vara
905 000 kr.""").split("SAMMANSTÄLLNING")[0]
    summary = imported(cli, minutes(tmp_path, "sept.txt", text))
    assert {d["id"]: d["kind"] for d in summary["decisions"]} == {"2071-4 §02:1": "correction"}
