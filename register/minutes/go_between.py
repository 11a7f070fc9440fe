"""Someone a party acts through, said between commas before what it shall do: `Karlskrona kommun,
genom projektledare Lotta Engström, ska redovisa …`, `Region Blekinge, via sin samordnare …, ska
lämna …`, `X, genom dess förvaltning, ska rapportera …`. The rules read who owes the duty as if the
apposition were not there: the party owes it. What has been done through someone (`har redovisat`)
is left as written."""

from __future__ import annotations

import re

_GO_BETWEEN = re.compile(
    r",\s+(?:genom|via)\s+(?:sin|sitt|sina|dess|deras|dennes)?\s*[^,.;]{1,70}?,\s+"
    r"(?=(?:ska|skall|kommer\s+att|bör|får\s+i\s+uppdrag\s+att)\b)", re.I)


def without_go_between(text: str) -> str:
    """The text with such an apposition taken out (`X, genom Y, ska …` → `X ska …`)."""
    return _GO_BETWEEN.sub(" ", text)
