"""A duty written off by the paragraph and point that set it, with no date beside them, in minutes
whose paragraphs are numbered through the year (`Kravet på återrapportering enligt § 12 punkt 2
avskrivs`, `Uppdraget i § 12 punkt 2 avskrivs`): the one earlier meeting of the year that holds
that paragraph set it, and its follow-up is written off. Where the paragraphs start again at each
meeting, a bare § could be any meeting's: the secretary is asked. Minutes of our own."""

from __future__ import annotations

import pytest

from tests.importer.steps import follow_up, imported, minutes

SET = """\
Sammanträde nr 1/2061
Datum: 2061-03-04

§ 11 Justering
Styrelsen utser Eva Ström att justera protokollet.

§ 12 Projekt Vägvisaren
Styrelsen beslutar
1. att bevilja Ronneby kommun 310 000 kr för projektet Vägvisaren 2061,
2. att Ronneby kommun ska återrapportera projektets utfall till styrelsen senast den 30 november 2061.
"""

WRITTEN_OFF = """\
Sammanträde nr 2/2061
Datum: 2061-05-20

§ {number} Projekt Vägvisaren avslutas i förtid
Ronneby kommun har meddelat att projektet inte blir av.
Beslut: {sentence}
"""


@pytest.mark.parametrize("sentence", [
    "Kravet på återrapportering enligt § 12 punkt 2 samma dag avskrivs, eftersom projektet inte blir av.",
    "Uppdraget om återrapportering i § 12 punkt 2 avskrivs.",
])
def test_a_duty_cited_by_its_paragraph_of_the_year_is_written_off(cli, tmp_path, sentence):
    imported(cli, minutes(tmp_path, "mars.txt", SET))
    summary = imported(cli, minutes(tmp_path, "maj.txt", WRITTEN_OFF.format(number=24, sentence=sentence)))
    assert follow_up(cli, "2061-1 §12:2", "2061-05-21")["status"] == "written_off", summary


def test_a_bare_paragraph_in_minutes_that_number_from_one_is_put_to_review(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", SET))
    sentence = "Kravet på återrapportering enligt § 12 punkt 2 avskrivs."
    summary = imported(cli, minutes(tmp_path, "maj.txt", WRITTEN_OFF.format(number=2, sentence=sentence)))
    assert follow_up(cli, "2061-1 §12:2", "2061-05-21")["status"] == "open"
    assert any("writes off" in d["what"] for d in summary["to_review"]), summary["to_review"]
