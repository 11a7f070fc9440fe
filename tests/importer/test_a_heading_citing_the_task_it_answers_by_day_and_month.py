"""A § heading that names the task it answers by the day and month of the meeting that gave it and its §
(`Kontorslokalen (uppdrag 8/6 § 4)`), as a volunteer's notes write dates: the task is done there.
Minutes of our own, two meetings."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes, title_block

JUNE = title_block(3, "2080-06-08") + """
§ 4 Kontorslokalen
Hyran höjs från årsskiftet. Beslöts att ge förbundschefen i uppdrag att se över lokalfrågan till septembermötet.
"""

SEPTEMBER = title_block(4, "2080-09-21") + """
§ 9 Nya lokaler (uppdrag 8/6 § 4)
Förbundschefen redovisade två alternativ. Beslöts att säga upp hyresavtalet för Storgatan 14.
"""


def test_the_task_a_heading_cites_by_day_and_month_is_done_there(cli, tmp_path):
    imported(cli, minutes(tmp_path, "juni.txt", JUNE))
    imported(cli, minutes(tmp_path, "september.txt", SEPTEMBER))
    row = follow_up(cli, "2080-3 §04:1", "2080-12-31")
    assert (row["status"], row.get("done_on")) == ("done", "2080-09-21"), row
