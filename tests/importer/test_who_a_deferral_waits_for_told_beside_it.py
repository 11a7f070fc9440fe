"""Who a deferral waits for, told beside it rather than in it: the sentence after it names who
comes back with the matter (`Förbundschefen återkommer då med ärendet`), and a § whose prose says the matter waits for
something the deferral does not name (`i avvaktan på nämndens ställningstagande`) keeps it the
board's own but says so for review; where the § or the deferral names a member or an officer it waits for (`i
avvaktan på yttrande från Olofströms kommuns socialnämnd`, a motion to defer `så att förbundschefen
kan …`), that too is put to review. Minutes of our own."""

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

§ 13 Lokalhyra för Steget
Karin Ek (C) föreslår att ärendet bordläggs så att förbundschefen kan ta in ett andra anbud.

Beslut
Styrelsen beslutar att bordlägga ärendet.

§ 14 FINSAM-plan 2051, Karlshamns kommun
Beslut
Styrelsen beslutar att bordlägga ärendet till nästa sammanträde i avvaktan på yttrande från
Karlshamns kommuns socialnämnd.
"""


def test_the_sentence_after_a_deferral_names_who_comes_back_with_it(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    assert follow_up(cli, "2051-2 §11", "2051-03-31")["responsible"] == "förbundschefen"


def test_a_deferral_said_to_wait_for_what_it_does_not_name_is_put_to_review(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    assert follow_up(cli, "2051-2 §12", "2051-03-31")["responsible"] == "styrelsen"
    doubted = [d["what"] for d in summary["to_review"] if "waits for something" in d["what"] and "§12:1" in d["what"]]
    assert len(doubted) == 1 and "('i avvaktan på …')" in doubted[0], summary["to_review"]


def test_a_deferral_whose_paragraph_names_whom_it_waits_for_is_put_to_review(cli, tmp_path):
    """Hands differ on it: the one named, the board, or who prepares the matter."""
    summary = imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    assert follow_up(cli, "2051-2 §13", "2051-03-31")["responsible"] == "styrelsen"
    assert follow_up(cli, "2051-2 §14", "2051-03-31")["responsible"] == "styrelsen"
    doubted = " ".join(d["what"] for d in summary["to_review"] if "waits for something" in d["what"])
    assert "2051-2 §13:1" in doubted and "2051-2 §14:1" in doubted, summary["to_review"]
