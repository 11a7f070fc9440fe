"""Board documents that do not hold are questioned: a goal span beyond 0–100 % or its scale, and a project
reported twice are refused with their lines; a project whose grants are all of another year is
recorded, with a warning wherever it shows. The documents are our own, for a board of Exempeldalen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import stored_events

DOCUMENTS = Path(__file__).resolve().parents[1] / "documents"

PLAN = """Verksamhetsplan 2027 för Samordningsförbundet Exempeldalen

Så här vill styrelsen att parterna finns med

NÄ:2 Norrby kommun ska vara representerad vid styrelsens möten   {at_end}

NÄ:3 Försäkringskassan ska vara representerad vid styrelsens
möten

{alone}

EN:1 Deltagarna sätter betyg på stödet [1-5] {scale}
"""
GOOD = {"at_end": "75-100 %", "alone": "högst 40 %", "scale": "4,0-5,0"}


@pytest.mark.parametrize(("where", "span", "said"), [
    ("at_end", "75-110 %", "the span of NÄ:2 runs above 100 %: '75-110 %'"),
    ("at_end", "minst 101 %", "the span of NÄ:2 runs above 100 %: 'minst 101 %'"),
    ("alone", "120 %", "the span of NÄ:3 runs above 100 %: '120 %'"),
    ("alone", "-10-20 %", "the span of NÄ:3 runs below 0: '-10-20 %'"),
    ("scale", "−1,0-5,0", "the span of EN:1 runs below 0: '−1,0-5,0'"),
    ("scale", "4,0-999", "the span of EN:1 runs outside its scale [1-5]: '4,0-999'"),
    ("scale", "0,5-4,0", "the span of EN:1 runs outside its scale [1-5]: '0,5-4,0'"),
])
def test_a_goal_span_above_100_percent_below_0_or_outside_its_scale_is_refused_with_its_line(cli, store, tmp_path, where, span, said):
    plan = tmp_path / "plan-2027.txt"
    plan.write_text(PLAN.format(**{**GOOD, where: span}), encoding="utf-8")
    line = next(n for n, text in enumerate(plan.read_text(encoding="utf-8").splitlines(), start=1) if text.endswith(span))
    result = cli("import-goals", str(plan), "--year", "2027")
    assert result.exit_code == 2, result.output
    assert result.output == f"error: plan-2027.txt, line {line}: {said}\n"
    assert stored_events(store) == 0


def test_spans_within_0_and_100_percent_are_read(cli, tmp_path):
    plan = tmp_path / "plan-2027.txt"
    plan.write_text(PLAN.format(**GOOD), encoding="utf-8")
    result = cli("import-goals", str(plan), "--year", "2027", "--dry-run")
    assert result.exit_code == 0, result.output
    assert "  NÄ:2   75-100 %   representation of Norrby kommun" in result.output
    assert "  NÄ:3   högst 40 % representation of Försäkringskassan" in result.output


REPORT = """Samordningsförbundet Exempeldalen – Årsredovisning 2027

Not 4 Projektens ekonomi 2027

| Projekt     | Beviljat 2027 | Utfall   | Avvikelse |
| Lotsen      | 500 000       | 480 500  | 19 500    |
| Brobygget   | 300 000       | 300 000  | 0         |
| LOTSEN      | 120 000       | 95 000   | 25 000    |
| Totalt      | 920 000       | 875 500  | 44 500    |
"""


def test_an_outcomes_table_that_names_a_project_twice_is_refused_with_both_lines(cli, store, tmp_path):
    report = tmp_path / "arsredovisning-2027.txt"
    report.write_text(REPORT, encoding="utf-8")
    result = cli("import-outcomes", str(report), "--year", "2027")
    assert result.exit_code == 2, result.output
    assert result.output == ("error: arsredovisning-2027.txt, lines 6 and 8: the project 'LOTSEN' is named twice; "
                             "a project has one row\n")
    assert stored_events(store) == 0


@pytest.fixture
def grants_of_2026_and_2027(cli):
    """A meeting of 2026 granting money for Brobygget in 2026, for a lotsstöd in 2026 (a name no
    project of the report has), and for Nystart in 2027."""
    steps = [
        ("meeting", "2026-3", "--date", "2026-06-08"),
        ("decide", "2026-3 §04:1", "Att bevilja Ronneby kommun 300 000 kr för Brobygget under 2026.", "--kind", "grant"),
        ("grant", "Ronneby kommun", "--amount", "300000", "--by", "2026-3 §04:1", "--year", "2026", "--purpose", "Brobygget"),
        ("decide", "2026-3 §05:1", "Att bevilja Karlskrona kommun 500 000 kr för lotsstöd under 2026.", "--kind", "grant"),
        ("grant", "Karlskrona kommun", "--amount", "500000", "--by", "2026-3 §05:1", "--year", "2026", "--purpose", "lotsstöd"),
        ("decide", "2026-3 §06:1", "Att bevilja Olofströms kommun 120 000 kr för Nystart under 2027.", "--kind", "grant"),
        ("grant", "Olofströms kommun", "--amount", "120000", "--by", "2026-3 §06:1", "--year", "2027", "--purpose", "Nystart"),
    ]
    for step in steps:
        assert cli(*step).exit_code == 0, step


BROBYGGET = ("warning: Brobygget (line 9 of the report for 2027) is matched only to grants of other years: "
             "2026-3 §04:1 (money for 2026); the outcomes of 2027 count none of them")
LOTSEN = ("warning: Lotsen (line 8 of the report for 2027) is matched only to grants of other years: "
          "2026-3 §05:1 (money for 2026); the outcomes of 2027 count none of them")


def test_a_project_whose_grants_are_of_another_year_is_imported_with_a_warning(cli, grants_of_2026_and_2027):
    result = cli("import-outcomes", str(DOCUMENTS / "outcomes-2027.txt"), "--year", "2027")
    assert result.exit_code == 0, result.output
    assert result.stderr == BROBYGGET + "\n"  # Nystart's money is for 2027, though granted in 2026: no warning
    assert result.stdout.startswith("outcomes-2027.txt: 3 projects for 2027")
    rows = json.loads(cli("outcomes", "--year", "2027", "--format", "json").stdout)
    assert [(row["project"], row["granted_report"]) for row in rows] == [
        ("Lotsen", 500_000), ("Brobygget", 300_000), ("Nystart", 120_000)]


def test_matching_a_project_to_a_grant_of_another_year_warns_and_is_recorded(cli, grants_of_2026_and_2027):
    assert cli("import-outcomes", str(DOCUMENTS / "outcomes-2027.txt"), "--year", "2027").exit_code == 0
    matched = cli("match-outcome", "Lotsen", "2026-3 §05:1")
    assert matched.exit_code == 0, matched.output
    assert (matched.stdout, matched.stderr) == ("matched Lotsen to 2026-3 §05:1\n", LOTSEN + "\n")
    assert "already matched" in cli("match-outcome", "Lotsen", "2026-3 §05:1").output
    shown = cli("outcomes", "--year", "2027", "--format", "json")
    assert shown.exit_code == 0, shown.output
    assert shown.stderr == LOTSEN + "\n" + BROBYGGET + "\n"  # in the order of the report
    rows = {row["project"]: row for row in json.loads(shown.stdout)}
    assert (rows["Lotsen"]["decisions"], rows["Lotsen"]["remark"]) == ([], "no grant decision in the register")
    assert rows["Nystart"]["decisions"] == ["2026-3 §06:1"]
