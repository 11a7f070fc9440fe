"""Minutes that tell their decisions in the past passive (`Beslöts att …`, `Beslutades att …`) tell
the board taking note the same way (`Noterades.`, `Skrivelsen lades till handlingarna.`): there a
§ that closes so has taken note at this meeting, and is put to review as read from the hand. In
minutes that decide in the present, the same sentence tells what happened and is no decision.
Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes, undoubted

PAST = """Styrelsemöte 2033-2, Samordningsförbundet i Blekinge län

Tid och plats
Fredag 2033-04-08, kl. 09:00, förbundets kansli

1 §  Öppnande
Ordföranden öppnade mötet.

5 §  Ansökan om medel för friskvårdslots   Dnr 2033/012
Region Blekinge söker medel för en friskvårdslots.
Beslöts att bevilja Region Blekinge 120 000 kronor för friskvårdslotsen under 2033.

6 §  Skrivelse från revisorerna
Revisorernas skrivelse om intern kontroll anmäldes.
Noterades. Skrivelsen lades till handlingarna.

7 §  Kansliets lägesrapport
Kanslichefen berättade om rekryteringen.
Styrelsen noterade rapporten.
"""


def test_a_decision_said_beslots_is_this_meetings(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "april.txt", PAST))
    assert {d["id"]: d["kind"] for d in summary["decisions"]}["2033-2 §05:1"] == "grant"


def test_taking_note_told_in_the_past_is_an_acknowledgement_put_to_review(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "april.txt", PAST))
    kinds = {d["id"]: d["kind"] for d in summary["decisions"]}
    assert (kinds["2033-2 §06:1"], kinds["2033-2 §07:1"]) == ("acknowledgement", "acknowledgement")
    assert "2033-2 §06:2" not in kinds  # `Noterades.` and the filing after it are one decision
    assert sorted(r["what"].split(":")[0] for r in undoubted(summary) if "past tense" in r["what"]) == ["§6", "§7"]


def test_in_minutes_that_decide_in_the_present_a_past_sentence_is_no_decision(cli, tmp_path):
    present = PAST.replace("Beslöts att bevilja", "Styrelsen beslutar att bevilja")
    summary = imported(cli, minutes(tmp_path, "april.txt", present))
    assert sorted(d["id"] for d in summary["decisions"]) == ["2033-2 §05:1"]


TWO_STEPS = """Styrelsemöte 2033-3, Samordningsförbundet i Blekinge län

Tid och plats
Fredag 2033-06-10, kl. 09:00, förbundets kansli

4 §  Ansökan om medel för studiecirklar
Styrelsen beslöt således att bevilja Karlshamns kommun 60 000 kronor för studiecirklar under 2033.
Därefter beslöts enhälligt att Karlshamns kommun ska redovisa insatsen senast den 15 december 2033.
"""


def test_a_word_between_the_verb_and_its_clause_still_marks_a_decision(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "juni.txt", TWO_STEPS))
    assert {d["id"]: d["kind"] for d in summary["decisions"]} == {"2033-3 §04:1": "grant", "2033-3 §04:2": "report"}
