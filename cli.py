"""The `register` command: parse, call the register, render. Nothing else lives here."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from domain.corrections import CorrectedField
from domain.errors import RegisterError
from domain.ids import DecisionId, ItemRef, MeetingId
from domain.values import Attendee, DecisionKind, Due, Party, parse_date, parse_instant, parse_kronor
from projections.queries import DECISION_STATUSES
from register.application import DEFAULT_BOARD, Register
from register.ledger import parse_digest
from register.render import FORMATS, as_json, import_summary, render
from register.storage import Store

DECISION_COLUMNS = ("id", "date", "kind", "status", "votes", "reservations", "recusals", "text")
"""votes: for-against-abstained."""
FOLLOW_UP_COLUMNS = ("kind", "source", "responsible", "due", "status", "subject")
PLAN_COLUMNS = ("party", "year", "status", "granted_sek", "decision")
GRANT_COLUMNS = ("date", "decision", "party", "year", "amount_sek", "status", "purpose")
TRACE_COLUMNS = ("date", "meeting", "event", "detail")
ATTENDANCE_COLUMNS = ("organisation", "name", "role", "present")
LOG_COLUMNS = ("position", "recorded_at", "actor", "meeting", "event", "ref")
MEETING_COLUMNS = ("meeting", "date", "place", "justerare", "sealed_by")


class _Parsed(click.ParamType):
    """A click type that parses with the domain's own parser and reports its message."""

    def __init__(self, name: str, parse: Callable[[str], Any]) -> None:
        self.name = name
        self._parse = parse

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not isinstance(value, str):
            return value
        try:
            return self._parse(value)
        except RegisterError as error:
            self.fail(str(error), param, ctx)


MEETING = _Parsed("meeting", MeetingId.parse)
ITEM = _Parsed("item", ItemRef.parse)
DECISION = _Parsed("decision", DecisionId.parse)
DATE = _Parsed("date", parse_date)
INSTANT = _Parsed("instant", parse_instant)
DUE = _Parsed("due", Due.parse)
PARTY = _Parsed("party", Party.parse)
KRONOR = _Parsed("kronor", parse_kronor)
KIND = _Parsed("kind", DecisionKind.parse)
YEAR = click.IntRange(1900, 2999)
ATTENDEE = _Parsed("attendee", Attendee.parse)
DIGEST = _Parsed("digest", parse_digest)


def _ref(text: str) -> DecisionId | ItemRef:
    return DecisionId.parse(text) if ":" in text.partition("§")[2] else ItemRef.parse(text)


REF = _Parsed("ref", _ref)


class _RegisterGroup(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except RegisterError as error:
            click.echo(f"error: {error}", err=True)
            ctx.exit(error.exit_status)
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


def _register(any_board: bool = False) -> Register:
    """The register the command works on; `any_board`: the store, whatever boards it holds."""
    ctx = click.get_current_context()
    root = ctx.find_root()
    if not isinstance(root.obj, Register):
        root.obj = root.obj(any_board)
    return root.obj


def _show(rows: list[dict[str, Any]], columns: tuple[str, ...], fmt: str, document: Any = None) -> None:
    click.echo(render(rows, columns, fmt, document))


_format = click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True, help="Output format.")
_as_of = click.option("--as-of", type=DATE, help="Decided time: the register as decided by this date (default today).")
_as_recorded = click.option(
    "--as-recorded", type=INSTANT,
    help="Recorded time: exactly what the register held at this instant (ISO date or date-time; UTC unless an offset is given).",
)


# Reading.


@main.command()
@click.option("--meeting", type=MEETING, help="Only decisions taken at this meeting.")
@click.option("--status", type=click.Choice(DECISION_STATUSES), help="Only decisions with this status.")
@_as_of
@_as_recorded
@_format
def decisions(meeting: MeetingId | None, status: str | None, as_of: dt.date | None, as_recorded: dt.datetime | None, fmt: str) -> None:
    """The decision list (beslutslista)."""
    _show(_register().decisions(as_of, meeting, status, as_recorded), DECISION_COLUMNS, fmt)


@main.command("follow-ups")
@click.option("--all", "include_done", is_flag=True, help="Include follow-ups already done.")
@_as_of
@_as_recorded
@_format
def follow_ups(include_done: bool, as_of: dt.date | None, as_recorded: dt.datetime | None, fmt: str) -> None:
    """Open reporting obligations, assignments, referrals back and deferred items."""
    _show(_register().follow_ups(as_of, include_done, as_recorded), FOLLOW_UP_COLUMNS, fmt)


@main.command()
@click.option("--year", type=YEAR, help="Only plans for this year.")
@_as_of
@_as_recorded
@_format
def plans(year: int | None, as_of: dt.date | None, as_recorded: dt.datetime | None, fmt: str) -> None:
    """The status of each party's plan, with the money granted for it."""
    _show(_register().plans(as_of, year, as_recorded), PLAN_COLUMNS, fmt)


@main.command()
@click.option("--year", type=YEAR, help="Only grants for this year.")
@_as_of
@_as_recorded
@_format
def grants(year: int | None, as_of: dt.date | None, as_recorded: dt.datetime | None, fmt: str) -> None:
    """Every grant of money one by one: to whom, for which year, how much, for what, by which decision."""
    _show(_register().grants(as_of, year, as_recorded), GRANT_COLUMNS, fmt)


@main.command()
@click.argument("ref", type=REF)
@_as_of
@_as_recorded
@click.option("--format", "fmt", type=click.Choice(("table", "json")), default="table", show_default=True, help="Output format.")
def trace(ref: DecisionId | ItemRef, as_of: dt.date | None, as_recorded: dt.datetime | None, fmt: str) -> None:
    """The lifecycle of a decision (2025-7 §13:1) or of a matter (2025-7 §13)."""
    result = _register().trace(ref, as_of, as_recorded)
    if fmt == "table":
        click.echo(f"{result['ref']} (matter {result['matter']})")
    _show(result["events"], TRACE_COLUMNS, fmt, result)


@main.command()
@_as_recorded
@_format
def meetings(as_recorded: dt.datetime | None, fmt: str) -> None:
    """The meetings recorded, with date, place and justerare."""
    _show(_register().meetings(as_recorded), MEETING_COLUMNS, fmt)


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
    register = _register()
    with _progress(register.size(), "verifying") as progress:
        result = register.verify(progress, digest)
    if not result["intact"]:
        where = f"broken at position {result['position']}" if result["position"] is not None else "not intact"
        click.echo(f"{where}: {result['problem']}", err=True)
        sys.exit(1)
    held = f"; holds the history {digest} names (up to position {result['named_up_to']})" if digest else ""
    click.echo(f"ok: {result['events']} events in {result['meetings']} meetings; chain intact{held}; digest {result['digest']}")


@main.command()
@click.option("--since", type=INSTANT, help="Only what was recorded at or after this instant.")
@click.option("--until", type=INSTANT, help="Only what was recorded at or before this instant.")
@_format
def log(since: dt.datetime | None, until: dt.datetime | None, fmt: str) -> None:
    """Who recorded what and when: recorded time, actor, event and ref of every stored event."""
    _show(_register().history(since, until), LOG_COLUMNS, fmt)


@main.command()
@click.option("--as-of", type=DATE, required=True, help="Decided time: the register as decided by this date.")
@_as_recorded
@click.option("--format", "fmt", type=click.Choice(("md", "json")), default="md", show_default=True, help="Output format.")
def audit(as_of: dt.date, as_recorded: dt.datetime | None, fmt: str) -> None:
    """Every view in one document, with the digest of the history it was built from."""
    document = _register().audit(as_of, as_recorded)
    if fmt == "json":
        click.echo(as_json(document))
        return
    click.echo(f"# Register of {document['board']}, as decided by {document['as_of']}\n")
    click.echo(f"- as recorded at: {document['as_recorded'] or 'now'} (history up to position {document['position']})")
    click.echo(f"- history digest: `{document['digest']}`\n")
    for title, key, columns in (
        ("Meetings", "meetings", MEETING_COLUMNS), ("Decisions", "decisions", DECISION_COLUMNS),
        ("Follow-ups", "follow_ups", FOLLOW_UP_COLUMNS), ("Plans", "plans", PLAN_COLUMNS),
        ("Grants", "grants", GRANT_COLUMNS),
    ):
        click.echo(f"## {title}\n\n{render(document[key], columns, 'md')}\n")


@main.command()
@click.option("--to", "target", required=True, help="The store to copy into: an SQLite path or a postgresql:// URL; it must be empty.")
def copy(target: str) -> None:
    """Copy the whole store (every board) to another store, keeping recorded times and actors.

    A copy that stopped half-way goes on where it stopped when run again."""
    source = _register()
    destination = Register(Store.choose(target), source.board, source.actor)
    try:
        with _progress(source.size(), "copying") as progress:
            copied, already = source.copy_to(destination, progress)
        result = destination.verify()
    finally:
        destination.close()
    earlier = f" ({already} were there from an earlier copy)" if already else ""
    click.echo(f"copied {copied} events to {Store.choose(target)}{earlier}; digest {result.get('digest')}")


@main.command()
def boards() -> None:
    """The boards whose registers the store holds."""
    for name in _register(any_board=True).boards():
        click.echo(name)


@main.command()
def rebuild() -> None:
    """Rebuild every read model from the events alone."""
    register = _register()
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
    from register.minutes.batch import import_together
    from register.minutes.recorder import record_minutes

    if len(files) > 1 and (meeting or date or review_to or accept_from):
        raise click.UsageError("--meeting, --date, --review and --accept apply to one file; import such minutes one by one")
    if review_to and accept_from:
        raise click.UsageError("--review writes a review and --accept records one: give one of them")
    if not files and not accept_from:
        raise click.UsageError("give the minutes file(s) to import")
    register = _register()
    if review_to or accept_from:
        minutes = _minutes(files[0], meeting) if files else None
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
        minutes = _minutes(files[0], meeting)
        _print_imports([record_minutes(register, minutes.parsed, date, dry_run, minutes.text)], fmt)
        return
    read = []
    for file in files:  # every file read and parsed before anything is rehearsed
        try:
            read.append(_minutes(file, None))
        except RegisterError as error:
            raise error.noted(f"(nothing of the {len(files)} files was recorded)") from None
    with _progress(len(files) * 1000, "importing") as progress:  # a bar for two files or more
        _print_imports(import_together(register, read, dry_run, lambda files: progress(files * 1000)), fmt)


def _minutes(file: Path, meeting: MeetingId | None) -> Any:
    from register.minutes.accepting import Minutes
    from register.minutes.parser import parse_minutes, read_minutes_file

    text = read_minutes_file(file)
    return Minutes(file.name, text, parse_minutes(text, file.name, meeting))


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
    write_blank_review(meeting, held_on, path)
    click.echo(f"wrote {path}: fill in the decisions, then record it with: register import-minutes --accept {path}")


@main.command()
@click.argument("meeting", type=MEETING)
@_format
def attendance(meeting: MeetingId, fmt: str) -> None:
    """Who attended a meeting, by party or organisation; present yes, no or unclear."""
    _show(_register().attendance(meeting), ATTENDANCE_COLUMNS, fmt)


@main.command()
def demo() -> None:
    """Import the bundled sample minutes (2022:5 and 2025-7) and print the views."""
    from register.demo import SAMPLES, import_sample

    register = _register()
    for name, date in SAMPLES:
        try:
            summary = import_sample(register, name, date)
        except RegisterError as error:
            click.echo(f"skipped {name}: {error}")
        else:
            click.echo(f"imported meeting {summary.meeting} from {name}: {summary.events} events")
    for title, rows, columns in (
        ("Decisions, meeting 2025-7", register.decisions(meeting=MeetingId.parse("2025-7")), DECISION_COLUMNS),
        ("Plans 2026", register.plans(year=2026), PLAN_COLUMNS),
        ("Grants 2026", register.grants(year=2026), GRANT_COLUMNS),
        ("Attendance 2022:5", register.attendance(MeetingId.parse("2022:5")), ATTENDANCE_COLUMNS),
        ("Follow-ups as of 2026-01-01", register.follow_ups(dt.date(2026, 1, 1)), FOLLOW_UP_COLUMNS),
        ("Follow-ups as of 2026-06-15", register.follow_ups(dt.date(2026, 6, 15)), FOLLOW_UP_COLUMNS),
        ("Trace of 2025-7 §13:1", register.trace(DecisionId.parse("2025-7 §13:1"))["events"], TRACE_COLUMNS),
    ):
        click.echo(f"\n{title}\n{render(rows, columns, 'table')}")


# Recording by hand: one command, one transaction.


@main.command("meeting")
@click.argument("meeting", type=MEETING)
@click.option("--date", "held_on", type=DATE, required=True, help="The meeting date (YYYY-MM-DD).")
@click.option("--place", default="", help="Where the board met.")
@click.option("--justerare", multiple=True, help="Who checks and signs the minutes (repeatable).")
@click.option("--attendee", "attendees", type=ATTENDEE, multiple=True,
              help="'Name;Organisation;Role;yes|no|unclear', e.g. 'Ingrid Hermansson;Region Blekinge;ordförande;yes' (repeatable).")
def record_meeting(meeting: MeetingId, held_on: dt.date, place: str, justerare: tuple[str, ...], attendees: tuple[Attendee, ...]) -> None:
    """Record that a board meeting took place, with who attended."""
    with _register().new_meeting(meeting, held_on, place, attendees, justerare):
        pass
    click.echo(f"recorded meeting {meeting} ({held_on})")


@main.command("put-forward")
@click.argument("matter", type=ITEM)
@click.argument("title")
def put_forward(matter: ItemRef, title: str) -> None:
    """Record a motion put before the board as agenda item MATTER."""
    with _register().recording(matter.meeting) as recording:
        recording.put_forward(matter, title)
    click.echo(f"put forward {matter}")


@main.command()
@click.argument("decision", type=DECISION)
@click.argument("text")
@click.option("--kind", type=KIND, default="other", show_default=True, help="What the decision does.")
@click.option("--matter", type=ITEM, help="The matter it decides, if it began at an earlier item.")
@click.option("--cites", type=DECISION, multiple=True, help="A decision it cites (repeatable).")
def decide(decision: DecisionId, text: str, kind: DecisionKind, matter: ItemRef | None, cites: tuple[DecisionId, ...]) -> None:
    """Record a decision taken, with its operative text ("Att …")."""
    with _register().recording(decision.meeting) as recording:
        recording.take_decision(decision, text, kind, matter, cites)
    click.echo(f"decided {decision}")


@main.command("refer-back")
@click.argument("matter", type=ITEM)
@click.option("--by", type=DECISION, required=True, help="The decision that refers it back.")
@click.option("--returns", type=DUE, default="next-meeting", show_default=True, help="When it should return (YYYY-MM, date or next-meeting).")
def refer_back(matter: ItemRef, by: DecisionId, returns: Due) -> None:
    """Record that a matter was referred back (återremiss)."""
    with _register().recording(by.meeting) as recording:
        recording.refer_back(matter, by, returns)
    click.echo(f"referred back {matter} by {by}")


@main.command()
@click.argument("item", type=ITEM)
@click.argument("subject")
@click.option("--to", "to", type=DUE, default="next-meeting", show_default=True, help="When it is taken up again.")
def defer(item: ItemRef, subject: str, to: Due) -> None:
    """Record that an agenda item was deferred to a later meeting."""
    with _register().recording(item.meeting) as recording:
        recording.defer(item, subject, to)
    click.echo(f"deferred {item}")


@main.command()
@click.argument("decision", type=DECISION)
@click.option("--by", type=DECISION, help="The decision that withdraws it (default: struck at its own meeting).")
@click.option("--reason", default="utgår", show_default=True, help="Why it was struck.")
def withdraw(decision: DecisionId, by: DecisionId | None, reason: str) -> None:
    """Record that a decision was struck out ("utgår")."""
    with _register().recording((by or decision).meeting) as recording:
        recording.withdraw(decision, by, reason)
    click.echo(f"withdrawn {decision}")


@main.command()
@click.argument("decision", type=DECISION)
@click.option("--by", type=DECISION, required=True, help="The later decision that revokes it.")
@click.option("--superseded", is_flag=True, help="It is replaced by the new decision, not just revoked.")
def revoke(decision: DecisionId, by: DecisionId, superseded: bool) -> None:
    """Record that a later decision revoked (upphävde) an earlier one."""
    with _register().recording(by.meeting) as recording:
        recording.revoke(decision, by, superseded)
    click.echo(f"{'superseded' if superseded else 'revoked'} {decision} by {by}")


@main.command("adopt-plan")
@click.argument("party", type=PARTY)
@click.argument("year", type=YEAR)
@click.option("--by", type=DECISION, required=True, help="The decision that adopts it.")
@click.option("--grant", "amount", type=KRONOR, help="Money granted for it, in whole kronor.")
def adopt_plan(party: Party, year: int, by: DecisionId, amount: int | None) -> None:
    """Record that a party's plan for a year was adopted, with the money granted for it."""
    with _register().recording(by.meeting) as recording:
        recording.adopt_plan(party, year, by)
        if amount is not None:
            recording.award_grant(party, year, amount, by, f"genomförande av plan {year}")
    click.echo(f"adopted {party} plan {year} by {by}")


@main.command()
@click.argument("party", type=PARTY)
@click.option("--amount", type=KRONOR, required=True, help="Whole kronor, e.g. 3578000 or '3 578 000'.")
@click.option("--by", type=DECISION, required=True, help="The decision that grants it.")
@click.option("--year", type=YEAR, help="The year the money is for (default: the meeting's year).")
@click.option("--purpose", default="", help="What the money is for.")
def grant(party: Party, amount: int, by: DecisionId, year: int | None, purpose: str) -> None:
    """Record a grant of money to a party."""
    with _register().recording(by.meeting) as recording:
        recording.award_grant(party, year or by.meeting.year, amount, by, purpose)
    click.echo(f"granted {amount} kr to {party} by {by}")


@main.command()
@click.argument("party", type=PARTY)
@click.argument("subject")
@click.option("--by", type=DECISION, required=True, help="The decision that requires the report.")
@click.option("--due", type=DUE, required=True, help="YYYY-MM (that month's meeting), YYYY-MM-DD or next-meeting.")
def oblige(party: Party, subject: str, by: DecisionId, due: Due) -> None:
    """Record that a party must report back to the board."""
    with _register().recording(by.meeting) as recording:
        recording.require_report(party, subject, due, by)
    click.echo(f"report required of {party} by {by}")


@main.command()
@click.argument("responsible")
@click.argument("subject")
@click.option("--by", type=DECISION, required=True, help="The decision that gives the assignment.")
@click.option("--due", type=DUE, help="YYYY-MM, YYYY-MM-DD or next-meeting; none if not given.")
def assign(responsible: str, subject: str, by: DecisionId, due: Due | None) -> None:
    """Record an assignment (uppdrag), e.g. to the förbundschef."""
    with _register().recording(by.meeting) as recording:
        recording.give_assignment(responsible, subject, due or Due.parse(None), by)
    click.echo(f"assignment given to {responsible} by {by}")


@main.command()
@click.argument("source", type=DECISION)
@click.option("--by", type=DECISION, help="The decision that accepts the report.")
@click.option("--meeting", type=MEETING, help="The meeting where it was fulfilled, when no decision was taken.")
@click.option("--note", default="", help="What was reported.")
def fulfil(source: DecisionId, by: DecisionId | None, meeting: MeetingId | None, note: str) -> None:
    """Record that the follow-up created by SOURCE was fulfilled."""
    at = by.meeting if by is not None else meeting
    if at is None:
        raise click.UsageError("give --by DECISION or --meeting MEETING")
    with _register().recording(at) as recording:
        recording.fulfil(source, by, note)
    click.echo(f"fulfilled follow-up from {source}")


@main.command()
@click.argument("meeting", type=MEETING)
@click.option("--by", "names", multiple=True, required=True, help="Who checked and signed the minutes (repeatable).")
def seal(meeting: MeetingId, names: tuple[str, ...]) -> None:
    """Record that the minutes were checked and signed (justerade); after that only corrections."""
    register = _register()
    with register.recording(meeting) as recording:
        recording.seal(names)
    click.echo(f"sealed meeting {meeting} (justerat by {', '.join(names)})")
    click.echo(f"history digest {register.digest()}: write it into the next minutes; "
               "`register verify --digest` then proves the store still holds all of it")


_CORRECTIONS = {
    "text": CorrectedField.TEXT, "amount": CorrectedField.AMOUNT, "party": CorrectedField.PARTY,
    "due": CorrectedField.DUE, "date": CorrectedField.DATE,
}


@main.command()
@click.argument("decision", type=DECISION, required=False)
@click.option("--meeting", type=MEETING, help="Correct the meeting itself (its --date) instead of a decision.")
@click.option("--text", help="The decision's right text.")
@click.option("--amount", help="The right amount of the decision's grant, in whole kronor.")
@click.option("--party", help="The right party of the decision's plan, grant or report.")
@click.option("--due", help="The right due of the follow-up the decision created.")
@click.option("--date", help="The right date of the meeting (with --meeting).")
@click.option("--never-taken", is_flag=True, help="The decision was recorded but never taken.")
@click.option("--reason", required=True, help="Why: what was recorded wrongly.")
def correct(decision: DecisionId | None, meeting: MeetingId | None, text: str | None, amount: str | None,
            party: str | None, due: str | None, date: str | None, never_taken: bool, reason: str) -> None:
    """Record a rättelse: fix one recording error with a new event that cites what it corrects."""
    given = {name: value for name, value in
             (("text", text), ("amount", amount), ("party", party), ("due", due), ("date", date)) if value is not None}
    if never_taken:
        given["never-taken"] = ""
    if len(given) != 1:
        raise click.UsageError("give exactly one of --text, --amount, --party, --due, --date, --never-taken")
    (name, value), = given.items()
    field = CorrectedField.VOID if name == "never-taken" else _CORRECTIONS[name]
    if (field is CorrectedField.DATE) != (meeting is not None and decision is None):
        raise click.UsageError("--date corrects a meeting: give --meeting ID and no decision; other fields need a DECISION")
    at = decision.meeting if decision is not None else meeting
    assert at is not None
    with _register().recording(at) as recording:
        recording.correct(decision, field, value, reason)
    click.echo(f"corrected {name} of {decision or at}")


if __name__ == "__main__":
    sys.exit(main())
