"""Minutes that name their meeting and its day in words, as a referat-style protocol does (`styrelsens
tredje sammanträde år 2099`, `onsdagen den fjortonde maj 2099`): the meeting's number and date are
read from the words. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes

IN_WORDS = """Protokoll fört vid styrelsens för Samordningsförbundet FINSAM Blekinge tredje sammanträde år 2099,
hållet i förbundets lokaler onsdagen den fjortonde maj 2099.

§ 21 Val av justerare
Till att jämte ordföranden justera protokollet utsågs Per Ek.

§ 23 Insatsplan för Karlshamns kommun 2099
Förbundschefen redogjorde för förslaget. Efter en kort diskussion beslöt styrelsen att fastställa
insatsplanen för Karlshamns kommun år 2099 med 950 000 kronor.
"""

DAY_ONLY = """Protokoll fört vid sammanträde med styrelsen måndagen den tjugoförsta september 2099.

§ 40 Projektet Nya steg
Styrelsen beslöt att bevilja projektet Nya steg 300 000 kronor för år 2099.
"""


def test_the_meetings_ordinal_and_its_day_in_words_are_read(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "tredje.txt", IN_WORDS))
    assert (summary["meeting"], summary["date"]) == ("2099-3", "2099-05-14")


def test_a_day_in_words_dates_minutes_that_give_no_number(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "september.txt", DAY_ONLY))
    assert summary["date"] == "2099-09-21"
    assert summary["meeting"] == "2099-1"
    assert any("worked out" in d["what"] for d in summary["to_review"]), summary["to_review"]
