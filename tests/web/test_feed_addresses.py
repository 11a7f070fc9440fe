"""The feeds' links and ids never come from the Host a request names: a cache would hand a
forged address to every reader. With a base URL they start there; without one they are
relative to the feed, and the feed says so."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from urllib.parse import urljoin, urlsplit

import pytest

from register.web.addresses import BaseUrl
from tests.web.test_feeds import ATOM, entries

FEEDS = ("/flode/beslut.atom", "/flode/uppfoljning.atom?as_of=2026-01-01", "/kalender/uppfoljning.ics?as_of=2026-01-01")
FORGED = {"Host": "evil.example", "X-Forwarded-Host": "evil.example", "Forwarded": "host=evil.example"}
UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"


def self_link(body: bytes) -> str:
    return next(link.get("href") or "" for link in ET.fromstring(body).iter(f"{ATOM}link") if link.get("rel") == "self")


def ids(body: bytes) -> list[str]:
    """The feed's own id and each entry's, or each calendar event's UID."""
    if body.startswith(b"BEGIN:VCALENDAR"):
        return re.findall(r"^UID:(.*)\r$", body.decode().replace("\r\n ", ""), flags=re.MULTILINE)
    return [element.text or "" for element in ET.fromstring(body).iter(f"{ATOM}id")]


@pytest.mark.parametrize("feed", FEEDS)
def test_a_forged_host_never_reaches_a_feed(client, feed):
    body = client.get(feed, headers=FORGED).get_data(as_text=True)
    assert "BEGIN:" in body or "<entry>" in body  # a feed with something in it
    assert "evil.example" not in body


@pytest.mark.parametrize("feed", FEEDS)
def test_a_forged_host_never_reaches_a_feed_with_a_base_url(client_with, feed):
    body = client_with(base_url=BaseUrl.parse("https://beslut.example.se")).get(feed, headers=FORGED).get_data(as_text=True)
    assert "BEGIN:" in body or "<entry>" in body
    assert "evil.example" not in body


def test_without_a_base_url_the_links_are_relative_to_the_feed_and_lead_to_the_pages(client):
    feed = "http://127.0.0.1:8000/flode/beslut.atom"  # where a reader fetched it; any address would do
    response = client.get(feed)
    assert b"<!-- links are relative to this feed: the site was started without a base URL -->" in response.get_data()
    links = [entry["link"] for entry in entries(response)]
    assert links and all(not urlsplit(link).scheme and not link.startswith("/") for link in links)
    for link in links:
        followed = urlsplit(urljoin(feed, link))
        assert client.get(followed.path, query_string=followed.query).status_code == 200, link
    assert urljoin(feed, self_link(response.get_data())) == feed


def test_the_follow_ups_feed_links_each_entry_to_the_follow_ups_of_its_party(client):
    feed = "http://127.0.0.1/flode/uppfoljning.atom?as_of=2026-01-01"
    found = entries(client.get(feed))
    assert [urljoin(feed, entry["link"]) for entry in found] == [
        "http://127.0.0.1/uppfoljning?ansvarig=styrelsen",
        "http://127.0.0.1/uppfoljning?ansvarig=Karlskrona+kommun",
    ]


def test_with_a_base_url_the_links_are_absolute_on_it_whatever_the_host(client_with):
    site = client_with(base_url=BaseUrl.parse("https://Beslut.example.se/register/"))
    response = site.get("/flode/beslut.atom", headers=FORGED)
    assert b"relative" not in response.get_data()
    assert self_link(response.get_data()) == "https://beslut.example.se/register/flode/beslut.atom"
    links = [entry["link"] for entry in entries(response)]
    assert links[0] == "https://beslut.example.se/register/beslut/2026-1/4/1"
    assert all(link.startswith("https://beslut.example.se/register/beslut/") for link in links)


@pytest.mark.parametrize("feed", FEEDS)
def test_ids_are_uuids_that_depend_neither_on_the_host_nor_on_the_base_url(client, client_with, feed):
    here = ids(client.get(feed).get_data())
    elsewhere = ids(client.get(feed, headers=FORGED).get_data())
    published = ids(client_with(base_url=BaseUrl.parse("https://beslut.example.se")).get(feed).get_data())
    assert here == elsewhere == published
    assert len(here) == len(set(here)) > 1
    assert all(re.fullmatch(f"(urn:uuid:)?{UUID}", found) for found in here)


def test_a_follow_up_has_the_same_id_in_the_atom_feed_and_in_the_calendar(client):
    atom = ids(client.get("/flode/uppfoljning.atom?as_of=2026-01-01").get_data())[1:]  # the feed's own id first
    calendar = ids(client.get("/kalender/uppfoljning.ics?as_of=2026-01-01").get_data())
    assert sorted(atom) == sorted(f"urn:uuid:{uid}" for uid in calendar)
