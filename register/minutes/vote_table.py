"""A vote counted in a table whose side stands in one cell and its count in the next, no colon
between (`Ja (avslag enligt förbundschefens förslag)  6`, `Nej  2`, `Avstår  0`, or the same
between a Markdown table's bars): read as the rows follow one another in the flattened text, each
side's label (with what it stood for, in brackets or a few words) followed by its count. Flattened,
a count reads as if it were said of the label after it, which the sentence reading takes it for."""

from __future__ import annotations

import re


def _label(side: str) -> str:
    return rf"(?<![\w-]){side}(?![\w-])(?:\s*\([^()]*\)|,?(?:\s+[^\W\d][\w-]*){{0,5}}?)"


_TABLE = re.compile(
    rf"{_label('Ja')}\s+(?P<ja>\d{{1,2}})\s+{_label('Nej')}\s+(?P<nej>\d{{1,2}})"
    rf"(?:\s+{_label('(?:Avstår|Avstod|Avstående|Blanka)')}\s+(?P<avst>\d{{1,2}}))?(?![\d\w])")


def table_counts(flat: str) -> tuple[int, int, int] | None:
    """(ja, nej, avstår) as such a table's rows give them; None where the text has none."""
    found = _TABLE.search(re.sub(r"\s*\|\s*(?:-{3,}\s*\|\s*)*", " ", flat))
    if found is None:
        return None
    return int(found["ja"]), int(found["nej"]), int(found["avst"] or 0)
