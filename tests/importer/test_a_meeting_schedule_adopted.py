"""A schedule of the board's meetings adopted (`Att fastställa sammanträdesplanen för 2069`,
`Mötesplanen för 2069 fastställs`, `Sammanträdesdagarna för 2069 fastställs`) is read as a document
adopted; some hands write it down as kind other, nothing in the words tells which: the reading stands
and is put to review. A plan of the board's work (`verksamhetsplanen`) is a document to all. Minutes
of our own."""

from __future__ import annotations

import pytest

from tests.importer.steps import imported, minutes

MINUTES = """\
Sammanträde nr 6/2068
Datum: 2068-12-04

§ 61 Verksamhetsplan 2069
Beslut: Att fastställa verksamhetsplanen för 2069.

§ 62 Möten 2069
Beslut: {sentence}
"""


@pytest.mark.parametrize("sentence", [
    "Att fastställa sammanträdesplanen för 2069 enligt förslaget.",
    "Mötesplanen för 2069 fastställs.",
    "Styrelsen fastställer sammanträdesdagarna för 2069.",
])
def test_a_meeting_schedule_is_a_document_put_to_review(cli, tmp_path, sentence):
    summary = imported(cli, minutes(tmp_path, "dec.txt", MINUTES.format(sentence=sentence)))
    kinds = {d["id"]: d["kind"] for d in summary["decisions"]}
    assert kinds.get("2068-6 §62:1") == "document", kinds
    assert any("§62:1" in d["what"] and "hands differ" in d["what"] for d in summary["to_review"]), summary["to_review"]


def test_a_plan_of_the_boards_work_is_no_doubt(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "dec.txt", MINUTES.format(sentence="Mötesplanen för 2069 fastställs.")))
    assert not [d for d in summary["to_review"] if "§61:1" in d["what"]], summary["to_review"]
