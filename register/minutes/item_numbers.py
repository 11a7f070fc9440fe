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
from collections import Counter

_AFTER = re.compile(r"^(?P<number>\d{1,3})\s*§(?!§)[.:]?(?=\s|$)(?!\s*\d)\s*(?P<rest>.*)$")
"""`5 §  FINSAM-plan 2040`, and `5 §` alone with its title on the next line; not a table's row number
before the § it cites (`1  § 6, 2086-02-12  Halvårsuppföljning …`)."""
_NAMED = re.compile(r"^(?:Ärende|Punkt|Ärendenummer|Ärende\s+nr\.?)\s*(?P<number>\d{1,3})\b[.:]?\s*(?P<rest>.*)$", re.I)
"""`Ärende 5  Ekonomisk rapport`, `Punkt 5: …`, `ÄRENDE 5`."""
_MOMENT = re.compile(r"^Mom(?:ent)?\.?\s*\d{1,3}[.:]?\s+(?P<rest>\S.*?)\s+§\s*(?P<number>\d{1,3})[.:]?$", re.I)
"""`Mom 4  Föregående protokoll   § 43`: the moment's number, the title, the § at the right margin."""
_TITLE = re.compile(r"^[A-ZÅÄÖÉÜ0-9\"“”(–-]")
_THROUGH_THE_YEAR = re.compile(r"^\(\s*§\s*(?P<number>\d{1,3})\s*\)\s*(?P<rest>.*)$")
"""`Ärende 4 (§ 37)`: the meeting's own item number, and beside it the § counted through the year, which the register
numbers items by."""


def said_with_sign(line: str) -> str | None:
    """The line as `§ N Title` where it heads an agenda item numbered without a leading `§`;
    None where it does not."""
    match = _AFTER.match(line) or _NAMED.match(line) or _MOMENT.match(line)
    if match is None:
        return None
    rest = match["rest"].strip()
    if through := _THROUGH_THE_YEAR.match(rest):
        match, rest = through, through["rest"]
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


_PREFIXED = re.compile(r"^(?P<prefix>[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,9})\s+§\s*\d")
"""`SFB § 12  Insatsplan …`, `KS § 4`, `Styr § 12`: the body's mark before every § of its case system."""
_PREFIX_SEEN = 3
"""Lines that must start with the same mark before a § for it to be the body's, not a word of prose."""


def without_prefix(lines: list[str | None]) -> list[str | None]:
    """Every `SFB § 12` said `§ 12`, where at least three lines start so with the same mark: the
    body's prefix, in headings and in citations alike (`enligt beslut SFB § 16`)."""
    seen = Counter(m["prefix"] for line in lines if line is not None and (m := _PREFIXED.match(line.strip())))
    marks = [prefix for prefix, count in seen.items() if count >= _PREFIX_SEEN]
    if not marks:
        return lines
    mark = re.compile(rf"\b(?:{'|'.join(map(re.escape, marks))})\s+(?=§)")
    return [None if line is None else mark.sub("", line) for line in lines]


_CODED = re.compile(r"^(?P<mark>[A-ZÅÄÖ]{1,3})\s?(?P<item>\d{1,3})[.:](?P<point>\d{1,2})\s+(?P<rest>[A-ZÅÄÖ].*)$")
"""`B7.1 Styrelsen beviljar …`: a decision coded by its item and its order there, opening its paragraph."""
_CODE_CITED = re.compile(r"\b[A-ZÅÄÖ]{1,3}\s?(?P<item>\d{1,3})[.:](?P<point>\d{1,2}),?\s+(?:vid\s+|på\s+)?"
                         r"(?:styrelse)?(?:möte|sammanträde)(?:t)?\s+(?:nr\.?\s*)?(?P<meeting>\d{1,2})\s*/\s*(?P<year>\d{4})\b", re.I)
"""`B7.2, möte 1/2105`: a decision cited by its code and the meeting of its year, said as the id it has here."""
_HEADED = re.compile(r"^§\s*(?P<number>\d{1,3})\b")


def coded(lines: list[str | None]) -> list[str | None]:
    """Each decision coded by its item (`B7.1 …`, `B7.2 …` under item 7) said as the numbered point it is
    (`1. …`, `2. …`), each its own decision; every decision cited by code and meeting said by its id."""
    item = None
    out: list[str | None] = []
    for line in lines:
        if line is None:
            out.append(line)
            continue
        if head := _HEADED.match(line):
            item = int(head["number"])
        code = _CODED.match(line)
        if code is not None and item is not None and int(code["item"]) == item:
            line = f"{int(code['point'])}. {code['rest']}"
        out.append(_CODE_CITED.sub(lambda m: f"{m['year']}-{int(m['meeting'])} §{int(m['item']):02d}:{int(m['point'])}", line))
    return out


def signed(lines: list[str | None]) -> list[str | None]:
    """Every heading numbered `N §`, `Ärende N` or `Punkt N`, or behind the body's mark (`SFB § N`),
    and every item cited `N §`, said with the sign first, `§ N`; decisions coded by their item (`B7.1`)
    said as numbered points, and cited so, by their ids."""
    return coded([None if line is None else said_with_sign(line) or cited_with_sign(line) for line in without_prefix(lines)])
