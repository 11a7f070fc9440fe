"""Who was chosen to check (justera) the minutes, read from the § that chooses them (`Val av
justerare`, `Justerare – Tomas Berg jämte ordf.`, `§ 26. Val av justerare. Göran Hedenius utsågs
…`): every person a sentence of it names beside a word of checking, but the chair. The wording
varies with every hand (`utsågs att jämte ordföranden justera`, `Till protokolljusterare väljs`,
`justerar tillsammans med ordf.`); the § and the people it names do not."""

from __future__ import annotations

import re

from domain.values import Party
from register.minutes.text import Line, heading

_ABOUT_CHECKING = re.compile(r"justera|justering", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ§])")
_CAPITAL = "A-ZÅÄÖÉØÆÜŠŽČĆŁ"
_SMALL = rf"(?:[^\W\d_{_CAPITAL}]|')"
"""A letter not a capital, in any alphabet (`ć`, `ø`, `ß`), or an apostrophe."""
_WORD = rf"[{_CAPITAL}]{_SMALL}+(?:-[{_CAPITAL}]?{_SMALL}+)*"
"""A word of a name: `Per-Olof`, `Ohlsson-Krantz`, `Månsson`, `Petrović`."""
_PERSON = re.compile(
    rf"(?<![\wåäöÅÄÖ-])(?P<name>{_WORD}(?:\s+(?:von|af|de)\s+{_WORD}|\s+{_WORD}){{1,3}})"
    r"(?P<after>\s*(?:\([^()]*\))?\s*,?\s*(?:ordf\b|ordförande\b|som\s+ersättare\b|\(?ersättare\b)?)")
_CHAIR = re.compile(r"^(?:Ordförande|Ordföranden|Mötesordföranden)$")
_NOT_A_NAME = re.compile(r"^(?:Ordförande|Ordföranden|Mötesordföranden|Sekreterare|Sekreteraren|Förbundschefen|Styrelsen|Beslut"
                         r"|Förslag|Till|Val|Justering|Justerare|Justeras|Protokollet|Protokolljustering|Mötet|Ledamoten"
                         r"|Ledamöterna|Ärende|Punkt|Vid|Utses|Utdragsbestyrkande|Underskrifter)$")
_LINES = 8
"""How far a § choosing justerare runs at most: a sentence or two, and a line on when and where."""


def chosen_in_their_paragraph(lines: list[Line]) -> list[str]:
    """The people the § about justering names in a sentence of checking, in order; none where
    no § heading speaks of justering (the caller reads labels and signatures then)."""
    found: list[str] = []
    for i, line in enumerate(lines):
        head = heading(line)
        if head is None or not _ABOUT_CHECKING.search(head.title):
            continue
        below: list[str] = []
        for following in lines[i + 1:i + 1 + _LINES]:
            if heading(following) is not None or (not following.text and below):
                break  # the choosing is told in the paragraph under the heading; a signature block may follow
            if following.text:
                below.append(following.text)
        # The heading a sentence of its own: `… och val av justerare` / `Ordföranden … hälsade NN välkommen.`
        text = line.text.rstrip(".") + ". " + re.sub(r"(?<=\w)- (?=[a-zåäöA-ZÅÄÖ])", "-", " ".join(below))  # `Ohlsson-` / `Krantz`
        for sentence in _SENTENCE_END.split(text):
            if _ABOUT_CHECKING.search(sentence):
                found += [n for n in people(sentence) if n not in found]
    return found


def people(text: str) -> list[str]:
    """The people `text` names, but the chair (`Lena Håkansson, ordf`, `Ordföranden Anna Holm`) and a
    deputy (`med Sara Blomgren som ersättare`); a role before a name (`Beslut Mattias Ek`) is no part of it."""
    found = []
    for match in _PERSON.finditer(text):
        words = match["name"].split()
        if re.search(r"ordf|ersättare", match["after"]) or any(_CHAIR.match(w) for w in words):
            continue
        while words and _NOT_A_NAME.match(words[0]):
            words = words[1:]
        name = " ".join(words)
        if len(words) >= 2 and not any(_NOT_A_NAME.match(w) for w in words) and Party.find(name) is None:
            found.append(name)
    return found
