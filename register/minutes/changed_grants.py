"""A grant raised or cut to a new total, often without naming whose money it is (`Att utöka ramen för
projektet Unga vuxna i arbete med 250 tkr till totalt 1 450 000 kr. Den nya ramen ersätter det belopp
som beviljades i § 11/2094`, `Bidraget till Vägen in för 2086 utökas … till totalt 500 000 kronor`,
`Nämnden höjer bidraget till Björkhamns kommun … till sammanlagt 210 000 kronor`). The new total is
the amount; the party (or project) and the year come from the words where they name them, else from
the grant the decision supersedes, which the proposer knows (`earlier.py`, `_grant_changed`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from domain.values import DecisionKind
from register.minutes.model import ChangeGrant, Effect, NotMeant
from register.minutes import described
from register.minutes.filing import diary_number_in
from register.minutes.phrasebook import AMOUNT, CHANGE_SUM, REPLACE, kronor
from register.minutes.towns import party_named
from register.minutes.wording import PARTY_WORDS


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_MONEY = (r"(?:(?:de |det |den )?(?:tidigare )?(?:beviljade |anvisade )?(?:medlen|medel|\w*ramen|\w*bidraget|"
          r"finansieringen|\w*anslaget|beloppet|\w*stödet|budgeten)\b)")
"""What is raised or cut: the money granted, by the nouns decisions give it, in any compound
(`projektramen`, `projektbidraget`, `verksamhetsstödet`)."""
_TO_TOTAL = rf"(?P<change>(?: (?:med|från) [^.;]*?)?) till (?:totalt |sammanlagt |ett totalt belopp om |en ny ram om )?{AMOUNT}"
_YEAR = re.compile(r"\b(?:19|20|21)\d\d\b")

_CHANGES = (
    # Att utöka de beviljade medlen för Steg framåt med 150 000 kr till totalt 600 000 kr / Nämnden höjer bidraget till …
    (_p(rf"{CHANGE_SUM.present} (?P<what>{_MONEY}[^.;]*?){_TO_TOTAL}"), DecisionKind.GRANT),
    # Ramen för projektet … höjs med 140 000 kronor till totalt 900 000 kronor / … finansiering av X utökas till totalt 480 tkr
    (_p(rf"(?P<what>\b(?:\w+s )?{_MONEY}?[^.;]*?) {CHANGE_SUM.present}{_TO_TOTAL}"), DecisionKind.GRANT),
)


def changed(match: re.Match[str]) -> Iterable[Effect]:
    words = match["what"]
    if not re.search(_MONEY, words, re.IGNORECASE) and not re.search(r"finansiering|ram\b", words, re.IGNORECASE):
        raise NotMeant  # `ordförandens arvode höjs till totalt 6 000 kr`: no grant raised
    named = next((p for m in re.finditer(rf"(?:till|för|åt) ({PARTY_WORDS})", words) if (p := party_named(m[1])) is not None), None)
    year = _YEAR.search(words) or _YEAR.search(match.string[match.end():].split(". ", 1)[0])
    yield ChangeGrant(kronor(match), named, int(year[0]) if year else None)


_FORMER = _p(rf"{REPLACE.present} (?:(?:det|den|de) tidigare (?:beviljade|beloppet|bidraget|medlen|ramen)\b"
             rf"|(?:\w+s )?tidigare beslut(?:et)?\b(?P<matter>[^.;]*?\bi (?:detta |samma )?ärende(?:t)?\b)?)")
"""`Det nya beloppet ersätter det tidigare beviljade.`: the grant the text's diarienummer names (`dnr 2109/004`);
`beslutet ersätter direktionens tidigare beslut om bidrag i ärendet`: the matter's own (`earlier.py`)."""


def former_replaced(match: re.Match[str]) -> Iterable[Effect]:
    if not diary_number_in(match.string) and not match["matter"]:
        raise NotMeant  # nothing says which
    yield from described.superseded(match)


ROWS = (*((pattern, kind, changed) for pattern, kind in _CHANGES), (_FORMER, None, former_replaced))
"""Rows of `rules.RULES`: (pattern, kind, what a match implies); the last decides no kind."""
