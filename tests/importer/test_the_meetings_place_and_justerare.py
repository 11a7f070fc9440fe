"""Where and by whom: the place under `Plats och tid`, on lines above the date or alone with the
time on its own line, never the attendance label after it; the justerare chosen in a label column
(`Utses att justera   Mats Fransson (M)`) or a sentence (`Per Nilsson utsågs att jämte
ordföranden justera protokollet`, `… valdes att justera protokollet tillsammans med
ordföranden`), names spelled in any alphabet's letters (`Petrović`), the party left out, a signature block's `Ordförande` never one; minutes that name
none say so in the review. Minutes of our own."""

from __future__ import annotations

import pytest

from tests.importer.steps import imported, minutes, view

MINUTES = """\
Protokoll nr 2/2077
{dated}
Plats och tid           {place}

Beslutande              Anna Holm (C), ordförande, Region Blekinge
                        Mats Fransson (M), Ronneby kommun
                        Per Nilsson, Karlshamns kommun

{chosen}

Justerare     Ordförande

§ 11 Ansökan

Beslut: Att bevilja Ronneby kommun 100 000 kr för 2077.
"""


@pytest.mark.parametrize("dated, place", [
    ("", "Konferensrummet Hanö, Ronneby,\n                        måndagen den 10 april 2077 kl. 09.00–12.10"),
    ("", "Konferensrummet Hanö, Ronneby, måndagen den 10 april 2077\n                        kl. 09.00–12.10"),
    ("", "2077-04-10\n                        Konferensrummet Hanö, Ronneby\n                        kl. 09.00–12.10"),
    ("Sammanträdesdatum 2077-04-10", "kl. 13.15–15.50\n                        Konferensrummet Hanö, Ronneby"),
    ("", "Konferensrummet Hanö, Ronneby, måndagen den 10 april\n                        2077 kl. 09.00–12.10"),
])
@pytest.mark.parametrize("chosen, named", [
    ("Utses att justera       Mats Fransson (M)", ["Mats Fransson"]),
    ("Per Nilsson utsågs att jämte ordföranden justera protokollet, vilket sker den 17 april.", ["Per Nilsson"]),
    ("Mats Fransson och Per Nilsson valdes att justera protokollet tillsammans med ordföranden.", ["Mats Fransson", "Per Nilsson"]),
])
def test_the_place_and_the_justerare_are_read(cli, tmp_path, dated, place, chosen, named):
    summary = imported(cli, minutes(tmp_path, "apr.txt", MINUTES.format(dated=dated, place=place, chosen=chosen)))
    held = view(cli, "meetings")
    assert [(m["meeting"], m["date"], m["place"], m["justerare"]) for m in held] == [
        ("2077-2", "2077-04-10", "Konferensrummet Hanö, Ronneby", named)]
    assert not any("justerare" in r["what"] for r in summary["to_review"])


def test_minutes_that_name_no_justerare_say_so(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "apr.txt", MINUTES.format(
        dated="", place="Konferensrummet Hanö, Ronneby, 2077-04-10", chosen="")))
    assert view(cli, "meetings")[0]["justerare"] == []
    assert any(r["what"] == "no justerare read from the minutes: name them in the review" for r in summary["to_review"])


CHOSEN_IN_A_PARAGRAPH = """\
Protokoll nr 3/2077
Datum: 2077-06-14
Plats: Rådhuset, Karlshamn

§ 21 Sammanträdets öppnande och val av justerare

Ordföranden Anna Holm förklarade mötet öppnat och hälsade Anders Wiik från Ronneby kommun välkommen.
{chosen}

§ 22 Ansökan

Beslut: Att bevilja Ronneby kommun 100 000 kr för 2077.

Justeras: Anna Holm, ordf        {signed}
"""


@pytest.mark.parametrize("chosen, signed, named", [
    ("Emil Rask utsågs att jämte ordföranden justera protokollet.", "Emil Rask", ["Emil Rask"]),
    ("Till protokolljusterare väljs Sara Nyström och Per-Olof Wik.", "Sara Nyström   Per-Olof Wik",
     ["Sara Nyström", "Per-Olof Wik"]),
    ("Birgitta Ohlsson-\nKrantz justerar tillsammans med ordf., med Sara Blomgren som ersättare.", "Birgitta Ohlsson-Krantz",
     ["Birgitta Ohlsson-Krantz"]),
    ("Till justerare valdes Dragana Petrović och Søren Mølgaard.", "Dragana Petrović   Søren Mølgaard",
     ["Dragana Petrović", "Søren Mølgaard"]),
])
def test_the_justerare_are_those_the_paragraph_names_not_the_chair_nor_a_guest(cli, tmp_path, chosen, signed, named):
    summary = imported(cli, minutes(tmp_path, "jun.txt", CHOSEN_IN_A_PARAGRAPH.format(chosen=chosen, signed=signed)))
    assert view(cli, "meetings")[0]["justerare"] == named
    assert not any("justerare" in r["what"] for r in summary["to_review"])


def test_minutes_that_name_no_place_say_so(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "jun.txt", "Protokoll nr 3/2077\nDatum: 2077-06-14\n\n"
                                    "§ 22 Ansökan\n\nBeslut: Att bevilja Ronneby kommun 100 000 kr för 2077.\n"))
    assert view(cli, "meetings")[0]["place"] in ("", None)
    assert any(r["what"] == "no place of the meeting read from the minutes: give it in the review" for r in summary["to_review"])
