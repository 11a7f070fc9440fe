"""Minutes kept as a form, each § with its rows: the task's due is in a row of its own under the
decision (`Ansvarig: Förbundschef` / `Återrapportering: Senast i maj 2077`), and is the task's due;
a row with only a date in it (`Återrapportering: 2077-06-15`) ends its §, the next § heading is no
citation of it; a row said the same way in many §§ is no page's furniture. A § cited where a line breaks (`… som begärdes i beslut 2077-02-10` / `§ 6. Projektet
…`) is the sentence going on, no heading of an item. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes, title_block, view

FEBRUARY = title_block(1, "2077-02-10") + """
Paragraf: § 6

Ärende: Uppföljningsmodell

Beslut
Styrelsen beslutar
att ge förbundschefen i uppdrag att utreda en gemensam modell för uppföljning av
insatserna.

Ansvarig: Förbundschef

Återrapportering: Senast i maj 2077

Paragraf: § 7

Ärende: Lokaler

Beslut
Styrelsen beslutar
att ge förbundschefen i uppdrag att se över kansliets lokaler.

Återrapportering: 2077-06-15
Paragraf: § 8

Ärende: Ekonomi

Beslut
Styrelsen beslutar
att lägga den ekonomiska rapporten till handlingarna.

Paragraf: § 9

Ärende: Ansökan om medel – Karlskrona kommun

Beslut
Styrelsen beslutar
att återremittera ärendet till förbundschefen för komplettering.

Ansvarig: Förbundschef

Återrapportering: Nästa sammanträde

Paragraf: § 10

Ärende: Broschyr

Beslut
Styrelsen beslutar
att ge förbundschefen i uppdrag att ta fram en broschyr om förbundet.

Återrapportering: Nästa sammanträde
"""

JUNE = title_block(2, "2077-06-20") + """
Paragraf: § 14

Ärende: Uppföljningsmodell – redovisning

Bakgrund
Förbundschefen lämnar den utredning som begärdes i beslut 2077-02-10
§ 6. Modellen bygger på gemensamma mått för alla insatser.

Beslut
Styrelsen beslutar
att lägga redovisningen till handlingarna.
"""


def test_the_due_in_the_forms_row_under_the_decision_is_the_tasks(cli, tmp_path):
    imported(cli, minutes(tmp_path, "februari.txt", FEBRUARY))
    assert (follow_up(cli, "2077-1 §06:1", "2077-03-01")["due"], follow_up(cli, "2077-1 §07:1", "2077-03-01")["due"]) == (
        "2077-05", "2077-06-15")
    assert (follow_up(cli, "2077-1 §09:1", "2077-03-01")["due"], follow_up(cli, "2077-1 §10:1", "2077-03-01")["due"]) == (
        "next-meeting", "next-meeting")
    assert [d["id"] for d in view(cli, "decisions", "--as-of", "2077-12-31")] == [
        "2077-1 §06:1", "2077-1 §07:1", "2077-1 §08:1", "2077-1 §09:1", "2077-1 §10:1"]


def test_a_section_cited_where_the_line_breaks_goes_on_the_sentence(cli, tmp_path):
    imported(cli, minutes(tmp_path, "februari.txt", FEBRUARY))
    imported(cli, minutes(tmp_path, "juni.txt", JUNE))
    assert [d["id"] for d in view(cli, "decisions", "--as-of", "2077-12-31") if d["id"].startswith("2077-2")] == ["2077-2 §14:1"]
    assert follow_up(cli, "2077-1 §06:1", "2077-07-01")["done_on"] == "2077-06-20"
