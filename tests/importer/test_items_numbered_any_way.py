"""Agenda items numbered without a leading § sign (`6 §`, `Ärende 6`, `Punkt 6`) or with it glued
on (`§6`): each is a heading, and its decisions take that number as their §. A § cited with the
sign after its number (`den 4 mars 2031, 6 §`) is read as `§ 6`. Items numbered `1.`, `2.` … as a word
processor's paragraphs, no blank line between them, are the agenda where five or more count on from `1.`;
a task told as a noun (`Uppdrag till förbundschefen att …`) is an assignment. Minutes of our own."""

from __future__ import annotations

import pytest

from tests.importer.steps import decision, imported, minutes

ITEMS = """Styrelsemöte 2031-2, Samordningsförbundet i Blekinge län

Tid och plats
Onsdag 2031-03-04, kl. 10:00, förbundets kansli

{one}  Ordförandens öppnande
Mötet öppnades.

{six}  Olofströms kommuns FINSAM-plan 2031
Planen presenterades av kommunens samordnare.
Styrelsen beslutade att fastställa Olofströms kommuns FINSAM-plan 2031.

{seven}  Rapport om Steg för steg
Beslut: Informationen noteras.
"""


@pytest.mark.parametrize("one, six, seven", [
    ("1 §", "6 §", "7 §"),
    ("Ärende 1", "Ärende 6", "Ärende 7"),
    ("Punkt 1", "Punkt 6", "Punkt 7"),
    ("§1", "§6", "§7"),
])
def test_an_item_numbered_in_any_of_the_usual_ways_numbers_its_decisions(cli, tmp_path, one, six, seven):
    summary = imported(cli, minutes(tmp_path, "mars.txt", ITEMS.format(one=one, six=six, seven=seven)))
    assert {d["id"]: d["kind"] for d in summary["decisions"]} == {
        "2031-2 §06:1": "plan", "2031-2 §07:1": "acknowledgement"}


def test_a_sentence_that_starts_with_an_item_named_in_words_is_no_heading(cli, tmp_path):
    text = ITEMS.format(one="Ärende 1", six="Ärende 6", seven="Ärende 7").replace(
        "Planen presenterades", "Ärende 7 tas upp efter detta.\nPlanen presenterades")
    summary = imported(cli, minutes(tmp_path, "mars.txt", text))
    assert sorted(d["id"] for d in summary["decisions"]) == ["2031-2 §06:1", "2031-2 §07:1"]


REVOKED_LATER = """Styrelsemöte 2031-3, Samordningsförbundet i Blekinge län

Tid och plats
Onsdag 2031-04-22, kl. 10:00, förbundets kansli

4 §  Olofströms kommuns plan
Styrelsen beslutade att upphäva sitt beslut den 4 mars 2031, 6 §.
"""


def test_a_paragraph_cited_with_the_sign_after_its_number_is_found(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", ITEMS.format(one="1 §", six="6 §", seven="7 §")))
    imported(cli, minutes(tmp_path, "april.txt", REVOKED_LATER))
    assert decision(cli, "2031-2 §06:1")["status"] == "revoked"


PARAGRAPHS = """Protokoll styrelsemöte 1/2081
Tid: Tisdag 8 februari 2081, kl. 09.00–11.30
Plats: Förbundets kansli, Karlshamn
1. Mötets öppnande
Ordföranden hälsade alla välkomna.
2. Val av justerare
Eva Lund valdes att justera protokollet tillsammans med ordföranden.
3. Godkännande av dagordning
Dagordningen godkändes.
4. Insatsplan 2081 – Karlshamns kommun
Planen gäller arbetsträning med coach.
Beslut: Styrelsen fastställer Karlshamns kommuns insatsplan för 2081 med en finansiering på 640 000 kr.
5. Riktlinje för ansökningar
Beslut: Uppdrag till förbundschefen att ta fram ett förslag till ny riktlinje till nästa möte.
6. Mötets avslutande
Ordföranden avslutade mötet.
"""


def test_items_numbered_as_a_word_processors_paragraphs_with_no_blank_line_between_are_the_agenda(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "feb.docx.txt", PARAGRAPHS))
    assert [(d["id"], d["kind"]) for d in summary["decisions"]] == [("2081-1 §04:1", "plan"), ("2081-1 §05:1", "assignment")]
