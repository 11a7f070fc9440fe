"""An assignment whose due the next sentence gives by what the task yields (`… att ta fram ett
förslag till rutin. Förslaget ska läggas fram vid sammanträdet i september.`, `Analysen ska
redovisas …`) is due then. Minutes of our own."""

from __future__ import annotations

import pytest

from tests.importer.steps import follow_up, imported, minutes

MINUTES = """\
Sammanträde nr 2/2050
Datum: 2050-04-04

§ 12 Rutin för avvikelser
Beslut: Styrelsen ger förbundschefen i uppdrag att ta fram {task}. {after}
"""


@pytest.mark.parametrize(("task", "after"), [
    ("ett förslag till rutin för avvikelser", "Förslaget ska läggas fram vid sammanträdet i september."),
    ("en analys av avvikelserna under 2049", "Analysen ska redovisas vid styrelsens sammanträde i september."),
])
def test_the_due_said_of_what_the_task_yields_is_the_assignments(cli, tmp_path, task, after):
    imported(cli, minutes(tmp_path, "apr.txt", MINUTES.format(task=task, after=after)))
    assert follow_up(cli, "2050-2 §12:1", "2050-05-01")["due"] == "2050-09"
