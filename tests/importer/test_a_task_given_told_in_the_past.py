"""A task given told in the past under the decision's label (`Beslut: Styrelsen uppdrog åt
förbundschefen att …`, `… har uppdragit åt …`) is an assignment, as `Att uppdra åt …` is; a task
told as given at an earlier meeting in the account gives none now. Minutes of our own."""

from __future__ import annotations

import pytest

from tests.importer.steps import follow_up, imported, minutes, view

TASK = """\
Protokoll nr 2/2077
Datum: 2077-04-19
Plats: Stadshuset, Ronneby
Justerare: Anna Berg

§ 9 Attestordning

Styrelsen uppdrog den 12 februari 2077 åt förbundschefen att se över delegationsordningen.

Beslut: {decided}
"""


@pytest.mark.parametrize("decided", [
    "Styrelsen uppdrog åt förbundschefen att ta fram förslag till ny attestordning till nästa möte.",
    "Styrelsen har uppdragit åt förbundschefen att ta fram förslag till ny attestordning till nästa möte.",
])
def test_the_task_is_an_assignment(cli, tmp_path, decided):
    imported(cli, minutes(tmp_path, "apr.txt", TASK.format(decided=decided)))
    assert {d["id"]: d["kind"] for d in view(cli, "decisions", "--as-of", "2999-12-31")} == {"2077-2 §09:1": "assignment"}
    assert follow_up(cli, "2077-2 §09:1", "2077-04-20")["due"] == "next-meeting"
