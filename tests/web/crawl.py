"""Crawling a site as a visitor (or an attacker) would: from a few doors, every link a page
offers, each page's JSON twin, under the clocks given, until nothing new is linked."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from collections.abc import Iterable, Mapping
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

from flask.testing import FlaskClient

_HREF = re.compile(r"""href="([^"]*)\"""")
_NOT_PAGES = ("/static/",)


def crawl(client: FlaskClient, doors: Iterable[str], clocks: Mapping[str, str], limit: int = 2000,
          statuses: dict[str, int] | None = None) -> dict[str, str]:
    """Every address reached from `doors` (each opened with `clocks`) → what it answered;
    `statuses`, if given, gets each address's status."""
    seen: dict[str, str] = {}
    waiting = [_with(door, clocks) for door in doors]
    while waiting:
        address = waiting.pop()
        if address in seen:
            continue
        assert len(seen) < limit, f"the crawl passed {limit} addresses; is a link growing without end?"
        response = client.get(address)
        body = response.get_data(as_text=True)
        seen[address] = body
        if statuses is not None:
            statuses[address] = response.status_code
        if response.mimetype == "text/html" or (response.mimetype or "").endswith("+xml"):
            waiting += [found for found in _links(address, body) if found not in seen]
        path = urlsplit(address).path
        if not path.startswith(("/api/", *_NOT_PAGES)) and response.mimetype == "text/html":
            twin = address.replace(path, "/api" + (path if path != "/" else "/start"), 1)
            if twin not in seen:
                waiting.append(twin)
    return seen


def _links(address: str, body: str) -> list[str]:
    """The addresses on this site that a page or feed links to, relative ones resolved."""
    found = []
    for href in _HREF.findall(body.replace("&amp;", "&")):
        parts = urlsplit(urljoin("http://localhost" + address, href))
        if parts.netloc != "localhost" or not parts.path.startswith("/"):
            continue  # another site's ("localhost" is this one, in the test client's absolute links)
        found.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return found


def _with(address: str, clocks: Mapping[str, str]) -> str:
    parts = urlsplit(address)
    query = dict(parse_qsl(parts.query))
    query.update(clocks)
    return parts.path + (f"?{urlencode(query)}" if query else "")


class _Forms(HTMLParser):
    """The GET forms of a page: where each goes and the fields it sends as the page shows them."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[tuple[str, dict[str, str]]] = []
        self._select: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form" and a.get("method", "get").lower() == "get":
            self.forms.append((a.get("action", ""), {}))
        elif not self.forms:
            return
        elif tag == "input" and a.get("name") and a.get("type") != "submit":
            self.forms[-1][1][a["name"]] = a.get("value", "")
        elif tag == "select":
            self._select = a.get("name")
            self.forms[-1][1].setdefault(self._select or "", "")
        elif tag == "option" and self._select and "selected" in a:
            self.forms[-1][1][self._select] = a.get("value", "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "select":
            self._select = None


def forms(body: str) -> list[tuple[str, dict[str, str]]]:
    reader = _Forms()
    reader.feed(body)
    return reader.forms
