"""Who a deferral waits for, told beside it rather than in it: the sentence after it names who
comes back with the matter (`Förbundschefen återkommer då med ärendet`), and a § whose prose says the matter waits for
something the deferral does not name (`i avvaktan på nämndens ställningstagande`) keeps it the
board's own but says so for review. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes

MARCH = """PROTOKOLL 2/2051
Datum: 2051-03-20

§ 10 Öppnande
Mötet öppnades.

§ 11 Riktlinjer för representation
Styrelsen beslutade
att bordlägga ärendet till nästa sammanträde. Förbundschefen återkommer då med ärendet.

§ 12 FINSAM-plan 2051, Olofströms kommun
Olofströms kommun har lämnat in sin plan. Kommunens nämnd har ännu inte beslutat om sin egen insats.
Lars Berg (S) yrkar att ärendet bordläggs i avvaktan på nämndens ställningstagande.

Beslut
Ärendet bordläggs till nästa sammanträde.
"""


def test_the_sentence_after_a_deferral_names_who_comes_back_with_it(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    assert follow_up(cli, "2051-2 §11", "2051-03-31")["responsible"] == "förbundschefen"


def test_a_deferral_said_to_wait_for_what_it_does_not_name_is_put_to_review(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    assert follow_up(cli, "2051-2 §12", "2051-03-31")["responsible"] == "styrelsen"
    doubted = [d["what"] for d in summary["to_review"] if "waits for something" in d["what"]]
    assert len(doubted) == 1 and "2051-2 §12:1" in doubted[0], summary["to_review"]
