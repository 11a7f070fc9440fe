"""How many members the minutes say attended (`Närvarande: 9 ledamöter`, `Beslutande: 7
ordinarie ledamöter och 2 tjänstgörande ersättare`, `åtta ledamöter var närvarande`), against
the attendance read: fewer people read than the minutes count is a list read short, put to
review rather than recorded as the whole meeting in silence."""

from __future__ import annotations

import re

from domain.values import Attendee, Role
from register.minutes.model import ParseWarning
from register.minutes.phrasebook import COUNT, count
from register.minutes.text import Line, heading

_WHO = r"(?:ordinarie |tjänstgörande |beslutande |närvarande )?(?:ledamöter|ledamot|ersättare)\b"
_COUNTED = rf"\b(?P<n>{COUNT}) {_WHO}"
_ONLY_COUNTS = re.compile(rf"\b{COUNT} {_WHO}(?:(?:,| och| samt) \b{COUNT} {_WHO})*\.?", re.I)
"""A label's text that is counts and nothing else (`9 ledamöter`), not a list naming people."""
_LABELLED = re.compile(r"^(?:antal )?(?:närvarande|beslutande)(?: ledamöter)?:?\s+(?P<rest>.+)$", re.I)
_BARE = re.compile(rf"^(?P<n>{COUNT})\.?$", re.I)
_SAID = re.compile(rf"{_COUNTED} (?:var |är |var där |deltog)?\s*(?:närvarande|beslutande|deltog)\b", re.I)
_DECIDING = (Role.CHAIR, Role.VICE_CHAIR, Role.MEMBER, Role.OFFICIAL_SUBSTITUTE)


def counted(lines: list[Line]) -> tuple[int, int] | None:
    """(line, how many) the minutes say took part, before the first agenda item."""
    for line in lines:
        if heading(line) is not None:
            return None
        text = " ".join(line.text.split())
        if (label := _LABELLED.match(text)) is not None:
            rest = label["rest"]
            numbers = [count(m["n"]) for m in re.finditer(_COUNTED, rest, re.I)] if _ONLY_COUNTS.fullmatch(rest) else []
            if not numbers and (bare := _BARE.match(rest)) is not None:
                numbers = [count(bare["n"])]
            if numbers:
                return line.no, sum(numbers)
        if (said := _SAID.search(text)) is not None:
            return line.no, count(said["n"])
    return None


def read_short(lines: list[Line], attendance: tuple[Attendee, ...]) -> list[ParseWarning]:
    """A doubt where fewer members were read as present than the minutes count."""
    said = counted(lines)
    if said is None:
        return []
    line, wanted = said
    read = sum(1 for a in attendance if a.present and a.role in _DECIDING)
    if read >= wanted:
        return []
    return [ParseWarning(line, f"the minutes count {wanted} members taking part but {read} were read from the "
                               "attendance: check the list for those left out")]
