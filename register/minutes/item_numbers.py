"""Agenda items numbered other ways than `§ 5`: `5 §` (the sign after the number, as older and
smaller bodies write it), `Ärende 5` and `Punkt 5` (no sign at all). Each is said once, here, the way
the rest of the importer reads a heading (`§ 5 Title`), so that the decision ids take that number as
their §. A hand that numbers its items twice, the moment of the meeting first and the § running
through the year at the line's end (`Mom 4  Föregående protokoll   § 43`), is read by the §: that is
how later minutes cite the item. Only a line that starts with the number and goes on with a title in capitals is a heading:
`… beslut den 22 mars 2040, 7 §` and `Ärende 9 tillkommer` are prose.
"""

from __future__ import annotations

import re

_AFTER = re.compile(r"^(?P<number>\d{1,3})\s*§(?!§)[.:]?(?=\s|$)\s*(?P<rest>.*)$")
"""`5 §  FINSAM-plan 2040`, and `5 §` alone with its title on the next line."""
_NAMED = re.compile(r"^(?:Ärende|Punkt|Ärendenummer|Ärende\s+nr\.?)\s*(?P<number>\d{1,3})\b[.:]?\s*(?P<rest>.*)$", re.I)
"""`Ärende 5  Ekonomisk rapport`, `Punkt 5: …`, `ÄRENDE 5`."""
_MOMENT = re.compile(r"^Mom(?:ent)?\.?\s*\d{1,3}[.:]?\s+(?P<rest>\S.*?)\s+§\s*(?P<number>\d{1,3})[.:]?$", re.I)
"""`Mom 4  Föregående protokoll   § 43`: the moment's number, the title, the § at the right margin."""
_TITLE = re.compile(r"^[A-ZÅÄÖÉÜ0-9\"“”(–-]")


def said_with_sign(line: str) -> str | None:
    """The line as `§ N Title` where it heads an agenda item numbered without a leading `§`;
    None where it does not."""
    match = _AFTER.match(line) or _NAMED.match(line) or _MOMENT.match(line)
    if match is None:
        return None
    rest = match["rest"].strip()
    if rest and (not _TITLE.match(rest) or rest.endswith((",", ";"))):
        return None  # `Ärende 9 tillkommer …`, `7 § i protokollet …`: a sentence, not a title
    return f"§ {int(match['number'])}" + (f" {rest}" if rest else "")


_CITED_AFTER = re.compile(r"(?<![-\d])(?<!kap\.\s)(?<!kap\s)\b(?P<number>\d{1,3})\s?§(?!\s*(?:§|\d(?!\d{3}\b)))"
                          r"(?!\s+(?:\w*lag(?:en)?\b|\w*förordning(?:en)?\b|[A-ZÅÄÖ]{2,}\b|första|andra|tredje|st\b|stycket))")
"""`beslut den 22 mars 2040, 7 §`, `(9 §)`, `17 § 2070` (the year after it): an item cited with the sign after its number. Not a
statute's section (`6 kap. 39 § kommunallagen`, `5 § FL`), nor an id (`2025-7 §13:1`)."""


def cited_with_sign(text: str) -> str:
    """Every item the text cites `N §` said with the sign first, `§ N`."""
    return _CITED_AFTER.sub(r"§ \g<number>", text)


def signed(lines: list[str | None]) -> list[str | None]:
    """Every heading numbered `N §`, `Ärende N` or `Punkt N`, and every item cited `N §`, said
    with the sign first, `§ N`."""
    return [None if line is None else said_with_sign(line) or cited_with_sign(line) for line in lines]
