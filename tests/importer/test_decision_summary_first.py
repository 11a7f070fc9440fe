"""A summary of the meeting's decisions before the first item (`Beslutsöversikt`, `Sammanfattning
av beslut`, `Fattade beslut`): bulleted one-liners that repeat what the items below decide. The
minutes are read, not refused, and the summary adds no decision, deferral or item of its own. The
decision block under each item is a bold `BESLUT:` (or a bare `Beslut`) with numbered sentences in
the present tense, the subject first. A `Fattade beslut` inside an item heads that item's own
decision and is kept (the trap). Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes

OVERVIEW = """\
Samordningsförbundet Norra Skogen
PROTOKOLL 1/2082 – Styrelsen
Datum: 2082-02-05

Beslutsöversikt
- 2.1 (§ 3): Planen för Sölvesborgs kommun fastställs.
- 2.2 (§ 4): Ansökan från Olofströms kommun bordläggs.
- 2.3 (§ 5): Uppdrag till förbundschefen om en kartläggning.

1 Inledning
1.1 Mötet öppnas (§ 1)
Ordföranden öppnar mötet.
1.2 Justering (§ 2)
Per Lind utses att justera protokollet.
2 Ärenden
2.1 Plan för Sölvesborgs kommun 2082 (§ 3)
BESLUT:
1. Styrelsen fastställer Sölvesborgs kommuns plan för 2082 med 520 000 kr.
2.2 Ansökan från Olofströms kommun (§ 4)
BESLUT:
1. Styrelsen bordlägger ärendet till nästa möte.
2.3 Kartläggning av insatser (§ 5)
BESLUT:
1. Förbundschefen får i uppdrag att kartlägga pågående insatser till mötet i maj.
2. Sölvesborgs kommun ska redovisa planens utfall senast den 30 september 2082.
"""

SUMMED_UP = """\
Samordningsförbundet Norra Skogen
PROTOKOLL 2/2082 – Styrelsen
Datum: 2082-05-07

Sammanfattning av beslut:
• § 7 – Rapporten om kartläggningen läggs till handlingarna.
• § 8 – Projektet Vägen beviljas 300 000 kr; frågan om lokaler bordläggs.

1.1 Mötet öppnas (§ 6)
Ordföranden öppnar mötet.
1.2 Kartläggning av insatser (§ 7)
Beslut
1. Styrelsen lägger rapporten till handlingarna.
1.3 Projektet Vägen (§ 8)
Fattade beslut
1. Styrelsen beviljar projektet Vägen 300 000 kr för 2082.
"""


def _kinds(cli, tmp_path, name, text) -> dict[str, str]:
    summary = imported(cli, minutes(tmp_path, name, text))
    return {d["id"]: d["kind"] for d in summary["decisions"]}


def test_a_bulleted_overview_first_is_read_past_and_adds_nothing(cli, tmp_path):
    kinds = _kinds(cli, tmp_path, "februari.txt", OVERVIEW)
    assert kinds == {"2082-1 §03:1": "plan", "2082-1 §04:1": "deferral", "2082-1 §05:1": "assignment",
                     "2082-1 §05:2": "report"}, kinds


def test_a_summary_row_that_says_deferred_defers_nothing_of_its_own(cli, tmp_path):
    for name, text in (("februari.txt", OVERVIEW), ("maj.txt", SUMMED_UP)):
        summary = imported(cli, minutes(tmp_path, name, text))
        assert summary["items"] == [], (name, summary["items"])


def test_a_summary_by_another_title_is_read_past_too(cli, tmp_path):
    kinds = _kinds(cli, tmp_path, "maj.txt", SUMMED_UP)
    assert kinds.get("2082-2 §07:1") == "acknowledgement", kinds


def test_uppercase_beslut_then_numbered_present_tense_sentences_are_decisions(cli, tmp_path):
    kinds = _kinds(cli, tmp_path, "februari.txt", OVERVIEW)
    assert [kinds.get(f"2082-1 §05:{n}") for n in (1, 2)] == ["assignment", "report"], kinds


def test_a_summary_title_inside_an_item_heads_its_own_decision(cli, tmp_path):
    kinds = _kinds(cli, tmp_path, "maj.txt", SUMMED_UP)
    assert kinds.get("2082-2 §08:1") == "grant", kinds
