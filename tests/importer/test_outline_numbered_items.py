"""Items numbered as an outline within the meeting, each carrying the year's running § after its
title (`2.1 Plan för Olofström (§ 14)`) or set in the margin beside it (`3.1 Projekt Bron § 16`,
`§ 16 3.1 Projekt Bron`): the § is the item's number, and the decision's id. A group heading over
such items (`2 Planer`) has no § and is no item. A numbered decision point that cites a § at its
end is no heading (the trap). Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes

BRACKETED = """\
Samordningsförbundet Västra Kusten
PROTOKOLL 2/2081 – Styrelsen
Datum: 2081-04-09

1 Inledning
1.1 Sammanträdet öppnas (§ 12)
Ordföranden öppnar mötet.
1.2 Justering (§ 13)
Lena Falk utses att justera protokollet.
2 Planer
2.1 Plan för Olofströms kommun 2081 (§ 14)
Kommunen har lämnat in sin plan.
BESLUT:
1. Styrelsen fastställer Olofströms kommuns plan för 2081 med 410 000 kr.
2. Styrelsen hänvisar till beslutet i § 9
2.2 Ansökan från föreningen Bryggan (§ 15)
Föreningen söker 60 000 kr.
BESLUT:
1. Styrelsen avslår ansökan.
3 Avslutning
3.1 Mötet avslutas (§ 16)
Ordföranden avslutar mötet.
"""

IN_THE_MARGIN = """\
Samordningsförbundet Västra Kusten
PROTOKOLL 3/2081 – Styrelsen
Datum: 2081-06-04

1 Inledning
§ 17 1.1 Sammanträdet öppnas
Ordföranden öppnar mötet.
2 Projekt
2.1 Projektet Bron § 18
Projektledaren berättar om vårens arbete.
Beslut
1. Styrelsen beviljar projektet Bron 250 000 kr för 2081.
2.2 Rapport om ekonomin § 19
Ekonomen redogör för utfallet.
Beslut
1. Styrelsen lägger rapporten till handlingarna.
"""


def _kinds(cli, tmp_path, name, text) -> dict[str, str]:
    summary = imported(cli, minutes(tmp_path, name, text))
    return {d["id"]: d["kind"] for d in summary["decisions"]}


def test_the_bracketed_section_number_after_the_title_numbers_the_item(cli, tmp_path):
    kinds = _kinds(cli, tmp_path, "april.txt", BRACKETED)
    assert (kinds.get("2081-2 §14:1"), kinds.get("2081-2 §15:1")) == ("plan", "rejection"), kinds


def test_a_section_number_in_the_margin_numbers_the_item(cli, tmp_path):
    kinds = _kinds(cli, tmp_path, "juni.txt", IN_THE_MARGIN)
    assert (kinds.get("2081-3 §18:1"), kinds.get("2081-3 §19:1")) == ("grant", "acknowledgement"), kinds


def test_a_group_heading_without_a_section_number_is_no_item(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "april.txt", BRACKETED))
    refs = {item["ref"] for item in summary["items"] if item.get("ref")}
    assert not any(ref.endswith(("§01", "§02", "§03", "§1", "§2", "§3")) for ref in refs), refs


def test_a_decision_point_that_cites_a_section_at_its_end_is_no_heading(cli, tmp_path):
    kinds = _kinds(cli, tmp_path, "april.txt", BRACKETED)
    assert "2081-2 §09:1" not in kinds and "2081-2 §14:2" in kinds, kinds
