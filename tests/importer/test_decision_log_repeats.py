"""A decision log at the end of the minutes (`BESLUTSLOGG`, Nr | Beslut | Ansvarig | Klart senast)
repeats the decisions above it without doubling them. A row lends its due to a decision that names
none, and says so for review; a row of a § whose text gives other decisions but not this one is
read from the row and put to review. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes, undoubted

WITH_LOG = """Styrelsemöte 2032-4, Samordningsförbundet i Blekinge län

Tid och plats
Tisdag 2032-09-14, kl. 13:00, Sölvesborgs stadshus

Ärende 1  Mötets öppnande
Ordföranden öppnade mötet.

Ärende 5  Kartläggning av ungas sysselsättning
Beslut: Styrelsen ger förbundschefen i uppdrag att kartlägga ungas sysselsättning i länet.

Ärende 6  Sölvesborgs kommuns ansökan om jobbcoach
Beslut: Styrelsen beviljar Sölvesborgs kommun 90 000 kr för en jobbcoach under 2032.

Ärende 7  Mötets avslutande
Mötet avslutades.

BESLUTSLOGG

| Nr  | Beslut                                   | Ansvarig        | Klart senast |
|-----|------------------------------------------|-----------------|--------------|
| 5.1 | Kartläggning ungas sysselsättning        | Förbundschefen  | 2032-12-01   |
| 6.1 | Jobbcoach Sölvesborg beviljas 90 000 kr  | Förbundschefen  | –            |
| 6.2 | Återrapport jobbcoach                    | Sölvesborg      | 2033-03-31   |

Vid protokollet
Kim Sekreterare
"""


def test_the_log_repeats_the_decisions_above_it_without_doubling_them(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "sept.txt", WITH_LOG))
    assert sorted(d["id"] for d in summary["decisions"]) == ["2032-4 §05:1", "2032-4 §06:1", "2032-4 §06:2"]


def test_a_due_the_decision_leaves_out_is_taken_from_its_row_and_put_to_review(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "sept.txt", WITH_LOG))
    assert follow_up(cli, "2032-4 §05:1", "2032-12-31")["due"] == "2032-12-01"
    assert [r["what"] for r in undoubted(summary) if "decision log (row 5.1)" in r["what"]]


def test_a_row_no_decision_above_says_is_read_from_its_row_and_put_to_review(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "sept.txt", WITH_LOG))
    assert [r["what"] for r in undoubted(summary) if r["what"].startswith("decision 2032-4 §06:2 read from row 6.2")]
