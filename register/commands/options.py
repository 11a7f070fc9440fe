"""The command line's shared vocabulary: parameter types that parse with the domain's own
parsers, the common options, and the register a command works on."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import click

from domain.errors import HistoryBroken, InvalidValue, RegisterError
from domain.ids import DecisionId, DeferralRef, ItemRef, MeetingId, parse_source
from domain.values import Attendee, DecisionKind, Due, Party, known_parties, parse_date, parse_instant, parse_kronor
from projections.rows import ViewRow
from register.application import Register
from register.ledger import parse_digest
from register.render import FORMATS, render

class Parsed(click.ParamType):
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


MEETING = Parsed("meeting", MeetingId.parse)
ITEM = Parsed("item", ItemRef.parse)
DECISION = Parsed("decision", DecisionId.parse)
DATE = Parsed("date", parse_date)
INSTANT = Parsed("instant", parse_instant)
DUE = Parsed("due", Due.parse)
def _board_party(text: str) -> Party:
    current_register()  # the board's own parties, once recorded
    return Party.parse(text)


PARTY = Parsed("party", _board_party)
KRONOR = Parsed("kronor", parse_kronor)
KIND = Parsed("kind", DecisionKind.parse)
YEAR = click.IntRange(1900, 2999)
ATTENDEE = Parsed("attendee", Attendee.parse)
DIGEST = Parsed("digest", parse_digest)


REF = Parsed("ref", parse_source)
"""A decision (2025-7 §13:1), an agenda item (2025-7 §13) or a deferral under no heading (2025-7 deferred 1)."""


def _decision_or_item(text: str) -> DecisionId | ItemRef:
    source = parse_source(text)
    if isinstance(source, DeferralRef):
        raise InvalidValue(f"{text!r} is a deferral; give a decision (2025-7 §13:1) or an agenda item (2025-7 §13)")
    return source


PARAGRAPH = Parsed("decision or item", _decision_or_item)


def current_register(any_board: bool = False, checking: bool = False) -> Register:
    """The register the command works on; `any_board`: the store, whatever boards it holds;
    `checking`: the command looks for damage itself (verify), so a board record that cannot be
    read back is its finding, not a reason to stop before it looks."""
    ctx = click.get_current_context()
    root = ctx.find_root()
    if not isinstance(root.obj, Register):
        root.obj = root.obj(any_board)
        try:
            board = None if any_board else root.obj.board_record()
        except HistoryBroken:
            if not checking:
                raise
            board = None
        if board is not None and board.parties:  # names in arguments and minutes are the board's parties
            root.with_resource(known_parties(board.parties))
    return root.obj


def show(rows: Sequence[ViewRow], kind: type[ViewRow], fmt: str, document: Any = None) -> None:
    click.echo(render(rows, kind, fmt, document))


output_format = click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True, help="Output format.")


def as_of_meaning(meaning: str) -> Callable[[Any], Any]:
    """The --as-of option, declared here only; `meaning` says what the date keeps in a command
    whose answer is not a view of decisions."""
    return click.option("--as-of", type=DATE, help=f"Decided time: {meaning}.")


as_of_option = as_of_meaning("the register as decided by this date (default today)")
as_recorded_option = click.option(
    "--as-recorded", type=INSTANT,
    help="Recorded time: exactly what the register held at this instant (ISO date or date-time; UTC unless an offset is given).",
)

# Every command reads the register at a time, and so takes both clocks, unless it is named
# here with the reason it does not; a test holds every other command to both clocks.
RECORDING = frozenset({
    "adopt-plan", "assign", "correct", "decide", "defer", "demo", "fulfil", "grant", "import-goals", "import-minutes",
    "import-outcomes", "match-outcome", "meeting", "oblige", "publish", "put-forward", "refer-back", "review-new",
    "revoke", "seal", "withdraw", "withhold", "write-off",
})
"""Commands that write (events, or a review file to fill in): they act now, on the register as it stands."""
WHOLE_STORE = frozenset({"boards", "copy", "log", "rebuild", "serve", "users", "verify"})
"""Commands over the whole store or its history, not one view at a time: `log` bounds the
recorded time with --since and --until, `serve` takes the clocks per page; `users` keeps the accounts
that sign in, which are beside the history, not in it."""


FILE_ONLY = frozenset({"minutes-text"})
"""Commands that read a file the user names, and not the register."""


def reads_at_a_time(command: str) -> bool:
    """Whether a command shows the register as of a date and as recorded at an instant."""
    return command not in RECORDING | WHOLE_STORE | FILE_ONLY
