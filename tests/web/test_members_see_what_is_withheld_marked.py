"""What a signed-in member sees of what is withheld (#26, item 5): the text itself, marked
"utelämnas på den publika webbplatsen" wherever it appears, under each clock. The site is the one
`test_nothing_withheld_reaches_the_public` crawls: a meeting whose withheld decisions and items
carry words found nowhere else, so a page that shows one of the words shows something withheld."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

import pytest

from register.accounts import Accounts
from register.application import Register
from tests.web.crawl import crawl
from tests.web.signing import PASSWORD, signed_in
from tests.web.test_nothing_withheld_reaches_the_public import HELD, a_member, doors, leaks, withheld  # noqa: F401

MARK = "Utelämnas på den publika webbplatsen"
NOT_MARKED_HERE = ("/api/", "/flode/", "/kalender/", "/revision")
"""Not pages the mark is looked for in as on a page: a JSON twin is the command line's answer, which
marks nothing; a feed's entries are checked one by one below; the audit report lists what is
withheld under a heading of its own."""


BLOCK = re.compile(r"<(?:tr|li|h[1-6]|section|fieldset|ol|ul)\b")
"""Where a page's parts begin: a row, a list's item, a heading, a section. The mark is in the part
that shows the withheld text, not just somewhere on the page."""


def unmarked(body: str, words: list[str]) -> list[str]:
    """The parts of a page's main content that show a withheld word without the mark."""
    return [part for part in BLOCK.split(body.split("<main", 1)[-1]) if any(w in part for w in words) and MARK not in part]


def member_clocks(withheld) -> dict[str, dict[str, str]]:
    return {"now": {}, "as of a past date": {"as_of": (HELD + dt.timedelta(days=1)).isoformat()},
            "as recorded in the past": {"as_recorded": withheld.before.isoformat()}}


def marked_everywhere(withheld, name: str, clock: dict[str, str]) -> None:
    words = list(withheld.secret.words.values())
    for site in withheld.site(False, sign_in=True):
        assert signed_in(site, name) == 303
        pages = {address: body for address, body in crawl(site, doors(words), clock).items()
                 if not urlsplit(address).path.startswith(NOT_MARKED_HERE)}
        showing = {address for where in leaks(pages, words).values() for address in where}
        assert len(showing) > 10, sorted(showing)
        assert {address: parts for address in showing if (parts := unmarked(pages[address], words))} == {}


@pytest.mark.parametrize("clock", ["now", "as of a past date", "as recorded in the past"])
def test_every_page_that_shows_a_member_a_withheld_text_marks_it_as_left_off_the_public_site(withheld, clock):
    a_member(withheld)
    marked_everywhere(withheld, "ledamot", member_clocks(withheld)[clock])


def test_the_secretary_signed_in_sees_them_marked_too(withheld):
    register = Register(withheld.store)
    try:
        Accounts(register.database).add("sekreterare", "secretary", PASSWORD, by="test")
    finally:
        register.close()
    marked_everywhere(withheld, "sekreterare", {})


def test_the_public_still_sees_that_the_minutes_were_reviewed_and_a_member_sees_the_changes_marked(withheld):
    """A review's list of changes quotes a withheld decision: the public sees the review's line with
    the number of changes, as before; a member sees the changes, marked."""
    for public in withheld.site(True):
        page = public.get("/arende/2026-3/6").get_data(as_text=True)
        assert "protokollet för 2026-3 granskat av Sekreteraren; 1 ändringar visas inte" in page
        assert withheld.secret["reviewed"] not in page
    a_member(withheld)
    for site in withheld.site(False, sign_in=True):
        assert signed_in(site, "ledamot") == 303
        page = site.get("/arende/2026-3/6").get_data(as_text=True)
        reviewed = next(part for part in BLOCK.split(page) if withheld.secret["reviewed"] in part)
        assert "granskat av Sekreteraren" in reviewed and MARK in reviewed


FEED_ENTRY = re.compile(r"<entry>|BEGIN:VEVENT")


@pytest.mark.parametrize("feed", ["/flode/beslut.atom", "/flode/uppfoljning.atom", "/kalender/uppfoljning.ics"])
def test_a_feed_read_signed_in_marks_each_withheld_entry_in_its_title(withheld, feed):
    """A member's feed reader, given the member's cookie, shows the decision's text: its entry says
    it is left off the public site, as the page does."""
    a_member(withheld)
    words = list(withheld.secret.words.values())
    for site in withheld.site(False, sign_in=True):
        assert signed_in(site, "ledamot") == 303
        unfolded = site.get(feed).get_data(as_text=True).replace("\r\n ", "")  # a calendar folds long lines
        entries = FEED_ENTRY.split(unfolded)[1:]
        showing = [entry for entry in entries if any(w in entry for w in words)]
        assert showing, f"{feed}: no entry shows a withheld word to a member"
        assert [entry for entry in showing if "utelämnas på den publika webbplatsen" not in entry] == []
