"""Full-text search over the register as of a date: decision texts, follow-up subjects and
agenda items' titles, matched on Swedish stems.

Words are compared by their snowball stem after folding (`fold`): å, ä and ö are letters of
their own, so "får" never finds "far", however they were typed (one character, or a letter and a
combining ring or dots), and a soft hyphen inside a word does not split it. Every query word
must match; hits are ranked by how many times the query's stems occur, then newest first. Both stores give the same hits because
the stems are computed here, not by the database.
"""

from __future__ import annotations

import enum
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from projections.rows import DecisionRow, FollowUpRow, SearchHit

SOFT_HYPHEN = "\u00ad"
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
"""Combining marks: Python's \\w does not count them as letters, so `ja\\u0308v` (jäv typed as a
letter and its dots) would be two words."""
_WORD = re.compile(rf"\w[\w{SOFT_HYPHEN}{_MARKS}]*")
"""A word as written: from a letter or digit on, with its combining marks and soft hyphens."""
LONGEST_STEM = 200
"""Longer stems are cut to this many characters, where they are stored and where they are
asked for. PostgreSQL keeps no word of more than 2 047 bytes in its index, and drops one from
a query too, while SQLite keeps any; 200 characters are at most 800 bytes in UTF-8, and no
Swedish word comes near them, so cut alike on both stores, an overlong word finds the same rows."""


MOST_WORD_BYTES = 100_000
"""The stems a row is found by are stored once each, the first up to this many bytes in UTF-8,
on both stores alike. PostgreSQL indexes no row whose words make more than 1 MB as a tsvector
(each word its bytes and about nine more: at most some 550 kB here). A text the register
accepts now (`domain.text.LONGEST_TEXT`) never comes near it; one recorded before it could."""


@functools.cache
def _stemmer() -> Any:
    # Imported when first needed: the package loads every language's stemmer (about 10 ms),
    # which a command that neither searches nor records would pay at start.
    import snowballstemmer

    return snowballstemmer.stemmer("swedish")


def fold(text: str) -> str:
    """Text as search compares it: composed (NFC, so that a letter typed with a combining ring
    is the letter å), without soft hyphens, case-folded. A dotted capital İ folds to i with a
    combining dot; the dot is dropped, so İlknur is found as ilknur, as in Turkish."""
    folded = unicodedata.normalize("NFC", text.replace(SOFT_HYPHEN, "")).casefold()
    return unicodedata.normalize("NFC", folded).replace("i\u0307", "i")


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    # A board's vocabulary is small; each word is stemmed once per process.
    return _stemmer().stemWord(fold(word))[:LONGEST_STEM]


def stems(text: str) -> list[str]:
    return [stem(word) for word in _WORD.findall(text)]


def words_in(text: str) -> Iterator[re.Match[str]]:
    """Each word of `text` as written, with where it stands (for marking the words a search found)."""
    return _WORD.finditer(text)


def searched_words(view: str, row: Mapping[str, Any]) -> str | None:
    """The stems a row version is found by, as the projection stores them: a decision's text,
    a follow-up's subject; None for rows search does not look at."""
    text = row.get("text") if view == "decision" else row.get("subject") if view == "followup" else None
    return _joined_stems(text) if text else None


@functools.lru_cache(maxsize=1 << 12)
def _joined_stems(text: str) -> str:
    # A row's versions (a status changed, a vote recorded) repeat its text; stem it once.
    # Each stem once: the index only finds candidates, `search` counts the words in the text.
    kept, size = [], 0
    for found in dict.fromkeys(stems(text)):
        size += len(found.encode()) + 1
        if size > MOST_WORD_BYTES:
            break
        kept.append(found)
    return " ".join(kept)


def matched_words(text: str, wanted: Iterable[str]) -> list[str]:
    """The words of `text`, as written, whose stems are wanted (for highlighting), in order, once each."""
    wanted = set(wanted)
    return list(dict.fromkeys(word for word in _WORD.findall(text) if stem(word) in wanted))


class FoundIn(enum.StrEnum):
    """Where a hit's words were found."""

    DECISION = "decision"
    FOLLOW_UP = "follow-up"
    ITEM = "item"
    """An agenda item's title."""


def search(query: str, decisions: Sequence[DecisionRow], follow_ups: Sequence[FollowUpRow],
           titles: Sequence[Mapping[str, Any]] = ()) -> list[SearchHit]:
    """Decisions, follow-ups and agenda items' titles (`matter`, `meeting`, `date`, `title`) in
    which every word of `query` occurs, best first."""
    wanted = set(stems(query))
    if not wanted:
        return []
    candidates = [
        *((d.id, FoundIn.DECISION, d.kind, d.status, d.meeting, d.date, d.text, None) for d in decisions),
        *((f.source, FoundIn.FOLLOW_UP, f.kind, f.status, f.meeting, f.date, f.subject, f.matter) for f in follow_ups),
        *((t["matter"], FoundIn.ITEM, FoundIn.ITEM, "", t["meeting"], t["date"], t["title"], None) for t in titles),
    ]
    hits = []
    for ref, found_in, kind, status, meeting, date, text, matter in candidates:
        # Swedish snowball only cuts endings, so a stem stands inside its word: a text without
        # every stem in it cannot match, and is passed by before it is split and stemmed.
        folded = fold(text)
        if not all(stem in folded for stem in wanted):
            continue
        counted = stems(text)
        if not wanted.issubset(counted):
            continue
        score = sum(1 for s in counted if s in wanted)
        hits.append(SearchHit(ref=ref, found_in=found_in, kind=kind, status=status, meeting=meeting, date=date,
                              score=score, text=text, matched=matched_words(text, wanted), matter=matter))
    return sorted(hits, key=lambda hit: (-hit.score, _descending(hit.date), hit.ref))


def _descending(date: str) -> tuple[int, ...]:
    return tuple(-int(part) for part in date.split("-"))
