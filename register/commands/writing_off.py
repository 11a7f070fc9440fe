"""Avskrivning: writing off follow-ups that will never be done, one, or every one older than a
date, in one transaction."""

from __future__ import annotations

import datetime as dt

import click

from domain.errors import InvalidValue
from domain.ids import DecisionId, FollowUpSource, parse_source
from register.commands.options import DATE, DECISION, REF, current_register


@click.command("write-off")
@click.argument("source", type=REF, required=False)
@click.option("--reason", required=True, help="Why it is written off (e.g. 'inaktuellt').")
@click.option("--by-decision", "by", type=DECISION,
              help="The decision that writes it off (\"Uppdraget avskrivs\"); without it, the secretary writes it off.")
@click.option("--older-than", type=DATE,
              help="Write off every open follow-up opened at a meeting held before this date (YYYY-MM-DD).")
@click.option("--on", type=DATE,
              help="The day the secretary writes it off, from which --as-of shows it closed (default: today, UTC).")
def write_off(source: FollowUpSource | None, reason: str, by: DecisionId | None, older_than: dt.date | None,
              on: dt.date | None) -> None:
    """Write off (avskriva) the follow-up from SOURCE, or every open one older than a date: it is
    closed, with a reason, without being done. Sealed minutes allow it: they are unchanged."""
    if (source is None) == (older_than is None):
        raise click.UsageError("give the follow-up's SOURCE (2022:5 §04:1) or --older-than DATE, not both")
    if by is not None and on is not None:
        raise click.UsageError("--on dates a write-off by the secretary; a decision writes off on its meeting's date")
    today = dt.datetime.now(dt.UTC).date()
    if on is not None and on > today:
        raise InvalidValue(f"--on {on} is after today ({today}): a write-off cannot be dated ahead")
    register = current_register()
    if older_than is not None:
        sources = [parse_source(f.source) for f in register.follow_ups() if f.date < older_than.isoformat()]
        if not sources:
            click.echo(f"no follow-up opened before {older_than} is open; nothing written off")
            return
    else:
        assert source is not None
        sources = [source]
    if by is not None:
        with register.recording(by.meeting) as deciding:
            for each in sources:
                deciding.write_off(each, reason, register.actor, by)
    else:
        with register.recording_several([each.meeting for each in sources]) as meetings:
            for each in sources:
                meetings[each.meeting].write_off(each, reason, register.actor, on=on or today)
    said = " ".join(reason.split())
    for each in sources:
        click.echo(f"written off follow-up from {each}{f' by {by}' if by else ''}: {said}")
    if older_than is not None:
        click.echo(f"{len(sources)} follow-up{'s' if len(sources) != 1 else ''} opened before {older_than} written off, in one transaction")


COMMANDS = [write_off]
