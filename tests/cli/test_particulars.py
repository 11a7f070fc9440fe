"""The board's own rules for its minutes, recorded and shown: each option replaces what was
recorded and leaves the rest; what cannot be is refused with exit status 2 and nothing recorded."""

from __future__ import annotations

import json

import pytest

APPEAL = "laglighetsprövning enligt 13 kap. kommunallagen"


def shown(cli, *args):
    result = cli("particulars", "--format", "json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)[0]


def test_the_particulars_are_recorded_one_by_one_and_the_rest_stay(cli):
    assert shown(cli) == {"board": "FINSAM Blekinge", "full_name": "", "kept_at": "", "appeal": "", "appeal_weeks": None}
    assert cli("particulars", "set", "--full-name", "Samordningsförbundet  i Blekinge län").exit_code == 0
    assert cli("particulars", "set", "--appeal", APPEAL, "--appeal-weeks", "3").exit_code == 0
    assert cli("particulars", "set", "--kept-at", "Förbundets kansli").exit_code == 0
    assert shown(cli) == {"board": "FINSAM Blekinge", "full_name": "Samordningsförbundet i Blekinge län",
                          "kept_at": "Förbundets kansli", "appeal": APPEAL, "appeal_weeks": 3}
    assert cli("particulars", "set", "--appeal", "").exit_code == 0
    assert (shown(cli)["appeal"], shown(cli)["appeal_weeks"]) == ("", None)


@pytest.mark.parametrize(("args", "said"), [
    (("--appeal-weeks", "3"), "say both how a decision is appealed and within how many weeks of the anslag, or neither"),
    (("--appeal", APPEAL), "say both how a decision is appealed and within how many weeks of the anslag, or neither"),
    (("--appeal", APPEAL, "--appeal-weeks", "0"), "an appeal's time is 1 to 52 weeks, not 0"),
    (("--full-name", "Förbundet\x1b[31m"), "the board's full name holds a control character"),
    ((), "give at least one of --full-name, --kept-at, --appeal, --appeal-weeks"),
])
def test_particulars_that_cannot_be_are_refused_and_nothing_is_recorded(cli, args, said):
    refused = cli("particulars", "set", *args)
    assert refused.exit_code == 2 and said in refused.output, refused.output
    assert "Traceback" not in refused.output
    assert shown(cli)["appeal"] == "" and cli("log").output.count("ParticularsSet") == 0


def test_the_same_particulars_again_are_refused_as_changing_nothing(cli):
    assert cli("particulars", "set", "--kept-at", "Kansliet").exit_code == 0
    again = cli("particulars", "set", "--kept-at", "Kansliet")
    assert again.exit_code == 2 and "already recorded so: nothing to change" in again.output


def test_a_clock_given_to_particulars_set_is_refused(cli):
    refused = cli("particulars", "--as-of", "2026-01-01", "set", "--kept-at", "Kansliet")
    assert refused.exit_code == 2 and "`particulars set` records them now" in refused.output
    assert shown(cli)["kept_at"] == ""
