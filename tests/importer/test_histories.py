"""Whole histories of minutes, written by other hands than the importer's, read fact by fact.

Each folder under `histories/` holds a year or so of a board's minutes and an answer key
(`expected.json`: every decision, follow-ups at several dates, plans, grants and the links
between meetings); `acceptance.py` imports them in order and compares every view.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.importer.acceptance import score

HISTORIES = sorted(p for p in (Path(__file__).parent / "histories").iterdir() if (p / "expected.json").exists())


@pytest.mark.parametrize("history", HISTORIES, ids=lambda p: p.name)
def test_every_fact_of_a_history_of_minutes_is_read_right(history: Path, store) -> None:
    """But for the misses a key names and explains: those must stay exactly those, so that a
    reading that gets better, or worse, is seen."""
    setting = str(store.path) if store.url is None else store.url
    tally = score(history, setting)
    known = json.loads((history / "expected.json").read_text(encoding="utf-8")).get("known_misses", {})
    assert tally.misses == known.get("misses", []), tally.report()
