"""An item struck told by its verb alone or in the past (`Utgår – förslaget har inte kommit in.`,
`Utgår; …`, `Ärendet utgick, sedan …`, `Ärendet avfördes från dagordningen, då …`) and an agreement
ended in the passive (`Avtalet med … sägs upp och upphör …`) are decisions of their §. An item said
to have gone at another meeting (`Ärendet utgick vid förra sammanträdet`) is not. Minutes of our own."""

from __future__ import annotations

import pytest

from tests.importer.steps import imported, minutes, title_block, view

STRUCK = {
    "the verb alone, a dash": "Utgår – förslaget till avtal har inte kommit in.",
    "the verb alone, a semicolon": "Utgår; kommunen har inte hunnit ta fram underlag.",
    "in the past, with why": "Ärendet utgick, sedan kommunen den 2 maj 2080 dragit tillbaka sin ansökan.",
    "struck from the agenda": "Ärendet avfördes från dagordningen, då ansökan återkallats före sammanträdet.",
}


def _may(body: str) -> str:
    return title_block(3, "2080-05-11") + f"\n§ 31 Lokalfrågan\n{body}\n\n§ 32 Lokalvård\nAvtalet med Städbolaget Glans om lokalvård sägs upp och upphör den 31 december 2080.\n"


@pytest.mark.parametrize("said", sorted(STRUCK))
def test_an_item_struck_tersely_is_withdrawn(cli, tmp_path, said):
    imported(cli, minutes(tmp_path, "maj.txt", _may(STRUCK[said])))
    decisions = {d["id"]: (d["kind"], d["status"]) for d in view(cli, "decisions", "--as-of", "2080-12-31")}
    assert decisions["2080-3 §31:1"] == ("withdrawal", "withdrawn")


def test_an_agreement_ended_in_the_passive_is_a_termination(cli, tmp_path):
    imported(cli, minutes(tmp_path, "maj.txt", _may(STRUCK["the verb alone, a dash"])))
    decisions = {d["id"]: d["kind"] for d in view(cli, "decisions", "--as-of", "2080-12-31")}
    assert decisions["2080-3 §32:1"] == "termination"


def test_an_item_gone_at_another_meeting_is_no_decision(cli, tmp_path):
    imported(cli, minutes(tmp_path, "maj.txt", _may("Ärendet utgick vid förra sammanträdet. Informationen noteras.")))
    decisions = {d["id"]: d["kind"] for d in view(cli, "decisions", "--as-of", "2080-12-31")}
    assert decisions.get("2080-3 §31:1") == "acknowledgement"
