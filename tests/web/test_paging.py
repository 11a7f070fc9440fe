"""Long lists come in pages a reader can take in at any size of register: what is needed first
(the overdue, the newest) on the first page, Föregående and Nästa leading through the rest,
every row on exactly one page, under every clock, and the JSON twin paged the same way."""

from __future__ import annotations

import json
import re
from collections import Counter
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest

from tests.web.crawl import crawl
from tests.web.page import Page, column, read
from tests.web.test_nothing_withheld_reaches_the_public import clocks, doors, leaks, withheld  # noqa: F401 (a fixture)

BEFORE_REVISION = "2026-01-01"

LISTS = {
    "/beslut": ("beslut",),
    "/uppfoljning?visa=alla": ("uppföljningar",),
    "/planer": ("FINSAM-planer", "Varje beviljande"),
    "/bidrag": ("Varje beviljande",),
    "/sok?q=plan": (),  # hits are a list, not a table
}
"""Each paged list and the captions of the tables it pages."""


def small_pages(monkeypatch: pytest.MonkeyPatch, size: int) -> None:
    from register.web import pages

    for name in ("PAGE", "HITS", "FIRST"):
        monkeypatch.setattr(pages, name, size)


def rows_of(page: Page, captions: tuple[str, ...]) -> list[list[str]]:
    """What a page lists: the rows of its tables (not the note that a table has run out), or its search hits."""
    if not captions:
        return [[hit] for hit in re.findall(r"<li><p>(.*?)</p>", page.html)]
    found = []
    for caption in captions:
        found += [[caption, *row] for row in _table(page, caption) if not row[0].startswith("Inga fler")]
    return found


def _table(page: Page, caption: str) -> list[list[str]]:
    # a caption may begin with its count ("13 beslut, senaste först")
    for shown, rows in page.tables.items():
        if shown.startswith(caption) or caption in shown.split(",")[0]:
            return rows[1:]
    raise AssertionError(f"no table {caption!r} on the page; it has {list(page.tables)}")


def walk(client, address: str) -> list[Page]:  # type: ignore[no-untyped-def]
    """Every page of a list, from the one at `address` on, following Nästa sida."""
    walked = []
    while True:
        response = client.get(address)
        assert response.status_code == 200, (address, response.get_data(as_text=True)[:300])
        page = read(response)
        walked.append(page)
        assert len(walked) < 50, "Nästa sida never ends"
        following = [href for text, href in page.links if text == "Nästa sida"]
        if not following:
            return walked
        assert 'rel="next"' in page.html and page.href("Föregående sida" if len(walked) > 1 else "Nästa sida")
        address = following[0]


def the_clocks(recorded) -> dict[str, dict[str, str]]:  # type: ignore[no-untyped-def]
    return {"now": {}, "as of": {"as_of": BEFORE_REVISION}, "as recorded": {"as_recorded": recorded.between.isoformat()}}


def with_clock(address: str, clock: dict[str, str]) -> str:
    return address + (("&" if "?" in address else "?") + urlencode(clock) if clock else "")


@pytest.mark.parametrize("clock", ["now", "as of", "as recorded"])
@pytest.mark.parametrize("address", list(LISTS))
def test_walking_a_lists_pages_shows_every_row_once_in_the_order_of_the_whole_list(client, client_with, recorded, monkeypatch,
                                                                                   address, clock):
    at = with_clock(address, the_clocks(recorded)[clock])
    small_pages(monkeypatch, 1000)
    one_page = read(client_with().get(at))  # a site of its own: what the other keeps is kept by address
    whole = rows_of(one_page, LISTS[address])
    assert "Nästa sida" not in one_page.text
    small_pages(monkeypatch, 1)
    walked = walk(client, at)
    assert len(whole) > 1 and len(walked) > 1  # more rows than a page holds
    for listed in [(caption,) for caption in LISTS[address]] or [()]:  # each table a page's worth, the first page full
        in_whole = [row for row in whole if not listed or row[0] == listed[0]]
        assert [row for page in walked for row in rows_of(page, listed)] == in_whole  # nothing lost, nothing twice
        assert all(len(rows_of(page, listed)) <= 1 for page in walked)
        assert len(rows_of(walked[0], listed)) == 1
    assert f"Sida {len(walked)} av {len(walked)}" in walked[-1].text


@pytest.mark.parametrize("clock", ["now", "as of", "as recorded"])
@pytest.mark.parametrize("address", list(LISTS))
def test_the_json_twin_asked_for_a_page_gives_that_page_with_the_total(client, recorded, monkeypatch, address, clock):
    twin = with_clock("/api" + address, the_clocks(recorded)[clock])
    small_pages(monkeypatch, 1)
    whole = client.get(twin).get_json()  # no page asked for: the whole answer, as the command line prints it
    pages, number = [], 1
    while True:
        answer = client.get(twin + ("&" if "?" in twin else "?") + f"sida={number}").get_json()
        assert answer["total"] == len(whole) and answer["per_page"] == 1 and answer["page"] == number
        assert len(answer["rows"]) == 1
        pages.append(answer["rows"])
        if number == answer["pages"]:
            break
        number += 1
    assert len(pages) > 1
    walked = [json.dumps(row, sort_keys=True) for rows in pages for row in rows]
    assert Counter(walked) == Counter(json.dumps(row, sort_keys=True) for row in whole)


def test_follow_ups_come_overdue_first_and_newest_first(client, monkeypatch):
    small_pages(monkeypatch, 2)
    first = read(client.get("/uppfoljning?visa=alla"))
    shown = _table(first, "uppföljningar")
    assert [(row[1], row[4]) for row in shown] == [("2025-7 bordläggning 1", "försenad"), ("2025-7 §13:1", "försenad")]
    second = read(client.get(first.href("Nästa sida")))
    assert _table(second, "uppföljningar")[0][1:5:3] == ["2022:5 §04:1", "försenad"]
    assert second.href("Föregående sida") == "/uppfoljning?visa=alla&sida=1"
    statuses = [row[4].split()[0] for page in walk(client, "/uppfoljning?visa=alla") for row in _table(page, "uppföljningar")]
    assert statuses[:3] == ["försenad"] * 3 and "försenad" not in statuses[3:]


def test_the_start_page_shows_the_newest_overdue_and_links_to_them_all(client, monkeypatch):
    small_pages(monkeypatch, 2)
    start = read(client.get("/?as_of=2026-06-30"))
    overdue = start.table("Uppföljningar vars tid har gått ut")
    assert column(overdue, 1) == ["2025-7 bordläggning 1", "2025-7 §13:1"]
    assert "Här visas de 2 senaste av 3." in start.text
    every = start.href("Alla 3 försenade uppföljningar")
    assert dict(parse_qsl(urlsplit(every).query)) == {"visa": "forsenade", "as_of": "2026-06-30"}
    assert column(_table(read(client.get(every)), "uppföljningar"), 1) == ["2025-7 bordläggning 1", "2025-7 §13:1"]
    twin = client.get("/api/start?as_of=2026-06-30").get_json()
    assert twin["overdue_total"] == 3 and [f["source"] for f in twin["overdue"]] == ["2025-7 deferred 1", "2025-7 §13:1"]


def test_the_start_page_says_nothing_of_more_when_it_shows_them_all(client):
    start = read(client.get("/"))
    assert len(start.table("Uppföljningar vars tid har gått ut")) == 3
    assert "Här visas" not in start.text and "försenade uppföljningar" not in [text for text, _ in start.links]


def test_the_next_page_keeps_the_clocks_and_every_filter(client, recorded, monkeypatch):
    small_pages(monkeypatch, 1)
    instant = recorded.between.isoformat()
    asked = {"visa": "alla", "ansvarig": "förbundschefen", "ar": "2022", "as_of": "2026-06-30", "as_recorded": instant}
    first = read(client.get("/uppfoljning", query_string=asked))
    assert dict(parse_qsl(urlsplit(first.href("Nästa sida")).query)) == {**asked, "sida": "2"}
    plans = read(client.get("/planer", query_string={"ar": "2026", "as_of": "2026-06-30"}))
    assert dict(parse_qsl(urlsplit(plans.href("Nästa sida")).query)) == {"ar": "2026", "as_of": "2026-06-30", "sida": "2"}
    hits = read(client.get("/sok", query_string={"q": "plan", "typ": "plan", "as_recorded": instant}))
    assert dict(parse_qsl(urlsplit(hits.href("Nästa sida")).query)) == {"q": "plan", "typ": "plan",
                                                                       "as_recorded": instant, "sida": "2"}


def test_a_past_clock_pages_the_register_as_it_was(client, recorded, monkeypatch):
    """As recorded before the revision: the revision is on no page, and the pages hold what the list held then."""
    small_pages(monkeypatch, 2)
    instant = urlencode({"as_recorded": recorded.between.isoformat()})
    then = [row[0] for page in walk(client, f"/beslut?{instant}") for row in _table(page, "beslut")]
    now = [row[0] for page in walk(client, "/beslut") for row in _table(page, "beslut")]
    assert "2026-1 §04:1" in now and "2026-1 §04:1" not in then
    assert then == [d["id"] for d in reversed(client.get(f"/api/beslut?{instant}").get_json())]
    decided = [row for page in walk(client, f"/uppfoljning?visa=alla&as_of={BEFORE_REVISION}") for row in _table(page, "uppföljningar")]
    today = [row for page in walk(client, "/uppfoljning?visa=alla") for row in _table(page, "uppföljningar")]
    assert ["återrapport", "2025-7 §07:2", "Karlskrona kommun", "2026-05", "öppen"] in [row[:5] for row in decided]  # not yet delivered
    assert sorted(decided) != sorted(today)


def test_follow_ups_are_filtered_by_the_year_of_the_meeting_that_gave_them(client):
    in_2022 = client.get("/api/uppfoljning?visa=alla&ar=2022").get_json()
    assert in_2022 and {f["date"][:4] for f in in_2022} == {"2022"}
    every = client.get("/api/uppfoljning?visa=alla").get_json()
    assert in_2022 == [f for f in every if f["date"].startswith("2022-")]
    page = read(client.get("/uppfoljning?visa=alla&ar=2022"))
    assert page.h1() == ["Uppföljning 2022"] and {row[1][:6] for row in _table(page, "uppföljningar")} == {"2022:5"}
    assert client.get("/uppfoljning?ar=tjugo").status_code == 400


@pytest.mark.parametrize("number", ["0", "-1", "tre", "1.5", "²", "١", "9" * 40, ""])
@pytest.mark.parametrize("address", ["/beslut", "/uppfoljning", "/planer", "/bidrag", "/sok?q=plan"])
def test_a_page_that_is_not_a_page_number_is_refused_in_swedish(client, address, number):
    asked = address + ("&" if "?" in address else "?") + f"sida={number}"
    response = client.get(asked)
    assert response.status_code == 400
    assert "ogiltig sida" in read(response).text and 'lang="sv"' in response.get_data(as_text=True)
    twin = client.get("/api" + asked)
    assert twin.status_code == 400 and "ogiltig sida" in twin.get_json()["error"]


def test_a_page_beyond_the_last_shows_the_last_and_says_so(client, monkeypatch):
    small_pages(monkeypatch, 2)
    beyond = read(client.get("/uppfoljning?visa=alla&sida=99"))
    last = walk(client, "/uppfoljning?visa=alla")[-1]
    assert "Det finns ingen sida 99; här visas den sista" in beyond.text
    assert _table(beyond, "uppföljningar") == _table(last, "uppföljningar")


@pytest.mark.parametrize("clock", ["now", "as of a day before the meeting", "as recorded before the withholding"])
def test_no_withheld_word_is_on_any_page_of_a_paged_list(withheld, monkeypatch, clock):  # noqa: F811
    """The public site crawled from its doors through every Nästa sida, each page's JSON twin (asked
    for that page) too, in pages of two: the withheld words on none of them."""
    small_pages(monkeypatch, 2)
    words = list(withheld.secret.words.values())
    for public in withheld.site(True):
        pages = crawl(public, doors(words), clocks(withheld)[clock])
        paged = [address for address in pages if re.search(r"[?&]sida=[2-9]", address)]
        assert any(address.startswith("/api/") for address in paged) and any(a.startswith("/uppfoljning") for a in paged)
        assert leaks(pages, words) == {}


@pytest.mark.parametrize("address", list(LISTS))
def test_a_middle_page_links_back_and_on_in_a_labelled_navigation_and_meets_wcag(client, monkeypatch, address):
    from tests.web.test_accessibility import (
        test_each_page_is_swedish_with_one_h1_landmarks_scoped_headers_and_labelled_fields as meets_wcag,
    )

    small_pages(monkeypatch, 1)
    middle = address + ("&" if "?" in address else "?") + "sida=2"
    html = client.get(middle).get_data(as_text=True)
    navs = re.findall(r'<nav aria-label="Sidor" class="pages">(.*?)</nav>', html, re.S)
    assert len(navs) == 1 and "Sida 2 av" in navs[0]
    assert re.search(r'<a rel="prev" href="[^"]*\bsida=1\b[^"]*">Föregående sida</a>', navs[0])
    assert re.search(r'<a rel="next" href="[^"]*\bsida=3\b[^"]*">Nästa sida</a>', navs[0])
    meets_wcag(client, middle)


def test_the_decision_list_is_filtered_by_year_and_its_pages_keep_the_year(client, monkeypatch):
    small_pages(monkeypatch, 1)
    page = read(client.get("/beslut?ar=2022&as_of=2026-06-30"))
    assert page.h1() == ["Beslut 2022"]
    walked = [row[0] for shown in walk(client, "/beslut?ar=2022&as_of=2026-06-30") for row in _table(shown, "beslut")]
    every = client.get("/api/beslut?as_of=2026-06-30").get_json()
    assert walked == [d["id"] for d in reversed(every) if d["date"].startswith("2022-")] and len(walked) > 1
    assert dict(parse_qsl(urlsplit(page.href("Nästa sida")).query)) == {"ar": "2022", "as_of": "2026-06-30", "sida": "2"}
    assert client.get("/api/beslut?ar=2022").get_json() == [d for d in client.get("/api/beslut").get_json()
                                                           if d["date"].startswith("2022-")]
    assert client.get("/beslut?ar=tjugo").status_code == 400
