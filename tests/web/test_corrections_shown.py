"""The site shows a correction wherever the corrected value shows, as the command line does:
the corrected amount marked "Rättad", the correcting decision linked and the amount before, on
the decision's page, its meeting's, the decision list, plans, grants and the extract; the
correcting decision among those that cite the decision. Before the correction (as of an earlier
date, as recorded earlier) the amount as decided shows, unmarked. The public site names no
withheld correcting decision."""

from __future__ import annotations

import json
from collections.abc import Iterator
from urllib.parse import urlencode

import pytest
from flask.testing import FlaskClient

from register.application import Register
from register.storage import Store
from register.web.app import create_app
from tests.corrected import BETWEEN_THE_MEETINGS, CORRECTED, CORRECTING, MARK, record_the_correction

PAGE = "/beslut/2026-2/3/1"
LINK = 'href="/beslut/2026-4/3/1'
"""The correcting decision's page, linked (with the clocks asked after it)."""
PAGES = [PAGE, "/moten/2026-2", "/beslut", "/planer", "/bidrag", "/utdrag/2026-2/3/1"]
TWINS = [
    (f"/api{PAGE}", ["trace", CORRECTED]),
    ("/api/moten/2026-2", ["decisions", "--meeting", "2026-2"]),
    ("/api/beslut", ["decisions"]),
    ("/api/planer", ["plans"]),
    ("/api/bidrag", ["grants"]),
]


@pytest.fixture
def between(cli) -> str:
    return record_the_correction(cli)


def site(store: Store, public: bool = False) -> Iterator[FlaskClient]:
    app = create_app(lambda: Register.open(store), public)
    app.testing = False
    yield app.test_client()
    app.extensions["registers"].close()


@pytest.fixture
def client(store: Store, between: str) -> Iterator[FlaskClient]:
    yield from site(store)


def clocks(between: str) -> dict[str, dict[str, str]]:
    return {"now": {}, "as of before the correcting meeting": {"as_of": BETWEEN_THE_MEETINGS},
            "as recorded before the correction": {"as_recorded": between}}


def text(client: FlaskClient, path: str, query: dict[str, str] | None = None) -> str:
    answer = client.get(path + ("?" + urlencode(query) if query else ""))
    assert answer.status_code == 200, path
    return answer.get_data(as_text=True).replace("\u00a0", " ")  # kronor are written with no-break spaces


def test_the_decision_page_marks_the_corrected_amount_and_links_the_correcting_decision(client):
    page = text(client, PAGE)
    assert "<del>640 000 kr</del> <ins>460 000 kr</ins>" in page
    assert ('<strong>Rättad</strong> 2026-06-10 genom <a href="/beslut/2026-4/3/1">2026-4 §03:1</a>: '
            "beloppet är 460 000 kr (före rättelsen 640 000 kr)") in page
    cited_by = page.split("Beslut som hänvisar hit")[1].split("</ul>")[0]
    assert '<a href="/beslut/2026-4/3/1">2026-4 §03:1</a> rättar det (rättelse, 2026-06-10)' in cited_by
    assert "Inga beslut" not in cited_by


@pytest.mark.parametrize("path", PAGES)
def test_every_page_that_shows_the_amount_marks_it_corrected(client, path):
    page = text(client, path)
    assert "Rättad" in page and "460 000 kr" in page and "före rättelsen 640 000 kr" in page
    if not path.startswith("/utdrag"):  # the extract is made to be printed: it names the decision, unlinked
        assert LINK in page


@pytest.mark.parametrize("clock", ["as of before the correcting meeting", "as recorded before the correction"])
@pytest.mark.parametrize("path", PAGES)
def test_before_the_correction_every_page_shows_the_amount_decided_unmarked(client, between, path, clock):
    page = text(client, path, clocks(between)[clock])
    assert "Rättad" not in page and "<del>" not in page and "460 000" not in page
    assert "640 000 kr" in page
    if path == PAGE:
        assert "Inga beslut.</li></ul>\n</section>" in page


@pytest.mark.parametrize("clock", ["now", "as of before the correcting meeting", "as recorded before the correction"])
@pytest.mark.parametrize(("path", "command"), TWINS, ids=[path for path, _ in TWINS])
def test_each_twin_says_what_the_command_line_says_under_each_clock(client, cli, between, path, command, clock):
    query = clocks(between)[clock]
    options = [option for name, value in query.items() for option in (f"--{name.replace('_', '-')}", value)]
    printed = cli(*command, *options, "--format", "json")
    assert printed.exit_code == 0, printed.output
    served = client.get(path + ("?" + urlencode(query) if query else ""))
    assert served.get_data(as_text=True) == printed.stdout
    marks = json.dumps(json.loads(printed.stdout), ensure_ascii=False)
    assert (CORRECTING in marks) == (clock == "now")


def test_the_twin_of_the_decision_page_names_the_correction_and_who_cites_it(client):
    twin = json.loads(text(client, f"/api{PAGE}"))
    assert twin["corrections"] == [MARK]
    assert twin["cited_by"] == [{"decision": CORRECTING, "how": "corrects"}]


@pytest.fixture
def withheld(cli, between) -> str:
    result = cli("withhold", CORRECTING, "--reason", "personuppgifter")
    assert result.exit_code == 0, result.output
    return between


@pytest.mark.parametrize("path", [*PAGES, *(twin for twin, _ in TWINS)])
def test_the_public_site_marks_the_correction_without_naming_a_withheld_correcting_decision(store, withheld, path):
    for public in site(store, public=True):
        page = text(public, path)
        if path == "/beslut":  # the list names every decision, a withheld one as "Utelämnad": not in the mark, though
            page = next(row for row in page.split("<tr>") if CORRECTED in row)
        assert CORRECTING not in page and "2026-4/3/1" not in page
        if not path.startswith("/api"):
            assert "Rättad" in page and "genom ett beslut som är utelämnat från publicering" in page
    for own in site(store):
        assert CORRECTING in text(own, path)
