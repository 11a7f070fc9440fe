"""`Att bevilja Sölvesborgs kommun 540 000 kr …, att kommunen redovisar …`, `… En slutrapport ska
lämnas senast 2038-10-31`, `att fastställa Karlshamns kommuns FINSAM-plan …, att bevilja kommunen
900 000 kr`: a decision that names who reports, or whom it grants money, by the kind of party it is
(`kommunen`, `regionen`), or names no one who reports, means the one party the same § named in a decision
before it. The parser reads the decision with that party put in, said actively, and says so, for
the secretary to check; where the § named no such party, or several (a joint project), the
decision is read as written.
"""

from __future__ import annotations

import re

import attrs

from domain.values import Party
from register.minutes.matching import parties_named
from register.minutes.phrasebook import GRANT


@attrs.frozen
class Named:
    """A decision said with the party that reports put in."""

    text: str
    party: Party
    stood_for: str | None
    """The word that stood for the party (`kommunen`); None where no word did."""


_ANAPHOR = re.compile(r"^(?P<att>Att\s+)?(?P<word>kommunen|regionen)(?=\s+(?:(?:till|vid|senast|före|inför|under|i)\s+[^.,;]{3,40}?\s+)?"
                      r"(?:ska|skall|lämnar|redovisar|rapporterar|återrapporterar|ger|inkommer|återkommer)\b)", re.I)
"""`att kommunen (till septembersammanträdet) återrapporterar …`: the party, a time perhaps before its verb."""
_GRANTED = re.compile(rf"^(?P<att>Att\s+(?:{GRANT.present}|ålägga)\s+)(?P<word>kommunen|regionen)\b", re.I)
"""`att bevilja kommunen 900 000 kr`, `att ålägga kommunen att redovisa …`: the party granted money or owing a
report, named by its kind."""
_KIND = {"kommunen": "kommun", "regionen": "region"}
_UNSAID = re.compile(r"^(?:Att\s+)?(?P<what>[^.]{3,80}?)\s+(?:ska|skall)\s+(?P<verb>lämnas|redovisas|återrapporteras|rapporteras)"
                     r"(?P<rest>\b.*)$", re.I)
_REPORT_NOUN = re.compile(r"rapport|redovisning|redogörelse|uppföljning", re.I)


def named_before(text: str, earlier: list[str]) -> Named | None:
    """The text said with the party that reports named; None where the text names its party, or
    the decisions before it in its § name no one party (of the kind it says)."""
    flat = " ".join(text.split())
    if (said := _ANAPHOR.match(flat) or _GRANTED.match(flat)) is not None:
        party = _one(earlier, _KIND[said["word"].lower()])
        if party is None:
            return None
        return Named(f"{said['att'] or ''}{party.value}{flat[said.end():]}", party, said["word"])
    unsaid = _UNSAID.match(flat)
    if unsaid is None or parties_named(unsaid["what"]) or (unsaid["verb"].lower() == "lämnas"
                                                            and not _REPORT_NOUN.search(unsaid["what"])):
        return None
    party = _one(earlier, "")
    if party is None:
        return None
    what = unsaid["what"][0].lower() + unsaid["what"][1:]
    return Named(f"Att {party.value} ska {unsaid['verb'][:-1]} {what}{unsaid['rest']}", party, None)


def _one(earlier: list[str], kind: str) -> Party | None:
    named = {p for e in earlier for p in parties_named(e) if kind in p.value.lower()}
    return next(iter(named)) if len(named) == 1 else None
