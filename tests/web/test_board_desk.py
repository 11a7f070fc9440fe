"""The board's own documents at the secretary's desk (#26): the parties typed, an operating plan's
goals and an annual report's project table uploaded, each checked and recorded as `register parties
set`, `import-goals` and `import-outcomes` do it — the same events, the secretary as actor — and
shown on /narvaro and /utfall; a document that cannot be read refused in Swedish beside its field,
nothing written; a member or a visitor refused."""

from __future__ import annotations

import datetime as dt
import html
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import main
from register.application import Register
from register.documents.reading import MOST_BYTES, Unread
from register.web.document_reasons import SAID
from tests.backends import fresh_store
from tests.conftest import stored_events
from tests.web.signing import form_token, signed_in

PAGE = "/skrivbord/forbundet"
GOALS = """Verksamhetsplan 2026

NÄ:1 Minst två av förbundets parter ska ha representation vid varje styrelsemöte

100 %

NÄ:2 Karlskrona kommun ska vara representerad vid styrelsens möten   75-100 %

EK:1 Årets resultat ska inte vara negativt
"""
OUTCOMES = """Årsredovisning 2026

| Projekt     | Beviljat 2026 | Utfall   | Avvikelse |
| Lotsen      | 500 000       | 480 500  | 19 500    |
| Brobygget   | 300 000       | 300 000  | 0         |
| Totalt      | 800 000       | 780 500  | 19 500    |
"""
WRONG_DIFFERENCE = OUTCOMES.replace("| 0         |", "| 20 000    |")


@pytest.fixture
def secretary(site):
    assert signed_in(site, "sekreterare") == 303
    return site


def token_of(client, action: str) -> dict[str, str]:
    """The CSRF token of the page's form that posts to `action`, under its name (a form of a prefix prefixes it)."""
    page = client.get(PAGE).get_data(as_text=True)
    form = re.search(rf'<form method="post" action="{re.escape(action)}"[^>]*>(.*?)</form>', page, re.S)
    assert form, f"no form to {action}"
    name, value = re.search(r'name="((?:\w+-)?csrf_token)" type="hidden" value="([^"]+)"', form[1]).groups()
    return {name: value}


def posted(client, action: str, **fields: object):
    return client.post(action, data={**fields, **token_of(client, action)}, content_type="multipart/form-data")


def uploaded(client, action: str, prefix: str, text: str, name: str, year: str = "2026"):
    return posted(client, action, **{f"{prefix}-ar": year, f"{prefix}-fil": (io.BytesIO(text.encode()), name)})


def said_beside(page: str, field: str) -> str:
    """What the page says beside the field `field`, which points to it."""
    found = re.search(rf'<p class="refused" id="refused-{field}" role="alert">(.*?)</p>', page, re.S)
    assert found, f"nothing said beside {field}"
    assert f'aria-describedby="refused-{field}"' in page
    return html.unescape(found[1])


def test_the_desk_links_to_the_boards_documents(secretary):
    desk = secretary.get("/skrivbord").get_data(as_text=True)
    assert f'href="{PAGE}"' in desk
    page = secretary.get(PAGE)
    assert page.status_code == 200
    assert "Karlskrona kommun" in page.get_data(as_text=True)  # the parties recorded now, to start from


def test_a_secretary_records_the_parties_and_the_representation_page_counts_them(secretary, recorded):
    answer = posted(secretary, "/skrivbord/forbundet/parter", parter="Norrby kommun\r\n\r\n Försäkringskassan \r\n")
    assert answer.status_code == 303, answer.get_data(as_text=True)
    shown = secretary.get("/narvaro?ar=2025").get_data(as_text=True)
    assert "<td data-label=\"Part\">Norrby kommun</td>" in shown
    assert "Karlskrona kommun" not in shown
    board = Register(recorded.store).board_record()
    assert board is not None and tuple(board.parties) == ("Norrby kommun", "Försäkringskassan")


def test_a_secretary_uploads_goals_and_outcomes_and_the_public_pages_show_them(secretary, recorded, client_with):
    goals = uploaded(secretary, "/skrivbord/forbundet/mal", "mal", GOALS, "verksamhetsplan-2026.txt")
    assert goals.status_code == 303 and goals.headers["Location"].endswith("/narvaro?ar=2026")
    outcomes = uploaded(secretary, "/skrivbord/forbundet/utfall", "utfall", OUTCOMES, "arsredovisning-2026.txt")
    assert outcomes.status_code == 303 and outcomes.headers["Location"].endswith("/utfall?ar=2026")
    public = client_with(public=True)
    representation = public.get("/narvaro?ar=2026").get_data(as_text=True)
    assert '<td data-label="Mål">NÄ:2</td><td data-label="Målspann">75-100 %</td>' in representation
    shown = public.get("/utfall?ar=2026").get_data(as_text=True)
    assert '<td data-label="Projekt">Lotsen</td>' in shown and '<td data-label="Projekt">Brobygget</td>' in shown


def test_the_desk_records_what_the_command_line_records(secretary, recorded, tmp_path: Path):
    assert posted(secretary, "/skrivbord/forbundet/parter", parter="Karlskrona kommun\nRegion Blekinge").status_code == 303
    assert uploaded(secretary, "/skrivbord/forbundet/mal", "mal", GOALS, "plan-2026.txt").status_code == 303
    assert uploaded(secretary, "/skrivbord/forbundet/utfall", "utfall", OUTCOMES, "rapport-2026.txt").status_code == 303
    setting = str(recorded.store.path) if recorded.store.url is None else recorded.store.url
    at_the_desk = json.loads(CliRunner().invoke(main, ["--store", setting, "log", "--format", "json"]).output)
    (tmp_path / "plan-2026.txt").write_text(GOALS, encoding="utf-8")
    (tmp_path / "rapport-2026.txt").write_text(OUTCOMES, encoding="utf-8")
    with fresh_store("sqlite", tmp_path) as other:
        cli = lambda *args: CliRunner().invoke(main, ["--store", str(other.path), "--actor", "sekreterare", *args])
        assert CliRunner().invoke(main, ["--store", str(other.path), "demo"]).exit_code == 0
        assert cli("parties", "set", "Karlskrona kommun", "Region Blekinge").exit_code == 0
        assert cli("import-goals", str(tmp_path / "plan-2026.txt"), "--year", "2026").exit_code == 0
        assert cli("import-outcomes", str(tmp_path / "rapport-2026.txt"), "--year", "2026").exit_code == 0
        by_hand = json.loads(cli("log", "--format", "json").output)
        by_hand_board = Register(other).board_record()
    board_events = lambda rows: [(r["event"], r["ref"], r["actor"]) for r in rows if r["actor"] == "sekreterare"]
    assert board_events(at_the_desk) == board_events(by_hand)
    assert len(board_events(at_the_desk)) == 1 + 1 + 2
    desk_board = Register(recorded.store).board_record()
    assert (desk_board.parties, desk_board.goals[2026], desk_board.outcomes[2026], desk_board.documents) == (
        by_hand_board.parties, by_hand_board.goals[2026], by_hand_board.outcomes[2026], by_hand_board.documents)


@pytest.mark.parametrize(("action", "prefix", "text", "year", "field", "said"), [
    ("/skrivbord/forbundet/utfall", "utfall", WRONG_DIFFERENCE, "2026", "utfall-fil",
     "Rad 5: Differensen för Brobygget är 20 000 kr, men ramen 300 000 kr minus utfallet 300 000 kr är 0 kr."),
    ("/skrivbord/forbundet/utfall", "utfall", GOALS, "2026", "utfall-fil",
     "Ingen projekttabell hittades. Tabellens rubrikrad ska nämna projektet, den beviljade ramen, utfallet och "
     "differensen, till exempel ”Projektnamn | Beviljad projektram | Utfall | Differens”."),
    ("/skrivbord/forbundet/mal", "mal", GOALS, "2030", "mal-ar", "Året 2030 står inte i dokumentet. Gäller det ett annat år?"),
    ("/skrivbord/forbundet/mal", "mal", GOALS.replace("75-100 %", "75-120 %"), "2026", "mal-fil",
     "Rad 7: Målspannet för NÄ:2 går över 100 %: ”75-120 %”."),
    ("/skrivbord/forbundet/mal", "mal", GOALS, "tjugo", "mal-ar", "Skriv året med fyra siffror, till exempel 2026."),
    ("/skrivbord/forbundet/mal", "mal", GOALS, "1890", "mal-ar",
     f"Året 1890 går inte: en verksamhetsplan eller en årsredovisning gäller ett år från 2004 till {dt.date.today().year + 10}."),
    ("/skrivbord/forbundet/utfall", "utfall", "%PDF-1.4\x00\x01", "2026", "utfall-fil",
     "Filen är inte text (en PDF eller en Word-fil?). Spara dokumentet som ren text först."),
    ("/skrivbord/forbundet/utfall", "utfall", OUTCOMES + " " * MOST_BYTES, "2026", "utfall-fil",
     "Filen är större än 2 MiB: en verksamhetsplan eller en årsredovisning är några kilobyte text. Är det rätt fil?"),
])
def test_a_document_that_cannot_be_read_is_refused_beside_its_field_and_nothing_is_written(
        secretary, recorded, action, prefix, text, year, field, said):
    before = stored_events(recorded.store)
    answer = uploaded(secretary, action, prefix, text, "dokument.txt", year)
    assert answer.status_code == 400
    assert stored_events(recorded.store) == before
    assert said_beside(answer.get_data(as_text=True), field) == said


def test_the_same_report_twice_and_a_party_named_twice_are_refused_in_swedish(secretary, recorded):
    assert uploaded(secretary, "/skrivbord/forbundet/utfall", "utfall", OUTCOMES, "rapport.txt").status_code == 303
    before = stored_events(recorded.store)
    again = uploaded(secretary, "/skrivbord/forbundet/utfall", "utfall", OUTCOMES, "rapport.txt")
    assert again.status_code == 400 and stored_events(recorded.store) == before
    assert said_beside(again.get_data(as_text=True), "utfall-fil") == (
        "rapport.txt: samma text är redan inläst, så det finns inget nytt att registrera.")
    twice = posted(secretary, "/skrivbord/forbundet/parter", parter="Norrby kommun\nNORRBY  kommun")
    assert twice.status_code == 400 and stored_events(recorded.store) == before
    assert said_beside(twice.get_data(as_text=True), "parter") == "Parten ”NORRBY kommun” står två gånger."


def test_a_member_and_a_visitor_are_refused_and_nothing_is_written(site, recorded):
    before = stored_events(recorded.store)
    assert site.get(PAGE).status_code == 403
    visitors = form_token(site, "/logga-in", "/logga-in")  # a valid token, the sign-in form's
    assert site.post("/skrivbord/forbundet/parter", data={"parter": "Norrby kommun", "csrf_token": visitors}).status_code == 403
    assert signed_in(site, "ledamot") == 303
    assert site.get(PAGE).status_code == 403
    for action, fields in (("/skrivbord/forbundet/parter", {"parter": "Norrby kommun"}),
                           ("/skrivbord/forbundet/mal", {"mal-ar": "2026", "mal-fil": (io.BytesIO(GOALS.encode()), "p.txt")}),
                           ("/skrivbord/forbundet/utfall", {"utfall-ar": "2026",
                                                            "utfall-fil": (io.BytesIO(OUTCOMES.encode()), "r.txt")})):
        token = form_token(site, "/", "/logga-ut")  # a member's own token: still not hers to write with
        answer = site.post(action, data={**fields, "csrf_token": token}, content_type="multipart/form-data")
        assert answer.status_code == 403
    assert stored_events(recorded.store) == before


def test_a_form_without_its_token_is_refused(secretary, recorded):
    before = stored_events(recorded.store)
    answer = secretary.post("/skrivbord/forbundet/parter", data={"parter": "Norrby kommun"})
    assert answer.status_code == 400
    assert stored_events(recorded.store) == before


def test_a_secretary_pins_a_reported_project_to_its_grant_decision_as_match_outcome_does(secretary, recorded):
    assert uploaded(secretary, "/skrivbord/forbundet/utfall", "utfall", OUTCOMES, "rapport.txt").status_code == 303
    before = stored_events(recorded.store)
    unknown = posted(secretary, "/skrivbord/forbundet/koppla", projekt="Lotsarna", beslut="2026-1 §04:1")
    assert unknown.status_code == 400 and stored_events(recorded.store) == before
    assert said_beside(unknown.get_data(as_text=True), "projekt").startswith(
        "Ingen årsredovisning i registret nämner projektet ”Lotsarna”; de som nämns är ")
    no_money = posted(secretary, "/skrivbord/forbundet/koppla", projekt="Lotsen", beslut="2025-7 §13:1")
    assert no_money.status_code == 400 and stored_events(recorded.store) == before
    assert said_beside(no_money.get_data(as_text=True), "beslut") == (
        "Beslut 2025-7 §13:1 beviljar inga medel i registret; koppla projektet till ett beslut om medel.")
    pinned = posted(secretary, "/skrivbord/forbundet/koppla", projekt="Lotsen", beslut="2026-1 §04:1")
    assert pinned.status_code == 303 and stored_events(recorded.store) == before + 1
    assert pinned.headers["Location"].endswith("/utfall?ar=2026")  # the year the project is reported, with any warning
    row = re.search(r'<td data-label="Projekt">Lotsen</td>.*?</tr>', secretary.get("/utfall?ar=2026").get_data(as_text=True), re.S)
    assert "2026-1 §04:1" in row[0]


def test_every_check_of_a_board_document_has_its_swedish_words():
    assert set(SAID) == set(Unread)


def test_a_goal_naming_no_party_of_the_boards_is_said_on_the_representation_page_as_the_command_notes_it(secretary):
    plan = GOALS.replace("EK:1 Årets", "NÄ:3 Region Exempel ska vara representerad vid styrelsens möten   75-100 %\n\nEK:1 Årets")
    assert uploaded(secretary, "/skrivbord/forbundet/mal", "mal", plan, "plan.txt").status_code == 303
    shown = secretary.get("/narvaro?ar=2026").get_data(as_text=True)
    assert ("NÄ:3 nämner Region Exempel, som inte är en av förbundets parter: målet följs upp på annat sätt "
            "tills Region Exempel registreras som part.") in shown
