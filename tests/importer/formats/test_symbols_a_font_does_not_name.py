"""A PDF writer that draws `•` in a standard font leaves the glyph unnamed: the text layer says
`(cid:127)`. A few such symbols among words that read are no reason to refuse the minutes: one
that opens its line is the bullet it looks like, any other is left out. A page where many words
are unnamed hides its letters, and is refused with the advice to run OCR. A PDF of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from register.minutes.formats import read_document
from register.minutes.parser import MinutesError
from register.minutes.readers.pdf import _mapped

LINES = [
    "Protokoll styrelsen 3/2121",
    "§ 30 Ansökan om medel för Stegvis",
    "Beslutsunderlag",
    "• Tjänsteskrivelse 2121-04-20",
    "• Ansökan från Karlshamns kommun",
    "Styrelsens beslut",
    "Att bevilja Karlshamns kommun 200 000 kr för Stegvis 2121.",
]


def _bulleted(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    sheet = canvas.Canvas(str(path), pagesize=A4)
    sheet.setFont("Helvetica", 11)
    for at, line in enumerate(LINES):
        sheet.drawString(60, 760 - 16 * at, line)
    sheet.save()
    return path


def test_a_bullet_the_font_leaves_unnamed_is_read_as_a_bullet(tmp_path):
    text = read_document(_bulleted(tmp_path / "2121-3.pdf")).document.text
    assert "cid:" not in text, text
    assert "• Tjänsteskrivelse 2121-04-20" in text and "Att bevilja Karlshamns kommun 200 000 kr" in text, text


def _word(text: str, x0: float, top: float) -> dict[str, object]:
    return {"text": text, "x0": x0, "x1": x0 + 6 * len(text), "top": top}


def test_an_unnamed_symbol_inside_a_line_is_left_out():
    words = [_word(w, 60 + 70 * k, 100) for k, w in enumerate(["Beviljas", "(cid:3)", "200", "000", "kr", "för",
                                                                "Stegvis", "2121", "och", "Ronneby", "2121."])]
    assert [w["text"] for w in _mapped(words, 1, "m.pdf")] == ["Beviljas", "200", "000", "kr", "för", "Stegvis",
                                                                "2121", "och", "Ronneby", "2121."]


def test_a_page_whose_words_are_mostly_unnamed_is_refused_with_the_advice_to_run_ocr():
    words = [_word("(cid:41)(cid:72)", 60 + 40 * k, 100) for k in range(8)] + [_word("§", 60, 120), _word("4", 70, 120)]
    with pytest.raises(MinutesError, match="page 2's fonts do not say which letters they draw.*OCR"):
        _mapped(words, 2, "m.pdf")
