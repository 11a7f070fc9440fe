"""Every page's JSON twin says exactly what the command line's --format json says for the same
question, so a program reading the site and a secretary at a terminal see one register."""

from __future__ import annotations

import json

import pytest

from tests.web.conftest import Recorded

BEFORE = "2026-01-01"

TWINS = [
    ("/api/moten", ["meetings"]),
    ("/api/moten/2025-7", ["decisions", "--meeting", "2025-7"]),
    (f"/api/moten/2025-7?as_of={BEFORE}", ["decisions", "--meeting", "2025-7", "--as-of", BEFORE]),
    ("/api/moten/2022-5/narvaro", ["attendance", "2022:5"]),
    ("/api/beslut", ["decisions"]),
    ("/api/beslut?status=superseded", ["decisions", "--status", "superseded"]),
    ("/api/beslut/2025-7/7/1", ["trace", "2025-7 §07:1"]),
    (f"/api/beslut/2025-7/13/1?as_of={BEFORE}", ["trace", "2025-7 §13:1", "--as-of", BEFORE]),
    ("/api/uppfoljning", ["follow-ups"]),
    (f"/api/uppfoljning?as_of={BEFORE}", ["follow-ups", "--as-of", BEFORE]),
    ("/api/uppfoljning?visa=alla&typ=report&ansvarig=karlskrona",
     ["follow-ups", "--all", "--kind", "report", "--responsible", "karlskrona"]),
    ("/api/planer?ar=2026", ["plans", "--year", "2026"]),
    (f"/api/planer?ar=2026&as_of={BEFORE}", ["plans", "--year", "2026", "--as-of", BEFORE]),
    ("/api/bidrag?ar=2026", ["grants", "--year", "2026"]),
    ("/api/sok?q=plan", ["search", "plan"]),
    ("/api/narvaro?ar=2022", ["representation", "--year", "2022"]),
    (f"/api/narvaro?ar=2022&as_of={BEFORE}", ["representation", "--year", "2022", "--as-of", BEFORE]),
    ("/api/utfall?ar=2025", ["outcomes", "--year", "2025"]),
    ("/api/sok?q=plan&status=in_force&mote=2025-7", ["search", "plan", "--status", "in_force", "--meeting", "2025-7"]),
]


@pytest.mark.parametrize(("path", "command"), TWINS, ids=[path for path, _ in TWINS])
def test_the_json_twin_equals_the_command_lines_json(client, cli, path, command):
    served = client.get(path)
    assert served.status_code == 200
    assert served.mimetype == "application/json"
    printed = cli(*command, "--format", "json")
    assert printed.exit_code == 0, printed.output
    assert json.loads(served.get_data(as_text=True)) == json.loads(printed.output)
    assert served.get_data(as_text=True) == printed.output  # the same text, not only the same data


def test_the_twin_as_recorded_equals_the_command_line_as_recorded(client, cli, recorded: Recorded):
    instant = recorded.between.isoformat()
    served = client.get("/api/beslut", query_string={"as_recorded": instant})
    printed = cli("decisions", "--as-recorded", instant, "--format", "json")
    assert served.get_data(as_text=True) == printed.output
    assert "2026-1 §04:1" not in printed.output and "2025-7 §07:1" in printed.output


def test_a_page_asked_for_json_by_its_accept_header_is_its_twin(client):
    page = client.get("/moten/2025-7", headers={"Accept": "application/json"})
    assert page.mimetype == "application/json"
    assert page.get_data() == client.get("/api/moten/2025-7").get_data()
    browser = client.get("/moten/2025-7", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert browser.mimetype == "text/html"
