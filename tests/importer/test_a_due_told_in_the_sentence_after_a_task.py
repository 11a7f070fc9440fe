"""A task whose due stands in the sentence after it, told in the present without `ska`
(`Förslaget redovisas vid sammanträdet i oktober 2077.`, `Underlaget lämnas senast den 30 september
2077.`), is due then; a sentence that says where something is told (`Rapporten redovisas i bilaga
3.`) gives no due. Minutes of our own."""

from __future__ import annotations

import pytest

from tests.importer.steps import follow_up, imported, minutes

TASK = """\
Protokoll nr 3/2077
Datum: 2077-06-07

§ 31 Budget 2078 – uppdrag

Beslut
Styrelsen uppdrar åt förbundschefen att ta fram ett förslag till budget för 2078. {after}
"""


@pytest.mark.parametrize("after, due", [
    ("Förslaget redovisas vid sammanträdet i oktober 2077.", "2077-10"),
    ("Underlaget lämnas senast den 30 september 2077.", "2077-09-30"),
])
def test_the_sentence_after_gives_the_due(cli, tmp_path, after, due):
    imported(cli, minutes(tmp_path, "jun.txt", TASK.format(after=after)))
    assert follow_up(cli, "2077-3 §31:1", "2077-06-08")["due"] == due


def test_a_sentence_that_says_where_something_is_told_gives_no_due(cli, tmp_path):
    imported(cli, minutes(tmp_path, "jun.txt", TASK.format(after="Bakgrunden redovisas i bilaga 3.")))
    assert follow_up(cli, "2077-3 §31:1", "2077-06-08")["due"] is None
