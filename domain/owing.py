"""Who owes a report: member parties (jointly, where several), or one body or officer that is no
party (a joint project, its styrgrupp, `förbundschefen`). Its own module because `meeting.py` is full."""

from __future__ import annotations

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
    plain(subject, f"the subject of the report by {by}")
    return tuple(dict.fromkeys(party for party in also if party != responsible)), owed_by
