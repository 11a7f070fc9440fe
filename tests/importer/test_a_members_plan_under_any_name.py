"""A member's plan for the year, whatever the member calls it: `Arbetsförmedlingens handlingsplan 2077`,
`Region Blekinges verksamhetsplan för 2077 avseende …`, with money or without, is that member's plan;
the förbund's own verksamhetsplan stays a document. A plan adopted subject first whose member is then
granted its money in a clause of its own (`… fastställs och Olofströms kommun beviljas kronor 310 000
för 2077`) is granted once, and money written with the currency first (`kronor 80 000`) is read. The
year may come last (`Arbetsförmedlingens handlingsplan för medverkan i förbundets insatser under 2077`),
and the money be set aside (`för genomförandet avsätta 620 tkr`). A member's plan named without a year
(`Karlshamns kommuns insatsplan utan anslag`) is put to review, not taken for a document in silence.
Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes, title_block, view

MINUTES = title_block(1, "2077-02-10") + """
§ 5  Handlingsplan Arbetsförmedlingen

Beslut
Att godkänna Arbetsförmedlingens handlingsplan 2077; planen medför inga kostnader för förbundet.

§ 6  Rehabkoordinering

Beslut
Styrelsen fastställer Region Blekinges verksamhetsplan för 2077 avseende rehabkoordinering och beviljar 350 tkr.

§ 7  Förbundets verksamhetsplan

Beslut
Att fastställa förbundets verksamhetsplan för 2077.

§ 8  Arbetsnära stöd

Beslut
1. Insatsplan 2077 för Olofströms kommun, Arbetsnära stöd, fastställs och
   Olofströms kommun beviljas kronor 310 000 för 2077.

§ 10  Handlingsplan Försäkringskassan

Beslut
Styrelsen fastställer Försäkringskassans handlingsplan för medverkan i förbundets insatser under 2077.

§ 11  Verksamhetsplan Ronneby kommun

Beslut
Att anta Ronneby kommuns verksamhetsplan för samverkan och för genomförandet avsätta 620 tkr ur förbundets budget för 2077.

§ 12  Insatsplan Karlshamns kommun

Beslut
Att godkänna Karlshamns kommuns insatsplan utan anslag.

§ 9  Brukarråd

Beslut
Att bevilja Karlshamns kommun kronor 80 000 för ett brukarråd under 2077.
"""


def _read(cli, tmp_path):
    imported(cli, minutes(tmp_path, "februari.txt", MINUTES))
    return ({d["id"]: d["kind"] for d in view(cli, "decisions", "--as-of", "2077-12-31")},
            {p["party"]: p["granted_sek"] for p in view(cli, "plans", "--as-of", "2077-12-31")},
            sorted((g["decision"], g["amount_sek"]) for g in view(cli, "grants", "--as-of", "2077-12-31")))


def test_a_members_handlingsplan_or_verksamhetsplan_for_the_year_is_its_plan(cli, tmp_path):
    kinds, plans, _ = _read(cli, tmp_path)
    assert (kinds["2077-1 §05:1"], kinds["2077-1 §06:1"], kinds["2077-1 §07:1"]) == ("plan", "plan", "document")
    assert (plans["Arbetsförmedlingen"] or 0, plans["Region Blekinge"]) == (0, 350000)


def test_a_plans_money_granted_in_a_clause_of_its_own_is_granted_once(cli, tmp_path):
    _, plans, grants = _read(cli, tmp_path)
    assert plans["Olofströms kommun"] == 310000
    assert [g for g in grants if g[0] == "2077-1 §08:1"] == [("2077-1 §08:1", 310000)]


def test_money_written_with_the_currency_first_is_granted(cli, tmp_path):
    kinds, _, grants = _read(cli, tmp_path)
    assert kinds["2077-1 §09:1"] == "grant"
    assert ("2077-1 §09:1", 80000) in grants


def test_a_plans_year_said_last_and_its_money_set_aside(cli, tmp_path):
    kinds, plans, _ = _read(cli, tmp_path)
    assert (kinds["2077-1 §10:1"], kinds["2077-1 §11:1"]) == ("plan", "plan")
    assert (plans["Försäkringskassan"] or 0, plans["Ronneby kommun"]) == (0, 620000)


def test_a_members_plan_named_without_a_year_is_put_to_review(cli, tmp_path):
    said = [d["what"] for d in imported(cli, minutes(tmp_path, "februari.txt", MINUTES))["to_review"]]
    assert any(what.startswith("2077-1 §12:1: read as document, but its words say plan") for what in said), said


TOPIC_FIRST = title_block(2, "2077-04-14") + """
§ 21  Handlingsplan Karlshamn

Beslut
Att fastställa Karlshamns kommuns handlingsplan för förebyggande arbete 2077 med en ram om 540 tkr.

§ 22  Handlingsplan Arbetsförmedlingen

Beslut
1. Arbetsförmedlingens handlingsplan för samverkan kring unga 2077 fastställs.

§ 23  Språk och arbete

Beslut
Att godkänna Olofströms kommuns handlingsplan för insatsen Språk och arbete 2077.
"""


def test_a_members_plan_named_by_what_it_is_for_before_its_year_is_its_plan(cli, tmp_path):
    imported(cli, minutes(tmp_path, "april.txt", TOPIC_FIRST))
    plans = {(p["party"], p["year"]): (p["decision"], p["granted_sek"]) for p in view(cli, "plans", "--as-of", "2077-12-31")}
    assert plans[("Karlshamns kommun", 2077)] == ("2077-2 §21:1", 540000)
    assert plans[("Arbetsförmedlingen", 2077)][0] == "2077-2 §22:1"
    assert plans[("Olofströms kommun", 2077)][0] == "2077-2 §23:1"  # a name that holds `och`


TITLED_BY_INSATS = title_block(3, "2077-05-12") + """
§ 31  Verksamhetsplan 2077 – Stegvis, Karlshamns kommun

Beslut
1. Verksamhetsplan 2077 för Stegvis godkänns.
2. Karlshamns kommun beviljas 2,1 mnkr för Stegvis under 2077.
"""


def test_an_insats_plan_whose_title_names_its_member_is_that_members_plan(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "maj.txt", TITLED_BY_INSATS))
    plans = {(p["party"], p["year"]): (p["decision"], p["granted_sek"]) for p in view(cli, "plans", "--as-of", "2077-12-31")}
    assert plans[("Karlshamns kommun", 2077)] == ("2077-3 §31:1", 2100000)
    assert any("2077-3 §31:1" in d["what"] and "§ title" in d["what"] for d in summary["to_review"])
