"""The acceptance script tells a miss the importer doubted from one it made in silence."""

from __future__ import annotations

from tests.importer.acceptance import Doubts, Tally

SUMMARY = {
    "meeting": "2027-3",
    "decisions": [{"id": "2027-3 §04:1", "line": 20}, {"id": "2027-3 §06:1", "line": 60}],
    "items": [{"ref": "2027-3 §05", "line": 40}, {"ref": None, "line": 80}],
    "to_review": [{"line": 45, "what": "a paragraph with decision cues yielded no decision"}],
    "warnings": [{"line": 3, "message": "decision 2027-3 §06:1: no rule knows this wording"}],
    "unlinked": [],
}


def doubts() -> Doubts:
    found = Doubts()
    found.learn(SUMMARY)
    return found


def test_a_doubt_naming_the_decision_or_lying_in_its_paragraph_flags_it():
    assert doubts().about("2027-3 §06:1")  # named in a warning
    assert doubts().about("2027-3 §05:1")  # a doubt at line 45, inside § 5 (lines 40–59)
    assert doubts().about("2027-3 §05")


def test_a_decision_nothing_was_said_about_is_not_flagged():
    assert not doubts().about("2027-3 §04:1")
    assert not doubts().about("2027-4 §05:1")  # another meeting's


def test_a_refused_meeting_flags_all_it_holds():
    found = doubts()
    found.refused.add("2027-5")
    assert found.about("2027-5 §02:1") and found.about("2027-5")


def test_the_tally_counts_only_unflagged_misses_as_silent():
    tally = Tally(doubts=doubts())
    tally.check("kinds", False, "2027-3 §04:1 is other, not plan", ("2027-3 §04:1",))
    tally.check("kinds", False, "2027-3 §06:1 is other, not grant", ("2027-3 §06:1",))
    tally.check("kinds", True, "", ("2027-3 §05:1",))
    assert tally.silent == ["kinds: 2027-3 §04:1 is other, not plan"]
    assert "wrong, not flagged        1 of 3" in tally.report()
