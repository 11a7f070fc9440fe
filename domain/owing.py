"""Who owes a report: member parties (jointly, where several), or one body or officer that is no
party (a joint project, its styrgrupp, `förbundschefen`). Its own module because `meeting.py` is full."""

from __future__ import annotations

import difflib

from domain.errors import InvalidValue
from domain.ids import DecisionId
from domain.text import plain
from domain.values import Party


def owers(responsible: Party | None, also: tuple[Party, ...], owed_by: str, subject: str,
          by: DecisionId) -> tuple[tuple[Party, ...], str]:
    """The parties that owe the report with `responsible`, and the body that owes it instead
    (`responsible` None); refuses both or neither, and a subject the register cannot store."""
    owed_by = owed_by.strip()
    if (responsible is None) == (not owed_by):
        raise InvalidValue(f"report by {by}: name either the parties that owe it or one body that is no party, "
                           f"not {'both' if responsible else 'neither'}")
    if responsible is None and also:
        raise InvalidValue(f"report by {by}: a report owed by {owed_by} is owed by no party as well")
    plain(owed_by, f"who owes the report by {by}")
    if owed_by and (party := Party.find(owed_by)) is not None:
        raise InvalidValue(f"report by {by}: {owed_by} is the member party {party}; name it as the party")
    if owed_by and (near := _near_party(owed_by)) is not None:
        raise InvalidValue(f"report by {by}: {owed_by!r} is no member party, but is spelt almost as {near} is; "
                           f"name the party as {near}, or the body that is no party by a name of its own")
    plain(subject, f"the subject of the report by {by}")
    return tuple(dict.fromkeys(party for party in also if party != responsible)), owed_by


def _near_party(name: str) -> Party | None:
    """The member party a body's name is a misspelling of (`Karlskrona kommune`), if it is one:
    a report owed by a party must count as that party's, not as a body's of a name like it."""
    known = {party.value.casefold(): party for party in Party.known()}
    close = difflib.get_close_matches(name.casefold(), list(known), n=1, cutoff=0.85)
    return known[close[0]] if close else None
