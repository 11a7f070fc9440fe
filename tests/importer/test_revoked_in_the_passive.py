"""`Beslut X upphävs`: a later meeting revokes an earlier decision by saying it is revoked, not
by revoking it (`Att upphäva Beslut X`). Minutes of our own, with the facts of two meetings."""

from __future__ import annotations

from tests.importer.steps import decision, events, imported, minutes, view

APRIL = """Styrelsemöte 2026-2, Samordningsförbundet i Blekinge län

Tid och plats
Måndag 2026-04-13, kl. 09:00

§6 Förstudie om arbetsträning i Olofström

Kommunen vill pröva en ny väg till arbete för unga.
Styrelsen beslutade:
Beslut 2026-2 §06:1
Att bevilja Olofströms kommun 250 000 kr för en förstudie under 2026.
"""

SEPTEMBER = """Styrelsemöte 2026-5, Samordningsförbundet i Blekinge län

Tid och plats
Måndag 2026-09-21, kl. 09:00

§3 Förstudien i Olofström

Kommunen meddelar att förstudien inte blir av i år.
Styrelsen beslutade:
Beslut 2026-5 §03:1
Att Beslut 2026-2 §06:1 upphävs, eftersom kommunen har dragit tillbaka sin ansökan.
"""


def test_a_decision_the_minutes_say_is_revoked_ends_with_its_grant(cli, tmp_path):
    imported(cli, minutes(tmp_path, "april.txt", APRIL))
    summary = imported(cli, minutes(tmp_path, "september.txt", SEPTEMBER))
    assert "revoked: 2026-2 §06:1 by 2026-5 §03:1" in events(summary)
    assert decision(cli, "2026-5 §03:1")["kind"] == "revocation"
    assert decision(cli, "2026-2 §06:1")["status"] == "revoked"
    in_force = {g["decision"]: g["status"] for g in view(cli, "grants", "--as-of", "2026-06-01")}
    revoked = {g["decision"]: g["status"] for g in view(cli, "grants", "--as-of", "2026-10-01")}
    assert (in_force, revoked) == ({"2026-2 §06:1": "in_force"}, {"2026-2 §06:1": "revoked"})
