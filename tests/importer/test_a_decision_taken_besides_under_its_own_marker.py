"""Under one `Beslut`, a first marker taken after a vote and a second one for what was decided
besides (`Styrelsen beslutar efter omröstning` / `att bevilja …`, `Styrelsen beslutar därutöver, utan
omröstning,` / `att … ska redovisa …`): each clause below its marker is a decision of its own.
Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes, title_block, view

MINUTES = title_block(2, "2084-03-30") + """
§ 18 Ansökan om medel – Språkstöd, Arbetsförmedlingen

Omröstningen utfaller med 4 ja-röster och 3 nej-röster. Ingen avstår.

Beslut
Styrelsen beslutar efter omröstning
att bevilja Arbetsförmedlingen 480 tkr för insatsen Språkstöd under 2084.
Styrelsen beslutar därutöver, utan omröstning,
att Arbetsförmedlingen ska redovisa insatsens utfall till styrelsen senast den 15 december 2084.
"""


def test_each_clause_under_its_marker_is_a_decision(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MINUTES))
    kinds = {d["id"]: d["kind"] for d in view(cli, "decisions", "--as-of", "2084-12-31")}
    assert kinds == {"2084-2 §18:1": "grant", "2084-2 §18:2": "report"}
    assert follow_up(cli, "2084-2 §18:2", "2084-06-30")["due"] == "2084-12-15"
