"""The register's own errors: every refusal the domain or the application can give."""

from __future__ import annotations


class RegisterError(Exception):
    """Base of every error the register raises on purpose; the CLI turns it into exit
    `exit_status`: 2, a refusal of what was asked."""

    exit_status = 2

    def noted(self, note: str) -> RegisterError:
        """The same refusal, with `note` on where it happened; the same exit status."""
        error = RegisterError(f"{self} {note}")
        error.exit_status = self.exit_status
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
    """Raised when fulfilling a follow-up that no decision created."""


class FollowUpAlreadyFulfilled(RegisterError):
    """Raised when fulfilling a follow-up that is already done."""


class MeetingMismatch(RegisterError):
    """Raised when an id's meeting part differs from the meeting it is recorded at."""


class MeetingSealed(RegisterError):
    """Raised when a sealed (justerat) meeting's record would change other than by a correction."""
