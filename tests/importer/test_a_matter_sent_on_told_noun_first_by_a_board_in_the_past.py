"""Minutes that tell their decisions in the past with the board as subject (`Styrelsen beslöt att
…`, `Styrelsen fastställde …`) tell a matter deferred or referred back with the matter first, as
every hand does: `Ärendet bordlades till nästa möte`, `Frågan återremitterades till förbundschefen`.
That is this meeting's decision, put to review since it is read from the hand; told of another
meeting (`bordlades vid förra mötet`) it is not. Minutes of our own."""

from __future__ import annotations

import pytest

from tests.importer.steps import imported, minutes

MINUTES = """\
Protokoll fört vid styrelsemöte nr 2/2067
Datum: 2067-04-12

1. Mötets öppnande
Ordföranden öppnade mötet.

2. Ronneby kommuns FINSAM-plan 2067
Styrelsen fastställde Ronneby kommuns FINSAM-plan 2067 med 910 000 kronor.

3. Ansökan om en gemensam insats
Försäkringskassan har sökt medel för en insats för unga. Ansökan kom in sent. {sentence}

4. Mötets avslutande
Ordföranden avslutade mötet.
"""


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Ärendet bordlades till nästa möte.", "deferral"),
    ("Frågan återremitterades till förbundschefen för komplettering.", "referral"),
])
def test_a_matter_sent_on_noun_first_is_this_meetings_decision_put_to_review(cli, tmp_path, sentence, kind):
    summary = imported(cli, minutes(tmp_path, "april.txt", MINUTES.format(sentence=sentence)))
    kinds = {d["id"]: d["kind"] for d in summary["decisions"]}
    assert kinds.get("2067-2 §03:1") == kind, kinds
    assert any("§3" in d["what"] for d in summary["to_review"]), summary["to_review"]


def test_a_matter_sent_on_at_another_meeting_is_no_decision_here(cli, tmp_path):
    sentence = "Ärendet bordlades vid förra mötet och har inte beretts vidare."
    summary = imported(cli, minutes(tmp_path, "april.txt", MINUTES.format(sentence=sentence)))
    assert not [d["id"] for d in summary["decisions"] if "§03" in d["id"]]
