"""`register audit`: the report an auditor files, as Markdown, JSON, or the site's print page
(HTML, or a PDF through the extract's machinery)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import click

from projections.rows import (
    AttendanceRow, DecisionRow, FollowUpRow, GrantRow, MeetingRow, PlanRow, ReviewedRow, ViewRow,
)
from register import audit as whole_store
from register.audit_report import CorrectionRow, RecordingRow, WithholdingRow, page_context
from register.commands.options import as_of_option, as_recorded_option, current_register
from register.commands.web import print_page
from register.render import as_json, render

SECTIONS: tuple[tuple[str, str, type[ViewRow]], ...] = (
    ("Meetings", "meetings", MeetingRow),
    ("Who recorded and reviewed each meeting, and when", "recordings", RecordingRow),
    ("Decisions", "decisions", DecisionRow),
    ("Follow-ups open or overdue", "follow_ups", FollowUpRow),
    ("Plans", "plans", PlanRow),
    ("Grants", "grants", GrantRow),
    ("Corrections", "corrections", CorrectionRow),
    ("Withheld from publication", "withholdings", WithholdingRow),
    ("Added or changed in review, not read from the minutes", "reviewed", ReviewedRow),
)
"""The report's sections in the order the text prints them; attendance follows the meetings."""


@click.command()
@as_of_option
@as_recorded_option
@click.option("--format", "fmt", type=click.Choice(("md", "json", "html", "pdf")), default="md", show_default=True,
              help="Output format: Markdown, JSON, or the site's print page as HTML or PDF (pdf needs --output).")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), help="Where to write the PDF (with --format pdf).")
def audit(as_of: dt.date | None, as_recorded: dt.datetime | None, fmt: str, output: Path | None) -> None:
    """Every view in one document, with the instant and the digest of the history it was read
    from, who recorded and reviewed what and when, corrections, withholdings and attendance."""
    if (fmt == "pdf") != (output is not None):
        raise click.UsageError("--format pdf writes to --output FILE; the other formats print to stdout"
                               if output is not None else "--format pdf needs --output FILE (a PDF is not printed to a terminal)")
    day = as_of or dt.date.today()
    if fmt in ("html", "pdf"):
        print_page("audit.html", output, lambda register: page_context(
            whole_store.audit(register, day, as_recorded), asked=as_recorded is not None))
        return
    document = whole_store.audit(current_register(), day, as_recorded)
    click.echo(as_json(document) if fmt == "json" else markdown(document, asked=as_recorded is not None))


def markdown(document: dict[str, Any], asked: bool) -> str:
    """The report as a Markdown document, each section a table."""
    last = document["last_save"]
    when = f"the instant asked; the report made at {document['made_at']}" if asked else "when the report was made"
    out = [f"# Register of {document['board']}, as decided by {document['as_of']}\n",
           f"- as recorded at: {document['as_recorded']} ({when})",
           f"- history up to position {document['position']}" + (
               f", last saved at {last['recorded_at']} by {last['actor']}" if last else ", nothing recorded by then"),
           f"- history digest: `{document['digest']}`\n"]
    for title, key, kind in SECTIONS:
        if key == "follow_ups":
            title += f" on {document['as_of']}"
        out.append(f"## {title}\n\n{render(document[key], kind, 'md')}\n")
        if key == "meetings":
            out.append("## Attendance\n")
            out += [f"### {meeting}\n\n{render(rows, AttendanceRow, 'md')}\n" for meeting, rows in document["attendance"].items()]
            if not document["attendance"]:
                out.append("(none)\n")
    return "\n".join(out).rstrip("\n")


COMMANDS = (audit,)
