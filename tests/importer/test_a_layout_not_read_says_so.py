"""Minutes in a layout the importer does not know say so instead of being read wrong in silence:
a § range the title block states (`Paragrafer 13–24`) that the items read do not keep to puts every
decision's id to review; a heading that holds a whole text of its own (a table's row read as one
line) with the words of a decision, none read, is put to review; and a line that opens as an item
(`§ 7 …`) that no item was read for is put to review. Minutes of our own."""

from __future__ import annotations

import pytest

from tests.importer.steps import imported, minutes

NUMBERED_ELSEWHERE = """\
Protokoll nr 2/2077
Datum: 2077-04-19
Plats: Stadshuset, Ronneby
Justerare: Anna Berg. {stated}

§ 1 Ansökan från Karlshamns kommun

Beslut: Att bevilja Karlshamns kommun 640 000 kr för 2077.

§ 2 Budget 2078

Beslut: Att ge förbundschefen i uppdrag att lägga fram ett förslag till budget 2078.
"""


@pytest.mark.parametrize("stated, doubted", [
    ("Paragrafer 13–24.", True), ("Paragrafer: §§ 13–24", True), ("Paragrafer 1–2.", False), ("Omedelbart justerade §§ 13–14", False),
])
def test_a_stated_range_the_items_do_not_keep_to_puts_every_id_to_review(cli, tmp_path, stated, doubted):
    summary = imported(cli, minutes(tmp_path, "apr.txt", NUMBERED_ELSEWHERE.format(stated=stated)))
    said = [r["what"] for r in summary["to_review"] if "check every decision's id" in r["what"]]
    assert said == ([f"the minutes give §§ {13 if doubted else 1}–{24 if doubted else 2}, but the items read are "
                     "numbered 1–2: the layout may number its items in a way not read; check every decision's id"]
                    if doubted else [])


ROW_AS_HEADING = """\
Protokoll nr 2/2077
Datum: 2077-04-19
Plats: Stadshuset, Ronneby
Justerare: Anna Berg

§ 4 Budget 2078

Beslut: Att ge förbundschefen i uppdrag att lägga fram ett förslag till budget 2078.

§ 5 Ronneby kommuns insatsplan 2077 Dnr 2077/41 Kommunen föredrog planen som fortsätter i samma form {decided}

§ 6 Mötets avslutande
"""


@pytest.mark.parametrize("decided", [
    "och beviljas 2,14 mnkr för genomförandet",
    "– fastställs med en ram om 2 140 000 kr",
])
def test_a_heading_that_holds_a_decision_none_read_is_put_to_review(cli, tmp_path, decided):
    result = cli("import-minutes", str(minutes(tmp_path, "apr.txt", ROW_AS_HEADING.format(decided=decided))), "--dry-run")
    assert "§5 Ronneby kommuns insatsplan 2077" in result.output and "reads like a decision" in result.output, result.output
