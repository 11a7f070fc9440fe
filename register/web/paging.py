"""Long lists in pages of a fixed size, so that no page grows with the register's age: which
page a visitor asked for (`sida`), the rows on it, and the JSON twin of a page with the total."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, TypeVar

import attrs
from flask import abort

from register.web.parameters import arg

Row = TypeVar("Row")

_NUMBER = re.compile(r"[0-9]{1,9}", re.ASCII)
"""A page number as a visitor writes it: ASCII digits (`²` and `١` are digits to `str.isdigit`,
not to `int`), and few enough that no register has that many pages to refuse it quietly."""


@attrs.frozen
class Pages:
    """Page `number` of `pages`, each of `size` rows; `note` says why another page than the one
    asked for is shown (there is no such page: the last one is shown)."""

    number: int
    pages: int
    size: int
    total: int
    note: str = ""

    @classmethod
    def asked(cls, size: int, *lengths: int) -> Pages:
        """The page the query asks for, of lists this long (one `sida` pages them side by side),
        refused with a 400 in Swedish when it is not a page number."""
        total = max(lengths, default=0)
        pages = max(1, -(-total // size))
        text = arg("sida", "1").strip()
        if not _NUMBER.fullmatch(text) or int(text) < 1:
            abort(400, f"ogiltig sida {text!r}: skriv ett sidnummer, 1–{pages}")
        if int(text) > pages:
            return cls(pages, pages, size, total, f"Det finns ingen sida {int(text)}; här visas den sista, sida {pages} av {pages}.")
        return cls(int(text), pages, size, total)

    def of(self, rows: Sequence[Row]) -> list[Row]:
        """The rows of this page."""
        return list(rows[(self.number - 1) * self.size : self.number * self.size])

    @property
    def first(self) -> int:
        """The place in the whole list of this page's first row, counted from 1."""
        return (self.number - 1) * self.size + 1


def asked_for_a_page() -> bool:
    """Whether the query names a page: then the JSON twin is that page, else the whole answer,
    as the command line prints it."""
    return arg("sida").strip() != ""


def twin(whole: Sequence[Row], shown_first: Sequence[Row], size: int) -> Any:
    """A list page's JSON twin: `whole`, as the command line prints it; or, asked for a page,
    that page of `shown_first` (the same rows in the order the page shows them) with the total,
    so that a program can walk the pages and know when it has them all."""
    if not asked_for_a_page():
        return whole
    pages = Pages.asked(size, len(shown_first))
    return {"total": len(shown_first), "page": pages.number, "pages": pages.pages, "per_page": size,
            "rows": pages.of(shown_first)}
