"""The board's name misspelt by one letter (`Styrelssen beslöt`, `Styrlesen beslutade`), as a hand in
a hurry types it: read as the board where a verb of deciding follows it, and said so, so that the
reviewer sees the reading. A word one letter away that the dictionary knows (`styrelser`, another
board's) is a word of its own, not a slip."""

from __future__ import annotations

import re

from register.minutes.phrasebook import BODY_NAMES
from register.minutes.voice import lemma

_NAMES = tuple(name for name in BODY_NAMES if len(name) >= 6)
"""Only names long enough that one letter off is a slip, not another word."""
_BEFORE_VERB = re.compile(r"(?:(?<=^)|(?<=[.!?]\s)|(?<=,\s)|(?<=\bså\s)|(?<=\boch\s))(?P<word>[A-ZÅÄÖa-zåäö]{5,})"
                          r"(?=\s+(?:beslöt|beslutade|beslutar|fastställde|beviljade|godkände|uppdrog|gav)\b)")


def _one_off(word: str, name: str) -> bool:
    """One letter added, dropped, changed, or two beside each other swapped."""
    if word == name or abs(len(word) - len(name)) > 1:
        return False
    if len(word) == len(name):
        differ = [i for i, (a, b) in enumerate(zip(word, name)) if a != b]
        return len(differ) == 1 or (len(differ) == 2 and differ[1] == differ[0] + 1
                                    and word[differ[0]] == name[differ[1]] and word[differ[1]] == name[differ[0]])
    short, long_ = sorted((word, name), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _meant(word: str) -> str | None:
    folded = word.lower()
    name = next((n for n in _NAMES if _one_off(folded, n.lower())), None)
    if name is None or lemma(folded) != folded:
        return None  # `styrelser`: the dictionary knows it, so it was meant as written
    return name if word[:1].isupper() else name.lower()


def respelt(text: str) -> tuple[str, list[str]]:
    """The text with each misspelt name of the board before a verb of deciding written right, and
    the misspellings it mended."""
    mended: list[str] = []

    def mend(match: re.Match[str]) -> str:
        meant = _meant(match["word"])
        if meant is None:
            return match[0]
        mended.append(match["word"])
        return meant
    return _BEFORE_VERB.sub(mend, text), mended
