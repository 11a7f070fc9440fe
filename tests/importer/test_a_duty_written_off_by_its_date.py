"""A duty written off by the meeting and point that set it, not by its id (`Kravet på slutrapport
enligt beslut 2042-02-10 § 6 punkt 2 avskrivs`): the follow-up that point created is written off;
where the citation names no such follow-up, the secretary is asked. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes

SET = """\
Sammanträde nr 1/2042
Datum: 2042-02-10

§ 6 Projekt Trappsteget
Styrelsen beslutar
1. att bevilja Olofströms kommun 240 000 kr för projektet Trappsteget 2042,
2. att ge förbundschefen i uppdrag att ta fram en slutrapport om projektet till styrelsen senast i november 2042.
"""

WRITTEN_OFF = """\
Sammanträde nr 2/2042
Datum: 2042-06-02

§ 18 Projekt Trappsteget avbryts
Olofströms kommun har avbrutit projektet i maj.
Beslut: {sentence}
"""


def test_a_duty_cited_by_date_and_point_is_written_off(cli, tmp_path):
    imported(cli, minutes(tmp_path, "feb.txt", SET))
    sentence = "Kravet på slutrapport enligt beslut 2042-02-10 § 6 punkt 2 avskrivs, eftersom projektet har avbrutits."
    summary = imported(cli, minutes(tmp_path, "jun.txt", WRITTEN_OFF.format(sentence=sentence)))
    assert follow_up(cli, "2042-1 §06:2", "2042-06-03")["status"] == "written_off", summary


def test_a_duty_cited_by_a_date_no_meeting_was_held_is_put_to_review(cli, tmp_path):
    imported(cli, minutes(tmp_path, "feb.txt", SET))
    sentence = "Kravet på slutrapport enligt beslut 2042-03-10 § 6 punkt 2 avskrivs."
    summary = imported(cli, minutes(tmp_path, "jun.txt", WRITTEN_OFF.format(sentence=sentence)))
    assert follow_up(cli, "2042-1 §06:2", "2042-06-03")["status"] == "open"
    assert any("writes off" in d["what"] for d in summary["to_review"]), summary["to_review"]
