"""A vote by roll call (namnupprop) as the minutes set it out, when no sentence counts it: the
names under `Ja:`, `Nej:` and `Avstår:`, or a table's `Summa` row under `Ja Nej Avstår`.

It is also what checks a vote the minutes count in words: a list that makes other figures
than the sentence is put to review rather than read either way in silence.
"""

from __future__ import annotations

import re

from register.minutes.phrasebook import NOT_A_PERSON, PEOPLE, PERSON

_SIDE = re.compile(r"(?<![\w-])(?P<side>Ja|Nej|Avstår|Avstod|Avstående)(?![\w-])(?:\s+(?:för|till)\s+\w+\s*:|:?)\s+"
                   r"(?=[A-ZÅÄÖÉ])")
"""A side's label, capitalised as a roll call's column or line begins, before the first name; it may say
what the side voted for (`Ja för bifall: …`)."""
_NAMES = re.compile(PEOPLE)
_SUM = re.compile(r"\bJa\s+Nej(?:\s+Avst\w*)?\b.*?\bSumma:?\s+(?P<ja>\d{1,2})\s+(?P<nej>\d{1,2})(?:\s+(?P<avst>\d{1,2}))?\b")
"""`Namn  Ja  Nej  Avstår` over a row per member and `Summa  6  3  0`; a table without a column for abstaining too."""


def counted(flat: str) -> tuple[int, int, int] | None:
    """(ja, nej, avstår) as the roll call gives them; None where the text has none."""
    if (total := _SUM.search(flat)) is not None:
        return int(total["ja"]), int(total["nej"]), int(total["avst"] or 0)
    sides = {"ja": 0, "nej": 0, "avst": 0}
    labels = list(_SIDE.finditer(flat))
    if not {m["side"] for m in labels} >= {"Ja", "Nej"}:
        return None
    for at, label in enumerate(labels):
        end = labels[at + 1].start() if at + 1 < len(labels) else len(flat)
        names = _NAMES.match(flat, label.end(), end)
        key = label["side"].lower() if label["side"] in ("Ja", "Nej") else "avst"
        if names is not None:
            sides[key] += sum(1 for p in PERSON.finditer(names["names"]) if _is_person(p["name"]))
    if not sides["ja"] and not sides["nej"]:
        return None
    return sides["ja"], sides["nej"], sides["avst"]


def _is_person(name: str) -> bool:
    return not NOT_A_PERSON.match(name) and len(name.split()) >= 2
