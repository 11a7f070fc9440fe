"""A matter referred back with no time to return (`Ärendet återremitteras till förbundschefen för
komplettering`) is recorded without a due, as the minutes say, and said for review: hands differ on
whether it is due at the next meeting, and a follow-up without a due never falls overdue. A referral
that names its time carries that due and no such doubt. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes, title_block

MINUTES = title_block(2, "2086-04-14") + """
§ 12 Ansökan om medel – Ungdomsspåret

Beslut
Att återremittera ärendet till förbundschefen för komplettering med en budget.

§ 13 Ansökan om medel – Vägvisaren

Beslut
Att återremittera ärendet till förbundschefen för komplettering, att åter behandlas vid nästa sammanträde.
"""


def test_a_referral_without_a_time_is_recorded_without_a_due_and_said_for_review(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "april.txt", MINUTES))
    assert follow_up(cli, "2086-2 §12:1", "2086-06-30")["due"] is None
    said = [d["what"] for d in summary["to_review"] if "referred back with no time" in d["what"]]
    assert said and all("2086-2 §12:1" in what for what in said), summary["to_review"]


def test_a_referral_that_names_its_time_is_due_then_and_not_doubted(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "april.txt", MINUTES))
    assert follow_up(cli, "2086-2 §13:1", "2086-06-30")["due"] == "next-meeting"
    assert not [d for d in summary["to_review"] if "2086-2 §13:1" in d["what"]]
