"""Minutes whose headings put the title first and the § number last (`Årsredovisning 2076 ......
§ 14`, or a wide gap instead of leaders), a long title wrapped onto two lines; minutes whose §
number stands alone over the paragraph's prose (`§ 6.` / `Föredrogs …`); a cover that gives the
range of decision numbers beside `Beslut:` (and a member's insatsplan adopted without money, still its
plan); and a label in the board's genitive (`Förbundsstyrelsens
beslut`) that comes back on every page, as any label does. Each is read as the items and decisions
it is, not refused and not taken for page furniture. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes, view

TITLE_FIRST = """\
FÖRBUNDET                                          PROTOKOLL           Sida 1/2
Förbundsstyrelsen                                  2077-05-12

Plats och tid               Kommunhuset, Olofström, kl. 09.00–11.00
Justerare                   Lena Dahl
Paragrafer                  §§ 21–23


Val av justerare ........................................................ § 21

Lena Dahl utses att justera protokollet.


Årsredovisning 2076                                                       § 22
Dnr 2077/011

Förbundsstyrelsens beslut
- att godkänna årsredovisningen för 2076

Beslutet skickas till
Medlemmarna

FÖRBUNDET                                          PROTOKOLL           Sida 2/2
Förbundsstyrelsen                                  2077-05-12

Ansökan om medel för en gemensam jobbcoach i Olofström och
Sölvesborg under hösten 2077 ............................................ § 23
Dnr 2077/014

I protokollsutdrag 2077-02-10, § 9 nämndes behovet.

Förbundsstyrelsens beslut
- att bevilja Olofströms kommun 260 000 kronor för 2077
"""

PROSE_BOOK = """\
Protokoll fört vid sammanträde med styrelsen för Samordningsförbundet i Blekinge län den 9 juni 2077 i Karlskrona.

§ 30.
Att jämte ordföranden justera protokollet utsågs Per Lund.

§ 31.
Föredrogs Ronneby kommuns ansökan om medel för sommarjobb. Efter överläggning beslöt styrelsen att bevilja Ronneby kommun 150 000 kronor.
"""

NUMBERED = """\
Protokoll från styrelsens sammanträde den 3 mars 2077

Plats:     Regionhuset, Karlskrona
Beslut:    nr 2077:5–2077:7
Utses att justera:  Per Lund

§ 4  Insatsplan Karlshamns kommun 2077

Planen söker inga medel i år.

Styrelsen beslutar att fastställa Karlshamns kommuns insatsplan för 2077.

Beslut nr 2077:5
"""


def _kinds(cli, tmp_path, name: str, text: str) -> dict[str, str]:
    summary = imported(cli, minutes(tmp_path, name, text))
    return {d["id"]: d["kind"] for d in summary["decisions"]}


def test_a_heading_with_its_number_last_after_leaders_or_a_wide_gap_is_an_item(cli, tmp_path):
    kinds = _kinds(cli, tmp_path, "maj.txt", TITLE_FIRST)
    assert kinds.get("2077-1 §22:1") == "document", kinds


def test_a_title_wrapped_over_two_lines_is_one_heading_and_a_cited_paragraph_is_none(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "maj.txt", TITLE_FIRST))
    titles = {p["number"]: p["title"] for p in summary["paragraphs"]}
    assert titles == {21: "Val av justerare", 22: "Årsredovisning 2076",
                      23: "Ansökan om medel för en gemensam jobbcoach i Olofström och Sölvesborg under hösten 2077"}, titles
    assert {d["id"]: d["kind"] for d in summary["decisions"]}.get("2077-1 §23:1") == "grant"


def test_the_boards_label_that_comes_back_on_every_page_is_no_page_furniture(cli, tmp_path):
    kinds = _kinds(cli, tmp_path, "maj.txt", TITLE_FIRST)
    assert set(kinds) == {"2077-1 §22:1", "2077-1 §23:1"}, kinds


def test_a_number_alone_over_prose_heads_the_paragraph(cli, tmp_path):
    kinds = _kinds(cli, tmp_path, "juni.txt", PROSE_BOOK)
    assert kinds == {"2077-1 §31:1": "grant"}, kinds


def test_the_covers_range_of_decision_numbers_is_no_decision_and_an_insatsplan_without_money_is_a_plan(cli, tmp_path):
    kinds = _kinds(cli, tmp_path, "mars.txt", NUMBERED)
    assert kinds == {"2077-1 §04:1": "plan"}, kinds


LOWER_WRAP = """\
Protokoll förbundsstyrelsen 2077-10-20
Plats och tid               Stadshuset, Karlshamn
Justerare                   Lena Dahl


Gemensam upphandling av utvärdering – avskrivning av
uppdrag                                                                   § 44
Dnr 2077/020

Förbundsstyrelsens beslut
- att avskriva uppdraget om gemensam upphandling


Insatsplan Ronneby kommun 2078                                            § 45

Förbundsstyrelsens beslut
- Insatsplanen för Ronneby kommun 2078 fastställs. Förbundet finansierar
  planen med 950 tkr.


Insatsplan Sölvesborgs kommun 2078                                        § 46

Förbundsstyrelsens beslut
- Sölvesborgs kommuns insatsplan 2078 fastställs med ett bidrag från förbundet
  på 560 000 kr.
"""


def test_a_title_whose_second_line_begins_in_lower_case_is_one_heading(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "okt.txt", LOWER_WRAP))
    titles = {p["number"]: p["title"] for p in summary["paragraphs"]}
    assert titles[44] == "Gemensam upphandling av utvärdering – avskrivning av uppdrag", titles


def test_a_plans_money_said_in_the_next_sentence_or_after_several_words_is_its_grant(cli, tmp_path):
    imported(cli, minutes(tmp_path, "okt.txt", LOWER_WRAP))
    plans = {(p["party"], p["year"]): p["granted_sek"] for p in view(cli, "plans", "--as-of", "2078-12-31")}
    assert plans == {("Ronneby kommun", 2078): 950000, ("Sölvesborgs kommun", 2078): 560000}, plans
