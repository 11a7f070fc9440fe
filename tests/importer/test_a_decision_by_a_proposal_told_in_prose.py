"""`Styrelsen beslutade i enlighet med förbundschefens förslag.` where the proposal stands not under
a `Förslag till beslut` label but in a sentence of the account (`Förbundschefen föreslog att
styrelsen beviljar …`, `Hon föreslår styrelsen att bevilja …`): the decision is that proposal's
clauses, put to review as words read from the account. A proposal under its label is still the one
decided, though a member's counter-proposal is told in prose after it. Minutes of our own."""

from __future__ import annotations

import pytest

from tests.importer.steps import decision, imported, minutes, view

TOLD = """\
Protokoll nr 3/2077
Datum: 2077-05-11

§ 31 Medel till projektet Nya vägar (Dnr 2077/015)

Projektet har redovisat sin budget för hösten. {proposal} Ledamöterna ställde några frågor om
målgruppen, som besvarades.

Styrelsen beslutade i enlighet med förbundschefens förslag.
"""


@pytest.mark.parametrize("proposal", [
    "Förbundschefen föreslog att styrelsen beviljar Karlshamns kommun 640 000 kr för projektet under 2077.",
    "Hon föreslår styrelsen att bevilja Karlshamns kommun 640 000 kr för projektet under 2077.",
])
def test_the_proposal_told_in_the_account_is_what_was_decided(cli, tmp_path, proposal):
    summary = imported(cli, minutes(tmp_path, "maj.txt", TOLD.format(proposal=proposal)))
    grants = view(cli, "grants", "--as-of", "2999-12-31")
    assert [(g["decision"], g["party"], g["amount_sek"]) for g in grants] == [("2077-3 §31:1", "Karlshamns kommun", 640000)]
    assert decision(cli, "2077-3 §31:1")["kind"] == "grant"
    assert any("2077-3 §31:1" in r["what"] and "proposal told at line" in r["what"] for r in summary["to_review"]), summary["to_review"]


LABELLED = """\
Protokoll nr 4/2077
Datum: 2077-06-08

§ 40 Ansökan från Sölvesborgs kommun (Dnr 2077/021)

Förslag till beslut: att bevilja Sölvesborgs kommun 420 000 kr för 2077.

Ledamoten Berg föreslog att styrelsen beviljar Sölvesborgs kommun 300 000 kr, vilket inte fick
något stöd.

Styrelsen beslutade i enlighet med förslaget.
"""


def test_a_labelled_proposal_is_decided_though_a_counter_proposal_is_told_in_prose(cli, tmp_path):
    imported(cli, minutes(tmp_path, "jun.txt", LABELLED))
    grants = view(cli, "grants", "--as-of", "2999-12-31")
    assert [(g["decision"], g["amount_sek"]) for g in grants] == [("2077-4 §40:1", 420000)]


NOT_TO_THE_BOARD = """\
Protokoll nr 5/2077
Datum: 2077-09-14

§ 52 Samverkan med Arbetsförmedlingen

Förbundschefen föreslog att ärendet skulle tas upp igen när myndighetens nya uppdrag är känt.

Styrelsen beslutade i enlighet med förbundschefens förslag.
"""


def test_a_proposal_that_puts_nothing_to_the_board_is_no_decision_and_the_meeting_is_refused(cli, tmp_path):
    result = cli("import-minutes", str(minutes(tmp_path, "sep.txt", NOT_TO_THE_BOARD)))
    assert result.exit_code == 2, result.output
    assert "§52 Samverkan med Arbetsförmedlingen: reads like a decision" in result.output
