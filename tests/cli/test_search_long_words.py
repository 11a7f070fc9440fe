"""Search answers alike on both stores for a word longer than PostgreSQL keeps in its index
(2 047 bytes): stems are cut to one length where they are stored and where they are asked for."""

from __future__ import annotations

import json

import pytest

from projections.search import LONGEST_STEM, stems

ASCII = "x" * 3000
"""3 000 bytes."""
SWEDISH = "ö" * 1100
"""2 200 bytes in UTF-8, though only 1 100 letters."""


@pytest.fixture
def long_words(cli):
    assert cli("meeting", "2026-1", "--date", "2026-02-16").exit_code == 0
    for ref, text in (("2026-1 §04:1", f"Att fastställa {ASCII} och budgeten."), ("2026-1 §05:1", f"Att bevilja {SWEDISH}."),
                      ("2026-1 §06:1", "Att fastställa budgeten för 2027.")):
        assert cli("decide", ref, text).exit_code == 0
    return cli


def _found(cli, query: str) -> list[tuple[str, int]]:
    result = cli("search", query, "--format", "json")
    assert result.exit_code == 0, result.output
    return [(hit["ref"], hit["score"]) for hit in json.loads(result.output)]


@pytest.mark.parametrize(("query", "hits"), [
    (ASCII, [("2026-1 §04:1", 1)]),
    (f"budgeten {ASCII}", [("2026-1 §04:1", 2)]),
    (SWEDISH, [("2026-1 §05:1", 1)]),
    ("ö" * 1500, [("2026-1 §05:1", 1)]),  # cut to the same stem: one word to search, as on SQLite so on PostgreSQL
    ("budgeten", [("2026-1 §04:1", 1), ("2026-1 §06:1", 1)]),
])
def test_a_word_longer_than_postgresql_indexes_finds_the_same_decisions_on_both_stores(long_words, query, hits):
    assert _found(long_words, query) == hits


def test_a_long_hit_is_shown_with_its_whole_word_marked(long_words):
    [hit] = json.loads(long_words("search", SWEDISH, "--format", "json").output)
    assert hit["matched"] == [SWEDISH]
    assert hit["text"] == f"Att bevilja {SWEDISH}."


def test_stems_longer_than_the_limit_are_cut_to_it_and_shorter_ones_are_not():
    assert stems(f"{ASCII} budgeten") == ["x" * LONGEST_STEM, "budget"]
    assert len(("ö" * LONGEST_STEM).encode()) < 2047
