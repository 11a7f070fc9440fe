"""The justering read from the minutes: `Protokollet är justerat` (with the day where the
minutes give it, in the sentence or under `Justeringens plats och tid`), never what they say of
the last meeting's minutes; a day before the meeting is put to review; a review can say it."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from register.minutes.justering import justering
from register.minutes.text import split_lines
from tests.web.test_votes_and_justering import UNSAID


@pytest.mark.parametrize(("text", "day"), [
    ("ANSLAG/BEVIS\nProtokollet är justerat. Justeringen har tillkännagivits genom anslag.", None),
    ("Protokollet justerat 2026-04-27 och anslaget på anslagstavlan 2026-04-28.", dt.date(2026, 4, 27)),
    ("Protokollet justerades den 3 mars 2027 på kansliet.", dt.date(2027, 3, 3)),
    ("Justeringens plats och tid: Kansliet, Bergby, 2031-04-10", dt.date(2031, 4, 10)),
    ("Justeringens plats och tid  Kansliet, Bergby, fredagen den 28 maj\n  2027", dt.date(2027, 5, 28)),
    ("Justeringens    Kansliet, Bergby, 2031-06-12\nplats och tid\n\nProtokollet är justerat.", dt.date(2031, 6, 12)),
])
def test_minutes_that_say_they_were_justerade_are_read_with_the_day_they_give(text, day):
    found = justering(split_lines(text))
    assert found is not None and found.on == day


@pytest.mark.parametrize("text", [
    "Protokollet från sammanträdet den 9 november 2026 är justerat och läggs till handlingarna.",
    "Protokollet från styrelsemötet 2028-11-27 gås igenom. Protokollet är justerat och läggs\ntill handlingarna.",
    "Föregående protokoll\nProtokollet är justerat.",
    "Justeringens plats och tid: Kansliet, Bergby",
    "Utses att justera: Ove Lund",
])
def test_what_the_minutes_say_of_the_last_meetings_minutes_or_a_justering_to_come_is_not_a_justering(text):
    assert justering(split_lines(text)) is None


def test_a_justering_dated_before_the_meeting_is_recorded_without_its_day_and_put_to_review(cli, tmp_path):
    minutes = tmp_path / "2026-4.txt"
    minutes.write_text(UNSAID.replace("Justerare: Siv Nord", "Justerare: Siv Nord\nProtokollet justerat 2026-05-12."),
                       encoding="utf-8")
    result = cli("import-minutes", str(minutes))
    assert result.exit_code == 0, result.output
    assert "justerat (no day given), as the minutes say: sealed" in result.output
    assert "the minutes say they were justerade on 2026-05-12, before the meeting (2026-05-19)" in result.output
    meeting = json.loads(cli("meetings", "--format", "json").output)[0]
    assert meeting["justering"] == {"by": ["Siv Nord"], "on": None, "stated": True}


def test_a_review_can_give_the_justering_the_minutes_left_out(cli, tmp_path):
    minutes = tmp_path / "2026-4.txt"
    minutes.write_text(UNSAID, encoding="utf-8")
    review = tmp_path / "review.toml"
    assert cli("import-minutes", str(minutes), "--review", str(review)).exit_code == 0
    written = review.read_text(encoding="utf-8")
    assert "justerat = false" in written
    review.write_text(written.replace("justerat = false", "justerat = true\njusterat_on = 2026-05-26"), encoding="utf-8")
    accepted = cli("import-minutes", str(minutes), "--accept", str(review))
    assert accepted.exit_code == 0, accepted.output
    meeting = json.loads(cli("meetings", "--format", "json").output)[0]
    assert meeting["justering"] == {"by": ["Siv Nord"], "on": "2026-05-26", "stated": True}
