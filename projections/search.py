"""Full-text search over the register as of a date: decision texts with their votes, reservations
and jäv, follow-up subjects and agenda items' titles, matched as members type.

A word of a text is found by its terms (`terms`): its snowball stem, its lemma (simplemma's
Swedish dictionary: "ledamot" finds "ledamöter", "få" finds "fick"), and the same of each later
part of a compound that is a word of its own ("enkät" finds "samverkansenkät"). A word of a
query finds a text word whose terms hold its lemma or stem, or, for a stem of `SHORTEST_PREFIX`
letters or more, begin with its stem ("konsult" finds "konsultbasis", "omröstn" finds
"omröstning", as a member types). All of this is computed here, not by the database, so both
stores give the same hits: the database's index only finds candidates; `search` decides.

Text is folded first (`fold`): å, ä and ö are letters of their own, so "får" never finds "far",
however they were typed (one character, or a letter and a combining ring or dots), and a soft
hyphen inside a word does not split it. Every query word must match; hits are ranked by how many
words of the text the query found, then newest first.
"""

from __future__ import annotations

import enum
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

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


SHORTEST_PREFIX = 3
"""A query word whose stem has fewer letters finds whole words only: "i" does not find every word
that begins with an i."""

LONGEST_COMPOUND = 40
"""Longer words are not taken apart: no Swedish compound a board writes comes near it, and each
letter more is a dictionary look-up more."""

SAID_OF_A_VOTE = "omröstning votering"
SAID_OF_A_RESERVATION = "reservation"
SAID_OF_A_RECUSAL = "jäv"
"""The Swedish names under which members look for what was said of a decision beyond its text
(a vote, who reserved themselves, who was jäv), as the minutes and the site call them."""


@functools.cache
def _stemmer() -> Any:
    # Imported when first needed: the package loads every language's stemmer (about 10 ms),
    # which a command that neither searches nor records would pay at start.
    import snowballstemmer

    return snowballstemmer.stemmer("swedish")


@functools.cache
def _dictionary() -> Any:
    # Imported and loaded when first needed. Its memory-frugal form reads the Swedish dictionary
    # in about 0.4 s of CPU and 25 MB, where the default one takes twice the time and 100 MB;
    # a look-up costs some 10 µs more, and a board's words are looked up once each.
    import simplemma

    simplemma.lemmatize("och", "sv", low_memory=True)
    return simplemma


def load() -> None:
    """Loads the stemmer and the dictionary now, not at the first search: a server about to fork
    its workers loads them once for all."""
    _stemmer()
    _dictionary()


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


@functools.lru_cache(maxsize=1 << 16)
def lemma(word: str) -> str:
    """The word's dictionary form, folded (the word itself, folded, when the dictionary does not know it)."""
    return fold(_dictionary().lemmatize(fold(word), "sv", low_memory=True))[:LONGEST_STEM]


def _known(word: str) -> bool:
    return bool(_dictionary().is_known(word, "sv", low_memory=True))


@functools.lru_cache(maxsize=1 << 16)
def later_parts(word: str) -> tuple[str, ...]:
    """The endings of a folded compound that are words of their own (`_is_part`), longest first, each the
    longest that follows a beginning (`_is_beginning`) in the one before: "dataskyddsombudets" →
    ("skyddsombudets", "ombudets"). A word the dictionary knows is taken apart only where its
    lemma ends with the ending's lemma or stem ("ledamöter", a ledamot, is no "leda" and "möter")."""
    if len(word) > LONGEST_COMPOUND:
        return ()
    known = _known(word)
    for cut in range(3, len(word) - 3):
        head, tail = word[:cut], word[cut:]
        if _known(tail) and _is_part(tail) and _is_beginning(head) \
                and (not known or lemma(word).endswith((lemma(tail), stem(tail)))):
            return (tail, *later_parts(tail))
    return ()


def _is_part(tail: str) -> bool:
    """A later part whose lemma has four letters or more: "laget" (a lag) is too short to be told
    from the end of "förslaget", "orten" (an ort) from the end of "rapporten"."""
    return len(lemma(tail)) >= 4


def _is_beginning(part: str) -> bool:
    """A compound's first part: a word of four letters or more ("för" and "sam" begin too much
    to be taken for words), a word and a linking s ("års"), or a compound itself."""
    return ((len(part) >= 4 and _known(part)) or (part.endswith("s") and _known(part[:-1]))
            or bool(later_parts(part)))


@functools.lru_cache(maxsize=1 << 16)
def terms(word: str) -> frozenset[str]:
    """What a word of a text is found by: its stem, its lemma, and those of its later parts."""
    folded = fold(word)
    return frozenset({stem(folded), lemma(folded), *(t for part in later_parts(folded) for t in (stem(part), lemma(part)))})


@attrs.frozen
class Wanted:
    """A word of a query: what a text word's terms must hold, or begin with, to match it."""

    whole: frozenset[str]
    """Its lemma and its stem."""
    prefix: str | None
    """Its stem, when it has `SHORTEST_PREFIX` letters or more."""

    @classmethod
    def of(cls, word: str) -> Wanted:
        stemmed = stem(word)
        return cls(frozenset({stemmed, lemma(word)}), stemmed if len(stemmed) >= SHORTEST_PREFIX else None)

    def as_index_asks(self) -> tuple[frozenset[str], str | None]:
        return self.whole, self.prefix

    def finds(self, found_by: frozenset[str]) -> bool:
        return not self.whole.isdisjoint(found_by) or (
            self.prefix is not None and any(term.startswith(self.prefix) for term in found_by))


def asked(query: str) -> list[Wanted]:
    """Each word of a query, once, as search compares it."""
    return list(dict.fromkeys(Wanted.of(word) for word in _WORD.findall(query)))


def words_in(text: str) -> Iterator[re.Match[str]]:
    """Each word of `text` as written, with where it stands (for marking the words a search found)."""
    return _WORD.finditer(text)


def said_of(votes: Mapping[str, int] | None, reservations: Iterable[Mapping[str, str]],
            recusals: Iterable[Mapping[str, str]]) -> str:
    """What a decision's record says beyond its text, in the words members search it by: the
    vote, and the name and party of each who reserved themselves or was jäv."""
    said = [SAID_OF_A_VOTE] if votes else []
    said += [f"{SAID_OF_A_RESERVATION} {r['name']} {r.get('party') or ''}" for r in reservations]
    said += [f"{SAID_OF_A_RECUSAL} {r['name']} {r.get('party') or ''}" for r in recusals]
    return " ".join(said)


def searched_words(view: str, row: Mapping[str, Any]) -> str | None:
    """The terms a row version is found by, as the projection stores them: a decision's text and
    what was said of it (`said_of`), a follow-up's subject; None for rows search does not look at."""
    text: str | None
    if view == "decision":
        text = " ".join(filter(None, (row.get("text"), said_of(row.get("votes"), row.get("reservations") or (),
                                                               row.get("recusals") or ()))))
    else:
        text = row.get("subject") if view == "followup" else None
    return _joined_terms(text) if text else None


@functools.lru_cache(maxsize=1 << 12)
def _joined_terms(text: str) -> str:
    # A row's versions (a status changed, a vote recorded) repeat its text; take it apart once.
    # Each term once: the index only finds candidates, `search` matches the words of the text.
    kept, size = [], 0
    for found in dict.fromkeys(t for word in _WORD.findall(text) for t in sorted(terms(word))):
        size += len(found.encode()) + 1
        if size > MOST_WORD_BYTES:
            break
        kept.append(found)
    return " ".join(kept)


def matched_words(text: str, wanted: Sequence[Wanted]) -> list[str]:
    """The words of `text`, as written, that a query word finds (for highlighting), in order, once each."""
    return list(dict.fromkeys(word for word in _WORD.findall(text) if any(w.finds(terms(word)) for w in wanted)))


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
    wanted = asked(query)
    if not wanted:
        return []
    candidates = [
        *((d.id, FoundIn.DECISION, d.kind, d.status, d.meeting, d.date, d.text, None,
           said_of(d.votes, d.reservations, d.recusals)) for d in decisions),
        *((f.source, FoundIn.FOLLOW_UP, f.kind, f.status, f.meeting, f.date, f.subject, f.matter, "") for f in follow_ups),
        *((t["matter"], FoundIn.ITEM, FoundIn.ITEM, "", t["meeting"], t["date"], t["title"], None, "") for t in titles),
    ]
    hits = []
    for ref, found_in, kind, status, meeting, date, text, matter, said in candidates:
        found = [[w.finds(terms(word)) for w in wanted] for word in _WORD.findall(f"{text} {said}")]
        if not found or not all(any(column) for column in zip(*found)):
            continue
        score = sum(1 for row in found if any(row))
        hits.append(SearchHit(ref=ref, found_in=found_in, kind=kind, status=status, meeting=meeting, date=date,
                              score=score, text=text, matched=matched_words(text, wanted), matter=matter))
    return sorted(hits, key=lambda hit: (-hit.score, _descending(hit.date), hit.ref))


def _descending(date: str) -> tuple[int, ...]:
    return tuple(-int(part) for part in date.split("-"))
