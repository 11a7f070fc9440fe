"""A deferral that says why it is made, naming who is to do what in the meantime: `Ärendet bordläggs
till nästa sammanträde, så att förbundschefen hinner komplettera underlaget`, `Att bordlägga ärendet
till mötet i juni för att kansliet ska kunna inhämta yttranden`. The purpose clause gives no task of
its own: the decision is a deferral, and whom it waits for is the one the clause names. A task given
outright (`Att förbundschefen ska komplettera …`) is still an assignment. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes

MARCH = """\
Protokoll fört vid styrelsemöte 2/2076, FINSAM Blekinge
Datum: 2076-03-18

§ 5  Gemensam webbplats                                  Dnr 2076/021

Förbundschefen presenterade en idé om en gemensam webbplats. Ledamöterna ville se en kostnadsberäkning först.

Beslut:
Ärendet bordläggs till nästa ordinarie sammanträde, så att förbundschefen hinner komplettera underlaget med en kostnadsberäkning.

§ 6  Ansökan om medel för lotsverksamhet                 Dnr 2076/022

Beslut:
Att bordlägga ärendet till mötet i juni för att kansliet ska kunna inhämta yttranden från parterna.

§ 7  Lokalfrågan                                         Dnr 2076/023

Beslut:
Att förbundschefen ska komplettera underlaget om lokalerna till nästa sammanträde.
"""


def _imported(cli, tmp_path) -> dict[str, str]:
    summary = imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    return {d["id"]: d["kind"] for d in summary["decisions"]}


def test_a_deferral_with_a_purpose_naming_an_officer_is_a_deferral(cli, tmp_path):
    kinds = _imported(cli, tmp_path)
    assert (kinds.get("2076-2 §05:1"), kinds.get("2076-2 §06:1")) == ("deferral", "deferral"), kinds


def test_the_deferral_waits_for_the_one_its_purpose_names(cli, tmp_path):
    _imported(cli, tmp_path)
    assert follow_up(cli, "2076-2 §05", "2076-04-01")["responsible"] == "förbundschefen"
    assert follow_up(cli, "2076-2 §06", "2076-04-01")["responsible"] == "kansliet"


def test_a_task_given_outright_is_still_an_assignment(cli, tmp_path):
    assert _imported(cli, tmp_path).get("2076-2 §07:1") == "assignment"
