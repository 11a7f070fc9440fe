"""Who represents a party is what the goal's own wording says: a goal that says "ordinarie
ledamot eller ersättare" counts a substitute present who does not serve; one that names no
substitute counts ordinary members and serving substitutes. The output says which rule each row used."""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from register.application import Register
from register.documents.goals import parse_goals
from register.documents.reading import read_document
from projections.representation import Rule, rule_of
from register.web.app import create_app
from tests.conftest import SEEDS
from tests.register.test_board_follow_up import DOCUMENTS, PARTIES, record_a_year
from tests.web.page import read

SERVING, ANY = Rule.SERVING.value, Rule.ANY_SUBSTITUTE.value


@pytest.fixture
def goals_by_the_wording(tmp_path: Path) -> Path:
    """Our 2027 goals, where Försäkringskassan's says "med ordinarie ledamot eller ersättare"."""
    text = read_document(DOCUMENTS / "goals-2027.txt")[0].replace(
        "NÄ:3 Försäkringskassan ska vara representerad vid",
        "NÄ:3 Försäkringskassan ska vara representerad med ordinarie ledamot eller ersättare vid")
    path = tmp_path / "goals-2027-ersattare.txt"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def recorded(register: Register, cli, goals_by_the_wording) -> str:
    """A year of meetings, the parties, then the goals; returns an instant between the parties and the goals."""
    record_a_year(register)
    assert cli("parties", "set", *PARTIES).exit_code == 0
    time.sleep(0.01)
    between = dt.datetime.now(dt.UTC).isoformat()
    time.sleep(0.01)
    imported = cli("import-goals", str(goals_by_the_wording), "--year", "2027")
    assert imported.exit_code == 0, imported.output
    return between


def rows(cli, *clocks: str) -> dict[str | None, dict]:
    result = cli("representation", "--year", "2027", *clocks, "--format", "json")
    assert result.exit_code == 0, result.output
    return {r["party"]: r for r in json.loads(result.stdout)}


def test_a_goal_saying_member_or_substitute_counts_a_substitute_who_does_not_serve(cli, recorded):
    found = rows(cli, "--as-of", "2027-10-01")
    # Försäkringskassan at 2027-1: its member absent, a substitute present who did not serve; its goal
    # says "ordinarie ledamot eller ersättare", so it was represented: 3 of 3 known meetings
    assert {k: found["Försäkringskassan"][k] for k in ("goal", "rule", "represented", "substitute_only", "rate", "met")} == {
        "goal": "NÄ:3", "rule": ANY, "represented": 3, "substitute_only": 0, "rate": 100.0, "met": True}
    assert (found["Norrby kommun"]["rule"], found["Region Exempel"]["rule"], found[None]["rule"]) == (SERVING, SERVING, SERVING)


def test_as_recorded_before_the_goals_the_serving_rule_counts_and_says_so(cli, recorded):
    found = rows(cli, "--as-of", "2027-10-01", "--as-recorded", recorded)
    assert {k: found["Försäkringskassan"][k] for k in ("goal", "rule", "represented", "substitute_only", "rate")} == {
        "goal": None, "rule": SERVING, "represented": 2, "substitute_only": 1, "rate": 66.7}


def test_as_of_a_date_before_the_substitutes_meeting_nothing_is_counted_yet(cli, recorded):
    found = rows(cli, "--as-of", "2027-01-31")
    assert (found["Försäkringskassan"]["meetings"], found["Försäkringskassan"]["rule"]) == (0, ANY)


def test_the_table_says_which_rule_each_row_used(cli, recorded):
    output = cli("representation", "--year", "2027", "--as-of", "2027-10-01").stdout
    header = output.splitlines()[0].split()
    assert header[:5] == ["party", "goal", "target", "rule", "meetings"]
    assert "Försäkringskassan  NÄ:3  75–100 %  member_or_substitute" in output
    assert output.endswith(
        "who counted as representing a party, as each goal's wording says:\n"
        "  member_or_serving_substitute: an ordinary member or a serving substitute present (no goal, or one that names no substitute)\n"
        "  member_or_substitute: an ordinary member or any substitute present, serving or not "
        "(the goal says \"ordinarie ledamot eller ersättare\")\n"
        "\nfollowed up elsewhere: EN:1, EK:1\n")


@pytest.fixture
def site(store, recorded) -> Iterator[FlaskClient]:
    app = create_app(lambda: Register.open(store))
    app.testing = False
    yield app.test_client()
    app.extensions["registers"].close()


def test_the_site_shows_the_rule_of_each_row_in_swedish(site, recorded):
    page = read(site.get("/narvaro?ar=2027&as_of=2027-10-01"))
    [table] = page.tables.values()
    by_party = {row[0]: row for row in table[1:]}
    assert by_party["Försäkringskassan"][3] == "ordinarie ledamot eller ersättare, tjänstgörande eller inte (målets lydelse)"
    assert by_party["Försäkringskassan"][5] == "3"
    assert by_party["Norrby kommun"][3] == "ordinarie ledamot eller tjänstgörande ersättare"
    before = read(site.get("/narvaro", query_string={"ar": "2027", "as_of": "2027-10-01", "as_recorded": recorded}))
    [then] = before.tables.values()
    assert {row[0]: row for row in then[1:]}["Försäkringskassan"][3] == "ordinarie ledamot eller tjänstgörande ersättare"


@pytest.mark.skipif(not SEEDS.exists(), reason="the seeds are not beside the project")
def test_the_2026_operating_plan_counts_substitutes_for_pr2_to_pr10():
    text = read_document(SEEDS / "operating-plan-2026-goals.txt")[0]
    found = {g.ident: rule_of(g) for g in parse_goals(text, "operating-plan-2026-goals.txt", 2026, ())}
    assert {ident for ident, rule in found.items() if rule is Rule.ANY_SUBSTITUTE} == {f"PR:{n}" for n in range(2, 11)}
