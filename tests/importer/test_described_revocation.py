"""A decision revoked by describing it rather than by its id (#24 B.11, in part): `Styrelsens
beslut den 7 april, § 19, att bevilja … upphävs`. The decision is found from the meeting's date
and the §, its status becomes revoked, and the grant it describes is not taken for a new one; a
description the register cannot resolve is put to review. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import decision, imported, minutes, view

APRIL = """\
Sammanträde nr 2/2029
Datum: 2029-04-09

§ 19 Jobbspår
Styrelsen beslutar att bevilja Arbetsförmedlingen 180 000 kr för insatsen Jobbspår under 2029.
"""

OCTOBER = """\
Sammanträde nr 5/2029
Datum: 2029-10-15

§ 44 Jobbspår, upphävande
Styrelsen beslutar att styrelsens beslut den 9 april 2029, § 19, att bevilja Arbetsförmedlingen 180 000 kr för insatsen Jobbspår upphävs.

§ 45 Delegation
Styrelsen beslutar att upphäva beslutet om delegation till ordföranden.
"""


def test_a_decision_revoked_by_its_date_and_section_is_revoked_and_grants_nothing_new(cli, tmp_path):
    imported(cli, minutes(tmp_path, "apr.txt", APRIL))
    summary = imported(cli, minutes(tmp_path, "okt.txt", OCTOBER))
    assert decision(cli, "2029-2 §19:1")["status"] == "revoked"
    assert decision(cli, "2029-5 §44:1")["kind"] == "revocation"
    grants = {g["decision"]: g for g in view(cli, "grants", "--year", "2029", "--as-of", "2029-12-31")}
    assert "2029-5 §44:1" not in grants and grants["2029-2 §19:1"]["status"] == "revoked"
    doubt, = [d for d in summary["to_review"] if d["what"].startswith("2029-5 §45:1 revokes")]
    assert "describes but does not name" in doubt["what"]
