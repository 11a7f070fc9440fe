"""The board's own rules for its minutes on the command line: `particulars` shows them,
`particulars set` records them."""

from __future__ import annotations

import datetime as dt

import click

from projections.rows import ParticularsRow
from register import particulars as rules
from register.commands.options import as_of_meaning, as_recorded_option, current_register, output_format, show


@click.group(invoke_without_command=True)
@as_of_meaning("those recorded last by this date; the first recorded stands for the time before it (default: the last recorded)")
@as_recorded_option
@output_format
@click.pass_context
def particulars(ctx: click.Context, as_of: dt.date | None, as_recorded: dt.datetime | None, fmt: str) -> None:
    """The board's own rules for its minutes: its full name, where the minutes are kept, and how
    and by when a decision can be appealed; `particulars set` records them."""
    if ctx.invoked_subcommand is None:
        register = current_register()
        show([rules.row(register, rules.particulars(register, as_of, as_recorded))], ParticularsRow, fmt)
    elif as_of or as_recorded:
        raise click.UsageError("--as-of and --as-recorded are for showing the particulars; `particulars set` records them now")


@particulars.command("set")
@click.option("--full-name", help="The förbund's full name, for the extract (e.g. \"Samordningsförbundet i Blekinge län\").")
@click.option("--kept-at", help="Where the minutes are kept (förvaringsplats), where the minutes do not say.")
@click.option("--appeal", help="How a decision can be appealed, as the board's rules say "
                               "(e.g. \"laglighetsprövning enligt 13 kap. kommunallagen\"); \"\" takes it out.")
@click.option("--appeal-weeks", type=int, help="Within how many weeks of the day the notice of the justering went up.")
def set_particulars(full_name: str | None, kept_at: str | None, appeal: str | None, appeal_weeks: int | None) -> None:
    """Record the board's particulars; those not given stay as recorded."""
    if full_name is None and kept_at is None and appeal is None and appeal_weeks is None:
        raise click.UsageError("give at least one of --full-name, --kept-at, --appeal, --appeal-weeks")
    register = current_register()
    found = rules.set_particulars(register, full_name, kept_at, appeal, appeal_weeks)
    show([rules.row(register, found)], ParticularsRow, "table")


COMMANDS = (particulars,)
