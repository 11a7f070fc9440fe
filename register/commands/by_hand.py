"""Recording by hand: one command, one transaction, each a command of the meeting aggregate."""

from __future__ import annotations

import datetime as dt

import click

from domain.corrections import CorrectedField
from domain.ids import DecisionId, FollowUpSource, ItemRef, MeetingId
from domain.values import Attendee, DecisionKind, Due, Party
from register import audit as whole_store
from projections.rows import WithheldRow
from register.commands.options import (
    ATTENDEE, DATE, DECISION, DUE, ITEM, KIND, KRONOR, MEETING, PARTY, REF, YEAR, as_of_meaning, as_recorded_option,
    current_register, output_format, show,
)



@click.command("meeting")
@click.argument("meeting", type=MEETING)
@click.option("--date", "held_on", type=DATE, required=True, help="The meeting date (YYYY-MM-DD).")
@click.option("--place", default="", help="Where the board met.")
@click.option("--justerare", multiple=True, help="Who checks and signs the minutes (repeatable).")
@click.option("--attendee", "attendees", type=ATTENDEE, multiple=True,
              help="'Name;Organisation;Role;yes|no|unclear', e.g. 'Ingrid Hermansson;Region Blekinge;ordförande;yes' (repeatable).")
def record_meeting(meeting: MeetingId, held_on: dt.date, place: str, justerare: tuple[str, ...], attendees: tuple[Attendee, ...]) -> None:
    """Record that a board meeting took place, with who attended."""
    with current_register().new_meeting(meeting, held_on, place, attendees, justerare):
        pass
    click.echo(f"recorded meeting {meeting} ({held_on})")


@click.command("put-forward")
@click.argument("matter", type=ITEM)
@click.argument("title")
def put_forward(matter: ItemRef, title: str) -> None:
    """Record a motion put before the board as agenda item MATTER."""
    with current_register().recording(matter.meeting) as recording:
        recording.put_forward(matter, title)
    click.echo(f"put forward {matter}")


@click.command()
@click.argument("decision", type=DECISION)
@click.argument("text")
@click.option("--kind", type=KIND, default="other", show_default=True, help="What the decision does.")
@click.option("--matter", type=ITEM, help="The matter it decides, if it began at an earlier item.")
@click.option("--cites", type=DECISION, multiple=True, help="A decision it cites (repeatable).")
def decide(decision: DecisionId, text: str, kind: DecisionKind, matter: ItemRef | None, cites: tuple[DecisionId, ...]) -> None:
    """Record a decision taken, with its operative text ("Att …")."""
    with current_register().recording(decision.meeting) as recording:
        recording.take_decision(decision, text, kind, matter, cites)
    click.echo(f"decided {decision}")


@click.command("refer-back")
@click.argument("matter", type=ITEM)
@click.option("--by", type=DECISION, required=True, help="The decision that refers it back.")
@click.option("--returns", type=DUE, default="next-meeting", show_default=True, help="When it should return (YYYY-MM, date or next-meeting).")
@click.option("--responsible", default="", help="Who prepares it again (a party, förbundschefen); the board when left out.")
def refer_back(matter: ItemRef, by: DecisionId, returns: Due, responsible: str) -> None:
    """Record that a matter was referred back (återremiss)."""
    with current_register().recording(by.meeting) as recording:
        recording.refer_back(matter, by, returns.check_near(recording.recorded.held_on), responsible)
    click.echo(f"referred back {matter} by {by}")


@click.command()
@click.argument("item", type=ITEM)
@click.argument("subject")
@click.option("--to", "to", type=DUE, default="next-meeting", show_default=True, help="When it is taken up again.")
@click.option("--responsible", default="", help="Whom the board waits for; the board itself when left out.")
def defer(item: ItemRef, subject: str, to: Due, responsible: str) -> None:
    """Record that an agenda item was deferred to a later meeting."""
    with current_register().recording(item.meeting) as recording:
        recording.defer(item, subject, to.check_near(recording.recorded.held_on), responsible)
    click.echo(f"deferred {item}")


@click.command()
@click.argument("decision", type=DECISION)
@click.option("--by", type=DECISION, help="The decision that withdraws it (default: struck at its own meeting).")
@click.option("--reason", default="utgår", show_default=True, help="Why it was struck.")
def withdraw(decision: DecisionId, by: DecisionId | None, reason: str) -> None:
    """Record that a decision was struck out ("utgår")."""
    with current_register().recording((by or decision).meeting) as recording:
        recording.withdraw(decision, by, reason)
    click.echo(f"withdrawn {decision}")


@click.command()
@click.argument("decision", type=DECISION)
@click.option("--by", type=DECISION, required=True, help="The later decision that revokes it.")
@click.option("--superseded", is_flag=True, help="It is replaced by the new decision, not just revoked.")
def revoke(decision: DecisionId, by: DecisionId, superseded: bool) -> None:
    """Record that a later decision revoked (upphävde) an earlier one."""
    with current_register().recording(by.meeting) as recording:
        recording.revoke(decision, by, superseded)
    click.echo(f"{'superseded' if superseded else 'revoked'} {decision} by {by}")


@click.command("adopt-plan")
@click.argument("party", type=PARTY)
@click.argument("year", type=YEAR)
@click.option("--by", type=DECISION, required=True, help="The decision that adopts it.")
@click.option("--grant", "amount", type=KRONOR, help="Money granted for it, in whole kronor.")
def adopt_plan(party: Party, year: int, by: DecisionId, amount: int | None) -> None:
    """Record that a party's plan for a year was adopted, with the money granted for it."""
    with current_register().recording(by.meeting) as recording:
        recording.adopt_plan(party, year, by)
        if amount is not None:
            recording.award_grant(party, year, amount, by, f"genomförande av plan {year}")
    click.echo(f"adopted {party} plan {year} by {by}")


@click.command()
@click.argument("party", type=PARTY, required=False)
@click.option("--amount", type=KRONOR, required=True, help="Whole kronor, e.g. 3578000 or '3 578 000'.")
@click.option("--by", type=DECISION, required=True, help="The decision that grants it.")
@click.option("--year", type=YEAR, help="The year the money is for (default: the meeting's year).")
@click.option("--purpose", default="", help="What the money is for.")
@click.option("--project", default="", help="Instead of a party: the project several parties run jointly.")
def grant(party: Party | None, amount: int, by: DecisionId, year: int | None, purpose: str, project: str) -> None:
    """Record a grant of money to a party, or to a project run jointly (--project, no PARTY)."""
    with current_register().recording(by.meeting) as recording:
        recording.award_grant(party, year or by.meeting.year, amount, by, purpose, project)
    click.echo(f"granted {amount} kr to {party or project} by {by}")


def _owing(ctx: click.Context, param: click.Parameter, value: str) -> Party | str:
    """A member party, or with --body (read first: it is eager) the name of a body that is no party."""
    return value.strip() if ctx.params.get("body") else PARTY.convert(value, param, ctx)


@click.command()
@click.argument("party", callback=_owing)
@click.argument("subject")
@click.option("--by", type=DECISION, required=True, help="The decision that requires the report.")
@click.option("--due", type=DUE, required=True, help="YYYY-MM (that month's meeting), YYYY-MM-DD or next-meeting.")
@click.option("--body", is_flag=True, is_eager=True,
              help="PARTY names a body or officer that is no member party: a joint project, förbundschefen.")
def oblige(party: Party | str, subject: str, by: DecisionId, due: Due, body: bool) -> None:
    """Record that a party (or, with --body, a project or officer) must report back to the board."""
    owing, owed_by = (None, party) if isinstance(party, str) else (party, "")
    with current_register().recording(by.meeting) as recording:
        recording.require_report(owing, subject, due.check_near(recording.recorded.held_on), by, owed_by=owed_by)
    click.echo(f"report required of {party} by {by}")


@click.command()
@click.argument("responsible")
@click.argument("subject")
@click.option("--by", type=DECISION, required=True, help="The decision that gives the assignment.")
@click.option("--due", type=DUE, help="YYYY-MM, YYYY-MM-DD or next-meeting; none if not given.")
def assign(responsible: str, subject: str, by: DecisionId, due: Due | None) -> None:
    """Record an assignment (uppdrag), e.g. to the förbundschef."""
    with current_register().recording(by.meeting) as recording:
        recording.give_assignment(responsible, subject, (due or Due.parse(None)).check_near(recording.recorded.held_on), by)
    click.echo(f"assignment given to {responsible} by {by}")


@click.command()
@click.argument("source", type=REF)
@click.option("--by", type=DECISION, help="The decision that accepts the report.")
@click.option("--meeting", type=MEETING, help="The meeting where it was fulfilled, when no decision was taken.")
@click.option("--note", default="", help="What was reported.")
def fulfil(source: FollowUpSource, by: DecisionId | None, meeting: MeetingId | None, note: str) -> None:
    """Record that the follow-up from SOURCE is done: a report or assignment (its decision) fulfilled,
    a referral (its decision) or a deferred item (2026-1 §07, or 2025-7 deferred 1) come back."""
    at = by.meeting if by is not None else meeting
    if at is None:
        raise click.UsageError("give --by DECISION or --meeting MEETING")
    with current_register().recording(at) as recording:
        recording.fulfil(source, by, note)
    click.echo(f"fulfilled follow-up from {source}")


@click.command()
@click.argument("meeting", type=MEETING)
@click.option("--by", "names", multiple=True, required=True, help="Who checked and signed the minutes (repeatable).")
@click.option("--on", "on", type=DATE, help="The day of the justering (YYYY-MM-DD), for the protokollsutdrag.")
def seal(meeting: MeetingId, names: tuple[str, ...], on: dt.date | None) -> None:
    """Record that the minutes were checked and signed (justerade); after that only corrections.
    Minutes that say they were justerade are sealed when imported."""
    register = current_register()
    with register.recording(meeting) as recording:
        recording.seal(names, on)
    click.echo(f"sealed meeting {meeting} (justerat by {', '.join(names)}{f' on {on}' if on else ''})")
    click.echo(f"history digest {whole_store.digest(register)}: write it into the next minutes; "
               "`register verify --digest` then proves the store still holds all of it")


_CORRECTIONS = {
    "text": CorrectedField.TEXT, "amount": CorrectedField.AMOUNT, "party": CorrectedField.PARTY,
    "due": CorrectedField.DUE, "date": CorrectedField.DATE,
}


@click.command()
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
    with current_register().recording(at) as recording:
        recording.correct(decision, field, value, reason)
    click.echo(f"corrected {name} of {decision or at}")



@click.command()
@click.argument("ref", type=REF)
@click.option("--reason", required=True, help="Why it may not be published (e.g. personuppgifter).")
def withhold(ref: FollowUpSource, reason: str) -> None:
    """Withhold a decision (2025-7 §13:1), a whole agenda item (2025-7 §13) or a deferral under
    no heading (2025-7 deferred 1) from the public site."""
    with current_register().recording(ref.meeting) as recording:
        recording.withhold(ref, reason)
    click.echo(f"withheld {ref} from publication: {' '.join(reason.split())}")


@click.command()
@click.argument("ref", type=REF)
def publish(ref: FollowUpSource) -> None:
    """Publish again what was withheld from the public site."""
    with current_register().recording(ref.meeting) as recording:
        recording.publish(ref)
    click.echo(f"published {ref} again")


@click.command()
@as_of_meaning("only what is withheld of the meetings held by this date (default: of every meeting)")
@as_recorded_option
@output_format
def withheld(as_of: dt.date | None, as_recorded: dt.datetime | None, fmt: str) -> None:
    """What is withheld from publication, with the reasons; with --as-of, only the withholdings
    of meetings held by that date."""
    show(current_register().withheld(as_recorded, as_of), WithheldRow, fmt)


COMMANDS = [record_meeting, put_forward, decide, refer_back, defer, withdraw, revoke, adopt_plan, grant, oblige, assign,
            fulfil, seal, correct, withhold, publish, withheld]
