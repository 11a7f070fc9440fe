"""A decision block in prose whose second sentence, with its own subject and verb, decides
something the first does not (`Beviljas 600 tkr för 2077.` / `Projektledaren lämnar en delrapport
till styrelsen senast 31 augusti.`) is two decisions; a sentence that only says more of the first
(`Medlen får användas till …`, a plan's own money in a sentence of its own) stays with it. A later
decision that replaces the § `om 600 tkr` replaces its grant, not the report beside it. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes, title_block, view

FEBRUARY = title_block(1, "2077-02-10") + """
§ 8  Projekt Trappsteget – medel 2077

Beslut
Beviljas 600 tkr för 2077. Projektledaren lämnar en skriftlig delrapport till styrelsen senast 31 augusti.

§ 9  Insatsplan Ronneby kommun 2077

Beslut
Planen fastställs. Ronneby kommun beviljas 900 000 kr för 2077. Medlen får användas till arbetsträning.
"""

MAY = title_block(2, "2077-05-18") + """
§ 20  Projekt Trappsteget – utökning

Beslut
Styrelsen beslutade att bevilja projekt Trappsteget 750 tkr för 2077. Beslutet ersätter beslut 2077-1 § 8 om 600 tkr.
"""


def test_a_second_sentence_with_a_decision_of_its_own_is_a_decision_of_its_own(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "feb.txt", FEBRUARY))
    kinds = {d["id"]: d["kind"] for d in summary["decisions"]}
    assert (kinds.get("2077-1 §08:1"), kinds.get("2077-1 §08:2")) == ("grant", "report"), kinds


def test_a_plans_money_and_what_it_may_be_used_for_stay_with_the_plan(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "feb.txt", FEBRUARY))
    assert [d["id"] for d in summary["decisions"] if d["id"].startswith("2077-1 §09")] == ["2077-1 §09:1"]


def test_replacing_a_paragraph_by_the_sum_it_granted_ends_its_grant_not_its_report(cli, tmp_path):
    imported(cli, minutes(tmp_path, "feb.txt", FEBRUARY))
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    statuses = {d["id"]: d["status"] for d in view(cli, "decisions", "--as-of", "2077-12-31")}
    assert (statuses["2077-1 §08:1"], statuses["2077-1 §08:2"]) == ("superseded", "in_force")
    assert follow_up(cli, "2077-1 §08:2", "2077-06-01")["status"] == "open"
