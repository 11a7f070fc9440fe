"""Several minutes files imported as one: every file read and checked, every meeting rehearsed
in order, then all of them recorded in one transaction, or none."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

import attrs

from domain.errors import RegisterError
from register.application import Register
from register.minutes.accepting import Minutes, read_from
from register.minutes.importing import ImportSummary, record_minutes
from register.rehearsal import rehearsal


def import_together(register: Register, files: Sequence[Minutes], dry_run: bool,
                    progress: Callable[[int], None] = lambda done: None) -> list[ImportSummary]:
    if not dry_run:
        register.refuse_writes()
    summaries = []
    with rehearsal(register) as rehearsed, rehearsed.bulk():
        since = rehearsed.size()
        for minutes in files:
            try:
                summaries.append(read_from(record_minutes(rehearsed, minutes.parsed, None, False, minutes.text,
                                                          minutes.digest), minutes))
            except RegisterError as error:
                raise error.noted(f"(in {minutes.name}; nothing of the {len(files)} files was recorded)") from None
            progress(1)
        if dry_run:
            return [attrs.evolve(summary, recorded=False) for summary in summaries]
        register.adopt(rehearsed, since)
    return summaries


def numbering(register: Register, read_before: Sequence[dt.date | None] = ()) -> Callable[[dt.date], int]:
    """How many meetings of a date's year were held before it: those the register records and
    those of the files read before in the same import."""
    def before(date: dt.date) -> int:
        # Asked only of minutes that give no number: every other import reads no meetings for it.
        held = [dt.date.fromisoformat(row.date) for row in register.meetings() if row.date]
        held += [other for other in read_before if other is not None]
        return sum(1 for other in held if other.year == date.year and other < date)

    return before
