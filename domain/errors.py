"""The register's own errors: every refusal the domain or the application can give.

A refusal the secretary can meet at the site's desk carries what it is about as fields (the
decision, the reason it was withheld, the day), beside its English message for the command line,
so that the site says it in Swedish from those fields (`register/web/reasons.py`), never by reading
the English back."""

from __future__ import annotations

import datetime as dt
import enum

Ref = object
"""A decision, an agenda item or a deferral (`domain.ids.FollowUpSource`), or a meeting
(`MeetingId`): named loosely here, since ids.py imports this module."""


class RegisterError(Exception):
    """Base of every error the register raises on purpose; the CLI turns it into exit
    `exit_status`: 2, a refusal of what was asked."""

    exit_status = 2

    def __reduce__(self) -> tuple[object, ...]:
        # The refusals' fields are not their constructor's arguments: rebuilt as they stood.
        return (_restored, (type(self), self.args, self.__dict__))

    def noted(self, note: str) -> RegisterError:
        """The same refusal, with `note` on where it happened; the same exit status."""
        error = RegisterError(f"{self} {note}")
        error.exit_status = self.exit_status
        return error


def _restored(kind: type[RegisterError], args: tuple[object, ...], fields: dict[str, object]) -> RegisterError:
    error = Exception.__new__(kind)
    error.args = args
    error.__dict__.update(fields)
    return error


class HistoryBroken(RegisterError):
    """Raised when the stored history no longer matches its hash chain, or the views no longer
    match the history: what `verify` reports, with exit 1."""

    exit_status = 1


class InvalidValue(RegisterError, ValueError):
    """Raised when a value (id, date, amount, party, due) cannot be what it claims to be."""


class UnknownMeeting(RegisterError):
    """Raised when something is recorded for a meeting the register does not hold."""


class MeetingAlreadyRecorded(RegisterError):
    """Raised when a meeting id is recorded a second time."""


class UnknownDecision(RegisterError):
    """Raised when a decision id is cited, withdrawn or used that the register does not hold."""


class DuplicateDecision(RegisterError):
    """Raised when a decision id is taken a second time."""


class DecisionNotInForce(RegisterError):
    """Raised when withdrawing or revoking a decision that is already withdrawn or revoked."""


class UnknownFollowUp(RegisterError):
    """Raised when fulfilling, or writing off, a follow-up that no decision created."""

    def __init__(self, message: str, *, source: Ref) -> None:
        super().__init__(message)
        self.source = source


class FollowUpAlreadyFulfilled(RegisterError):
    """Raised when fulfilling, or writing off, a follow-up that is already done or written off."""

    def __init__(self, message: str, *, source: Ref) -> None:
        super().__init__(message)
        self.source = source


class MeetingMismatch(RegisterError):
    """Raised when an id's meeting part differs from the meeting it is recorded at."""


class MeetingSealed(RegisterError):
    """Raised when a sealed (justerat) meeting's record would change other than by a correction."""

    def __init__(self, meeting: Ref, by: tuple[str, ...]) -> None:
        super().__init__(f"the minutes of meeting {meeting} are sealed (justerade{' by ' + ', '.join(by) if by else ''}); "
                         "only a correction with a reason can change them")
        self.meeting, self.by = meeting, by


class SealedBeforeHeld(InvalidValue):
    """Raised when minutes would be justerade on a day before their meeting was held."""

    def __init__(self, meeting: Ref, held_on: dt.date, on: dt.date) -> None:
        super().__init__(f"meeting {meeting} was held on {held_on}: its minutes cannot be justerade on {on}, before it")
        self.meeting, self.held_on, self.on = meeting, held_on, on


class AlreadyWithheld(InvalidValue):
    """Raised when withholding from publication what is withheld already."""

    def __init__(self, ref: Ref, reason: str) -> None:
        super().__init__(f"{ref} is already withheld from publication ({reason})")
        self.ref, self.reason = ref, reason


class NotWithheld(InvalidValue):
    """Raised when publishing again what is not withheld."""

    def __init__(self, ref: Ref) -> None:
        super().__init__(f"{ref} is not withheld from publication; nothing to publish again")
        self.ref = ref


class TextNotPlain(InvalidValue):
    """Raised when a text holds a control character, or is longer than a text may be; `what`
    says which text, in English; `position` (from 1) and `character` the control character,
    `length` and `most` a text too long."""

    def __init__(self, message: str, *, position: int = 0, character: str = "", length: int = 0, most: int = 0) -> None:
        super().__init__(message)
        self.position, self.character, self.length, self.most = position, character, length, most


class NotKronor(InvalidValue):
    """Raised when an amount is not a whole, positive number of kronor (`most`: the most there is
    where it is more than any board grants)."""

    def __init__(self, message: str, *, shown: str, most: int = 0) -> None:
        super().__init__(message)
        self.shown, self.most = shown, most


class MalformedId(InvalidValue):
    """Raised when a meeting id, an agenda item, a decision id, a deferral or a follow-up's source
    is not written as one: `example` shows how it is."""

    def __init__(self, message: str, *, text: str, example: str) -> None:
        super().__init__(message)
        self.text, self.example = text, example


class NotOneOf(InvalidValue):
    """Raised when a code (a decision's kind, an attendee's role) is none of those there are."""

    def __init__(self, message: str, *, text: str, choices: tuple[str, ...]) -> None:
        super().__init__(message)
        self.text, self.choices = text, choices


class UnknownParty(InvalidValue):
    """Raised when a name is none of the board's parties."""

    def __init__(self, text: str, parties: tuple[str, ...]) -> None:
        super().__init__(f"unknown party {text!r}: expected one of {', '.join(parties)}")
        self.text, self.parties = text, parties


class NotADue(InvalidValue):
    """Raised when a due is unreadable (`text`), or lies before boards like this met or too far
    after its meeting (`due`, and `earliest` or `latest`)."""

    def __init__(self, message: str, *, text: str = "", due: str = "", earliest: int = 0, latest: dt.date | None = None) -> None:
        super().__init__(message)
        self.text, self.due, self.earliest, self.latest = text, due, earliest, latest


class PartiesRefused(InvalidValue):
    """Raised when a list of the board's parties names none, or one twice (`twice`, as written the second time)."""

    def __init__(self, message: str, *, twice: str = "") -> None:
        super().__init__(message)
        self.twice = twice


class DocumentAlreadyImported(InvalidValue):
    """Raised when a board document is imported whose text the register holds already."""

    def __init__(self, document: str) -> None:
        super().__init__(f"{document}: this document is already imported (the same text was recorded before)")
        self.document = document


class UnknownProject(InvalidValue):
    """Raised when a project is pinned to a decision that no annual report names (`reported`: those that do)."""

    def __init__(self, project: str, reported: tuple[str, ...]) -> None:
        super().__init__(f"no reported project is called {project!r}; reported: {', '.join(reported) or 'none yet'}")
        self.project, self.reported = project, reported


class AlreadyMatched(InvalidValue):
    """Raised when a reported project is pinned to a decision it is pinned to already."""

    def __init__(self, project: str, decision: Ref) -> None:
        super().__init__(f"{project} is already matched to {decision}")
        self.project, self.decision = project, decision


class Unfit(enum.Enum):
    """Why a correction cannot be made: one per check of `domain.corrections.check_correction`,
    each its English sentence."""

    DATE_UNCHANGED = "the meeting date is already {value}"
    VOIDED = "decision {decision} is already corrected as never taken"
    TEXT_UNCHANGED = "the corrected text of {decision} must be new and not empty"
    NOT_ONE_GRANT = "decision {decision} made {value} grants; the amount of exactly one can be corrected"
    AMOUNT_UNCHANGED = "the grant by {decision} is already {value} kr"
    NO_FOLLOW_UP = "decision {decision} created no follow-up whose due date could be corrected"
    DUE_UNCHANGED = "the follow-up from {decision} is already due {value}"
    NOT_ONE_PARTY = "decision {decision} concerns {value} parties; the party of exactly one can be corrected"
    PARTY_UNCHANGED = "decision {decision} already concerns {value}"
    SEVERAL_YEARS = "decision {decision} concerns plans for several years; correct them one by one by hand"
    FIELD = "cannot correct {value} of {decision}"


class CorrectionRefused(InvalidValue):
    """Raised when a rättelse cannot be made as asked: `why` which check refused it, `decision`
    the decision it would correct, `value` what it holds already (or how many grants or parties)."""

    def __init__(self, why: Unfit, decision: object, value: object = "") -> None:
        super().__init__(why.value.format(decision=decision, value=value))
        self.why, self.decision, self.value = why, decision, value
