"""A follow-up's subject reads alone in the chair's list: the matter's title and the clause that
names what is owed, not the clause cut from its sentence ("läget i genomförandet")."""

from __future__ import annotations

import json
from pathlib import Path

MINUTES = Path(__file__).parents[1] / "importer" / "minutes"


def subjects(cli) -> dict[str, str]:
    result = cli("follow-ups", "--all", "--format", "json")
    assert result.exit_code == 0, result.output
    return {f["source"]: f["subject"] for f in json.loads(result.output)}


def test_an_imported_report_or_assignment_carries_its_matters_title_and_the_clause(cli):
    assert cli("demo").exit_code == 0
    assert cli("import-minutes", str(MINUTES / "board-minutes-2026-1.txt"), "--date", "2026-02-16").exit_code == 0
    assert cli("import-minutes", str(MINUTES / "board-minutes-2026-2.txt")).exit_code == 0
    found = subjects(cli)
    assert found["2025-7 §07:2"] == "Karlskrona kommuns FINSAM-plan 2026: läget i genomförandet av Karlskrona kommuns FINSAM-plan"
    assert found["2022:5 §04:1"] == "Internkontrollplan 2022 med riskutblick 2023: föreslå internkontrollplan 2023"
    assert found["2026-2 §06:1"] == "Uppföljning i Karlshamn: erfarenheterna av FINSAM-planen"
    # A referral keeps its own form: the matter's title and its id.
    assert found["2025-7 §13:1"] == "Tidsbegränsad anställning kansli (2025-7 §13)"


def test_a_clause_that_already_names_its_matter_is_not_given_the_title_twice(cli, tmp_path):
    minutes = tmp_path / "2026-5.txt"
    minutes.write_text("""Protokoll från styrelsemöte i Samordningsförbundet i Blekinge län

Styrelsemöte 2026-5

Onsdag 2026-09-16, kl. 13:00 - 15:00

§1 Mötets öppnande

Ordföranden öppnade mötet.

§2 Budget 2027

Förbundschefen presenterade ett första utkast.
Styrelsen beslutade:
Beslut 2026-5 §02:1
Att ge förbundschefen i uppdrag att ta fram ett förslag till budget 2027 till nästa styrelsemöte.

§3 Mötet avslutas
""", encoding="utf-8")
    result = cli("import-minutes", str(minutes))
    assert result.exit_code == 0, result.output
    assert subjects(cli)["2026-5 §02:1"] == "ta fram ett förslag till budget 2027"
