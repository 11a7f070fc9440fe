"""A member party's FINSAM-plan adopted however the secretary words it: verb first or the plan
first in the passive, an adjective or two before the plan noun, `för år` before the year, the party after
the noun or only by its town's name, the sum granted `med`, `och bevilja`, or in a sentence of its
own, in kronor or `:-`; a plan called only `planen`, whose party and year the § title gives, and
money granted for `planen` in a decision of its own, both put to review. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes, view

FEBRUARY = """Styrelsemöte 2031-1, Samordningsförbundet i Blekinge län

Tid och plats
Måndag 2031-02-10, kl. 09:00

§3 Lokal FINSAM-plan 2031 – Ronneby kommun

Kommunen har skickat in sin plan i tid.
Styrelsen beslutade:
Beslut 2031-1 §03:1
Att anta planen och bevilja 455 000 kr för dess genomförande.

§4 Sölvesborgs kommuns FINSAM-plan 2031

Styrelsen beslutade:
Beslut 2031-1 §04:1
Att Sölvesborgs uppdaterade FINSAM-plan för år 2031 godkänns med 312 000:-.

§5 Olofströms kommuns plan

Styrelsen beslutade:
Beslut 2031-1 §05:1
Att godkänna den nya FINSAM-planen från Olofströms kommun för 2031. Till planen anvisas 270 000 kr.

§6 Karlshamns kommuns plan

Styrelsen beslutade:
Beslut 2031-1 §06:1
Karlshamns kommuns kompletterade lokala FINSAM-plan 2031 fastställs. 610 000 kronor tilldelas kommunen för arbetet.

§7 Kommunikationsplan 2031

Styrelsen beslutade:
Beslut 2031-1 §07:1
Att fastställa planen.

§8 FINSAM-plan 2032 – Karlskrona kommun

Styrelsen beslutade:
Beslut 2031-1 §08:1
Att anteckna att planen har kommit in.

§9 Region Blekinges FINSAM-plan 2031

Styrelsen beslutade:
Beslut 2031-1 §09:1
Att Region Blekinges FINSAM-plan 2031 antas.
Beslut 2031-1 §09:2
Att anvisa 150 000 kr ur årets budget till planens genomförande.

§10 Delårsrapport – FINSAM-plan 2031 – Karlshamns kommun

Styrelsen beslutade:
Beslut 2031-1 §10:1
Delårsrapporten om planen godkänns.

§11 Återrapport från Karlskrona kommun

Styrelsen beslutade:
Beslut 2031-1 §11:1
Återrapporten om Karlskrona kommuns FINSAM-plan 2031 godkänns.
"""

APRIL = """Styrelsemöte 2031-2, Samordningsförbundet i Blekinge län

Tid och plats
Måndag 2031-04-14, kl. 09:00

§2 Reviderad FINSAM-plan 2031 – Ronneby kommun

Ronneby kommun har lämnat en ny version av planen med fler deltagare.
Styrelsen beslutade:
Beslut 2031-2 §02:1
Att fastställa den reviderade planen med 520 000 kr.
"""


def _plans(cli, as_of: str) -> dict[str, tuple[str, int, str]]:
    return {p["party"]: (p["status"], p["granted_sek"], p["decision"])
            for p in view(cli, "plans", "--year", "2031", "--as-of", as_of)}


def test_a_plan_is_adopted_with_its_sum_in_any_word_order(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "feb.txt", FEBRUARY))
    kinds = {d["id"]: d["kind"] for d in summary["decisions"]}
    assert [kinds[f"2031-1 §{n:02}:1"] for n in range(3, 12)] == [
        "plan", "plan", "plan", "plan", "document", "acknowledgement", "plan", "document", "acknowledgement"]
    assert _plans(cli, "2031-12-31") == {
        "Ronneby kommun": ("adopted", 455_000, "2031-1 §03:1"),
        "Sölvesborgs kommun": ("adopted", 312_000, "2031-1 §04:1"),
        "Olofströms kommun": ("adopted", 270_000, "2031-1 §05:1"),
        "Karlshamns kommun": ("adopted", 610_000, "2031-1 §06:1"),
        "Region Blekinge": ("adopted", 150_000, "2031-1 §09:1"),
    }
    grants = {g["decision"]: (g["party"], g["amount_sek"]) for g in view(cli, "grants", "--year", "2031", "--as-of", "2031-12-31")}
    assert grants["2031-1 §06:1"] == ("Karlshamns kommun", 610_000)


def test_money_granted_for_the_plan_in_a_decision_of_its_own_is_the_plans_and_put_to_review(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "feb.txt", FEBRUARY))
    assert {d["id"]: d["kind"] for d in summary["decisions"]}["2031-1 §09:2"] == "grant"
    assert _plans(cli, "2031-12-31")["Region Blekinge"] == ("adopted", 150_000, "2031-1 §09:1")
    doubt, = [d["what"] for d in summary["to_review"] if d["what"].startswith("2031-1 §09:2")]
    assert "Region Blekinges" in doubt


def test_a_plan_named_only_by_its_title_is_put_to_review(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "feb.txt", FEBRUARY))
    doubts = [d["what"] for d in summary["to_review"] if "adopts 'planen'" in d["what"]]
    assert len(doubts) == 1 and doubts[0].startswith("2031-1 §03:1")
    assert "Ronneby kommuns FINSAM-plan 2031" in doubts[0] and "title" in doubts[0]


def test_a_plan_adopted_again_by_its_title_supersedes_the_first(cli, tmp_path):
    imported(cli, minutes(tmp_path, "feb.txt", FEBRUARY))
    imported(cli, minutes(tmp_path, "apr.txt", APRIL))
    assert _plans(cli, "2031-12-31")["Ronneby kommun"] == ("adopted", 520_000, "2031-2 §02:1")
    grants = {g["decision"]: g["status"] for g in view(cli, "grants", "--year", "2031", "--as-of", "2031-12-31")}
    assert grants["2031-1 §03:1"] == "superseded"


NO_MONEY = """Styrelsemöte 2031-3, Samordningsförbundet i Blekinge län

Tid och plats
Måndag 2031-06-09, kl. 09:00

§4 Utvecklingsplaner 2031

Styrelsen beslutade:
Beslut 2031-3 §04:1
Att fastställa Karlskrona kommuns utvecklingsplan 2031.
Beslut 2031-3 §04:2
Att fastställa Region Blekinges samarbetsplan 2031 utan tilldelning av förbundsmedel.
Beslut 2031-3 §04:3
Att fastställa Ronneby kommuns kommunikationsplan 2031.
"""


def test_a_members_plan_adopted_without_money_is_a_plan_where_its_noun_or_words_say_so(cli, tmp_path):
    """A development plan is a member's yearly plan as an action plan is; any plan adopted `utan
    tilldelning av medel` could have had money, so it is a member's; a communication plan is a document."""
    summary = imported(cli, minutes(tmp_path, "jun.txt", NO_MONEY))
    assert [d["kind"] for d in summary["decisions"]] == ["plan", "plan", "document"]
    assert _plans(cli, "2031-12-31") == {"Karlskrona kommun": ("adopted", 0, "2031-3 §04:1"),
                                         "Region Blekinge": ("adopted", 0, "2031-3 §04:2")}
