"""Text as the register stores it: printable, and of a length a board's minutes could hold."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

from domain.errors import TextNotPlain

LONGEST_TEXT = 20_000
"""The most characters one text may hold (a decision, a title, a subject, a reason): some eight
pages, where the longest decision in a board's minutes runs to a page or two. What is longer
is a document the decision adopts, not its text; and the search index of a text many times
longer is more than PostgreSQL keeps for one row (1 MB)."""

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def plain(text: str, what: str) -> str:
    """Text as the register stores it: no control characters but new lines and tabs, so that
    nothing stored can steer a terminal that shows it (an ESC sequence, a BEL); and no longer
    than LONGEST_TEXT."""
    if len(text) > LONGEST_TEXT:
        raise TextNotPlain(f"{what} is {_grouped(len(text))} characters long, more than the {_grouped(LONGEST_TEXT)} "
                           "a text in the register may hold", length=len(text), most=LONGEST_TEXT)
    found = _CONTROL.search(text)
    if found is not None:
        raise TextNotPlain(f"{what} holds a control character ({found[0]!r}) at position {found.start() + 1}: "
                           "only printable text, new lines and tabs can be recorded", position=found.start() + 1, character=found[0])
    return text


def plain_each(texts: Iterable[str], what: str) -> None:
    """Each text plain, and each within LONGEST_TEXT on its own: a review's many changes, a
    correction's reason beside the text it corrects, are not one text."""
    for text in texts:
        plain(text, what)


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case, strip diacritics and spacing, so `Forsakringskassan` finds `Försäkringskassan`."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def _grouped(number: int) -> str:
    """A count as Swedish prose writes it: 100 000."""
    return f"{number:,}".replace(",", " ")
