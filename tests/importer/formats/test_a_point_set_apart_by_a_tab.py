"""A PDF whose decisions stand as points, the bullet set apart from its text by a tab stop (`•` at
the margin, `Direktionen godkänner …` further in, as a meeting system exports them): each point is
read as a line of its own text, not as a table row whose first cell is a bullet. Minutes of our own."""

from __future__ import annotations

from tests.importer.formats.make import blank_page
from tests.importer.steps import imported

LINES = [
    (72, "Direktionen – protokoll"), (72, "Sammanträde 2/2079"), (72, "Datum: 2079-04-03"),
    (72, "Plats: Brandstationen, Ronneby"), (72, "Justerare: Vera Holm"), (72, ""),
    (72, "§ 14 Taxa för tillsyn"), (72, "Beslut"), (72, "•"), (90, "Direktionen fastställer taxa för tillsyn 2079."), (72, ""),
    (72, "§ 15 Ansökan om medel"), (72, "Beslut"), (72, "•"), (90, "Ronneby kommun beviljas 120 000 kr för 2079."),
    (72, "•"), (90, "Ronneby kommun ska återrapportera hur medlen använts senast den 30 november 2079."),
]


def _pdf() -> bytes:
    page, out = blank_page()
    y = 780
    for x, text in LINES:
        if x == 72 or text == "":
            y -= 16  # the text of a point stands on the bullet's line
        page.setFont("Dejavu", 10)
        page.drawString(x, y, text)
    page.save()
    return out.getvalue()


def test_each_point_set_apart_by_a_tab_is_a_decision(cli, store, tmp_path):
    minutes = tmp_path / "2079-2.pdf"
    minutes.write_bytes(_pdf())
    kinds = {d["id"]: d["kind"] for d in imported(cli, minutes)["decisions"]}
    assert kinds == {"2079-2 §14:1": "document", "2079-2 §15:1": "grant", "2079-2 §15:2": "report"}
