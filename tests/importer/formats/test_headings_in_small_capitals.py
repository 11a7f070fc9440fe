"""A heading set in small capitals, as a word processor fakes them (`BESLUT`: the `B` at the text's
size, `ESLUT` smaller, touching it), is one word again: the PDF's text layer holds two runs of
different sizes, which come out as two words (`B ESLUT`, `J ÄV`) unless they are joined where
nothing parts them. Words a space parts stay apart whatever their sizes. A PDF of our own."""

from __future__ import annotations

from pathlib import Path

from register.minutes.formats import read_document

LINES = [
    [("§ 17 Stenmora kommuns plan 2116", 11)],
    [("J", 10), ("ÄV", 8)],
    [("Sirpa Lindholm (C) anmäler jäv och deltar inte i handläggningen av ärendet.", 10)],
    [("B", 10), ("ESLUTET SKICKAS TILL", 8)],
    [("Stenmora kommun", 10)],
    [("Sida ", 10), ("2", 8), (" av ", 10), ("4", 8)],
]


def _small_capitals(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    sheet = canvas.Canvas(str(path), pagesize=A4)
    y = 760.0
    for runs in LINES:
        x = 60.0
        for text, size in runs:
            sheet.setFont("Helvetica", size)
            sheet.drawString(x, y, text)
            x += sheet.stringWidth(text, "Helvetica", size)
        y -= 16
    sheet.save()
    return path


def test_a_capital_and_the_smaller_capitals_touching_it_are_one_word(tmp_path):
    text = read_document(_small_capitals(tmp_path / "2116-2.pdf")).document.text
    assert "\nJÄV\n" in f"\n{text}\n" and "BESLUTET SKICKAS TILL" in text, text
    assert "J ÄV" not in text and "B ESLUTET" not in text


def test_words_a_space_parts_stay_apart_whatever_their_sizes(tmp_path):
    text = read_document(_small_capitals(tmp_path / "2116-2.pdf")).document.text
    assert "Sirpa Lindholm (C) anmäler jäv" in text
