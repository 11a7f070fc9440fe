"""A correction shows wherever the corrected value does: `decisions`, `grants`, `plans`, `trace`
and `extract` give the corrected amount, say it was corrected, by which decision, and what it was;
as of a date before the correcting meeting, or as recorded before the correction was, they give
the amount as first decided and mark nothing."""

from __future__ import annotations

import json

import pytest

from tests.corrected import BETWEEN_THE_MEETINGS, CORRECTED, CORRECTING, MARK, record_the_correction


@pytest.fixture
def between(cli) -> str:
    return record_the_correction(cli)


def as_json(cli, *args: str):
    result = cli(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def corrected_decision(cli, *clocks: str) -> dict:
    return next(r for r in as_json(cli, "decisions", *clocks) if r["id"] == CORRECTED)


def test_the_corrected_decision_names_its_correction_in_decisions(cli, between):
    assert corrected_decision(cli)["corrections"] == [MARK]


def test_grants_and_plans_give_the_corrected_amount_and_the_correction(cli, between):
    [grant] = as_json(cli, "grants", "--year", "2026")
    assert (grant["amount_sek"], grant["corrections"]) == (460_000, [MARK])
    [plan] = as_json(cli, "plans", "--year", "2026")
    assert (plan["granted_sek"], plan["corrections"]) == (460_000, [{**MARK, "decision": CORRECTED}])


@pytest.mark.parametrize("clock", ["as of a date before the correcting meeting", "as recorded before the correction"])
def test_before_the_correction_the_amount_decided_shows_and_nothing_is_marked(cli, between, clock):
    clocks = ("--as-of", BETWEEN_THE_MEETINGS) if clock.startswith("as of") else ("--as-recorded", between)
    assert corrected_decision(cli, *clocks)["corrections"] == []
    [grant] = as_json(cli, "grants", "--year", "2026", *clocks)
    assert (grant["amount_sek"], grant["corrections"]) == (640_000, [])
    [plan] = as_json(cli, "plans", "--year", "2026", *clocks)
    assert (plan["granted_sek"], plan["corrections"]) == (640_000, [])
    trace = as_json(cli, "trace", CORRECTED, *clocks)
    assert (trace["corrections"], trace["cited_by"]) == ([], [])
    for command in (("decisions",), ("grants",), ("plans",)):
        assert "corrected" not in cli(*command, *clocks).output


def test_the_tables_say_corrected_with_the_amount_before_and_the_correcting_decision(cli, between):
    assert cli("grants").output == (
        "date        decision      party              year  amount_sek  status    corrections"
        "                                         purpose\n"
        "----------  ------------  -----------------  ----  ----------  --------  --------------------------------------------------"
        "  --------------------------------\n"
        "2026-03-18  2026-2 §03:1  Karlshamns kommun  2026     460 000  in_force  amount corrected 640 000 → 460 000 by 2026-4 §03:1"
        "  genomförande av FINSAM-plan 2026\n"
    )
    assert "amount of 2026-2 §03:1 corrected 640 000 → 460 000 by 2026-4 §03:1" in cli("plans").output
    decisions = cli("decisions").output.splitlines()
    assert decisions[0].split() == ["id", "date", "kind", "status", "votes", "reservations", "recusals", "corrections", "text"]
    assert "amount corrected 640 000 → 460 000 by 2026-4 §03:1" in decisions[2]


def test_the_trace_of_the_corrected_decision_names_the_correction_and_the_correcting_decision(cli, between):
    trace = as_json(cli, "trace", CORRECTED)
    assert trace["corrections"] == [MARK]
    assert trace["cited_by"] == [{"decision": CORRECTING, "how": "corrects"}]
    assert cli("trace", CORRECTED).output.splitlines()[:2] == [
        "2026-2 §03:1 (matter 2026-2 §03)",
        "amount corrected 640 000 → 460 000 by 2026-4 §03:1",
    ]


def test_the_extract_gives_the_corrected_amount_and_the_amount_before(cli, between):
    now = cli("extract", CORRECTED).output.replace("\u00a0", " ")  # the site writes kronor with no-break spaces
    assert "<del>640 000 kr</del> <ins>460 000 kr</ins>" in now
    assert "<strong>Rättad</strong> 2026-06-10 genom 2026-4 §03:1: beloppet är 460 000 kr (före rättelsen 640 000 kr)" in now
    for clocks in (("--as-of", BETWEEN_THE_MEETINGS), ("--as-recorded", between)):
        before = cli("extract", CORRECTED, *clocks).output
        assert "Rättad" not in before and "<del>" not in before
        assert "genomförande med 640 000 kr." in before
