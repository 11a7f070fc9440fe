"""A bulleted list under a clause that names what it decides (`att fastställa följande
sammanträdesplan för 2091:` over the dates) is that clause's content, one decision, with no `Att`
put before a date; under a lead that only opens the clauses (`Styrelsen beslutar att:`) each
point is a decision of its own. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes

MINUTES = """\
Protokoll 6/2090
Datum: 2090-12-04
Plats: Kommunhuset, Ronneby
Justerare: Lisa Berg

§ 60 Sammanträdesplan 2091

Beslut

Styrelsen beslutar att fastställa följande sammanträdesplan för 2091:

• måndag 10 februari
• måndag 14 april
• måndag 9 juni

Sammanträdena börjar kl. 09.00.

§ 61 Bidrag

Beslut

Styrelsen beslutar att:

• bevilja Ronneby kommun 100 000 kr för 2091,
• uppdra åt förbundschefen att följa upp insatsen till nästa sammanträde.
"""


def test_the_dates_a_clause_lists_are_its_content_and_the_points_under_a_lead_decide(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "dec.txt", MINUTES))
    decided = {d["id"]: (d["kind"], d["text"]) for d in summary["decisions"]}
    assert sorted(decided) == ["2090-6 §60:1", "2090-6 §61:1", "2090-6 §61:2"]
    kind, text = decided["2090-6 §60:1"]
    assert kind == "document" and "måndag 10 februari, måndag 14 april, måndag 9 juni" in text
    assert not any(text.startswith("Att måndag") for _, text in decided.values())
    assert [decided[f"2090-6 §61:{n}"][0] for n in (1, 2)] == ["grant", "assignment"]
