"""The board taking note, said as the closing sentence of a § (`Styrelsen noterar informationen`,
`Redovisningen noteras och läggs till handlingarna`, `Informationen antecknas till protokollet`): an
acknowledgement, though no `Beslut` label stands over it.

Only what is said in the present is the board's act at the meeting; `Styrelsen tog del av
informationen` tells what happened, and hands differ on whether that was decided. A § that only
places documents on file (`Anmälan läggs till handlingarna`) is not read here either: hands differ
on that too, and on `Styrelsen tar del av informationen`, so `accounted.py` puts those to review.
"""

from __future__ import annotations

import re

from register.minutes.phrasebook import BOARD, NOTE


def _forms(present: bool, passive: bool) -> str:
    """The forms of NOTE said now, active (`noterar`) or passive (`noteras`), as one alternation."""
    words = [f for f in NOTE.now if f.endswith("s") == passive and f.endswith("r") == present]
    return "|".join(sorted(words, key=len, reverse=True))


_BOARD_NOTES = re.compile(
    rf"^{BOARD}\s+(?:{_forms(present=True, passive=False)})\s+(?P<what>(?!att\b|om\b)[^.;:]+?)\.?$", re.I)
_PASSIVE = _forms(present=False, passive=True)
_NOTED = re.compile(
    rf"^(?P<what>(?!(?:Det|Detta|Här|Inget|Inga|Ingenting)\b)[A-ZÅÄÖ][^.;:]{{2,80}}?)\s+(?:{_PASSIVE})"
    r"(?P<more>(?!\s+att\b)[^.;:]*?)\.?$"
)
_ON_FILE = re.compile(r"^\s+och\s+läggs\s+till\s+handlingarna$", re.I)
_IN_MINUTES = re.compile(r"^\s+(?:till|i)\s+protokollet$", re.I)


def noting(sentence: str) -> str | None:
    """`Att notera informationen.` for a sentence in which the board takes note now; None otherwise."""
    sentence = " ".join(sentence.split())
    if said := _BOARD_NOTES.match(sentence):
        return f"Att notera {said['what']}."
    if (said := _NOTED.match(sentence)) is None:
        return None
    what = f"{said['what'][:1].lower()}{said['what'][1:]}"
    more = said["more"]
    if _ON_FILE.match(more):
        return f"Att notera {what} och lägga den till handlingarna."
    if not more or _IN_MINUTES.match(more):
        return f"Att notera {what}."
    return None
