"""Minutes that head each item with the meeting's own number and the § counted through the year
beside it (`Ärende 4 (§ 37)`, the title on the next line) are numbered by the §, and a plan for a
year past 2099 is read as any other. The due told in the sentence after a task names the board
(`Planen redovisas för direktionen vid sammanträdet …`). Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes, view

MINUTES = """Arbetsutskottet – protokoll
Sammanträde 2/2102
Datum: 2102-03-15
Plats: Regionhuset, Tjärnby
Justerare: Nils Berg

Ärende 1 (§ 12)
Sammanträdets öppnande

Ärende 2 (§ 13)
Ronneby kommuns insatsplan 2102
Arbetsutskottets beslut
1. Ronneby kommuns insatsplan 2102 fastställs med en ram om 640 000 kr.

Ärende 3 (§ 14)
Plan för rekrytering
Arbetsutskottets beslut
1. Förbundschefen ges i uppdrag att ta fram en plan för rekrytering. Planen redovisas för direktionen vid sammanträdet 2102-11-20.
"""


def test_items_are_numbered_by_the_section_through_the_year(cli, tmp_path):
    imported(cli, minutes(tmp_path, "2102-2.txt", MINUTES))
    kinds = {d["id"]: d["kind"] for d in view(cli, "decisions", "--as-of", "2102-12-31")}
    assert kinds == {"2102-2 §13:1": "plan", "2102-2 §14:1": "assignment"}


def test_a_plan_past_2099_is_its_partys_for_that_year(cli, tmp_path):
    imported(cli, minutes(tmp_path, "2102-2.txt", MINUTES))
    plans = [(p["party"], p["year"], p["granted_sek"]) for p in view(cli, "plans", "--as-of", "2102-12-31")]
    assert ("Ronneby kommun", 2102, 640000) in plans


def test_the_due_said_after_the_task_names_the_board(cli, tmp_path):
    imported(cli, minutes(tmp_path, "2102-2.txt", MINUTES))
    assert follow_up(cli, "2102-2 §14:1", "2102-06-30")["due"] == "2102-11-20"
