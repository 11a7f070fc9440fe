"""Minutes that count the members taking part (`Närvarande: 4 ledamöter`) and list fewer of them
than that put the attendance to review; a list as long as the count says nothing. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes, undoubted

MINUTES = """Styrelsemöte 2026-6, Samordningsförbundet i Blekinge län

Tid och plats
Måndag 2026-10-12, kl. 13:00

Närvarande: {count} ledamöter

Nej\tJa
<input type="checkbox"/>\t<input checked="" type="checkbox"/>\tEbba Falk (S)\tLedamot\tRonneby kommun
<input type="checkbox"/>\t<input checked="" type="checkbox"/>\tGustav Ling (M)\tLedamot\tKarlshamns kommun
<input type="checkbox"/>\t<input checked="" type="checkbox"/>\tIda Moberg (C)\tLedamot\tRegion Blekinge

§3 Information om förbundets ekonomi

Styrelsen beslutade:
Beslut 2026-6 §03:1
Att lägga informationen om ekonomin till handlingarna.
"""


def _about_attendance(summary):
    return [r["what"] for r in undoubted(summary) if "attendance" in r["what"]]


def test_fewer_members_listed_than_the_minutes_count_is_put_to_review(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "kort.txt", MINUTES.format(count="fyra")))
    assert _about_attendance(summary) == [
        "the minutes count 4 members taking part but 3 were read from the attendance: check the list for those left out"]


def test_a_list_as_long_as_the_count_is_not_put_to_review(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "hel.txt", MINUTES.format(count="3")))
    assert _about_attendance(summary) == []


NAMED_NOT_COUNTED = """Styrelsemöte 2026-6, Samordningsförbundet i Blekinge län

Tid och plats
Måndag 2026-10-12, kl. 13:00

Närvarande: ordföranden Ebba Falk (S), Ronneby kommun, och ledamoten Gustav Ling (M), Karlshamns kommun; ingen ersättare för Region Blekinge kunde komma.

§3 Information om förbundets ekonomi

Styrelsen beslutade:
Beslut 2026-6 §03:1
Att lägga informationen om ekonomin till handlingarna.
"""


def test_a_list_that_names_people_is_no_count_even_where_it_says_ingen_ersattare(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "namn.txt", NAMED_NOT_COUNTED))
    assert not [w for w in _about_attendance(summary) if "members taking part" in w]
