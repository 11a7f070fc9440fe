"""An evaluation to be handed in (`ska lämna en utvärdering av …`) is a report owed, as a
lägesrapport or a redovisning is, whoever owes it: a party, an officer, a project's leader.
Minutes of our own."""

from __future__ import annotations

import pytest

from tests.importer.steps import decision, follow_up, imported, minutes

MINUTES = """\
Sammanträde nr 2/2043
Datum: 2043-04-17

§ 9 Projekt Vägen ut
Beslut: {sentence}
"""


@pytest.mark.parametrize("sentence", [
    "Projektledaren ska lämna en utvärdering av projektet till styrelsen senast i november 2043.",
    "Förbundschefen ska lämna en utvärdering av insatsen senast den 15 november 2043.",
    "Olofströms kommun ska lämna en utvärdering av projektet senast den 15 november 2043.",
])
def test_an_evaluation_to_be_handed_in_is_a_report_owed(cli, tmp_path, sentence):
    imported(cli, minutes(tmp_path, "apr.txt", MINUTES.format(sentence=sentence)))
    assert decision(cli, "2043-2 §09:1")["kind"] == "report"
    assert follow_up(cli, "2043-2 §09:1", "2043-05-01")["kind"] == "report"
