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
from register.minutes.phrasebook import PUBLIC_BODIES
from register.minutes.text import Line, is_table_row

_BOX = re.compile(r"<input\b[^>]*>|[☐☒☑]")
_NAME_AND_PARTY = re.compile(r"^(?P<name>.+?)\s*\((?P<party>[^()]{1,12})\)$")
_BRACKETED = re.compile(r"\(([^()]+)\)")
"""`(Ronneby kommun)` beside a name or a role: the member party the person sits for."""
_COLUMNS = re.compile(r"\t+|\s{2,}")

# Roles the domain does not name exactly, by how their folded spelling starts.
_ROLE_STEMS = (
    ("ers", Role.SUBSTITUTE),
    ("led", Role.MEMBER),
    ("sekr", Role.OFFICER),
    ("kansli", Role.OFFICER),
    ("tjansteman", Role.OFFICER),
    ("ekonom", Role.OFFICER),
    ("v ordf", Role.VICE_CHAIR),
    ("fc", Role.OFFICER),
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


def _party(text: str) -> Party | None:
    """A member party as written, by its abbreviation (`FK`), or a town for its kommun (`(Ronneby)`)."""
    bare = text.strip()
    for said in (bare, PUBLIC_BODIES.get(bare), f"{bare} kommun" if bare[:1].isupper() and len(bare) > 3 else None):
        try:
            if said:
                return Party.parse(said)
        except InvalidValue:
            continue
    return None


def _organisation(text: str) -> str:
    party = _party(text)
    return party.value if party is not None else text


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


# Attendance written as lists under labels (`Beslutande:`, `Ersättare:`, `Övriga deltagande:`),
# one person a line: `Anna Ek (S), ordförande, Ronneby kommun`, or in columns.
_LABEL = re.compile(
    r"^(?P<label>Närv\.?(?:\s*\(led\.?\))?(?=\s*:)|Tjg\.?\s+ers\.?(?=\s*:)|Övr\.?(?=\s*:)"  # as notes shorten them
    r"|(?:Beslutande|Närvarande)(?:\s+ledamöter)?(?:\s+(?:och|samt)\s+tjänstgörande\s+ersättare)?|Ledamöter"
    r"|Tjänstgörande\s+ersättare|(?:Ej\s+tjänstgörande|Närvarande|Icke\s+tjänstgörande)\s+ersättare|Ersättare"
    r"|Övriga\s+(?:deltagande|närvarande|deltagare)|Därutöver\s+närvarande|Adjungerade|Föredragande(?:\s+\w+){0,2}"
    r"|(?:Närvarande\s+)?tjänste(?:personer|män)|Sekreterare|Frånvarande(?:\s+ledamöter)?)\s*:?\s*(?P<rest>.*)$",
    re.I,
)
_PARTS = re.compile(r",\s*(?![^()]*\))|\t+|\s{2,}")
_PERSON = re.compile(r"^[A-ZÅÄÖÉ][\w'-]+(?: (?:von |af |de )?[A-ZÅÄÖÉ][\w'-]+){1,3}$")
_SERVING = re.compile(r"tjänstgörande|tjg\.?\s+ersättare", re.I)
_BRACKETED = re.compile(r"\(([^()]+)\)")
_ASIDE = re.compile(r"\s*\([^()]*\)$")
_STANDS_IN = re.compile(r"\s+för\s+[A-ZÅÄÖÉ][\w'-]+(?:\s+[A-ZÅÄÖÉ][\w'-]+){0,3}$")
"""`Jens Holm (Olofström) för Fatima Rahimi`: whom a substitute served for."""
_BRACKETED_AFTER = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<inside>[^()]+)\)$")


def _section_role(label: str) -> tuple[Role | None, bool]:
    """The role a section's people have unless their line says otherwise, and whether present."""
    folded = _fold(label)
    if folded.startswith("franvarande"):
        return Role.MEMBER, False
    if folded.startswith(("tjanstgorande", "tjg")):
        return Role.OFFICIAL_SUBSTITUTE, True
    if "ersattare" in folded:
        return Role.SUBSTITUTE, True
    if folded.startswith(("ovr", "darutover", "adjungerade", "foredragande", "tjanste", "narvarande tjanste", "sekreterare")):
        return None, True  # officers or guests, by what their line says
    return Role.MEMBER, True


def read_attendance_lists(lines: list[Line]) -> tuple[tuple[Attendee, ...], list[ParseWarning]]:
    """People listed under attendance labels before the first agenda item."""
    from register.minutes.text import heading

    attendees: list[Attendee] = []
    warnings: list[ParseWarning] = []
    section: tuple[Role | None, bool] | None = None
    entries: list[tuple[Line, str, tuple[Role | None, bool]]] = []
    started = 0
    for line in lines:
        if heading(line) is not None:
            break
        label = _LABEL.match(line.text)
        if label is not None and not (entries and section is not None and line.text[0].islower()):
            # (`… tjänstgörande` / `ersättare för Bo Ek`: a role wrapped onto the next line opens no list)
            section = _section_role(label["label"])
            rest = label["rest"].strip()
            started = len(entries)
            if rest:
                entries += [(line, part, section) for part in _running(rest)]
            continue
        if section is None:
            continue
        if not line.text and len(entries) == started:
            continue  # a blank line between the label and its list
        if not line.text or line.text.endswith(":"):
            section = None
            continue
        if entries and (line.text[0].islower() or line.text.startswith(("för ", "(", "§"))) and entries[-1][0].no < line.no:
            last_line, text, last_section = entries[-1]
            entries[-1] = (last_line, f"{text} {line.text}", last_section)  # the entry goes on
            continue
        if entries and len(entries) > started and entries[-1][1].rstrip().endswith((";", ",")):
            # `Anna Ek (S), ordförande;` / `Bo Ek; …`: a list written as running text
            entries += [(line, part, section) for part in _running(line.text)]
            continue
        entries.append((line, line.raw.strip(), section))
    for line, text, (role, present) in entries:
        attendee = _listed(text, role, present)
        if attendee is None:
            warnings.append(ParseWarning(line.no, f"unreadable attendance line {text!r}: skipped"))
        else:
            attendees.append(attendee)
    return tuple(attendees), warnings


def _running(text: str) -> list[str]:
    """People written one after another on a line: `A (S), ordförande; B; C (M)` or `A (S), B (KD)`."""
    if ";" in text:
        return [part.strip() for part in text.split(";") if part.strip()]
    parts = [part.strip() for part in _PARTS.split(text) if part.strip()]
    named = [bool(_PERSON.match(_ASIDE.sub("", part))) for part in parts]
    if len(parts) > 1 and all(named):
        return parts  # names only, with their party letters
    if len(parts) > 2 and named[0] and sum(named) > 1:
        # `A, ordf (Karlskrona), B, v ordf (RB), C (FK)`: what follows a name, up to the next, is its own
        people: list[str] = []
        for part, is_name in zip(parts, named):
            people.append(part) if is_name else people.__setitem__(-1, f"{people[-1]}, {part}")
        return people
    return [text.strip()]


def _listed(text: str, default: Role | None, present: bool) -> Attendee | None:
    text = _STANDS_IN.sub("", text.strip())
    parts = [p.strip() for p in _PARTS.split(text) if p and p.strip()]
    if not parts:
        return None
    name, political_party = parts[0], ""
    bracketed = [party.value for part in parts for inside in _BRACKETED.findall(part)
                 if (party := _party(inside)) is not None]
    said_role = None
    if (match := _NAME_AND_PARTY.match(name)) and (said_role := _role(match["party"])) is not None:
        name = match["name"].strip()  # `Karin Wallin (fc)`: the role in brackets, as notes put it
    elif match and _party(match["party"]) is None:
        name, political_party = match["name"].strip(), match["party"].strip()
    elif match := _BRACKETED_AFTER.match(name):  # `Siv Holm (Region Blekinge)`: the organisation in brackets
        name, bracketed = match["name"].strip(), bracketed or [match["inside"].strip()]
    if not _PERSON.match(name):
        return None  # `Representanter för LSG Karlskrona`: a group, not a person
    role: Role | None = said_role
    others: list[str] = []
    for part in parts[1:]:
        bare = re.sub(r"\s*\(.*\)\s*", " ", part).strip()
        if role is None and (found := _role(bare)) is not None:
            role = found
        elif bare and "§" not in bare:  # `ej § 16`: which §§ the person sat through, not who they are
            others.append(bare)
        if _SERVING.search(part):
            role = Role.OFFICIAL_SUBSTITUTE
    # The organisation is the member party named, else the first other column.
    parties = [party.value for o in others if (party := _party(o)) is not None] + bracketed
    organisation = parties[0] if parties else (others[0] if others else "")
    if role is None:
        role = default or Role.GUEST
    return Attendee(name, organisation, role, present, political_party)


def surnames(attendees: tuple[Attendee, ...]) -> dict[str, str]:
    """Each listed person's full name by their surname, where no one else listed shares it."""
    by_surname: dict[str, set[str]] = {}
    for attendee in attendees:
        if len(words := attendee.name.split()) >= 2:
            by_surname.setdefault(words[-1], set()).add(attendee.name)
    return {surname: names.pop() for surname, names in by_surname.items() if len(names) == 1}
