"""Search reads text as a reader does, whatever way its letters were typed: å as one character or
as a with a combining ring, a soft hyphen inside a word, a Turkish dotted İ. And the words it
found are marked in the text as written, before it is escaped, so no mark lands inside `&amp;`."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections.abc import Iterator

import pytest
from flask.testing import FlaskClient

from domain.ids import DecisionId, MeetingId
from domain.values import DecisionKind
from projections.search import search, stems
from register.application import Register
from register.storage import Store
from register.web.app import create_app
from register.web.context import highlighted

COMPOSED = "Att anteckna att ledamoten anmälde jäv och lämnade sammanträdet."
DECOMPOSED = unicodedata.normalize("NFD", "Att notera att ersättaren ångrade sin jävsanmälan i ärendet.")
SOFT = "Att godkänna an\u00adställningen av en sam\u00adordnare."
TURKISH = "Att välkomna İlknur Yıldız som ny ledamot."
ENTITIES = "Att ge Tom & Jerry AB amp-bidrag; se <bilaga 39> och 'beslutet'."
MARKED = "Att bjuda in Ta\u0304\u0301ne Ŋ\u0330ilas från ﬁlialen."
"""Letters with marks no single character has: they stay a letter and its marks after NFC."""
TEXTS = {"2026-2 §03:1": COMPOSED, "2026-2 §04:1": DECOMPOSED, "2026-2 §05:1": SOFT, "2026-2 §06:1": TURKISH,
         "2026-2 §07:1": ENTITIES, "2026-2 §08:1": MARKED}


@pytest.fixture
def client(store: Store) -> Iterator[FlaskClient]:
    register = Register(store)
    try:
        with register.new_meeting(MeetingId.parse("2026-2"), dt.date(2026, 4, 13), "Karlshamn") as meeting:
            for ident, text in TEXTS.items():
                meeting.take_decision(DecisionId.parse(ident), text, DecisionKind.OTHER)
    finally:
        register.close()
    app = create_app(lambda: Register.open(store))
    yield app.test_client()
    app.extensions["registers"].close()


def found(client: FlaskClient, query: str) -> list[str]:
    response = client.get("/api/sok", query_string={"q": query})
    assert response.status_code == 200, response.get_data(as_text=True)
    return [hit["ref"] for hit in json.loads(response.get_data(as_text=True))]


@pytest.mark.parametrize(("query", "refs"), [
    ("jäv", ["2026-2 §03:1", "2026-2 §04:1"]),  # jäv, and the first part of jävsanmälan
    ("ångrade", ["2026-2 §04:1"]),
    ("jävsanmälan", ["2026-2 §04:1"]),
    ("ärendet", ["2026-2 §04:1"]),
])
def test_a_query_finds_the_same_whether_its_letters_are_composed_or_decomposed(client, query, refs):
    """The text of 2026-2 §04:1 is stored decomposed, that of §03:1 composed: either form of
    the query finds either text."""
    assert found(client, unicodedata.normalize("NFC", query)) == refs
    assert found(client, unicodedata.normalize("NFD", query)) == refs


def test_a_soft_hyphen_in_the_query_or_the_text_does_not_split_the_word(client):
    assert found(client, "anställningen") == ["2026-2 §05:1"]
    assert found(client, "an\u00adställning") == ["2026-2 §05:1"]
    assert found(client, "samordnare") == ["2026-2 §05:1"]
    assert found(client, "ordnare") == []  # the half after the hyphen is no word of its own
    assert found(client, "sam") == ["2026-2 §03:1", "2026-2 §05:1"]  # as typed: the start of sammanträdet, samordnare


def test_a_dotted_capital_i_is_found_in_any_case_and_nothing_else_is(client):
    for query in ("İlknur", "ilknur", "ILKNUR"):
        assert found(client, query) == ["2026-2 §06:1"], query
    assert found(client, "Yıldız") == ["2026-2 §06:1"]
    assert found(client, "İ") == ["2026-2 §04:1"]  # the word i ("in"), as the query "i" finds it
    assert found(client, "\u0307") == []  # a combining dot alone is no word
    for odd in ("\u0130\u0307", "ﬁ", "Straße", "q\u0307x", "\u00ad", "\u202e", "\x00"):
        assert client.get("/sok", query_string={"q": odd}).status_code == 200, odd


def test_a_letter_with_marks_no_character_composes_is_one_word_on_both_stores(client):
    for query in ("Ta\u0304\u0301ne", "tā\u0301ne", "ŋ\u0330ilas", "filialen", "ﬁlial"):
        assert found(client, query) == ["2026-2 §08:1"], query
    assert found(client, "tāne") == found(client, "ilas") == []


QUERIES = ["jäv", unicodedata.normalize("NFD", "jäv"), "ångrade", "an\u00adställning", "İlknur", "ILKNUR", "yıldız",
           "i", "amp", "39", "q\u0307x", "Straße", "ta\u0304\u0301ne", "ŋ\u0330ilas", "ﬁlialen"]


def test_the_index_finds_exactly_what_a_scan_of_every_row_finds_for_text_typed_oddly(client, store):
    register = Register.open(store)
    try:
        titles = register.read_model.titles(register.board, dt.date.today().isoformat())
        everything = register.decisions(), register.follow_ups(include_done=True), titles
        for query in QUERIES:
            assert register.search(query) == search(query, *everything), query
    finally:
        register.close()


def test_stems_are_of_composed_text_without_soft_hyphens():
    assert stems(unicodedata.normalize("NFD", "får")) == stems("får") != stems("far")
    assert stems("an\u00adställ\u00adningen") == stems("anställningen")


def test_a_word_found_beside_an_ampersand_or_a_bracket_is_marked_without_breaking_the_markup(client):
    html = client.get("/sok", query_string={"q": "amp"}).get_data(as_text=True)
    assert "Att ge Tom &amp; Jerry AB <mark>amp</mark>-bidrag; se &lt;bilaga 39&gt; och &#39;beslutet&#39;." in html
    html = client.get("/sok", query_string={"q": "39"}).get_data(as_text=True)
    assert "se &lt;bilaga <mark>39</mark>&gt; och &#39;beslutet&#39;." in html
    html = client.get("/sok", query_string={"q": "bilaga beslutet"}).get_data(as_text=True)
    assert "se &lt;<mark>bilaga</mark> 39&gt; och &#39;<mark>beslutet</mark>&#39;." in html


def test_a_marked_word_is_the_word_as_written_and_every_mark_closes():
    marked = str(highlighted("A & amp <amp> &amp; an\u00adställning", ["amp", "an\u00adställning"]))
    assert marked == ("A &amp; <mark>amp</mark> &lt;<mark>amp</mark>&gt; &amp;<mark>amp</mark>; "
                      "<mark>an\u00adställning</mark>")
