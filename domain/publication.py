"""Publication: what of a meeting's record the public site may show. Minutes can hold personal
data that must not go on the web; the secretary withholds a decision or an agenda item, with a
reason, and can publish it again. Neither changes the minutes, so both are allowed after
justering, and each is an event of its own."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from domain import events as e
from domain.errors import InvalidValue, MeetingMismatch, UnknownDecision
from domain.ids import DecisionId, ItemRef, MeetingId
from domain.values import plain


class Publishing:
    """The meeting aggregate's publication commands (mixed into `Meeting`)."""

    meeting: MeetingId
    unpublished: dict[DecisionId | ItemRef, str]
    items: set[ItemRef]

    if TYPE_CHECKING:  # what the aggregate it is mixed into provides

        @property
        def decisions(self) -> Collection[DecisionId]: ...

        def trigger_event(self, event_class: Any, **kwargs: Any) -> None: ...

    def withhold(self, ref: DecisionId | ItemRef, reason: str) -> None:
        self._check_publishable(ref)
        if not reason.strip():
            raise InvalidValue(f"withholding {ref} from publication needs a reason (e.g. 'personuppgifter')")
        if ref in self.unpublished:
            raise InvalidValue(f"{ref} is already withheld from publication ({self.unpublished[ref]})")
        self.trigger_event(e.PublicationWithheld, ref=ref, reason=plain(" ".join(reason.split()), "the reason"))

    def publish(self, ref: DecisionId | ItemRef) -> None:
        self._check_publishable(ref)
        if ref not in self.unpublished:
            raise InvalidValue(f"{ref} is not withheld from publication; nothing to publish again")
        self.trigger_event(e.PublicationRestored, ref=ref)

    def _check_publishable(self, ref: DecisionId | ItemRef) -> None:
        item = ref.item if isinstance(ref, DecisionId) else ref
        if item.meeting != self.meeting:
            raise MeetingMismatch(f"{ref} does not belong to meeting {self.meeting}")
        if isinstance(ref, DecisionId) and ref not in self.decisions:
            raise UnknownDecision(f"decision {ref} is not recorded at meeting {self.meeting}")
        if isinstance(ref, ItemRef) and ref not in self.items:
            raise UnknownDecision(f"nothing is recorded under the agenda item {ref} at meeting {self.meeting}")
