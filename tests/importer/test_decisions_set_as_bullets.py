"""Compact minutes that set each decision as a bullet of its own under the § text (`* Styrelsen
beviljar …`, `- Planen fastställs …`, `• Rapporten läggs till handlingarna.`), no `Beslut` above
them: each bullet is read as a sentence of its own, its bullet left out. Minutes of our own."""

from __future__ import annotations

import pytest

from tests.importer.steps import imported, minutes

MINUTES = """Styrelsemöte 2/2152
Datum: 2152-04-20
Plats: Kansliet, Karlskrona
Justerare: Vera Holm

§ 5. Olofströms kommuns FINSAM-plan 2152
Planen har arbetats fram i den lokala samverkansgruppen och bygger på förra årets arbete.
{b}Olofströms kommuns FINSAM-plan 2152 fastställs och medel för dess genomförande beviljas med 1 210 000 kr.
{b}Olofströms kommun ska återrapportera läget vid styrelsens möte i oktober.

§ 6. Ansökan – Steg för steg
Region Blekinge söker medel för insatsen Steg för steg.
{b}Styrelsen beviljar Region Blekinge 260 000 kr för insatsen Steg för steg under 2152.

§ 7. Kommunikation
Styrelsen diskuterade hur förbundet ska synas hos parternas medarbetare.
{b}Förbundschefen får i uppdrag att ta fram en kommunikationsplan till nästa möte.

§ 8. Tertialrapport
Ekonomen går igenom utfallet per april.
{b}Tertialrapporten läggs till handlingarna.

§ 9. Information
{b}Förbundschefen berättade om konferensen i Malmö.
{b}Ordföranden tackade och avslutade mötet.
"""


@pytest.mark.parametrize("bullet", ["* ", "- ", "• "])
def test_each_decision_set_as_a_bullet_is_read(cli, tmp_path, bullet):
    summary = imported(cli, minutes(tmp_path, "april.txt", MINUTES.format(b=bullet)))
    kinds = {d["id"]: d["kind"] for d in summary["decisions"]}
    assert kinds == {"2152-2 §05:1": "plan", "2152-2 §05:2": "report", "2152-2 §06:1": "grant",
                     "2152-2 §07:1": "assignment", "2152-2 §08:1": "acknowledgement"}
