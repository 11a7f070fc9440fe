"""A board that keeps a list of what it waits for (`bevakningslista`) goes through it at every
meeting: a table row for each task or report, where it was set (`§ 7, 2077-02-10`), and its status.
Approving the list takes note of it; a row marked done delivers the follow-up its citation set, a
row marked `Avskrivs` is written off, a row still under way settles nothing, even where it says
when the report will come. A row number below the list's own § (`1  § 7, …`) is no heading.
Minutes of our own, two meetings."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes, title_block

FEBRUARY = title_block(1, "2077-02-10") + """
§ 7  Insatsplan Ronneby kommun 2077

Beslut
Att fastställa Ronneby kommuns insatsplan för 2077 och bevilja 800 000 kronor.
Att Ronneby kommun ska lämna en lägesrapport om insatsen senast 2077-05-31.

§ 8  Informationsmaterial

Beslut
Att uppdra åt förbundschefen att ta fram en broschyr om förbundet senast 2077-04-30.

§ 9  Samverkan med vården

Beslut
Att uppdra åt förbundschefen att kartlägga samverkan med vårdcentralerna senast 2077-09-30.
"""

MAY = title_block(2, "2077-05-18") + """
§ 14  Uppföljning av beslut (bevakningslista)

Kansliet går igenom listan.

Nr\tBeslut\tUppdrag\tAnsvarig\tSenast\tStatus
1\t§ 7, 2077-02-10\tLägesrapport om insatsen\tRonneby kommun\t2077-05-31\tKlar – redovisad i dag
2\t§ 8, 2077-02-10\tBroschyr om förbundet\tFörbundschef\t2077-04-30\tAvskrivs
3\t§ 9, 2077-02-10\tKartläggning av samverkan\tFörbundschef\t2077-09-30\tPågår – lämnas i september

Beslut
Styrelsen godkänner bevakningslistan.
"""


def _imported(cli, tmp_path) -> dict[str, dict]:
    imported(cli, minutes(tmp_path, "2077-1.txt", FEBRUARY))
    summary = imported(cli, minutes(tmp_path, "2077-2.txt", MAY))
    return {d["id"]: d for d in summary["decisions"]}


def test_approving_the_list_is_taking_note_of_it(cli, tmp_path):
    decisions = _imported(cli, tmp_path)
    assert [(id_, d["kind"]) for id_, d in decisions.items()] == [("2077-2 §14:1", "acknowledgement")]


def test_a_row_marked_done_delivers_the_report_its_citation_set_and_not_the_grant_beside_it(cli, tmp_path):
    _imported(cli, tmp_path)
    row = follow_up(cli, "2077-1 §07:2", "2077-06-01")
    assert (row["status"], row["done_on"]) == ("done", "2077-05-18")


def test_a_row_marked_avskrivs_writes_its_task_off(cli, tmp_path):
    _imported(cli, tmp_path)
    assert follow_up(cli, "2077-1 §08:1", "2077-06-01")["status"] == "written_off"


def test_a_row_still_under_way_settles_nothing_whatever_it_promises(cli, tmp_path):
    _imported(cli, tmp_path)
    assert follow_up(cli, "2077-1 §09:1", "2077-10-01")["status"] == "overdue"
