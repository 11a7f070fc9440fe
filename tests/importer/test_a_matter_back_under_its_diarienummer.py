"""A matter referred back comes back at a later meeting under the same diarienummer, with a title
of its own and no date or § cited: the Dnr says it is the same matter, so the item settles the
referral (and is not left to a match of titles). Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes

SENT_BACK = """SAMORDNINGSFÖRBUNDET I BLEKINGE LÄN
Protokoll fört vid styrelsens sammanträde nr 1/2073

Datum            2073-02-10

§ 6
Insatsplan 2073 – Olofströms kommun
Dnr 2073/007

Förbundschefens förslag till beslut
1. att fastställa insatsplanen för Olofströms kommun 2073 med en ram om 410 000 kr.

Styrelsens beslut
Styrelsen återremitterar ärendet till förbundschefen, som ska beskriva Försäkringskassans del.

§ 7
Ansökan – Lotsen
Dnr 2073/008

Förbundschefens förslag till beslut
1. att bevilja Ronneby kommun 120 000 kr för insatsen Lotsen 2073.

Styrelsens beslut
Styrelsen återremitterar ärendet för en kostnadsberäkning.
"""

BACK = """SAMORDNINGSFÖRBUNDET I BLEKINGE LÄN
Protokoll fört vid styrelsens sammanträde nr 2/2073

Datum            2073-04-14

§ 19
Olofström – kompletterat underlag
Dnr 2073/007

Ärendebeskrivning
Kommunen har nu beskrivit hur Försäkringskassan tar del i insatserna.

Förbundschefens förslag till beslut
1. att fastställa insatsplanen för Olofströms kommun 2073 med en ram om 410 000 kr.

Styrelsens beslut
Styrelsen beslutar i enlighet med förbundschefens förslag.
"""


def test_a_matter_back_under_its_diarienummer_settles_the_referral_that_sent_it_back(cli, tmp_path):
    imported(cli, minutes(tmp_path, "2073-1.txt", SENT_BACK))
    summary = imported(cli, minutes(tmp_path, "2073-2.txt", BACK))
    assert follow_up(cli, "2073-1 §06:1", "2073-12-31")["status"] == "done"
    assert follow_up(cli, "2073-1 §07:1", "2073-12-31")["status"] == "open"  # another Dnr: still away
    assert not any("matched by title" in d["what"] for d in summary["to_review"])
