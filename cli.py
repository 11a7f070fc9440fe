"""The `register` command: parse, call the register, render. Nothing else lives here."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from domain.errors import RegisterError
from domain.ids import DecisionId, FollowUpSource, MeetingId
from projections.queries import DECISION_STATUSES, FOLLOW_UP_KINDS, SEARCH_KINDS, SEARCH_STATUSES
from projections.unavailable import refused_when_damaged
from projections.rows import (
    AttendanceRow, DecisionRow, FollowUpRow, GrantRow, LogRow, MeetingRow, OutcomeRow, PlanRow, RepresentationRow,
    SearchHit, TraceLine,
)
from register import audit as whole_store, interrupts
from register.application import DEFAULT_BOARD, Register
from register.commands import auditing, by_hand, goals, particulars, users, web, writing_off
from register.commands.options import (
    DATE, DIGEST, INSTANT, MEETING, REF, YEAR, as_of_meaning, as_of_option, as_recorded_option, current_register,
    output_format, show,
)
from register.render import as_json, corrected, import_summary, render
from register.storage import Store



class _RegisterGroup(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            with refused_when_damaged(lambda: str(Store.choose(ctx.params.get("store")))):
                return super().invoke(ctx)
        except RegisterError as error:
            click.echo(str(error) if isinstance(error, interrupts.Interrupted) else f"error: {error}", err=True)
            ctx.exit(error.exit_status)
        except KeyboardInterrupt:  # Ctrl-C: what was written (each save whole, or none), not click's "Aborted!"
            click.echo(interrupts.said(ctx.obj.saves if isinstance(ctx.obj, Register) else 0), err=True)
            ctx.exit(interrupts.INTERRUPTED)
        finally:
            if isinstance(ctx.obj, Register):
                for notice in dict.fromkeys(ctx.obj.notices):
                    click.echo(f"note: {notice}", err=True)


@click.group(cls=_RegisterGroup)
@click.option("--store", envvar="REGISTER_STORE", help="SQLite file (default ./register.db) or postgresql://USER@HOST:PORT/DB URL.")
@click.option("--board", envvar="REGISTER_BOARD", help=f"The board whose register this is (default: REGISTER_BOARD, else the only board in the store, else {DEFAULT_BOARD}).")
@click.option("--actor", envvar="REGISTER_ACTOR", help="Who is recording (default: REGISTER_ACTOR, else the OS user).")
@click.pass_context
def main(ctx: click.Context, store: str | None, board: str | None, actor: str | None) -> None:
    """Beslutsregister: an event-sourced decision register for a public board."""

    def open_register(any_board: bool) -> Register:
        chosen = Store.choose(store)
        register = Register.open_any(chosen, actor) if any_board else Register.open(chosen, board, actor)
        ctx.call_on_close(register.close)
        return register

    ctx.obj = open_register


# Reading.


@main.command()
@click.option("--meeting", type=MEETING, help="Only decisions taken at this meeting.")
@click.option("--status", type=click.Choice(DECISION_STATUSES), help="Only decisions with this status.")
@as_of_option
@as_recorded_option
@output_format
def decisions(meeting: MeetingId | None, status: str | None, as_of: dt.date | None, as_recorded: dt.datetime | None, fmt: str) -> None:
    """The decision list (beslutslista)."""
    show(current_register().decisions(as_of, meeting, status, as_recorded), DecisionRow, fmt)


@main.command("follow-ups")
@click.option("--all", "include_done", is_flag=True, help="Include follow-ups already done.")
@click.option("--responsible", help="Only those whose responsible party's name holds this text (any case).")
@click.option("--kind", type=click.Choice(FOLLOW_UP_KINDS), help="Only follow-ups of this kind.")
@as_of_option
@as_recorded_option
@output_format
def follow_ups(include_done: bool, responsible: str | None, kind: str | None, as_of: dt.date | None,
               as_recorded: dt.datetime | None, fmt: str) -> None:
    """Open reporting obligations, assignments, referrals back and deferred items."""
    show(current_register().follow_ups(as_of, include_done, as_recorded, responsible, kind), FollowUpRow, fmt)


@main.command()
@click.argument("query")
@click.option("--meeting", type=MEETING, help="Only what was decided or opened at this meeting.")
@click.option("--kind", type=click.Choice(SEARCH_KINDS),
              help="Only hits of this kind (a decision kind such as grant, a follow-up kind such as report, or item).")
@click.option("--status", type=click.Choice(SEARCH_STATUSES), help="Only hits with this status.")
@as_of_option
@as_recorded_option
@output_format
def search(query: str, meeting: MeetingId | None, kind: str | None, status: str | None, as_of: dt.date | None,
           as_recorded: dt.datetime | None, fmt: str) -> None:
    """Full-text search of decisions (and their votes, reservations, jäv), follow-ups and agenda items, as members type."""
    show(current_register().search(query, as_of, meeting, kind, status, as_recorded), SearchHit, fmt)


@main.command()
@click.option("--year", type=YEAR, help="Only plans for this year.")
@as_of_option
@as_recorded_option
@output_format
def plans(year: int | None, as_of: dt.date | None, as_recorded: dt.datetime | None, fmt: str) -> None:
    """The status of each party's plan, with the money granted for it."""
    show(current_register().plans(as_of, year, as_recorded), PlanRow, fmt)


@main.command()
@click.option("--year", type=YEAR, help="Only grants for this year.")
@as_of_option
@as_recorded_option
@output_format
def grants(year: int | None, as_of: dt.date | None, as_recorded: dt.datetime | None, fmt: str) -> None:
    """Every grant of money one by one: to whom, for which year, how much, for what, by which decision."""
    show(current_register().grants(as_of, year, as_recorded), GrantRow, fmt)


@main.command()
@click.argument("ref", type=REF)
@as_of_option
@as_recorded_option
@click.option("--format", "fmt", type=click.Choice(("table", "json")), default="table", show_default=True, help="Output format.")
def trace(ref: FollowUpSource, as_of: dt.date | None, as_recorded: dt.datetime | None, fmt: str) -> None:
    """The lifecycle of a decision (2025-7 §13:1), of a matter (2025-7 §13), or of a deferral
    under no heading (2025-7 deferred 1)."""
    result = current_register().trace(ref, as_of, as_recorded)
    if fmt == "table":
        click.echo(f"{result['ref']} (matter {result['matter']})")
        for correction in result.get("corrections", []):
            click.echo(corrected(correction))
    show(result["events"], TraceLine, fmt, result)


@main.command()
@as_of_meaning("only the meetings held by this date (default: every meeting recorded, also one dated later than today)")
@as_recorded_option
@output_format
def meetings(as_of: dt.date | None, as_recorded: dt.datetime | None, fmt: str) -> None:
    """The meetings recorded, with date, place and justerare."""
    show(current_register().meetings(as_recorded, as_of=as_of), MeetingRow, fmt)


@contextmanager
def _progress(length: int, label: str) -> Iterator[Callable[[int], None]]:
    """A progress bar on a terminal; nothing when the output goes to a pipe or a file."""
    if not sys.stderr.isatty() or length < 1000:
        yield lambda done: None
        return
    with click.progressbar(length=length, label=label, file=sys.stderr) as bar:
        yield bar.update


@main.command()
@click.option("--digest", type=DIGEST, help="A history digest printed earlier (by seal, audit or verify): prove the store still holds that history.")
def verify(digest: str | None) -> None:
    """Prove the stored history is intact (hash chain) and every event reads back; exit 1 if not."""
    register = current_register(checking=True)
    with _progress(register.size(), "verifying") as progress:
        result = whole_store.verify(register, progress, digest)
    if not result["intact"]:
        where = f"broken at position {result['position']}" if result["position"] is not None else "not intact"
        click.echo(f"{where}: {result['problem']}", err=True)
        sys.exit(1)
    held = f"; holds the history {digest} names (up to position {result['named_up_to']})" if digest else ""
    click.echo(f"ok: {result['events']} events in {result['meetings']} meetings; chain intact{held}; digest {result['digest']}")


@main.command()
@click.option("--since", type=INSTANT, help="Only what was recorded at or after this instant.")
@click.option("--until", type=INSTANT, help="Only what was recorded at or before this instant.")
@output_format
def log(since: dt.datetime | None, until: dt.datetime | None, fmt: str) -> None:
    """Who recorded what and when: recorded time, actor, event and ref of every stored event."""
    show(whole_store.history(current_register(), since, until), LogRow, fmt)


@main.command()
@click.option("--to", "target", required=True, help="The store to copy into: an SQLite path or a postgresql:// URL; it must be empty.")
def copy(target: str) -> None:
    """Copy the whole store (every board) to another store, keeping recorded times and actors.

    A copy that stopped half-way goes on where it stopped when run again."""
    source = current_register()
    with refused_when_damaged(lambda: str(Store.choose(target))):  # the target named, not the source
        destination = Register(Store.choose(target), source.board, source.actor)
    try:
        with _progress(source.size(), "copying") as progress:
            copied, already = whole_store.copy(source, destination, progress)
        try:
            result = whole_store.verify(destination)
        except KeyboardInterrupt:
            raise interrupts.Interrupted(f"interrupted; all {copied + already} events are copied, but the copy is not "
                                         f"verified: check it with `register --store {Store.choose(target)} verify`") from None
    finally:
        destination.close()
    earlier = f" ({already} were there from an earlier copy)" if already else ""
    click.echo(f"copied {copied} events to {Store.choose(target)}{earlier}; digest {result.get('digest')}")


@main.command()
def boards() -> None:
    """The boards whose registers the store holds."""
    for name in current_register(any_board=True).boards():
        click.echo(name)


@main.command()
def rebuild() -> None:
    """Rebuild every read model from the events alone."""
    register = current_register()
    with _progress(register.size(), "rebuilding") as progress:
        rebuilt = register.rebuild(progress)
    click.echo(f"rebuilt from {rebuilt} events")


@main.command("import-minutes")
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--meeting", type=MEETING, help="The meeting the minutes are of; refused if they say otherwise (one file).")
@click.option("--date", type=DATE, help="The meeting date, when the minutes do not give it (one file).")
@click.option("--dry-run", is_flag=True, help="Show what would be recorded; write nothing.")
@click.option("--review", "review_to", type=click.Path(dir_okay=False, path_type=Path),
              help="Write what was understood to this TOML file to review and edit; record nothing (one file).")
@click.option("--accept", "accept_from", type=click.Path(dir_okay=False, path_type=Path),
              help="Record exactly this reviewed TOML file, made from the minutes FILE (none for a review-new file).")
@click.option("--format", "fmt", type=click.Choice(("table", "json")), default="table", show_default=True, help="Output format.")
def import_minutes(files: tuple[Path, ...], meeting: MeetingId | None, date: dt.date | None, dry_run: bool,
                   review_to: Path | None, accept_from: Path | None, fmt: str) -> None:
    """Import meetings' minutes: every decision and what it implies; several files are recorded
    in one transaction, all of them or none."""
    from register.minutes import accepting
    from register.minutes.batch import import_together, numbering
    from register.minutes.importing import record_minutes

    if len(files) > 1 and (meeting or date or review_to or accept_from):
        raise click.UsageError("--meeting, --date, --review and --accept apply to one file; import such minutes one by one")
    if review_to and accept_from:
        raise click.UsageError("--review writes a review and --accept records one: give one of them")
    if not files and not accept_from:
        raise click.UsageError("give the minutes file(s) to import")
    register = current_register()
    if review_to or accept_from:
        minutes = _minutes(files[0], meeting, numbering(register)) if files else None
        if review_to:
            assert minutes is not None
            summary = accepting.write_review(register, minutes, date, review_to)
        else:
            assert accept_from is not None
            summary = accepting.accept_review(register, accept_from, minutes, register.actor, dry_run)
        _print_imports([summary], fmt)
        if review_to:
            click.echo(f"\nwrote the review to {review_to}; nothing is recorded until it is accepted with --accept", err=fmt == "json")
        return
    if len(files) == 1:
        minutes = _minutes(files[0], meeting, numbering(register))
        summary = record_minutes(register, minutes.parsed, date, dry_run, minutes.text, minutes.digest)
        _print_imports([accepting.read_from(summary, minutes)], fmt)
        return
    read: list[Any] = []
    for file in files:  # every file read and parsed before anything is rehearsed
        try:
            read.append(_minutes(file, None, numbering(register, [m.parsed.held_on for m in read])))
        except RegisterError as error:
            raise error.noted(f"(nothing of the {len(files)} files was recorded)") from None
    with _progress(len(files) * 1000, "importing") as progress:  # a bar for two files or more
        _print_imports(import_together(register, read, dry_run, lambda files: progress(files * 1000)), fmt)


def _minutes(file: Path, meeting: MeetingId | None, numbering: Any) -> Any:
    """The file read in its format (Word, PDF, OpenDocument or text, told by its content) and parsed;
    `numbering` works out the id of minutes that give only their date."""
    from register.minutes.accepting import Minutes
    from register.minutes.formats import read_document
    from register.minutes.parser import parse_minutes

    read = read_document(file)
    text = read.document.text
    return Minutes(file.name, text, parse_minutes(text, file.name, meeting, numbering), str(file), read.digest,
                   read.document.reading())


@main.command("minutes-text")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def minutes_text(file: Path) -> None:
    """Print the text the register reads from a minutes file (Word, PDF, OpenDocument or text),
    its lines numbered as the import's messages number them."""
    from register.minutes.formats import read_document

    document = read_document(file).document
    lines = document.lines()
    width = len(str(len(lines)))
    for number, line in enumerate(lines, start=1):
        click.echo(f"{number:>{width}}  {line}".rstrip())
    for said in document.reading().said():
        click.echo(f"# {said}", err=True)


def _print_imports(summaries: list[Any], fmt: str) -> None:
    if fmt == "json":
        documents = [s.as_json() for s in summaries]
        click.echo(as_json(documents[0] if len(documents) == 1 else documents))
    else:
        click.echo("\n\n".join(import_summary(s) for s in summaries))


@main.command("review-new")
@click.argument("meeting", type=MEETING)
@click.option("--date", "held_on", type=DATE, required=True, help="The meeting date (YYYY-MM-DD).")
@click.option("--to", "target", type=click.Path(dir_okay=False, path_type=Path),
              help="The review file to write (default review-MEETING.toml).")
def review_new(meeting: MeetingId, held_on: dt.date, target: Path | None) -> None:
    """Write an empty review file for a meeting without minutes, to fill in and --accept."""
    from register.minutes.accepting import write_blank_review

    path = target or Path(f"review-{meeting.key}.toml")
    write_blank_review(current_register(), meeting, held_on, path)
    click.echo(f"wrote {path}: fill in the decisions, then record it with: register import-minutes --accept {path}")


@main.command()
@click.argument("meeting", type=MEETING)
@as_of_meaning("none if the meeting was held after this date (default: the meeting's attendance, whatever its date)")
@as_recorded_option
@output_format
def attendance(meeting: MeetingId, as_of: dt.date | None, as_recorded: dt.datetime | None, fmt: str) -> None:
    """Who attended a meeting, by party or organisation; present yes, no or unclear."""
    show(current_register().attendance(meeting, as_of, as_recorded), AttendanceRow, fmt)


@main.command()
def demo() -> None:
    """Import the bundled sample minutes (2022:5 and 2025-7) and print the views."""
    from register import goals
    from register.demo import SAMPLES, import_sample, record_the_board

    register = current_register()
    for name, date in SAMPLES:
        try:
            summary = import_sample(register, name, date)
        except RegisterError as error:
            click.echo(f"skipped {name}: {error}")
        else:
            click.echo(f"imported meeting {summary.meeting} from {name}: {summary.events} events")
    for said in record_the_board(register):
        click.echo(said)
    for title, rows, kind in (
        ("Decisions, meeting 2025-7", register.decisions(meeting=MeetingId.parse("2025-7")), DecisionRow),
        ("Plans 2026", register.plans(year=2026), PlanRow),
        ("Grants 2026", register.grants(year=2026), GrantRow),
        ("Attendance 2022:5", register.attendance(MeetingId.parse("2022:5")), AttendanceRow),
        ("Follow-ups as of 2026-01-01", register.follow_ups(dt.date(2026, 1, 1)), FollowUpRow),
        ("Follow-ups as of 2026-06-15", register.follow_ups(dt.date(2026, 6, 15)), FollowUpRow),
        ("Trace of 2025-7 §13:1", register.trace(DecisionId.parse("2025-7 §13:1"))["events"], TraceLine),
        ("Representation at the board's meetings of 2022", goals.representation(register, 2022), RepresentationRow),
        ("Project outcomes 2025 against the register's grants", goals.outcomes(register, 2025), OutcomeRow),
    ):
        click.echo(f"\n{title}\n{render(rows, kind, 'table')}")


for _command in (*by_hand.COMMANDS, *web.COMMANDS, *goals.COMMANDS, *auditing.COMMANDS, *writing_off.COMMANDS,
                 *particulars.COMMANDS, *users.COMMANDS):
    main.add_command(_command)


if __name__ == "__main__":
    sys.exit(main())
