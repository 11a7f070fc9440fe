"""A label column: minutes exported from case-management systems put a short label at the
left margin (`Beslut`, `Ärendet`, `Expedieras`) and the text indented beside it, the label
sometimes broken over two lines (`Besluts-` / `underlag`). Found by its shape, not by the
labels' words: many lines of the body whose text starts at the same column after a short
label. Each such line is read as two, the label and its text, so a lone `Beslut` heads the
decision under it as it does in minutes that set the label on a line of its own.
"""

from __future__ import annotations

import re
from collections import Counter

_LABELLED = re.compile(r"^(?P<label>[^\s§\d](?:\S| (?! ))*?)(?: {3,}|\t+)(?P<text>\S.*)$")
_TABBED = re.compile(r"^(?P<label>[A-ZÅÄÖ][a-zåäöé]+(?:-\s*[a-zåäöé]+)?:?)\t+(?P<text>\S.*)$")
"""One word with a capital (`Beslut`, `Ärendet`), a tab, the text: not a table row of names and figures."""
_TABLE_CELLS = 2
"""Tabs after a first word that make its line a table's row (`Beslut<TAB>Uppdrag<TAB>Ansvarig<TAB>Status`) or
a line justified with tabs between its words, no label beside text."""
_MOST_WORDS = 2
_MOST_CHARS = 24
_FEWEST = 3
"""Lines needed at one column before it is taken for a label column."""
_MARKER = re.compile(r"[a-hA-H][.)]|\(?[ivx]{1,4}\)|[-–•*▪◦·●]")
"""A list's letter or bullet set apart from its point by a tab (`a)<TAB>att bevilja …`): no label."""
_WORD_BELOW = re.compile(r"^(?P<word>[a-zåäöé][\w-]*(?: [a-zåäöé]\w*){0,2})(?: {3,}|\t+|$)")


def split(raws: list[str], body_from: int) -> dict[int, tuple[str | None, str | None]]:
    """Index → (label, text) for each line from `body_from` on that stands in a label column;
    a label's second line gives None for its label (it was joined to the first)."""
    tabbed = {i: m for i in range(body_from, len(raws)) if (m := _TABBED.match(raws[i]))}
    if len(tabbed) >= _FEWEST:
        # A word processor's label, a tab, then the text: the tab is the column.
        return {i: (m["label"], m["text"]) for i, m in tabbed.items() if m["text"].count("\t") < _TABLE_CELLS}
    found = {i: m for i in range(body_from, len(raws)) if (m := _LABELLED.match(raws[i].expandtabs(8)))
             and len(m["label"]) <= _MOST_CHARS and len(m["label"].split()) <= _MOST_WORDS and not _MARKER.fullmatch(m["label"])}
    columns = Counter(m.start("text") for m in found.values())
    if not columns or columns.most_common(1)[0][1] < _FEWEST:
        return {}
    column = columns.most_common(1)[0][0]
    result: dict[int, tuple[str | None, str | None]] = {}
    for i, m in sorted(found.items()):
        if abs(m.start("text") - column) > 1 or i in result:
            continue
        label, text = m["label"], m["text"]
        below = raws[i + 1].expandtabs(8) if i + 1 < len(raws) else ""
        rest = _WORD_BELOW.match(below)
        if rest and (len(below) <= len(rest["word"]) or abs(len(below) - len(below[len(rest["word"]):].lstrip()) - column) <= 1):
            # `Besluts-` / `underlag`, `Övriga` / `närvarande`: the label goes on below.
            label = label[:-1] + rest["word"] if label.endswith("-") else f"{label} {rest['word']}"
            result[i + 1] = (None, below[len(rest["word"]):].strip() or None)
        result[i] = (label, text)
    return result
