"""A text longer than a register holds (a decision of megabytes, one word of 100 000 letters)
is refused in one line naming the file, the line and the decision; a text recorded before that
limit is still projected and searched, its stems cut alike on both stores."""

from __future__ import annotations

import json

import pytest

from domain import text as texts
from domain.text import LONGEST_TEXT
from projections.search import MOST_WORD_BYTES
from tests.conftest import stored_events


def _minutes(tmp_path, decision: str):
    minutes = tmp_path / "styrelsemote-2026-1.txt"
    minutes.write_text(
        "Styrelsemöte 2026:1\n\n§4 Budget\n\nBeslut 2026-1 §04:1\nAtt fastställa budgeten för 2026.\n\n"
        f"§5 Projektmedel\n\nBeslut 2026-1 §05:1\n{decision}\n", encoding="utf-8")
    return minutes


def _paragraph(words: int) -> str:
    """One paragraph of `words` words, each of its own spelling (a stem of its own)."""
    return "Att bevilja " + " ".join(f"medel{n:06d}x" for n in range(words)) + "."


@pytest.mark.parametrize("decision", [_paragraph(140_000), "Att bevilja " + "ö" * 100_000 + "."],
                         ids=["a paragraph of megabytes", "one word of 100 000 letters"])
def test_minutes_with_a_decision_longer_than_the_register_holds_are_refused_with_file_line_and_id(
        cli, store, tmp_path, decision):
    minutes = _minutes(tmp_path, decision)
    length = f"{len(decision):_}".replace("_", " ")  # as Swedish prose groups digits
    result = cli("import-minutes", "--date", "2026-02-16", str(minutes))
    assert (result.exit_code, result.output) == (
        2, f"error: {minutes.name}, line 10: the text of decision 2026-1 §05:1 is {length} characters long, "
           "more than the 20 000 a text in the register may hold\n")
    assert stored_events(store) == 0


def test_a_decision_typed_by_hand_longer_than_the_register_holds_is_refused(cli, store):
    assert cli("meeting", "2026-1", "--date", "2026-02-16").exit_code == 0
    result = cli("decide", "2026-1 §05:1", "Att " + "x" * LONGEST_TEXT)
    assert (result.exit_code, result.output) == (
        2, "error: the text of 2026-1 §05:1 is 20 004 characters long, more than the 20 000 a text in the register may "
           "hold\n")
    assert stored_events(store) == 1


def test_a_decision_as_long_as_the_register_holds_is_recorded_and_found_by_its_last_word(cli, tmp_path):
    start, end = _paragraph(1000)[:-1], " och slutrapporten."
    decision = start + " " + "y" * (LONGEST_TEXT - len(start) - 1 - len(end)) + end
    assert len(decision) == LONGEST_TEXT
    result = cli("import-minutes", "--date", "2026-02-16", str(_minutes(tmp_path, decision)))
    assert result.exit_code == 0, result.output
    hits = json.loads(cli("search", "slutrapporten", "--format", "json").output)
    assert [hit["ref"] for hit in hits] == ["2026-1 §05:1"]


def test_a_text_recorded_before_the_limit_is_searched_alike_on_both_stores_up_to_the_stems_kept(cli, monkeypatch):
    words = 90_000  # some 1.5 MB of stems as PostgreSQL indexes them: more than it keeps for a row
    assert words * len("medel000000x ") > MOST_WORD_BYTES
    monkeypatch.setattr(texts, "LONGEST_TEXT", 10**7)  # as a register of an earlier version recorded it
    assert cli("meeting", "2026-1", "--date", "2026-02-16").exit_code == 0
    assert cli("decide", "2026-1 §05:1", _paragraph(words)).exit_code == 0
    monkeypatch.undo()
    # The terms of the first two words (bevilja's stem and lemma), then each word's one.
    kept = (MOST_WORD_BYTES - len("att bevilj bevilja ")) // len("medel000000x ")

    def found(word: str) -> list[str]:
        result = cli("search", word, "--format", "json")
        assert result.exit_code == 0, result.output
        return [hit["ref"] for hit in json.loads(result.output)]

    assert found("medel000000x") == found(f"medel{kept - 1:06d}x") == ["2026-1 §05:1"]
    assert found(f"medel{kept + 1:06d}x") == found(f"medel{words - 1:06d}x") == []
    assert cli("verify").exit_code == 0


def test_a_reviewed_decision_longer_than_the_register_holds_is_refused_with_the_review_line(cli, store, tmp_path):
    review = tmp_path / "granskning.toml"
    assert cli("review-new", "2026-1", "--date", "2026-02-16", "--to", str(review)).exit_code == 0
    written = review.read_text(encoding="utf-8")
    line = written.count("\n") + 5  # after a blank line, [[decision]], its id and its kind
    review.write_text(written + f'\n[[decision]]\nid = "2026-1 §05:1"\nkind = "other"\ntext = "Att {"å" * LONGEST_TEXT}"\n',
                      encoding="utf-8")
    result = cli("import-minutes", "--accept", str(review))
    assert result.exit_code == 2, result.output
    assert result.output == (f"error: {review.name}, line {line}: text: the text of decision 2026-1 §05:1 is 20 004 "
                             "characters long, more than the 20 000 a text in the register may hold\n")
    assert stored_events(store) == 0
