"""Search on Swedish stems, with å, ä and ö kept as letters of their own."""

from __future__ import annotations

import datetime as dt

import pytest

from projections.rows import DecisionRow, FollowUpRow
from projections.search import search, stem
from register.application import Register
from tests.web.page import read


def decision(ident: str, text: str, date: str = "2026-02-16") -> DecisionRow:
    return DecisionRow(id=ident, meeting=ident.partition(" ")[0], date=date, text=text, status="in_force", kind="other",
                       matter=None, cites=[], votes=None, reservations=[], recusals=[])


ROWS = [
    decision("2026-1 §03:1", "Styrelsen får information om projektet."),
    decision("2026-1 §04:1", "Förbundets far och mor var inbjudna."),
    decision("2026-1 §05:1", "Att bevilja medel till projektet Lotsen; projektet förlängs.", "2026-03-30"),
    decision("2026-2 §06:1", "Att bevilja medel till Lotsen.", "2026-04-20"),
]


def test_a_word_with_a_ring_or_dots_does_not_find_the_word_without_them():
    assert [h.ref for h in search("får", ROWS, [])] == ["2026-1 §03:1"]
    assert [h.ref for h in search("far", ROWS, [])] == ["2026-1 §04:1"]
    assert stem("får") != stem("far")


def test_inflections_share_a_stem_and_case_does_not_matter():
    assert [h.ref for h in search("BEVILJADE", ROWS, [])] == ["2026-2 §06:1", "2026-1 §05:1"]


def test_every_word_must_match_and_more_occurrences_rank_higher():
    hits = search("projektet information", ROWS, [])
    assert [h.ref for h in hits] == ["2026-1 §03:1"]
    ranked = search("projektets", ROWS, [])
    assert [(h.ref, h.score) for h in ranked] == [("2026-1 §05:1", 2), ("2026-1 §03:1", 1)]
    assert ranked[0].matched == ["projektet"]


def test_follow_up_subjects_are_searched_too_and_an_empty_query_finds_nothing():
    follow_up = FollowUpRow(kind="report", source="2026-1 §05:1", responsible="Lotsen", subject="slutrapport om Lotsen",
                            due="2026-12", status="open", meeting="2026-1", date="2026-02-16", done_on=None)
    assert [(h.ref, h.found_in) for h in search("slutrapporten", ROWS, [follow_up])] == [("2026-1 §05:1", "follow-up")]
    assert search("  ", ROWS, [follow_up]) == []


QUERIES = ["anställning kansli", "plan", "fastställs planerna", "Karlskrona kommuns", "återremittera", "förbundschefen uppdrag", "2026",
           "medel bevilja", "internkontrollplan", "Tidsbegränsad", "får", "zzz", "utgår", "FINSAM-plan 2026"]


@pytest.mark.parametrize("as_of", [None, dt.date(2025, 12, 31), dt.date(2026, 3, 1)])
def test_the_full_text_index_finds_exactly_what_a_scan_of_every_row_finds(recorded, as_of):
    register = Register.open(recorded.store)
    try:
        day = (as_of or dt.date.today()).isoformat()
        titles = register.read_model.titles(register.board, day)
        everything = register.decisions(as_of), register.follow_ups(as_of, include_done=True), titles
        for query in QUERIES:
            assert register.search(query, as_of) == search(query, *everything), query
        before = recorded.between
        position = register.ledger.position_at(before)
        then = (register.decisions(as_of, as_recorded=before), register.follow_ups(as_of, True, before),
                register.read_model.titles(register.board, day, position))
        assert register.search("plan", as_of, as_recorded=before) == search("plan", *then)
    finally:
        register.close()


def test_an_agenda_items_title_is_found_and_links_to_its_matter(client):
    page = read(client.get("/sok?q=anställning"))
    assert "2 träffar" in page.text
    assert page.href("2025-7 §13") == "/arende/2025-7/13"
    assert "Ärende 2025-7 §13 vid mötet 2025-7 den 2025-12-08." in page.text


def test_search_hits_come_in_pages_best_first(client, monkeypatch):
    from register.web import pages

    monkeypatch.setattr(pages, "HITS", 2)
    first = read(client.get("/sok?q=plan"))
    # 7 decisions and 5 items' titles (FINSAM-plans, internkontrollplans, a verksamhetsplan); the follow-ups
    # found are 2025-7 §07:2's and 2022:5 §04:1's, shown with their decisions
    assert "12 träffar på ”plan”. Sida 1 av 6." in first.text
    assert len(first.html.split("<li><p>")) - 1 == 2
    second = read(client.get(first.href("Nästa sida")))
    assert "Sida 2 av 6." in second.text and second.href("Föregående sida") == "/sok?q=plan&sida=1"
    past = read(client.get("/sok?q=plan&sida=7"))
    assert "Det finns ingen sida 7; här visas den sista, sida 6 av 6." in past.text and "Sida 6 av 6." in past.text
