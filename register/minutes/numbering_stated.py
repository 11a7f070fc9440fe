"""Items the layout numbered otherwise than the reader did, found by what the minutes say of their
own structure: a § range the title block states (`Paragrafer 13–24`) that most items read fall
outside of (an OpenDocument list style's numbers, not in the text, read from 1). A hand's
new layout then says so, instead of being read wrong in silence."""

from __future__ import annotations

import re
from collections.abc import Iterable

from register.minutes.model import ParseWarning, ParsedItem
from register.minutes.text import Line, heading

_STATED_RANGE = re.compile(r"\bParagrafer\s*:?\s*(?:§§?\s*)?(?P<first>\d{1,3})\s*[–—-]\s*(?P<last>\d{1,3})\b", re.I)
"""`Paragrafer 13–24`, `Paragrafer: §§ 1–11`: the title block's label for the minutes' own items (not
`omedelbart justerade §§ 47–48` nor `närvarande §§ 12–17`, which name a few of them)."""
_FIRST_LINES = 60
"""Where a title block states its § range: before the first item, on the first page."""


def range_unkept(lines: list[Line], items: Iterable[ParsedItem]) -> list[ParseWarning]:
    read = {item.ref.item for item in items if item.ref is not None}
    doubts: list[ParseWarning] = []
    first_item = next((k for k, line in enumerate(lines) if heading(line) is not None), len(lines))
    stated = next((m for line in lines[:min(first_item, _FIRST_LINES)] if (m := _STATED_RANGE.search(line.text))), None)
    if stated is not None and read:
        first, last = int(stated["first"]), int(stated["last"])
        kept = read & set(range(first, last + 1))
        if first <= last and len(kept) * 2 < len(read):  # most items outside the range the minutes give
            doubts.append(ParseWarning(lines[0].no if lines else 1, (
                f"the minutes give §§ {first}–{last}, but the items read are numbered {min(read)}–{max(read)}: "
                "the layout may number its items in a way not read; check every decision's id")))
    return doubts
