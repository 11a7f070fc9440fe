"""Decisions told in running prose in other word orders than subject first: an adverbial first and
the verb before the board (`Efter en kort diskussion beslutade styrelsen att …`), an adverb between
the verb and its clause (`Styrelsen beslutade därefter att …`, `… därmed att …` after a vote); and an item struck from the agenda
(`Ärendet utgår från dagordningen`), which speaks of the agenda but is no formality. Minutes of
our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes

MARCH = """\
Protokoll styrelsemöte nr 2, 2049
Datum: 2049-03-18

§ 14 Ansökan om projektmedel – Nya steg, Sölvesborgs kommun
Sölvesborgs kommun söker medel för projektet Nya steg. Efter en stunds överläggning beslutade styrelsen att bevilja Sölvesborgs kommun 220 000 kr för projektet under 2049.

§ 15 Ansökan om projektmedel – Vidare, Olofströms kommun
Per Lund anmälde jäv och deltog inte i beslutet. Styrelsen beslutade sedan att bevilja Olofströms kommun 180 000 kr för projektet Vidare under 2049.

§ 16 Avtal om lokaler
Ärendet utgår från dagordningen då motparten inte har svarat.

§ 17 Karlshamns kommuns FINSAM-plan 2050
Omröstning begärdes. Fem ledamöter röstade för bordläggning och tre för att ärendet skulle avgöras i dag. Styrelsen beslutade därmed att bordlägga ärendet till nästa sammanträde.
"""


def test_prose_with_the_verb_before_the_board_is_a_decision(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    kinds = {d["id"]: d["kind"] for d in summary["decisions"]}
    assert kinds.get("2049-2 §14:1") == "grant", kinds


def test_prose_with_an_adverb_before_its_clause_is_a_decision(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    kinds = {d["id"]: d["kind"] for d in summary["decisions"]}
    assert kinds.get("2049-2 §15:1") == "grant", kinds
    assert kinds.get("2049-2 §17:1") == "deferral", kinds


def test_an_item_struck_from_the_agenda_is_withdrawn(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    kinds = {d["id"]: d["kind"] for d in summary["decisions"]}
    assert kinds.get("2049-2 §16:1") == "withdrawal", kinds
