"""The site speaks Swedish to its readers, whole: a crawl of every page it offers (and of its
error pages and feeds) finds none of the register's English words in what a reader sees. The
JSON twins are the command line's, in English, and are left out; so are the addresses, which
carry the register's codes (`?status=in_force`)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from tests.web.crawl import crawl
from tests.web.page import read as read_page

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


@pytest.mark.parametrize("clock", ["now", "as of the turn of the year", "as recorded before the revision"])
@pytest.mark.parametrize("public", [False, True], ids=["own", "public"])
def test_no_english_word_reaches_a_reader_on_any_page_the_site_offers(recorded, client_with, clock, public):
    clocks = {"now": {}, "as of the turn of the year": {"as_of": "2025-12-31"},
              "as recorded before the revision": {"as_recorded": recorded.between.isoformat()}}[clock]
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


def test_a_deferral_under_no_heading_is_named_in_swedish_and_linked_on_the_start_and_follow_up_pages(client):
    for path in ("/", "/uppfoljning"):
        page = read_page(client.get(path))
        assert page.href("2025-7 bordläggning 1") == "/arende/2025-7/bordlagt/1", path
        assert "deferred" not in page.text
    deferral = read_page(client.get("/arende/2025-7/bordlagt/1"))
    assert deferral.h1() == ["Ärende 2025-7 bordläggning 1"]
    calendar = client.get("/kalender/uppfoljning.ics").get_data(as_text=True).replace("\r\n ", "")  # lines unfolded
    assert "DESCRIPTION:Återremiss från 2025-7 §13:1\\; förfaller 2026-02\\; försenad." in calendar


def test_a_referral_in_force_reads_aterremitterad_not_galler(client):
    rows = read_page(client.get("/moten/2025-7")).table("Beslut vid mötet")
    assert ["2025-7 §13:1", "återremiss", "återremitterad"] == rows[[r[0] for r in rows].index("2025-7 §13:1")][:3]
    facts = read_page(client.get("/beslut/2025-7/13/1")).text
    assert "Status återremitterad" in facts and "gäller" not in facts.split("Status", 1)[1][:20]
    assert client.get("/api/beslut/2025-7/13/1").status_code == 200  # the JSON twin keeps the register's status


def test_a_search_hit_reads_as_a_sentence_and_a_decision_found_also_by_its_follow_up_shows_once(client):
    page = read_page(client.get("/sok?q=Karlskrona"))
    assert "4 träffar" in page.text
    assert ("Beslut 2025-7 §07:2 (återrapport) vid mötet 2025-7 den 2025-12-08. Beslutet gäller. "
            "Uppföljningen är klar.") in page.text
    assert "Ärende 2025-7 §07 vid mötet 2025-7 den 2025-12-08." in page.text
    assert "Beslut 2025-7 §07:1 (plan) vid mötet 2025-7 den 2025-12-08. Beslutet är ersatt." in page.text
    assert page.text.count("2025-7 §07:2") == 1 and "· beslut ·" not in page.text
    twin = client.get("/api/sok?q=Karlskrona").get_json()
    assert [hit["found_in"] for hit in twin if hit["ref"] == "2025-7 §07:2"] == ["decision", "follow-up"]  # as the CLI prints
    found_by_follow_up = read_page(client.get("/sok?q=anställning")).text
    assert ("Uppföljning (återremiss) från 2025-7 §13:1 vid mötet 2025-7 den 2025-12-08. "
            "Uppföljningen är försenad.") in found_by_follow_up


def test_the_attendance_page_opens_on_a_year_with_meetings_and_says_why_a_year_shows_no_attendance(client):
    opened = read_page(client.get("/narvaro?as_of=2025-12-31"))
    assert opened.h1() == ["Parternas närvaro vid styrelsens möten 2025"]
    empty = read_page(client.get("/narvaro?ar=2024"))
    assert "Registret har inga möten 2024, så det finns ingen närvaro att räkna. Möten finns 2026, 2025, 2022." in empty.text
    assert "Representation mot förbundets mål" not in empty.text  # no rows of zeros
    unknown = read_page(client.get("/narvaro?ar=2026"))
    assert "Inget av protokollen från 2026 anger närvaro" in unknown.text


def test_outcomes_say_that_the_register_holds_no_grant_of_the_reported_year(client):
    page = read_page(client.get("/utfall?ar=2025"))
    assert ("Registret har inga beviljanden för 2025, så inget projekt kan jämföras med ett beslut om medel: "
            "registret har beviljanden för 2026.") in page.text
    assert page.href("2026").startswith("/planer?ar=2026")


def test_an_empty_list_says_what_is_empty_and_why(client):
    before = read_page(client.get("/?as_of=2022-01-01"))
    assert "Inget återkommer till nästa möte, och ingen uppföljning förfaller inom två månader." in before.text
    assert "Ingen uppföljning är försenad." in before.text
    assert "Inga möten var hållna och registrerade vid den valda tidpunkten." in before.text
    filtered = read_page(client.get("/uppfoljning?visa=klara&typ=assignment&ansvarig=Ronneby"))
    assert "Inga klara uppföljningar av typen uppdrag där ansvarig är Ronneby." in filtered.text
    assert "Inga beslut med status upphävt." in read_page(client.get("/beslut?status=revoked")).text
    plans = read_page(client.get("/planer?ar=2019")).text
    assert "Inga planer för 2019 är registrerade." in plans and "Inga bidrag för 2019 är registrerade." in plans
