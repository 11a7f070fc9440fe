"""Every page's JSON twin says exactly what the command line's --format json says for the same
question, so a program reading the site and a secretary at a terminal see one register."""

from __future__ import annotations

import json
from urllib.parse import urlencode

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


AS_RECORDED = [
    ("/api/beslut", ["decisions"]),
    ("/api/moten", ["meetings"]),
    ("/api/moten/2025-7/narvaro", ["attendance", "2025-7"]),
    ("/api/narvaro?ar=2026", ["representation", "--year", "2026"]),
    ("/api/planer?ar=2026", ["plans", "--year", "2026"]),
    ("/api/beslut/2025-7/7/1", ["trace", "2025-7 §07:1"]),
]


@pytest.mark.parametrize(("path", "command"), AS_RECORDED, ids=[path for path, _ in AS_RECORDED])
def test_the_twin_as_recorded_equals_the_command_line_as_recorded(client, cli, recorded: Recorded, path, command):
    """Before the third meeting was recorded: every page passes the recorded clock on, as the command does."""
    instant = recorded.between.isoformat()
    served = client.get(path + ("&" if "?" in path else "?") + urlencode({"as_recorded": instant}))
    printed = cli(*command, "--as-recorded", instant, "--format", "json")
    assert served.status_code == 200
    assert served.get_data(as_text=True) == printed.stdout  # a note on stderr is not the answer
    if "narvaro" not in path:  # the meetings' attendance was all recorded before the instant
        assert printed.stdout != cli(*command, "--format", "json").stdout  # the clock changes the answer



def test_a_page_asked_for_json_by_its_accept_header_is_its_twin(client):
    page = client.get("/moten/2025-7", headers={"Accept": "application/json"})
    assert page.mimetype == "application/json"
    assert page.get_data() == client.get("/api/moten/2025-7").get_data()
    browser = client.get("/moten/2025-7", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert browser.mimetype == "text/html"


@pytest.mark.parametrize(("path", "said"), [
    ("/utdrag/2025-7/13/1?as_of=2026-01-01",
     "Protokollsutdraget finns bara som sida att skriva ut. 2025-7 §13:1 som JSON: /api/beslut/2025-7/13/1?as_of=2026-01-01"),
    ("/utdrag/2025-7/13", "Protokollsutdraget finns bara som sida att skriva ut. 2025-7 §13 som JSON: /api/arende/2025-7/13"),
    ("/tillganglighet", "Sidan om tillgänglighet finns bara som HTML."),
])
def test_a_page_without_a_json_twin_asked_for_json_answers_406_saying_where_the_data_is(client, path, said):
    response = client.get(path, headers={"Accept": "application/json"})
    assert response.status_code == 406
    assert response.mimetype == "application/json"
    assert json.loads(response.get_data(as_text=True)) == {"error": said, "status": 406}
    twin = said.rpartition(" som JSON: ")[2]
    if twin.startswith("/api/"):
        assert client.get(twin).status_code == 200
    assert client.get(path, headers={"Accept": "text/html,*/*;q=0.8"}).mimetype == "text/html"
