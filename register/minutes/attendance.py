"""The attendance table: one row per person, two ticked-or-not boxes (Nej, Ja), then columns.

`<input type="checkbox"/>\t<input checked="" type="checkbox"/>\tName (C)\tRole\tOrganisation`.
A row whose boxes do not say one clear answer is recorded as unknown, never guessed.
"""

from __future__ import annotations

import re
import unicodedata

from domain.errors import InvalidValue
from domain.values import Attendee, Party, Role
from register.minutes.model import ParseWarning
from register.minutes.text import Line, is_table_row

_BOX = re.compile(r"<input\b[^>]*>|[☐☒☑]")
_NAME_AND_PARTY = re.compile(r"^(?P<name>.+?)\s*\((?P<party>[^()]{1,12})\)$")
_COLUMNS = re.compile(r"\t+|\s{2,}")

# Roles the domain does not name exactly, by how their folded spelling starts.
_ROLE_STEMS = (
    ("ers", Role.SUBSTITUTE),
    ("led", Role.MEMBER),
    ("sekr", Role.OFFICER),
    ("kansli", Role.OFFICER),
    ("tjansteman", Role.OFFICER),
    ("ekonom", Role.OFFICER),
)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip(" .")


def _ticked(box: str) -> bool:
    return "checked" in box or box in "☒☑"


def _yes_column_first(lines: list[Line]) -> bool:
    """The header (`Nej  Ja`) says which box means present; minutes so far put Nej first."""
    for line in lines:
        if is_table_row(line):
            break
        words = [_fold(word) for word in line.text.split()]
        if "ja" in words and "nej" in words:
            return words.index("ja") < words.index("nej")
    return False


def _role(text: str) -> Role | None:
    try:
        return Role.parse(text)
    except InvalidValue:
        folded = _fold(text)
        return next((role for stem, role in _ROLE_STEMS if folded.startswith(stem)), None)


def _organisation(text: str) -> str:
    try:
        return Party.parse(text).value
    except InvalidValue:
        return text


def read_attendance(lines: list[Line]) -> tuple[tuple[Attendee, ...], list[ParseWarning]]:
    yes_first = _yes_column_first(lines)
    attendees: list[Attendee] = []
    warnings: list[ParseWarning] = []
    for line in lines:
        if not is_table_row(line):
            continue
        boxes = _BOX.findall(line.raw)
        columns = [c.strip() for c in _COLUMNS.split(_BOX.sub("\t", line.raw)) if c.strip()]
        if len(boxes) != 2 or not columns:
            warnings.append(ParseWarning(line.no, f"unreadable attendance row {line.text!r}: skipped"))
            continue
        name, political_party = columns[0], ""
        if match := _NAME_AND_PARTY.match(name):
            name, political_party = match["name"].strip(), match["party"].strip()
        role_text = columns[1] if len(columns) > 1 else ""
        role = _role(role_text)
        if role is None:
            warnings.append(ParseWarning(line.no, f"unknown role {role_text!r} for {name}: recorded as övrig"))
            role = Role.GUEST
        no, yes = (_ticked(box) for box in (reversed(boxes) if yes_first else boxes))
        present: bool | None = yes if yes != no else None
        if present is None:
            ticked = "both boxes are ticked" if yes else "no box is ticked"
            warnings.append(ParseWarning(
                line.no, f"ambiguous attendance for {name}: {ticked}; recorded as unknown"
            ))
        organisation = _organisation(" ".join(columns[2:]))
        attendees.append(Attendee(name, organisation, role, present, political_party))
    return tuple(attendees), warnings
