"""Minutes kept as a protocol book in the old referat style: the place in the opening sentence
(`… den 9 juni 2077 i Rådhuset, Karlshamn.`), each § a number alone over running prose told in the
past, decisions with the noun first (`Planen godkändes, och anvisades därtill …`), the verb first
after a long clause (`Sedan …, godkändes planen …`) or as decided as well (`Beslöts tillika att …`),
each in the order told; and what was done at another meeting (`bordlades vid sammanträdet den
fjortonde april`) no decision of this one. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes, view

BOOK = """\
Protokoll fört vid sammanträde med styrelsen för Samordningsförbundet i Blekinge län den 9 juni 2077 i Rådhuset, sessionssalen, Karlshamn.

§ 30.
Att jämte ordföranden justera protokollet utsågs Per Lund.

§ 31.
Föredrogs Olofströms kommuns insatsplan för år 2077. Planen godkändes, och anvisades därtill 1,1 mnkr för år 2077. Beslöts tillika att Olofströms kommun skall redovisa hur medlen använts senast den 30 november 2077.

§ 32.
Sedan Sölvesborgs kommuns insatsplan för år 2077 föredragits av förbundschefen och ledamoten Anna Ek lämnat upplysningar om kommunens arbete med unga vuxna och deras väg till studier, godkändes planen med ett anslag av 450 000 kronor.

§ 33.
Föredrogs Ronneby kommuns ansökan om medel för projektet Kompassen. Ärendet bordlades vid sammanträdet den fjortonde april. Förbundschefen redogjorde för kompletteringen. Styrelsen beslöt att bevilja Ronneby kommun 300 000 kronor för projektet Kompassen.
"""


def _imported(cli, tmp_path) -> dict:
    return imported(cli, minutes(tmp_path, "juni.txt", BOOK))


def test_the_opening_sentence_gives_the_place(cli, tmp_path):
    _imported(cli, tmp_path)
    assert [m["place"] for m in view(cli, "meetings")] == ["Rådhuset, sessionssalen, Karlshamn"]


def test_the_noun_first_and_the_decided_as_well_are_read_in_the_order_told(cli, tmp_path):
    kinds = {d["id"]: d["kind"] for d in _imported(cli, tmp_path)["decisions"]}
    assert (kinds.get("2077-1 §31:1"), kinds.get("2077-1 §31:2")) == ("plan", "report"), kinds
    plans = {(p["party"], p["year"]): p["granted_sek"] for p in view(cli, "plans", "--as-of", "2077-12-31")}
    assert plans[("Olofströms kommun", 2077)] == 1100000


def test_a_verb_after_a_long_clause_of_time_decides(cli, tmp_path):
    _imported(cli, tmp_path)
    plans = {(p["party"], p["year"]): p["granted_sek"] for p in view(cli, "plans", "--as-of", "2077-12-31")}
    assert plans[("Sölvesborgs kommun", 2077)] == 450000


def test_a_deferral_at_another_meeting_is_no_decision_of_this_one(cli, tmp_path):
    kinds = {d["id"]: d["kind"] for d in _imported(cli, tmp_path)["decisions"]}
    assert [k for id_, k in kinds.items() if id_.startswith("2077-1 §33")] == ["grant"], kinds


AUTUMN = """\
Protokoll fört vid sammanträde med styrelsen för Samordningsförbundet i Blekinge län den 26 september 2077 i Rådhuset, Karlshamn.

§ 50.
Förelåg på nytt Karlshamns kommuns insatsplan för år 2077, vilken vid förra sammanträdet återremitterats. Styrelsen beslöt att godkänna insatsplanen och att till densamma anvisa femhundrafemtontusen kronor.

§ 51.
Föredrogs Sölvesborgs kommuns ansökan om medel för friskvård. Efter överläggning beslöt styrelsen att avslå ansökan.

§ 52.
Ekonomen föredrog delårsrapport för perioden januari–augusti 2077. Delårsrapporten godkändes.

§ 53.
Innan ärendet företogs anmälde Anna Ek jäv och lämnade rummet. Efter överläggning beslöts att bevilja Ronneby kommun 200 000 kronor för insatsen Arbetsbron.
"""


def test_a_hand_whose_only_past_is_the_board_after_a_lead_reads_its_nouns_first_too(cli, tmp_path):
    kinds = {d["id"]: d["kind"] for d in imported(cli, minutes(tmp_path, "sept.txt", AUTUMN))["decisions"]}
    assert kinds == {"2077-1 §50:1": "plan", "2077-1 §51:1": "rejection", "2077-1 §52:1": "document", "2077-1 §53:1": "grant"}, kinds


def test_jav_told_verb_first_names_who_stood_aside(cli, tmp_path):
    imported(cli, minutes(tmp_path, "sept.txt", AUTUMN))
    decisions = {d["id"]: d for d in view(cli, "decisions", "--as-of", "2077-12-31")}
    assert [p["name"] for p in decisions["2077-1 §53:1"]["recusals"]] == ["Anna Ek"]
