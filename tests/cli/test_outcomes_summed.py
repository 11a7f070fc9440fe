"""`outcomes` ends its table with a sum row, on the command line and on the site; a project pinned
to a decision whose money is for another year is recorded with a warning, which `outcomes` and the
site repeat, under every clock."""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Iterator

import pytest
from flask.testing import FlaskClient

from register.application import Register
from register.web.app import create_app
from tests.cli import test_board_documents_questioned as questioned
from tests.web.page import read

BROBYGGET, DOCUMENTS = questioned.BROBYGGET, questioned.DOCUMENTS
grants_of_2026_and_2027 = questioned.grants_of_2026_and_2027  # the fixture, shared
NYSTART = ("warning: Nystart (line 10 of the report for 2027) is matched to 2026-3 §05:1, whose money is for 2026: "
           "the outcomes of 2027 do not count it")


@pytest.fixture
def reported(cli, grants_of_2026_and_2027) -> str:
    """The 2027 report imported; returns an instant after it and before any match."""
    assert cli("import-outcomes", str(DOCUMENTS / "outcomes-2027.txt"), "--year", "2027").exit_code == 0
    time.sleep(0.01)
    return dt.datetime.now(dt.UTC).isoformat()


def test_outcomes_end_with_a_sum_row(cli, reported):
    shown = cli("outcomes", "--year", "2027")
    assert shown.exit_code == 0, shown.output
    lines = shown.stdout.splitlines()
    assert lines[-1].split() == ["(sum)", "2027", "120", "000", "920", "000", "875", "500", "44", "500", "95.2",
                                 "the", "register", "grants", "800", "000", "kr", "less", "than", "the", "report", "states"]
    assert len(lines) == 2 + 3 + 1  # header, rule, three projects, the sum


def test_json_and_csv_hold_the_projects_only(cli, reported):
    assert [r["project"] for r in json.loads(cli("outcomes", "--year", "2027", "--format", "json").stdout)] == [
        "Lotsen", "Brobygget", "Nystart"]
    assert "(sum)" not in cli("outcomes", "--year", "2027", "--format", "csv").stdout


def test_as_of_a_date_before_the_grants_the_sum_has_no_register_column(cli, reported):
    last = cli("outcomes", "--year", "2027", "--as-of", "2026-06-01").stdout.splitlines()[-1]
    assert last.split()[:8] == ["(sum)", "2027", "920", "000", "875", "500", "44", "500"]


def test_matching_a_project_to_a_decision_of_another_year_warns_though_it_has_grants_of_the_year(cli, reported):
    matched = cli("match-outcome", "Nystart", "2026-3 §05:1")
    assert matched.exit_code == 0, matched.output
    assert (matched.stdout, matched.stderr) == ("matched Nystart to 2026-3 §05:1\n", NYSTART + "\n")
    assert cli("outcomes", "--year", "2027").stderr == BROBYGGET + "\n" + NYSTART + "\n"
    # as recorded before the match, and as of a day before the decision, there is nothing to say of it
    assert cli("outcomes", "--year", "2027", "--as-recorded", reported).stderr == BROBYGGET + "\n"
    assert cli("outcomes", "--year", "2027", "--as-of", "2026-06-01").stderr == ""


def test_matching_a_project_to_a_decision_of_its_own_year_says_nothing(cli, reported):
    matched = cli("match-outcome", "Nystart", "2026-3 §06:1")
    assert (matched.exit_code, matched.stderr) == (0, "")


@pytest.fixture
def site(store, reported) -> Iterator[FlaskClient]:
    app = create_app(lambda: Register.open(store))
    app.testing = False
    yield app.test_client()
    app.extensions["registers"].close()


def test_the_site_shows_the_sum_and_the_pin_of_another_year(cli, site, reported):
    assert cli("match-outcome", "Nystart", "2026-3 §05:1").exit_code == 0
    page = read(site.get("/utfall?ar=2027"))
    rows = page.table("Beviljat i registret")
    assert rows[-1] == ["Summa", "120 000 kr", "920 000 kr", "875 500 kr", "44 500 kr", "95,2 %", "",
                        "registret beviljar 800 000 kr mindre än rapporten anger"]
    assert ("Nystart (rad 10 i rapporten för 2027) är kopplat till 2026-3 §05:1, vars medel gäller 2026; "
            "utfallet för 2027 räknar det inte.") in page.text
    assert ("Brobygget (rad 9 i rapporten för 2027) har bara beslut om medel för andra år: 2026-3 §04:1 (medel för 2026); "
            "utfallet för 2027 räknar inget av dem.") in page.text
    before = read(site.get("/utfall", query_string={"ar": "2027", "as_recorded": reported}))
    assert "Brobygget (rad 9" in before.text and "Nystart (rad 10" not in before.text
    then = read(site.get("/utfall?ar=2027&as_of=2026-06-01"))
    assert then.table("Beviljat i registret")[-1][:3] == ["Summa", "", "920 000 kr"]
    assert "andra år" not in then.text
