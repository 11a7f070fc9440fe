"""The board's own follow-up on the command line: parties, goals and representation, reported
outcomes against grants."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

import click

from domain.board import GoalKind
from domain.ids import DecisionId
from projections.outcomes import OtherYearGrants, PinnedToAnotherYear, total
from projections.representation import Rule
from projections.rows import OutcomeRow, PartyRow, RepresentationRow
from register import goals
from register.documents.goals import unknown_parties
from register.commands.options import DECISION, YEAR, as_of_meaning, as_recorded_option, current_register, output_format, show
from register.render import as_json

DOCUMENT = click.Path(dir_okay=False, path_type=Path)


@click.group(invoke_without_command=True)
@as_of_meaning("the list recorded last by this date; the first list recorded stands for the time before it "
               "(default: the list recorded last)")
@as_recorded_option
@output_format
@click.pass_context
def parties(ctx: click.Context, as_of: dt.date | None, as_recorded: dt.datetime | None, fmt: str) -> None:
    """The board's parties (member organisations); `parties set` records them."""
    if ctx.invoked_subcommand is None:
        show(goals.parties(current_register(), as_of, as_recorded), PartyRow, fmt)
    elif as_of or as_recorded:
        raise click.UsageError("--as-of and --as-recorded are for listing the parties; `parties set` records a list now")


@parties.command("set")
@click.argument("names", nargs=-1, required=True)
def set_parties(names: tuple[str, ...]) -> None:
    """Record the board's parties, replacing the list recorded before."""
    recorded = goals.set_parties(current_register(), names)
    click.echo(f"recorded {len(recorded)} parties: {', '.join(recorded)}")


@click.command("import-goals")
@click.argument("file", type=DOCUMENT)
@click.option("--year", type=int, required=True, help="The year the operating plan's goals are for (2004 to ten years ahead).")
@click.option("--dry-run", is_flag=True, help="Show the goals read; record nothing.")
def import_goals(file: Path, year: int, dry_run: bool) -> None:
    """Read an operating plan's goal tables and record the goals for a year (a later import for
    the same year replaces them)."""
    done = goals.import_goals(current_register(), file, year, dry_run)
    said = {GoalKind.PARTY: "representation of {party}", GoalKind.QUORUM: "at least {least} parties at every meeting",
            GoalKind.ELSEWHERE: "followed up elsewhere"}
    click.echo(f"{done.document}: {len(done.goals)} goals for {year}" + (" (dry run: nothing recorded)" if dry_run else ""))
    if done.parties:
        click.echo(f"parties, as the goals name them: {', '.join(done.parties)}")
    for goal in done.goals:
        what = said[goal.kind].format(party=goal.party, least=goal.least)
        click.echo(f"  {goal.ident:<6} {goal.target or '-':<10} {what}: {goal.wording}")
    for ident, name in unknown_parties(done.goals):
        click.echo(f"note: {ident} names {name}, which is not one of the board's parties (see register parties)", err=True)


@click.command()
@click.option("--year", type=YEAR, required=True, help="The year of the board's meetings.")
@as_of_meaning("the year's meetings held by this date, against the parties as of then (default today)")
@as_recorded_option
@output_format
def representation(year: int, as_of: dt.date | None, as_recorded: dt.datetime | None, fmt: str) -> None:
    """Each party's representation at the year's board meetings up to a date, against its goal."""
    register = current_register()
    rows = goals.representation(register, year, as_of, as_recorded)
    show(rows, RepresentationRow, fmt)
    if fmt != "table":
        return
    click.echo("\nwho counted as representing a party, as each goal's wording says:")
    for rule in dict.fromkeys(row.rule for row in rows):
        click.echo(f"  {rule}: {COUNTED[Rule(rule)]}")
    elsewhere = goals.followed_up_elsewhere(register, year, as_recorded)
    if elsewhere:
        click.echo(f"\nfollowed up elsewhere: {', '.join(g.ident for g in elsewhere)}")


COUNTED = {
    Rule.SERVING: "an ordinary member or a serving substitute present (no goal, or one that names no substitute)",
    Rule.ANY_SUBSTITUTE: "an ordinary member or any substitute present, serving or not "
                         "(the goal says \"ordinarie ledamot eller ersättare\")",
}


@click.command("import-outcomes")
@click.argument("file", type=DOCUMENT)
@click.option("--year", type=int, required=True, help="The year the annual report follows up (2004 to ten years ahead).")
@click.option("--dry-run", is_flag=True, help="Show the rows read; record nothing.")
@click.option("--format", "fmt", type=click.Choice(("table", "json")), default="table", show_default=True, help="Output format.")
def import_outcomes(file: Path, year: int, dry_run: bool, fmt: str) -> None:
    """Read an annual report's project follow-up (frame granted, outcome, difference) and record each row."""
    done = goals.import_outcomes(current_register(), file, year, dry_run)
    _warn(done.other_years)
    if fmt == "json":
        click.echo(as_json({"document": done.document, "year": year, "dry_run": dry_run,
                            "rows": [{"project": o.project, "frame": o.frame, "outcome": o.outcome,
                                      "difference": o.difference, "line": o.line} for o in done.outcomes]}))
        return
    frames, spent = sum(o.frame for o in done.outcomes), sum(o.outcome for o in done.outcomes)
    click.echo(f"{done.document}: {len(done.outcomes)} projects for {year}, frames {_kr(frames)}, outcomes {_kr(spent)}"
               + (" (dry run: nothing recorded)" if dry_run else ""))
    for o in done.outcomes:
        click.echo(f"  line {o.line:<5} {o.project:<28} {_kr(o.frame):>14} {_kr(o.outcome):>14} {_kr(o.difference):>12}")


@click.command()
@click.option("--year", type=YEAR, required=True, help="The year the annual report follows up.")
@as_of_meaning("the year's report against the money granted by this date (default today)")
@as_recorded_option
@output_format
def outcomes(year: int, as_of: dt.date | None, as_recorded: dt.datetime | None, fmt: str) -> None:
    """Each reported project: the frame the register grants, the frame and outcome the report states."""
    register = current_register()
    rows = goals.outcomes(register, year, as_of, as_recorded)
    show([*rows, total(rows, year)] if fmt == "table" else rows, OutcomeRow, fmt)  # a sum is no row of JSON or CSV
    _warn(goals.other_year_grants(register, year, as_of, as_recorded=as_recorded),
          goals.pinned_to_other_years(register, year, as_of, as_recorded))


@click.command("match-outcome")
@click.argument("project")
@click.argument("decision", type=DECISION)
def match_outcome(project: str, decision: DecisionId) -> None:
    """Pin a reported project to the decision that granted its money, when the names do not say so."""
    other_years, pins = goals.match_outcome(current_register(), project, decision)
    click.echo(f"matched {project} to {decision}")
    _warn(other_years, pins)


def _warn(found: Iterable[OtherYearGrants], pins: Iterable[PinnedToAnotherYear] = ()) -> None:
    """On stderr, so that a JSON document on stdout stays one; a warning stops nothing."""
    for project in found:
        grants = ", ".join(f"{g.decision} (money for {g.year})" for g in project.grants)
        click.echo(f"warning: {project.project} (line {project.line} of the report for {project.year}) is matched only to "
                   f"grants of other years: {grants}; the outcomes of {project.year} count none of them", err=True)
    for pin in pins:
        years = ", ".join(str(y) for y in pin.years)
        click.echo(f"warning: {pin.project} (line {pin.line} of the report for {pin.year}) is matched to {pin.decision}, "
                   f"whose money is for {years}: the outcomes of {pin.year} do not count it", err=True)


def _kr(amount: int) -> str:
    return f"{amount:,}".replace(",", " ") + " kr"


COMMANDS = (parties, import_goals, representation, import_outcomes, outcomes, match_outcome)
