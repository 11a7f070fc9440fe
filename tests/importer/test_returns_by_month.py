"""A return cited only by the month it was sent away in (`vid marsmötet`), in a year when the
board met twice that month: the citation names the latest of them, the one before this meeting.
Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import events, follow_up, imported, minutes

EARLY_MARCH = """Styrelsemöte 2026-2, Samordningsförbundet i Blekinge län

Tid och plats
Måndag 2026-03-02, kl. 13:00, extra sammanträde

§4 Karlshamns kommuns ansökan om coacher för unga vuxna

Styrelsen beslutade:
Beslut 2026-2 §04:1
Att återremittera ansökan till Karlshamns kommun för en tydligare budget.
"""

LATE_MARCH = """Styrelsemöte 2026-3, Samordningsförbundet i Blekinge län

Tid och plats
Måndag 2026-03-23, kl. 09:00

§5 Sölvesborgs kommuns ansökan om språkstöd

Styrelsen beslutade:
Beslut 2026-3 §05:1
Att återremittera ansökan till Sölvesborgs kommun för komplettering.
"""

MAY = """Styrelsemöte 2026-4, Samordningsförbundet i Blekinge län

Tid och plats
Måndag 2026-05-18, kl. 09:00

§6 Språkstöd i Sölvesborg

Ärendet återremitterades vid marsmötet och kommer nu tillbaka med en ny budget.
Styrelsen beslutade:
Beslut 2026-4 §06:1
Att bevilja Sölvesborgs kommun 180 000 kr för språkstöd under 2026.
"""


def test_a_month_with_two_meetings_cited_by_month_is_the_later_of_them(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars-1.txt", EARLY_MARCH))
    imported(cli, minutes(tmp_path, "mars-2.txt", LATE_MARCH))
    summary = imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert [e for e in events(summary) if e.startswith("returned")] == [
        "returned: 2026-3 §05 returns as 2026-4 §06, citing 2026-3 §05:1"]
    assert follow_up(cli, "2026-3 §05:1", "2026-05-18")["status"] == "done"
    assert follow_up(cli, "2026-2 §04:1", "2026-05-18")["status"] != "done"
