"""Reading a served page as a visitor does: its text, its tables by caption, its links."""

from __future__ import annotations

import re
from html.parser import HTMLParser


_BLOCKS = {"p", "li", "td", "th", "tr", "h1", "h2", "h3", "dt", "dd", "div", "section", "caption", "ol", "ul",
           "table", "header", "footer", "main", "nav", "blockquote", "form", "label", "option"}


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tables: dict[str, list[list[str]]] = {}
        self.links: list[tuple[str, str]] = []
        self.headings: list[tuple[str, str]] = []
        self._caption: str | None = None
        self._in: list[str] = []
        self._cell: list[str] | None = None
        self._row: list[str] | None = None
        self._table: list[list[str]] | None = None
        self._link: tuple[str, list[str]] | None = None
        self._heading: tuple[str, list[str]] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in.append(tag)
        if tag in _BLOCKS:
            self.text.append(" ")
        if tag == "table":
            self._table, self._caption = [], ""
        elif tag == "tr" and self._table is not None:
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []
        elif tag == "a":
            self._link = (dict(attrs).get("href") or "", [])
        elif tag in ("h1", "h2", "h3"):
            self._heading = (tag, [])

    def handle_endtag(self, tag: str) -> None:
        if self._in:
            self._in.pop()
        if tag in _BLOCKS:
            self.text.append(" ")
        if tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "tr" and self._row is not None and self._table is not None:
            self._table.append(self._row)
            self._row = None
        elif tag == "table" and self._table is not None:
            self.tables[self._caption or f"table {len(self.tables) + 1}"] = self._table
            self._table = None
        elif tag == "a" and self._link is not None:
            self.links.append((" ".join("".join(self._link[1]).split()), self._link[0]))
            self._link = None
        elif tag in ("h1", "h2", "h3") and self._heading is not None:
            self.headings.append((self._heading[0], " ".join("".join(self._heading[1]).split())))
            self._heading = None

    def handle_data(self, data: str) -> None:
        if self._in and self._in[-1] in ("script", "style"):
            return
        self.text.append(data)
        if self._in and self._in[-1] == "caption" and self._table is not None:
            self._caption = (self._caption or "") + data.strip()
        if self._cell is not None:
            self._cell.append(data)
        if self._link is not None:
            self._link[1].append(data)
        if self._heading is not None:
            self._heading[1].append(data)


class Page:
    def __init__(self, html: str) -> None:
        reader = _Reader()
        reader.feed(html)
        self.html = html
        self.text = " ".join("".join(reader.text).split())
        self.tables = reader.tables
        self.links = reader.links
        self.headings = reader.headings

    def table(self, caption_start: str) -> list[list[str]]:
        """The body rows of the table whose caption begins so (the header row left out)."""
        for caption, rows in self.tables.items():
            if caption.startswith(caption_start):
                return rows[1:]
        raise AssertionError(f"no table captioned {caption_start!r}; the page has {list(self.tables)}")

    def href(self, text: str) -> str:
        for shown, href in self.links:
            if shown == text:
                return href
        raise AssertionError(f"no link {text!r} on the page")

    def h1(self) -> list[str]:
        return [text for level, text in self.headings if level == "h1"]


def read(response) -> Page:  # type: ignore[no-untyped-def]
    return Page(response.get_data(as_text=True))


def column(rows: list[list[str]], index: int) -> list[str]:
    return [row[index] for row in rows]


def squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
