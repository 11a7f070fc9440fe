"""The site speaks Swedish to its readers, whole: a crawl of every page it offers (and of its
error pages and feeds) finds none of the register's English words in what a reader sees. The
JSON twins are the command line's, in English, and are left out; so are the addresses, which
carry the register's codes (`?status=in_force`)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from tests.web.crawl import crawl

ENGLISH = re.compile(
    r"\b(deferred|overdue|Bad Request|Not Found|Forbidden|Not Acceptable|Method Not Allowed|Internal Server Error"
    r"|referred[_ ]back|referral|in[_ ]force|withdrawn|withdrawal|superseded|revoked|revocation|fulfilled|assignment"
    r"|report|grant|decision|follow-up|meeting|malformed|expected|not an ISO date|requested URL|unknown|none|the|and)\b",
    re.IGNORECASE)
"""Words of the register's English (its codes, the CLI's messages, the web framework's pages)
that a Swedish reader must never meet."""

DOORS = ["/", "/moten", "/moten/2025-7", "/moten/2022-5/narvaro", "/beslut", "/beslut?status=superseded",
         "/uppfoljning", "/uppfoljning?visa=alla", "/uppfoljning?visa=klara", "/uppfoljning?visa=forsenade",
         "/uppfoljning?typ=deferred", "/planer", "/planer?ar=2026", "/bidrag", "/narvaro", "/narvaro?ar=2022",
         "/narvaro?ar=2024", "/utfall", "/utfall?ar=2025", "/sok?q=plan", "/sok?q=Karlskrona", "/sok?q=bordläggs",
         "/sok?q=anställning", "/tillganglighet", "/flode/beslut.atom", "/flode/uppfoljning.atom", "/kalender/uppfoljning.ics",
         "/arende/2025-7/bordlagt/1", "/utdrag/2025-7/7/1", "/utdrag/2025-7/13"]
ERRORS = ["/beslut?as_of=2026-13-01", "/beslut?as_recorded=igår", "/moten/abc", "/moten/2099-1", "/beslut/2025-7/99/1",
          "/utdrag/2025-7/99/1", "/beslut?sida=x", "/finns-inte", "/narvaro?ar=tjugo", "/sok?q=plan&mote=x",
          "/arende/2025-7/99", "/moten/2099-1/narvaro"]
"""Pages no link leads to, which a visitor reaches by writing the address."""


class _Read(HTMLParser):
    """What a reader of a page sees or hears: its text and the attributes read aloud, not
    what is code (`<code>`, scripts, styles)."""

    SPOKEN = ("title", "alt", "aria-label", "placeholder", "data-label")

    def __init__(self) -> None:
        super().__init__()
        self.read: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("code", "script", "style"):
            self._hidden += 1
        self.read += [value for name, value in attrs if name in self.SPOKEN and value]

    def handle_endtag(self, tag: str) -> None:
        if tag in ("code", "script", "style"):
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.read.append(data)


def read(address: str, body: str) -> str:
    """What a reader reads of an answer: a page's text, a feed's titles and summaries, a
    calendar's names and descriptions."""
    if address.endswith(".ics"):
        return "\n".join(line for line in body.splitlines() if line.startswith(("SUMMARY", "DESCRIPTION", "X-WR-CALNAME")))
    if address.endswith(".atom"):
        return "\n".join(re.findall(r"<(?:title|summary)>(.*?)</(?:title|summary)>", body, re.S))
    reader = _Read()
    reader.feed(body)
    return " ".join(reader.read)


def english(pages: dict[str, str]) -> dict[str, list[str]]:
    """Each address whose reader meets English → the English words met (with a little context)."""
    found = {}
    for address, body in pages.items():
        if address.startswith(("/api/", "/static/")):
            continue
        text = read(address, body)
        met = [text[max(0, m.start() - 30):m.end() + 30].replace("\n", " ") for m in ENGLISH.finditer(text)]
        if met:
            found[address] = met
    return found


@pytest.mark.parametrize("clocks", [{}, {"as_of": "2025-12-31"}], ids=["now", "as of the turn of the year"])
@pytest.mark.parametrize("public", [False, True], ids=["own", "public"])
def test_no_english_word_reaches_a_reader_on_any_page_the_site_offers(recorded, client_with, clocks, public):
    site = client_with(public=public)
    pages = crawl(site, DOORS, clocks)
    pages.update(crawl(site, ERRORS, clocks, limit=len(ERRORS) * 40))
    assert len(pages) > 80
    assert english(pages) == {}


def test_the_crawl_finds_english_where_it_is(recorded, client_with, monkeypatch):
    """The control: with the site's Swedish names of follow-up statuses taken away, the English
    codes reach the follow-up page, and the crawl finds them."""
    from domain.values import FollowUpStatus
    from register.web import words

    monkeypatch.setitem(words.WORDS, FollowUpStatus.OVERDUE, "overdue")
    pages = crawl(client_with(), ["/uppfoljning"], {})
    assert "/uppfoljning" in english(pages)
