"""Money granted to no single party: to two or more parties jointly (`bevilja Ronneby kommun och
Karlshamns kommun gemensamt 500 000 kr för projektet Broar`), or for a joint effort the board funds
from its own means for all parties (`bevilja 250 tkr för en gemensam utbildning för parternas
chefer`, `… ur förbundets gemensamma medel för ett gemensamt …`). Such a grant has no party; it is
kept, as a project's is, under the project it names, else under what the money is for.

Money named for no one and nothing joint (`bevilja 90 000 kr för en utbildning`) is left to the
other rows: who holds it is not said. Its own module because `rules.py` is full; the rows join
`rules.RULES` there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from domain.values import DecisionKind, Party
from register.minutes.model import AwardGrant, Effect, NotMeant
from register.minutes.phrasebook import AMOUNT, GRANT, kronor
from register.minutes.wording import PARTY_WORDS


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_YEAR = re.compile(r"\b(?:19|20|21)\d\d\b")
_TOGETHER = r"(?:gemensamt|tillsammans)"
_NAMED = r"(?:det |den )?(?:gemensamma )?(?:projektet|insatsen|satsningen) [\"”«]?(?P<project>(?-i:[A-ZÅÄÖ])[\w–-]*(?: [\w–-]+){0,4}?)[\"”»]?"
_UNTIL = r"(?=[.,;]|$| under\b| för (?:år )?\d{4}| år \d{4}| och att\b| samt\b)"
_OWN_MEANS = r"(?: ur (?:förbundets |styrelsens )?(?:gemensamma |egna )?(?:medel|budget)\w*)?"
_FOR_ALL = r"(?:gemensam\w* |förbundsgemensam\w* |länsgemensam\w* )(?!(?:projektet|insatsen|satsningen|teamet) )"
"""A joint effort with no name; `det gemensamma projektet X` is a named project's (`projects.py`)."""

ROWS = (
    # Att bevilja Ronneby kommun och Karlshamns kommun gemensamt 500 000 kr för projektet Broar under 2073.
    (_p(rf"{GRANT.present} (?P<parties>{PARTY_WORDS}(?:, {PARTY_WORDS})* (?:och|samt) {PARTY_WORDS}) {_TOGETHER} {AMOUNT}"
        rf"(?: för {_NAMED}{_UNTIL}| (?:för|till) (?:en |ett )?(?P<what>[^.;]+?){_UNTIL})?"),
     DecisionKind.GRANT),
    # Att bevilja 250 tkr för en gemensam utbildning för parternas chefer under 2073 /
    # Att bevilja 300.000:- ur förbundets gemensamma medel för en gemensam handledarutbildning.
    (_p(rf"{GRANT.present} (?:medel )?(?:med )?{AMOUNT}{_OWN_MEANS}(?: (?:för|under) (?:år )?\d{{4}})?"
        rf" (?:för|till) (?:en |ett |de |den |det )?(?P<what>{_FOR_ALL}[^.;]+?){_UNTIL}"),
     DecisionKind.GRANT),
)


def shared(match: re.Match[str]) -> Iterable[Effect]:
    before = match.string[:match.start()].split()
    if any(Party.find(" ".join(before[-n:])) for n in (1, 2, 3) if len(before) >= n):
        raise NotMeant  # `Arbetsförmedlingen beviljas 180 000 kr för gemensam kartläggning`: the party named before its verb
    groups = match.groupdict()
    said = groups.get("parties")
    if said is not None:
        named = [Party.find(name.strip()) for name in re.split(r",\s*|\s+och\s+|\s+samt\s+", said)]
        if None in named or len(set(named)) < 2:
            raise NotMeant  # not two member parties named: another row's
    what = (groups.get("project") or groups.get("what") or "").strip(" ,")
    if not what:
        what = f"{said} gemensamt"
    tail = match.string[match.start():].split(". ", 1)[0]
    year = _YEAR.search(tail)
    purpose = f"{said} gemensamt" if said is not None else ""
    yield AwardGrant(None, int(year[0]) if year else None, kronor(match), purpose, what)


JOINT = _p(r"gemensam\w*|\btillsammans\b")
"""`gemensamt`, `länsgemensamt`, `tillsammans`: what the decision itself says is no single party's."""

RULE_ROWS = tuple((pattern, kind, shared) for pattern, kind in ROWS)
"""Rows of `rules.RULES`: (pattern, kind, what a match implies)."""
