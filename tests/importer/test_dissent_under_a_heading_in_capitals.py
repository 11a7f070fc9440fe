"""Jäv and reservations told under a heading in capitals (`JÄV` / `Karin Ros (C) anmäler jäv …`,
`RESERVATION` / `Per Holm (M) reserverar sig …`): the heading is no part of the name, whatever
case it is set in. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import decision, imported, minutes

MINUTES = """\
Protokoll 3/2071
Datum: 2071-06-10
Plats: Kommunhuset, Ronneby
Justerare: Lisa Berg

§ 30 Insatsen Nya steg, Ronneby kommun

JÄV
Karin Ros (C) anmäler jäv och deltar inte i handläggningen av ärendet.

BESLUT
Styrelsen beslutar att bevilja Ronneby kommun 300 000 kr för 2071.

RESERVATION
Per Holm (M) reserverar sig mot beslutet.
"""


def test_a_heading_in_capitals_above_jav_or_a_reservation_is_no_part_of_the_name(cli, tmp_path):
    imported(cli, minutes(tmp_path, "jun.txt", MINUTES))
    granted = decision(cli, "2071-3 §30:1")
    assert [p["name"] for p in granted["recusals"]] == ["Karin Ros"]
    assert [p["name"] for p in granted["reservations"]] == ["Per Holm"]
