"""A review read back and written again from its plan (`review.retold`, what the desk's controls
do, #26): the same plan, the same reviewer and proposed date, the file's opening comments as they
stood, and each doubt again above the decision it concerns. One format, not a second."""

from __future__ import annotations

import attrs
import pytest

from register.minutes import proposal as p
from register.minutes.review import opening_of, retold
from register.minutes.reviewed import from_toml


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_a_review_written_again_from_its_plan_reads_back_the_same(review):
    _, target = review
    text = target.read_text(encoding="utf-8").replace('reviewed_by = ""', 'reviewed_by = "Eva Ek"')
    read = from_toml(text, target.name)
    doubt = p.Doubt(read.plan.decisions[-1].line, "the kind, read from one word")
    again = retold(attrs.evolve(read.plan, to_review=(doubt,)), opening_of(text), read.reviewed_by, read.proposed_on)
    back = from_toml(again, target.name)
    assert back.plan == read.plan and back.plan.decisions
    assert (back.reviewed_by, back.proposed_on) == ("Eva Ek", read.proposed_on) and back.proposed_on is not None
    assert again.startswith(opening_of(text)) and "# Paragraphs, each with what was read from it:" in opening_of(text)
    above = again.split(f'id = "{read.plan.decisions[-1].id}"')[0].rstrip().split("\n")[-2:]
    assert above == [f"# to review (line {doubt.line}): {doubt.what}", "[[decision]]"]
