"""A board named again in other capitals or spacing is the board already recorded, in its first
spelling, not a second board beside it."""

from __future__ import annotations

from pathlib import Path

import pytest

MINUTES = Path(__file__).resolve().parents[2] / "register" / "data" / "minutes"


@pytest.mark.parametrize("spelt", ["FINSAM Blekinge", "finsam blekinge", "Finsam  Blekinge ", " FINSAM\tBLEKINGE"])
def test_minutes_imported_under_a_differently_spelt_board_name_join_the_board_already_recorded(cli, spelt):
    first = cli("--board", "FINSAM Blekinge", "import-minutes", str(MINUTES / "2022-5.txt"))
    assert first.exit_code == 0, first.output
    later = cli("--board", spelt, "import-minutes", "--date", "2025-12-08", str(MINUTES / "2025-7.txt"))
    assert later.exit_code == 0, later.output
    assert cli("boards").output == "FINSAM Blekinge\n"
    meetings = cli("--board", spelt, "meetings", "--format", "csv").output.splitlines()
    assert [line.split(",")[0] for line in meetings[1:]] == ["2022:5", "2025-7"]


def test_a_meeting_already_recorded_is_refused_under_the_board_name_in_capitals(cli):
    assert cli("--board", "Finsam Blekinge", "meeting", "2026-1", "--date", "2026-02-16").exit_code == 0
    again = cli("--board", "FINSAM BLEKINGE", "meeting", "2026-1", "--date", "2026-02-16")
    assert (again.exit_code, again.output) == (2, "error: meeting 2026-1 is already recorded\n")
    assert cli("boards").output == "Finsam Blekinge\n"


def test_boards_whose_names_differ_in_more_than_case_and_spacing_stay_apart(cli):
    assert cli("--board", "FINSAM Blekinge", "meeting", "2026-1", "--date", "2026-02-16").exit_code == 0
    assert cli("--board", "FINSAM  Blekinge län", "meeting", "2026-1", "--date", "2026-02-16").exit_code == 0
    assert cli("boards").output == "FINSAM Blekinge\nFINSAM Blekinge län\n"


def test_a_board_that_has_recorded_only_its_parties_is_found_under_another_spelling(cli):
    board = "Samordningsförbundet Norr"
    assert cli("--board", board, "parties", "set", "Luleå kommun", "Region Norrbotten").exit_code == 0
    assert cli("--board", "samordningsförbundet  NORR", "parties", "--format", "csv").output == (
        "party\nLuleå kommun\nRegion Norrbotten\n")
    assert cli("--board", "SAMORDNINGSFÖRBUNDET NORR", "meeting", "2026-1", "--date", "2026-02-16").exit_code == 0
    assert cli("boards").output == f"{board}\n"
