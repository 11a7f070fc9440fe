"""A report written off in plain words (`Styrelsen beslöt att redovisningen från Ronneby avskrivs`),
the decision that asked for it cited in the prose of the point, not in the decision itself
(`skulle ha lämnats senast 30/4 (beslut 12/3 punkt 2)`): that decision's report is written off, the
one citation of the point's prose taking the place of one in the decision (`write_offs.from_prose`).
Writing off a cost is no report written off. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes

MARCH = """\
Protokoll styrelsemöte 12/3 2071
Samordningsförbundet FINSAM Blekinge, styrelsen
Datum: 12 mars 2071

Punkt 1. Mötet öppnas
Ordföranden öppnade mötet.
Punkt 2. Uppföljning Ronneby
Styrelsen beslöt att Ronneby kommun ska lämna en redovisning av sommarjobben senast 30/4.
Punkt 3. Mötet avslutas
Ordföranden avslutade mötet.
"""

MAY = """\
Protokoll styrelsemöte 7/5 2071
Samordningsförbundet FINSAM Blekinge, styrelsen
Datum: 7 maj 2071

Punkt 1. Mötet öppnas
Ordföranden öppnade mötet.
Punkt 2. Ronnebys redovisning
Ronneby skulle ha lämnat en redovisning senast 30/4 (beslut 12/3 punkt 2) men projektet blev aldrig av. Styrelsen beslöt därför att redovisningen från Ronneby avskrivs.
Punkt 3. Gamla datorer
Styrelsen beslöt att kostnaden för de gamla datorerna avskrivs.
Punkt 4. Mötet avslutas
Ordföranden avslutade mötet.
"""


def test_a_report_written_off_in_plain_words_is_the_one_its_point_cites(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert follow_up(cli, "2071-1 §02:1", "2071-06-01")["status"] == "written_off"


def test_a_cost_written_off_writes_off_no_report(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    summary = imported(cli, minutes(tmp_path, "maj.txt", MAY))
    decision = next(d for d in summary["decisions"] if d["id"] == "2071-2 §03:1")
    assert not any("written off" in e for e in decision["events"]), decision
