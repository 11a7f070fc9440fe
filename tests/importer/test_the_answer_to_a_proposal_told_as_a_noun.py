"""Minutes written on the notice itself: each item keeps the proposal's att-clauses, and the secretary
adds only the board's answer, told as a noun (`Beslut: Bifall till förslaget.`, `Beslut: Enligt
förslag, med ändringen att beloppet ska vara 300 000 kr.`, `Beslut: Avslag.`). The decisions are the
proposal's clauses, each its own, as `att bifalla förslaget` would make them; a change told beside it
is applied and put to review; a rejection adopts nothing. Minutes of our own."""

from __future__ import annotations

import pytest

from tests.importer.steps import imported, minutes, view

NOTICE = """\
Protokoll styrelsemöte 2, 2091
Datum: 2091-04-11
Plats: Förbundets kansli, Sölvesborg
Justerare: Lena Holm

§ 14  Ansökan om medel – Arbetsteget, Sölvesborgs kommun
Sölvesborgs kommun ansöker om medel för insatsen Arbetsteget.

Förslag till beslut
Styrelsen föreslås besluta
att bevilja Sölvesborgs kommun 250 000 kr för insatsen Arbetsteget under 2091, samt
att Sölvesborgs kommun ska återrapportera insatsens resultat senast den 30 november 2091.

Beslut: {answer}
"""


@pytest.mark.parametrize("answer", ["Bifall till förslaget.", "Enligt förslaget.", "Bifall."])
def test_the_proposals_clauses_are_the_decisions(cli, tmp_path, answer):
    summary = imported(cli, minutes(tmp_path, "apr.txt", NOTICE.format(answer=answer)))
    assert {d["id"]: d["kind"] for d in summary["decisions"]} == {"2091-2 §14:1": "grant", "2091-2 §14:2": "report"}
    grants = view(cli, "grants", "--as-of", "2999-12-31")
    assert [(g["party"], g["amount_sek"]) for g in grants] == [("Sölvesborgs kommun", 250000)]


def test_a_change_told_beside_the_answer_is_applied_and_put_to_review(cli, tmp_path):
    answer = "Enligt förslag, med ändringen att beloppet ska vara 300 000 kr."
    summary = imported(cli, minutes(tmp_path, "apr.txt", NOTICE.format(answer=answer)))
    grants = view(cli, "grants", "--as-of", "2999-12-31")
    assert [(g["party"], g["amount_sek"]) for g in grants] == [("Sölvesborgs kommun", 300000)]
    assert any("§14" in r["what"] and "300 000" in r["what"] for r in summary["to_review"]), summary["to_review"]


def test_a_rejection_told_as_a_noun_grants_nothing(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "apr.txt", NOTICE.format(answer="Avslag.")))
    assert view(cli, "grants", "--as-of", "2999-12-31") == []
    assert [d["kind"] for d in summary["decisions"]] == ["rejection"], summary["decisions"]
