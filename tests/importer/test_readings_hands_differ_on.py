"""What is approved and placed on file in one breath (`godkänna delrapporten och lägga den till
handlingarna`) is taken note of, not adopted; an interim report approved alone (`Styrelsen godkänner
delårsrapporten för januari–juni`) is read as a document adopted, but hands differ, so it is put
to review; adopted (`fastställer`), it is a document without doubt. A due named by a season
(`under hösten`) is read, and put to review; one named by its month is not. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import decision, follow_up, imported, minutes

SEPTEMBER = """PROTOKOLL 4/2049
Datum: 2049-09-18

§ 30 Öppnande
Mötet öppnades.

§ 31 Delrapport – Vägen in, Karlshamns kommun
Beslut
att godkänna delrapporten och lägga den till handlingarna.

§ 32 Delårsrapport januari–juni 2049
Beslut
Styrelsen godkänner delårsrapporten för perioden januari–juni 2049.

§ 33 Delårsrapport januari–augusti 2049
Beslut
Styrelsen fastställer delårsrapporten för perioden januari–augusti 2049.

§ 34 Konferens för de lokala samverkansgrupperna
Beslut
att uppdra åt förbundschefen att ordna en konferens för samverkansgrupperna under hösten 2049.

§ 35 Uppföljning av insatserna
Beslut
att uppdra åt förbundschefen att redovisa insatsernas resultat vid styrelsens sammanträde i december 2049.
"""


def test_approved_and_placed_on_file_is_taken_note_of(cli, tmp_path):
    imported(cli, minutes(tmp_path, "sep.txt", SEPTEMBER))
    assert decision(cli, "2049-4 §31:1")["kind"] == "acknowledgement"


def test_an_interim_report_approved_is_put_to_review_and_adopted_is_not(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "sep.txt", SEPTEMBER))
    assert decision(cli, "2049-4 §32:1")["kind"] == "document"
    assert decision(cli, "2049-4 §33:1")["kind"] == "document"
    doubted = [d["what"] for d in summary["to_review"] if "interim report" in d["what"]]
    assert len(doubted) == 1 and "2049-4 §32:1" in doubted[0], summary["to_review"]


def test_a_due_named_by_a_season_is_read_and_put_to_review(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "sep.txt", SEPTEMBER))
    doubted = [d["what"] for d in summary["to_review"] if "season" in d["what"]]
    assert len(doubted) == 1 and "2049-4 §34:1" in doubted[0], summary["to_review"]
    assert follow_up(cli, "2049-4 §34:1", "2049-10-01")["due"] == "2049-11"


def test_a_thing_to_hand_in_read_as_an_assignment_is_put_to_review(cli, tmp_path):
    # `ska lämna en tidplan`: a task to some hands, a report owed to others.
    text = """\
Sammanträde nr 3/2047
Datum: 2047-06-12

§ 22 Projekt Vidare
Beslut: Samordnaren ska senast den 1 september 2047 lämna en tidplan för projektets andra år.
"""
    summary = imported(cli, minutes(tmp_path, "jun.txt", text))
    assert any("§22:1" in d["what"] and "hands differ" in d["what"] for d in summary["to_review"]), summary["to_review"]
