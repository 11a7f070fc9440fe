"""The board's own follow-up as the secretary runs it: parties, goals, representation, outcomes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import stored_events

DOCUMENTS = Path(__file__).resolve().parents[1] / "documents"


def test_parties_are_set_listed_and_refused_when_named_twice(cli, store):
    assert cli("parties").output.strip() == "(none)"
    said = cli("parties", "set", "Norrby kommun", "Försäkringskassan")
    assert said.exit_code == 0 and said.output == "recorded 2 parties: Norrby kommun, Försäkringskassan\n"
    assert json.loads(cli("parties", "--format", "json").output) == [{"party": "Norrby kommun"}, {"party": "Försäkringskassan"}]
    before = stored_events(store)
    twice = cli("parties", "set", "Norrby kommun", "NORRBY  kommun")
    assert twice.exit_code == 2 and "the party 'NORRBY kommun' is named twice" in twice.output
    assert stored_events(store) == before


def test_import_goals_dry_run_shows_the_goals_and_records_nothing(cli, store):
    result = cli("import-goals", str(DOCUMENTS / "goals-2027.txt"), "--year", "2027", "--dry-run")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "goals-2027.txt: 6 goals for 2027 (dry run: nothing recorded)"
    assert "  NÄ:1   100 %      at least 2 parties at every meeting: Minst två av förbundets parter" in result.output
    assert "  EK:1   -          followed up elsewhere: Årets resultat ska inte vara negativt" in result.output
    assert stored_events(store) == 0


@pytest.mark.parametrize(("args", "said"), [
    (("import-goals", "outcomes-2027.txt", "--year", "2027"), "no goal table found"),
    (("import-goals", "goals-2027.txt", "--year", "2030"), "the year 2030 does not appear in the document"),
    (("import-goals", "finns-inte.txt", "--year", "2027"), "finns-inte.txt: no such file"),
    (("import-outcomes", "outcomes-2027-bad-sum.txt", "--year", "2027"), "outcomes-2027-bad-sum.txt, line 11: the sum row gives outcomes of 875 000 kr"),
    (("import-outcomes", "outcomes-2027-bad-difference.txt", "--year", "2027"), "line 10: the difference for Nystart is 20 000 kr"),
    (("import-outcomes", "goals-2027.txt", "--year", "2027"), "no project table found"),
    (("outcomes", "--year", "2027"), "no project outcomes are reported for 2027"),
    (("representation", "--year", "2027"), "the board's parties are not recorded"),
])
def test_a_document_that_cannot_be_read_exits_2_says_why_and_writes_nothing(cli, store, args, said):
    command, *rest = args
    if rest and rest[0].endswith(".txt"):
        rest[0] = str(DOCUMENTS / rest[0])
    result = cli(command, *rest)
    assert result.exit_code == 2, result.output
    assert said in result.output
    assert stored_events(store) == 0


def test_importing_the_same_report_twice_is_refused(cli, store):
    first = cli("import-outcomes", str(DOCUMENTS / "outcomes-2027.txt"), "--year", "2027")
    assert first.exit_code == 0
    assert first.output.startswith("outcomes-2027.txt: 3 projects for 2027, frames 920 000 kr, outcomes 875 500 kr\n")
    before = stored_events(store)
    again = cli("import-outcomes", str(DOCUMENTS / "outcomes-2027.txt"), "--year", "2027")
    assert again.exit_code == 2 and "already imported" in again.output
    assert stored_events(store) == before


def test_the_demo_shows_representation_and_outcomes(cli):
    demo = cli("demo").output
    assert "recorded the board's 8 parties" in demo
    assert "imported 8 project outcomes for 2025 from outcomes-2025.txt" in demo
    assert "\nRepresentation at the board's meetings of 2022\n" in demo
    assert "\nProject outcomes 2025 against the register's grants\n" in demo
    rows = {r["party"]: r for r in json.loads(cli("representation", "--year", "2022", "--as-of", "2022-12-31", "--format", "json").output)}
    assert (rows["Region Blekinge"]["represented"], rows["Region Blekinge"]["rate"]) == (1, 100.0)
    assert (rows["Försäkringskassan"]["represented"], rows["Försäkringskassan"]["rate"]) == (0, 0.0)
    outcomes = json.loads(cli("outcomes", "--year", "2025", "--format", "json").output)
    assert sum(o["granted_report"] for o in outcomes) == 10_631_218 and sum(o["outcome"] for o in outcomes) == 9_629_287
    again = cli("demo").output
    assert "recorded the board's" not in again and "imported 8 project outcomes" not in again


def test_a_board_with_parties_of_its_own_records_plans_and_grants_for_them(cli):
    assert cli("parties", "set", "Norrby kommun", "Försäkringskassan", "Region Exempel").exit_code == 0
    assert cli("meeting", "2027-1", "--date", "2027-02-10").exit_code == 0
    assert cli("decide", "2027-1 §03:1", "Att bevilja Norrby kommun 100 000 kr för 2027.", "--kind", "grant").exit_code == 0
    granted = cli("grant", "Norrby kommuns", "--amount", "100000", "--by", "2027-1 §03:1", "--year", "2027")
    assert granted.exit_code == 0 and "to Norrby kommun" in granted.output
    refused = cli("grant", "Karlskrona kommun", "--amount", "5", "--by", "2027-1 §03:1", "--year", "2027")
    assert refused.exit_code == 2
    assert "unknown party 'Karlskrona kommun': expected one of Norrby kommun, Försäkringskassan, Region Exempel" in refused.output
    imported = cli("import-minutes", str(DOCUMENTS / "minutes-exempeldalen-2027-2.txt"))
    assert imported.exit_code == 0, imported.output
    plans = json.loads(cli("plans", "--year", "2027", "--as-of", "2027-12-31", "--format", "json").output)
    assert plans == [{"party": "Norrby kommun", "year": 2027, "status": "adopted", "granted_sek": 250_000,
                      "decision": "2027-2 §04:1", "corrections": []}]
