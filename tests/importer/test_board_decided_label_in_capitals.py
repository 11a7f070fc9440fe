"""Running minutes set the decision under a label in capitals on a line of its own, the same in
every item (`STYRELSEN BESLÖT`, `FÖRBUNDSSTYRELSEN BESLÖT:`), with the att-clauses below it each in
its own paragraph. A label that comes back item after item is the minutes' structure, not a
page header to be dropped; a real page header that comes back (`FÖRBUNDET I KRONOBERG –
STYRELSEN`) still stays out of the decisions. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes

_HEAD = """\
FÖRBUNDET I KRONOBERG – STYRELSEN
Styrelsen – protokoll nr 3/2082

Sammanträdesdag: tisdagen den 6 juni 2082
Plats: Kansliet, Växjö

Närvarande: Ida Ström (ordförande), Olle Berg, Mira Lund

§ 21  Rapport om budgetläget

Ekonomen redogjorde för läget.

{label}

att lägga rapporten till handlingarna,

att ge förbundschefen i uppdrag att ta fram en prognos.

§ 22  Ansökan från Växjö kommun

Kommunen sökte medel för ett nytt projekt.
FÖRBUNDET I KRONOBERG – STYRELSEN

{label}

att avslå ansökan.

§ 23  Ansökan från Alvesta kommun

{label}

att återremittera ärendet till förbundschefen för komplettering.
"""


def _kinds(cli, tmp_path, label: str) -> dict[str, str]:
    summary = imported(cli, minutes(tmp_path, "juni.txt", _HEAD.format(label=label)))
    return {d["id"]: d["kind"] for d in summary["decisions"]}


def test_a_label_in_capitals_that_comes_back_in_every_item_opens_each_decision(cli, tmp_path):
    kinds = _kinds(cli, tmp_path, "STYRELSEN BESLÖT")
    assert [kinds.get(f"2082-3 §{n}") for n in ("21:1", "21:2", "22:1", "23:1")] == \
        ["acknowledgement", "assignment", "rejection", "referral"], kinds


def test_another_name_of_the_board_with_a_colon_opens_them_too(cli, tmp_path):
    kinds = _kinds(cli, tmp_path, "FÖRBUNDSSTYRELSEN BESLÖT:")
    assert [kinds.get(f"2082-3 §{n}") for n in ("22:1", "23:1")] == ["rejection", "referral"], kinds


def test_a_page_header_that_comes_back_is_no_decision(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "juni.txt", _HEAD.format(label="STYRELSEN BESLÖT")))
    assert not [d for d in summary["decisions"] if "KRONOBERG" in d["text"]], summary["decisions"]
