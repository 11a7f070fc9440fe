"""A list of tasks (`uppdragslista`) whose rows cite where each task was set by § and year (`§ 8/2077`),
the first column headed `Beslut` as a decision's label is: the header row is a table's, no label over
a decision. A row `Klar – skickad 2077-04-02` is done though its status carries a date; approving
the list takes note of it and adopts no document; a write-off said beside the approval
(`Uppdraget … enligt § 9/2077 avskrivs.`) is a decision of its own. Minutes of our own, two meetings."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes, title_block

FEBRUARY = title_block(1, "2077-02-10") + """
§ 7  Insatsplan Ronneby kommun 2077

Beslut
Att fastställa Ronneby kommuns insatsplan för 2077 och bevilja 800 000 kronor.
Att Ronneby kommun ska lämna en lägesrapport om insatsen senast 2077-05-31.

§ 8  Skrivelse till medlemmarna

Beslut
Att uppdra åt förbundschefen att skriva till medlemmarna om ramen för 2078 senast 2077-04-30.

§ 9  Samverkan med vården

Beslut
Att uppdra åt förbundschefen att kartlägga samverkan med vårdcentralerna senast 2077-09-30.
"""

MAY = title_block(2, "2077-05-18") + """
§ 14  Uppdragslista

Förbundschefen går igenom listan över styrelsens uppdrag.

Beslut\tUppdrag\tAnsvarig\tSenast\tStatus
§ 7/2077\tLägesrapport om insatsen\tRonneby kommun\tMaj 2077\tPågår
§ 8/2077\tSkrivelse om ramen för 2078\tFörbundschefen\tApril 2077\tKlar – skickad 2077-04-02
§ 9/2077\tKartläggning av samverkan\tFörbundschefen\tSeptember 2077\tPågår

Beslut: Styrelsen godkänner uppdragslistan och lägger den till handlingarna. Uppdraget till förbundschefen enligt § 9/2077 avskrivs.
"""


def _imported(cli, tmp_path) -> dict[str, dict]:
    imported(cli, minutes(tmp_path, "2077-1.txt", FEBRUARY))
    summary = imported(cli, minutes(tmp_path, "2077-2.txt", MAY))
    return {d["id"]: d for d in summary["decisions"]}


def test_approving_the_list_takes_note_of_it_and_the_write_off_beside_it_is_its_own(cli, tmp_path):
    decisions = _imported(cli, tmp_path)
    assert [(id_, d["kind"]) for id_, d in decisions.items()] == [("2077-2 §14:1", "acknowledgement"), ("2077-2 §14:2", "other")]
    assert not any(event.startswith("document adopted") for event in decisions["2077-2 §14:1"]["events"])


def test_rows_cited_by_paragraph_and_year_settle_as_their_status_says(cli, tmp_path):
    _imported(cli, tmp_path)
    assert (follow_up(cli, "2077-1 §08:1", "2077-06-01")["status"], follow_up(cli, "2077-1 §09:1", "2077-06-01")["status"],
            follow_up(cli, "2077-1 §07:2", "2077-06-01")["status"]) == ("done", "written_off", "overdue")
