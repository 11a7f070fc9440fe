"""Search finds what members type: a compound by its first part as typed and by its later parts,
a word by its lemma where its stem differs, a decision by its vote, reservation and jäv under
their Swedish names and the names of who reserved themselves or was jäv, and an information item
(placed on file, without a decision) by its title; under each clock, on both stores, and never
on the public site once withheld."""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import Result
from flask.testing import FlaskClient

from projections.search import later_parts, search
from register.application import Register
from register.storage import Store
from register.web.app import create_app
from tests.web.page import read

MINUTES = """\
Samordningsförbundet Västra Skogen                    SAMMANTRÄDESPROTOKOLL
Styrelsen                                             Sammanträde nr 3/2026
                                                      Sammanträdesdatum 2026-04-14

Plats och tid   Folkets hus, Bergby, tisdagen den 14 april 2026 kl. 13.00–15.00

Beslutande      Maja Roos (S), ordförande, Karlskrona kommun
                Ove Lund (M), Ronneby kommun
                Siv Nord (C), Region Blekinge
                Kim Falk, Försäkringskassan

Justerare: Ove Lund

§ 11

Samverkansenkät 2026

Kansliet redovisade årets enkät om samverkan. Informationen lades till handlingarna.

§ 12

Bidrag till Arbetsbron

Beslut          Styrelsen beslutar att bevilja Ronneby kommun 150 000 kr för
                Arbetsbron 2026.

                Votering begärdes. Med sex ja-röster mot två nej-röster
                beslutade styrelsen att bifalla förslaget. En ledamot, Kim
                Falk, avstod från att rösta.

Reservation     Siv Nord (C) reserverar sig mot beslutet.

Jäv             Ove Lund (M) anmäler jäv och deltar inte i handläggningen.

§ 13

Introduktion

Beslut          Styrelsen beslutar att de nya ledamöterna får en introduktion
                av en handledare på konsultbasis.
"""
"""An information item (§11), a decision with a vote, a reservation and a jäv (§12), and one
whose words are a compound and a plural whose stem is not its singular's (§13)."""

INFORMATION, VOTED, INTRODUCED = "2026-3 §11", "2026-3 §12:1", "2026-3 §13:1"


@pytest.fixture
def imported(cli: Callable[..., Result], tmp_path: Path) -> dt.datetime:
    """Imports the minutes; returns an instant before they were recorded."""
    minutes = tmp_path / "2026-3.txt"
    minutes.write_text(MINUTES, encoding="utf-8")
    before = dt.datetime.now(dt.UTC)
    time.sleep(0.01)
    result = cli("import-minutes", str(minutes))
    assert result.exit_code == 0, result.output
    assert "2026-3 §11 Samverkansenkät 2026 (placed on file)" in result.output
    return before


def found(cli: Callable[..., Result], query: str, *clock: str) -> list[tuple[str, str]]:
    result = cli("search", query, *clock, "--format", "json")
    assert result.exit_code == 0, result.output
    return [(hit["ref"], hit["found_in"]) for hit in json.loads(result.output)]


@pytest.mark.parametrize("query", ["konsult", "konsultb", "basis", "KONSULTBASIS", "konsultbasen"])
def test_a_compound_is_found_by_its_first_part_as_typed_and_by_its_last_part(cli, imported, query):
    assert found(cli, query) == [(INTRODUCED, "decision")]


@pytest.mark.parametrize("query", ["enkät", "enkäten", "samverkan", "samverkansenkät"])
def test_an_information_item_placed_on_file_is_found_by_its_title_and_the_parts_of_its_words(cli, imported, query):
    assert found(cli, query) == [(INFORMATION, "item")]


@pytest.mark.parametrize("query", ["ledamot", "ledamoten", "ledamöter", "LEDAMÖTERNA"])
def test_a_word_is_found_by_its_lemma_where_its_stem_differs(cli, imported, query):
    assert found(cli, query) == [(INTRODUCED, "decision")]


def test_a_known_word_is_not_taken_apart_where_its_parts_would_say_something_else(cli, imported):
    """ledamöter is no "leda" and "möter": searching for möter finds nothing."""
    assert later_parts("ledamöter") == ()
    assert later_parts("konsultbasis") == ("basis",) and later_parts("samverkansenkät") == ("enkät",)
    assert found(cli, "möter") == []


def test_a_later_part_whose_lemma_is_shorter_than_four_letters_is_not_taken_for_a_word():
    """"förslaget" ends in "laget" (a lag), "rapporten" in "orten" (an ort): too short to tell."""
    assert later_parts("förslaget") == later_parts("rapporten") == ()
    assert later_parts("budgetförslaget") == ("förslaget",) and later_parts("styrelsemötet") == ("mötet",)


@pytest.mark.parametrize("query", ["jäv", "omröstning", "omröstningen", "votering", "reservation", "reservationen",
                                   "Siv Nord", "ove lund", "jäv Lund", "reservation Nord"])
def test_a_vote_a_reservation_and_a_jav_are_found_by_their_swedish_names_and_by_who(cli, imported, query):
    assert found(cli, query) == [(VOTED, "decision")]


def test_what_was_said_of_a_decision_is_not_found_before_the_meeting_nor_as_recorded_before(cli, imported):
    for query in ("jäv", "reservation", "konsult", "enkät"):
        assert found(cli, query, "--as-of", "2026-04-13") == []
        assert found(cli, query, "--as-recorded", imported.isoformat()) == []
        assert found(cli, query, "--as-of", "2026-04-14") != []


def test_who_reserved_themselves_is_not_taken_for_what_the_decision_says(cli, imported):
    """A reservation's words count among the decision's, but the hit marks only the words of its text."""
    result = json.loads(cli("search", "reservation Nord", "--format", "json").output)
    assert [(hit["ref"], hit["matched"], hit["score"]) for hit in result] == [(VOTED, [], 2)]
    assert [hit["matched"] for hit in json.loads(cli("search", "konsult", "--format", "json").output)] == [["konsultbasis"]]


QUERIES = ["konsult", "basis", "enkät", "samverkan", "ledamot", "jäv", "omröstning", "reservation Nord", "lund", "möter",
           "beviljade", "arbetsbron", "sam", "i", "2026"]


def test_the_index_finds_exactly_what_a_scan_of_every_row_finds(store, imported):
    register = Register.open(store)
    try:
        titles = register.read_model.titles(register.board, dt.date.today().isoformat())
        everything = register.decisions(), register.follow_ups(include_done=True), titles
        for query in QUERIES:
            assert register.search(query) == search(query, *everything), query
    finally:
        register.close()


@pytest.fixture
def sites(store: Store, imported: dt.datetime) -> Iterator[Callable[[bool], FlaskClient]]:
    apps = []

    def make(public: bool) -> FlaskClient:
        app = create_app(lambda: Register.open(store), public)
        apps.append(app)
        return app.test_client()

    yield make
    for app in apps:
        app.extensions["registers"].close()


def test_an_information_item_is_found_on_the_site_and_links_to_its_page(sites):
    page = read(sites(False).get("/sok?q=enkät"))
    assert "1 träff" in page.text and page.href(INFORMATION) == "/arende/2026-3/11"
    assert "Samverkansenkät 2026" in read(sites(False).get("/arende/2026-3/11")).text


def test_a_withheld_information_item_and_a_withheld_decision_are_not_found_on_the_public_site(cli, sites):
    assert cli("withhold", INFORMATION, "--reason", "personuppgifter").exit_code == 0
    assert cli("withhold", VOTED, "--reason", "personuppgifter").exit_code == 0
    public, own = sites(True), sites(False)
    for query in ("enkät", "samverkansenkät", "jäv", "Siv Nord", "omröstning"):
        assert json.loads(public.get("/api/sok", query_string={"q": query}).get_data(as_text=True)) == [], query
        assert json.loads(own.get("/api/sok", query_string={"q": query}).get_data(as_text=True)) != [], query
