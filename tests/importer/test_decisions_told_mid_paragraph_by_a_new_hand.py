"""Decisions a secretary who never saw a template tells in the middle of a paragraph: after a
judgement (`Alla tyckte att … och styrelsen beslöt att …`), after a clause of reasons joined by
`så` (`…, så styrelsen beslöt att …`), with an adverb after the verb (`beslöt alltså att`), and
with the board's name misspelt by one letter (`Styrlesen beslöt att …`), which is read as the
board but put to review. A word one letter from the board's name that is a word of its own
(`Styrelser i grannlänen beslöt …`) is not the board. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes

MID_PARAGRAPH = """\
Protokoll från styrelsemötet 4/3 2071
Samordningsförbundet FINSAM Blekinge, styrelsen
Datum: 4 mars 2071

Punkt 1. Mötet öppnas
Ordföranden hälsade alla välkomna.
Punkt 2. Ansökan från Region Blekinge
Regionen vill pröva ett nytt sätt att arbeta med rehabilitering. Det fanns många frågor om kostnaderna, så styrelsen beslöt att bordlägga frågan till nästa möte.
Punkt 3. Ansökan från Ronneby kommun
Ronneby har sökt pengar för sommarjobb till unga. Det blev omröstning och fyra var för och två emot. Styrelsen beslöt alltså att bevilja Ronneby kommun 180 000 kr för 2071.
Punkt 4. Ansökan från Försäkringskassan
FK vill ha pengar till en konferens. Styrlesen beslöt att avslå ansökan eftersom det inte är samverkan.
Punkt 5. Hur andra gör
Ordföranden berättade att styrelser i grannlänen beslöt att avslå liknande ansökningar i fjol.
Punkt 6. Mötet avslutas
Ordföranden avslutade mötet.
"""


def _summary(cli, tmp_path):
    return imported(cli, minutes(tmp_path, "mars.txt", MID_PARAGRAPH))


def test_a_decision_after_a_clause_of_reasons_joined_by_so_is_read(cli, tmp_path):
    kinds = {d["id"]: d["kind"] for d in _summary(cli, tmp_path)["decisions"]}
    assert kinds.get("2071-1 §02:1") == "deferral", kinds


def test_an_adverb_between_the_verb_and_its_clause_is_passed_over(cli, tmp_path):
    decisions = {d["id"]: d for d in _summary(cli, tmp_path)["decisions"]}
    assert "grant: 180 000 kr to Ronneby kommun for 2071 by 2071-1 §03:1" in decisions["2071-1 §03:1"]["events"], decisions


def test_the_boards_name_misspelt_is_read_as_the_board_and_put_to_review(cli, tmp_path):
    summary = _summary(cli, tmp_path)
    kinds = {d["id"]: d["kind"] for d in summary["decisions"]}
    assert kinds.get("2071-1 §04:1") == "rejection", kinds
    assert any("Styrlesen" in doubt["what"] for doubt in summary["to_review"]), summary["to_review"]


def test_a_real_word_near_the_boards_name_is_not_the_board(cli, tmp_path):
    kinds = {d["id"]: d["kind"] for d in _summary(cli, tmp_path)["decisions"]}
    assert not [id_ for id_ in kinds if "§05" in id_], kinds
