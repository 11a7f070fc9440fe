"""Amounts as a hand in a hurry writes them: thousands marked by an apostrophe after the figures
(`275'`) and millions shortened to `milj` with no `kr` after it (`0,35 milj`, `2 milj`). A year
quoted in apostrophes (`'Målbild 2071'`) is no amount. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes

SHORTHAND = """\
Styrelsemöte 3/2071
Datum: 2071-05-06

§ 1 Mötets öppnande
Ordföranden öppnade mötet.

§ 2 Ansökan från Olofströms kommun
Styrelsen beslutar att bevilja Olofströms kommun 275' för 2071.

§ 3 Ansökan från Ronneby kommun
Styrelsen beslutar att bevilja Ronneby kommun 0,35 milj för 2071.

§ 4 Ansökan från Region Blekinge
Styrelsen beslutar att bevilja Region Blekinge 2 milj för 2072.

§ 5 Skrift från Karlshamns kommun
Styrelsen beslutar att anta skriften 'Målbild 2071' som underlag.
"""


def _grants(cli, tmp_path) -> dict[str, int]:
    summary = imported(cli, minutes(tmp_path, "maj.txt", SHORTHAND))
    return {d["id"]: [e for e in d["events"] if e.startswith("grant:")] for d in summary["decisions"]}


def test_thousands_marked_by_an_apostrophe_are_read(cli, tmp_path):
    assert _grants(cli, tmp_path)["2071-3 §02:1"] == ["grant: 275 000 kr to Olofströms kommun for 2071 by 2071-3 §02:1"]


def test_millions_shortened_without_kronor_are_read(cli, tmp_path):
    grants = _grants(cli, tmp_path)
    assert (grants["2071-3 §03:1"], grants["2071-3 §04:1"]) == (
        ["grant: 350 000 kr to Ronneby kommun for 2071 by 2071-3 §03:1"],
        ["grant: 2 000 000 kr to Region Blekinge for 2072 by 2071-3 §04:1"])


def test_a_year_quoted_in_apostrophes_is_no_amount(cli, tmp_path):
    assert _grants(cli, tmp_path)["2071-3 §05:1"] == []
