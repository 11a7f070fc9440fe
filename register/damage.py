"""A broken history, said in one line: where the chain breaks, or what the stored events
that cannot be read back said."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from eventsourcing.domain import OriginatorVersionError
from eventsourcing.persistence import MapperDeserialisationError
from eventsourcing.utils import TopicError

from domain.errors import HistoryBroken, RegisterError
from register.ledger import Breach, Ledger

UNREADABLE = (OriginatorVersionError, MapperDeserialisationError, TopicError, AssertionError, TypeError, KeyError,
              ValueError, AttributeError)
"""What the library raises when stored events cannot give an aggregate: one deleted (its first
one: an assertion; a later one: a version out of order), altered, or of a topic no code has."""

_RESTORE = "see `register verify`, and restore the store from a backup"


def refuse_broken(breach: Breach | None, spared: str = "nothing was read into the views") -> None:
    """Refuses to go on from a breach in the chain; `spared`: what was therefore not done."""
    if breach is not None:
        raise HistoryBroken(f"the stored history is broken at position {breach.position}: {breach.problem}; {spared}; {_RESTORE}")


@contextmanager
def read_back(ledger: Ledger, what: str) -> Iterator[None]:
    """Stored events read back into `what` (an aggregate, an event): if they cannot be, the
    history is broken, said where the chain says so, or, if it holds, as the library said it."""
    try:
        yield
    except RegisterError:
        raise
    except UNREADABLE as error:
        breach = ledger.breach()
        if breach is not None:
            cause = f"the stored history is broken at position {breach.position}: {breach.problem}"
        else:
            cause = f"its stored events cannot be read ({' '.join(f'{type(error).__name__}: {error}'.split())})"
        raise HistoryBroken(f"{what} cannot be read back: {cause}; {_RESTORE}") from None
