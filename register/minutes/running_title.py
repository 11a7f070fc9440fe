"""The meeting a title block names in its running header: a case system's export puts
`PROTOKOLL 1/2048   1 (9)` at the head of every page, which is taken out as page furniture, and
may set the number in a column of its own under the title (`SAMMANTRÄDESPROTOKOLL` / `2/2048`).
The first page's header is the title block's, so it names the meeting the minutes are of."""

from __future__ import annotations

import re

from register.minutes.text import Line, meeting_header
from domain.errors import InvalidValue
from domain.ids import MeetingId

_TITLE_LINES = 6
"""How far down the first page's header may reach."""
_TITLE_WORD = re.compile(r"(?:^|\s{3,}|\t)(?:sammanträdes)?protokoll\s*$", re.I)
_NUMBER_BELOW = re.compile(r"(?:^|\s{3,}|\t)(?P<number>\d{1,2})\s*/\s*(?P<year>\d{4})\s*$")


def meeting_in_header(text: str) -> tuple[MeetingId, int] | None:
    """`… PROTOKOLL 1/2048 …` at the head of the first page, or `2/2048` in the column under a
    title `SAMMANTRÄDESPROTOKOLL`, with the line it stands on."""
    raws = text.split("\n")[:_TITLE_LINES]
    for no, raw in enumerate(raws, start=1):
        if (found := meeting_header(Line(no, raw, " ".join(raw.split())))) is not None:
            return found, no
        below = next((b for b in raws[no:no + 2] if b.strip()), None)
        if below is None or not _TITLE_WORD.search(raw) or (number := _NUMBER_BELOW.search(below)) is None:
            continue
        try:
            return MeetingId.parse(f"{number['year']}-{int(number['number'])}"), raws.index(below) + 1
        except InvalidValue:
            return None
    return None
