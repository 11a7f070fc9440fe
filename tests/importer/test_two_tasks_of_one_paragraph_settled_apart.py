"""A § that set two tasks (`att ge förbundschefen i uppdrag att lägga fram budgeten …, samt att ge
förbundschefen i uppdrag att utreda …`), cited later by its § alone: the item that delivers the budget
`enligt uppdraget från juni (§ 25)` fulfils that task only, put to review; an item that tells the
other task delayed (`har dragit ut på tiden`) delivers nothing; and a decision `att avskriva
uppdraget` citing the same § writes off the one still open, and fulfils nothing else by its
words; of a delrapport and a slutrapport set by one §, an item titled `… – delrapport` delivers
the first (the report a task owes is named in its subject: `delrapport för projektet`). Minutes of our own."""

from __future__ import annotations

import pytest

from tests.importer.steps import follow_up, imported, minutes

JUNE = """\
Protokoll nr 3/2077
Datum: 2077-06-14

§ 25 Uppdrag inför hösten

Beslut: Att ge förbundschefen i uppdrag att lägga fram förslag till budget 2078 vid sammanträdet i oktober.
Att ge förbundschefen i uppdrag att utreda förutsättningarna för ett gemensamt mottagningsteam och redovisa utredningen senast den 31 oktober 2077.

§ 26 Informationsmaterial

Beslut: Att uppdra åt förbundschefen att senast den 30 november 2077 redovisa ett förslag till kommunikationsplan för förbundet.
"""

OCTOBER = """\
Protokoll nr 5/2077
Datum: 2077-10-18

§ 35 Budget 2078

Förbundschefen lägger fram förslaget {cited}.

Beslut: Att fastställa budget 2078 för förbundet.

§ 37 Förbundschefen informerar

Förbundschefen informerar om att utredningen om ett gemensamt mottagningsteam {delayed}.

Beslut: Att lägga informationen till handlingarna.
"""

DECEMBER = """\
Protokoll nr 6/2077
Datum: 2077-12-06

§ 42 Mottagningsteam

Förbundschefen fick i juni (§ 25) i uppdrag att utreda ett gemensamt mottagningsteam. Regionen har
startat ett eget team, och förbundschefen föreslår att uppdraget avslutas utan redovisning av förslaget.

Beslut: Att avskriva uppdraget, eftersom förutsättningarna inte längre finns.
"""


@pytest.mark.parametrize("cited, delayed", [
    ("enligt styrelsens uppdrag från juni (§ 25)", "har dragit ut på tiden; en redovisning av utredningen kommer i december"),
    ("som styrelsen begärde den 14 juni 2077, § 25", "drar ut på tiden"),
])
def test_each_task_is_settled_by_what_is_said_of_it(cli, tmp_path, cited, delayed):
    imported(cli, minutes(tmp_path, "jun.txt", JUNE))
    october = imported(cli, minutes(tmp_path, "okt.txt", OCTOBER.format(cited=cited, delayed=delayed)))
    assert follow_up(cli, "2077-3 §25:1", "2077-10-19")["status"] == "done"
    assert follow_up(cli, "2077-3 §25:2", "2077-10-19")["status"] == "open"
    assert any("settles 2077-3 §25:1" in r["what"] for r in october["to_review"]), october["to_review"]
    imported(cli, minutes(tmp_path, "dec.txt", DECEMBER))
    assert follow_up(cli, "2077-3 §25:2", "2077-12-07")["status"] == "written_off"
    assert follow_up(cli, "2077-3 §26:1", "2077-12-07")["status"] == "overdue", follow_up(cli, "2077-3 §26:1", "2077-12-07")


TWO_REPORTS = """\
Protokoll nr 1/2078
Datum: 2078-02-14

§ 7 Projekt Vägvisaren – ansökan, Ronneby kommun

Beslut
Styrelsen beslutar att
a) bevilja Ronneby kommun 350 000 kr för projektet Vägvisaren under 2078,
b) ålägga Ronneby kommun att lämna en delrapport för projektet senast den 31 augusti 2078, samt
c) ålägga Ronneby kommun att lämna en slutrapport för projektet senast den 28 februari 2079.
"""

SEPTEMBER = """\
Protokoll nr 4/2078
Datum: 2078-09-19

§ 39 Projekt Vägvisaren – delrapport, Ronneby kommun

Enligt styrelsens beslut den 14 februari 2078, § 7, skulle Ronneby kommun lämna en delrapport för projektet.
Rapporten kom in den 2 september och visar att arbetet följer planen.

Beslut
Delrapporten läggs till handlingarna.
"""


def test_the_report_an_item_is_titled_by_is_the_one_of_the_cited_paragraph_it_delivers(cli, tmp_path):
    """Of a delrapport and a slutrapport owed by the same §, an item titled `… – delrapport` delivers the first."""
    imported(cli, minutes(tmp_path, "feb.txt", TWO_REPORTS))
    imported(cli, minutes(tmp_path, "sep.txt", SEPTEMBER))
    assert follow_up(cli, "2078-1 §07:2", "2078-09-30")["status"] == "done"
    assert follow_up(cli, "2078-1 §07:3", "2078-09-30")["status"] == "open"
