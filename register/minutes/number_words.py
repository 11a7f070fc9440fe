"""Amounts written in words, as a formal protocol writes them (`niohundrafemtiotusen (950 000)
kronor`, `en miljon tvåhundratusen kronor`), said in figures so that the rules read them as any
other amount."""

from __future__ import annotations

import re

_UNITS = {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9,
          "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15, "sexton": 16,
          "sjutton": 17, "arton": 18, "nitton": 19, "tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50,
          "sextio": 60, "sjuttio": 70, "åttio": 80, "nittio": 90}
_SCALES = {"hundra": 100, "tusen": 1_000, "miljon": 1_000_000, "miljoner": 1_000_000}
_PIECE = re.compile("|".join(sorted((*_UNITS, *_SCALES), key=len, reverse=True)))
_WORDS = r"[a-zåäö]+(?:\s+[a-zåäö]+){0,5}"
_WRITTEN = re.compile(rf"\b(?P<words>{_WORDS})\s*(?:\((?P<figures>\d[\d \u00a0.]*)\)\s*)?(?=(?:kronor|kr)\b)", re.I)


def value_of(words: str) -> int | None:
    """`niohundrafemtiotusen` → 950 000; None where the words are not a number."""
    flat = "".join(words.lower().split())
    pieces, at = [], 0
    while at < len(flat):
        match = _PIECE.match(flat, at)
        if match is None:
            return None
        pieces.append(match[0])
        at = match.end()
    total = group = 0
    for piece in pieces:
        if piece in _UNITS:
            group += _UNITS[piece]
        elif piece == "hundra":
            group = max(group, 1) * 100
        else:  # tusen, miljon: closes the group before it (`tvåhundrafemtio|tusen`)
            total += max(group, 1) * _SCALES[piece]
            group = 0
    return total + group if pieces else None


def in_figures(text: str) -> str:
    """The text with each amount in words said in figures: the figures a protocol adds in brackets
    where it gives them, else the words' own value."""
    def said(match: re.Match[str]) -> str:
        words = match["words"].split()
        # The number is the longest run of number words just before `kronor` (`anvisa en miljon …`).
        for start in range(len(words)):
            if words[start].lower() in _SCALES:
                continue  # `1,95 miljoner kronor`: the scale of figures before it, read as they are
            if (value := value_of(" ".join(words[start:]))) is not None and value >= 100:
                figures = match["figures"].strip() if match["figures"] else f"{value:,}".replace(",", " ")
                kept = " ".join(words[:start])
                return f"{kept} {figures} " if kept else f"{figures} "
        return match[0]
    return _WRITTEN.sub(said, text)
