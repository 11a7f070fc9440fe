"""A plan adopted under a heading that names it, the decision saying only `den` (`Styrelsen tyckte
att planen var genomarbetad och beslöt att fastställa den för 2071 med …`) or `insatsplanen`
under a heading that names the party by its town in the genitive (`Ronnebys insatsplan 2071`):
the heading's plan, with its sum, put to review as the rest of the inferred plans are. Without a
sum (in figures or in words), a plan compound adopted stays a document. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes, view

PLANS = """\
Protokoll från styrelsemötet 9/4 2071
Samordningsförbundet FINSAM Blekinge, styrelsen
Datum: 9 april 2071

Punkt 1. Mötet öppnas
Ordföranden hälsade alla välkomna.
Punkt 2. Insatsplan för Olofströms kommun 2071
Mikael gick igenom planen. Styrelsen tyckte att planen var genomarbetad och beslöt att fastställa den för 2071 med 610 000 kr.
Punkt 3. Ronnebys insatsplan 2071
Anna berättade om vad som ändrats. Styrelsen beslöt att godkänna insatsplanen för 2071 med 0,4 milj.
Punkt 4. Insatsplan för Karlshamns kommun 2071
Jonas visade planen. Styrelsen beslöt att fastställa den.
Punkt 5. Insatsplan för Sölvesborgs kommun 2071
Eva presenterade planen. Styrelsen beslöt att fastställa insatsplanen för 2071 med trehundrafemtio tusen kronor.
Punkt 6. Mötet avslutas
Ordföranden avslutade mötet.
"""


def _read(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "april.txt", PLANS))
    plans = {(p["party"], p["year"]): p for p in view(cli, "plans", "--as-of", "2999-12-31")}
    return summary, plans


def test_a_plan_adopted_as_den_is_the_plan_its_heading_names(cli, tmp_path):
    summary, plans = _read(cli, tmp_path)
    assert plans[("Olofströms kommun", 2071)]["granted_sek"] == 610_000, plans
    assert any("2071-1 §02:1" in doubt["what"] for doubt in summary["to_review"]), summary["to_review"]


def test_a_heading_naming_the_party_by_its_town_in_the_genitive_names_its_plan(cli, tmp_path):
    _, plans = _read(cli, tmp_path)
    assert plans[("Ronneby kommun", 2071)]["granted_sek"] == 400_000, plans


def test_the_heading_s_plan_takes_its_sum_written_in_words(cli, tmp_path):
    _, plans = _read(cli, tmp_path)
    assert plans[("Sölvesborgs kommun", 2071)]["granted_sek"] == 350_000, plans


def test_a_plan_compound_adopted_without_a_sum_stays_a_document(cli, tmp_path):
    summary, plans = _read(cli, tmp_path)
    kinds = {d["id"]: d["kind"] for d in summary["decisions"]}
    assert kinds.get("2071-1 §04:1") == "document" and ("Karlshamns kommun", 2071) not in plans, (kinds, plans)
