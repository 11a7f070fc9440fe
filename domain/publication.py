"""Publication: what of a meeting's record the public site may show. Minutes can hold personal
data that must not go on the web; the secretary withholds a decision or an agenda item, with a
reason, and can publish it again. Neither changes the minutes, so both are allowed after
justering, and each is an event of its own."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from domain import events as e
from domain.errors import AlreadyWithheld, InvalidValue, MeetingMismatch, NotWithheld, UnknownDecision
from domain.ids import DecisionId, DeferralRef, FollowUpSource, ItemRef, MeetingId
from domain.values import plain


class Publishing:
    """The meeting aggregate's publication commands (mixed into `Meeting`)."""

    meeting: MeetingId
    unpublished: dict[FollowUpSource, str]
    items: set[ItemRef]
    deferred_without_item: set[int]

    if TYPE_CHECKING:  # what the aggregate it is mixed into provides

        @property
        def decisions(self) -> Collection[DecisionId]: ...

        def trigger_event(self, event_class: Any, **kwargs: Any) -> None: ...

    def withhold(self, ref: FollowUpSource, reason: str) -> None:
        self._check_publishable(ref)
        if not reason.strip():
            raise InvalidValue(f"withholding {ref} from publication needs a reason (e.g. 'personuppgifter')")
        if ref in self.unpublished:
            raise AlreadyWithheld(ref, self.unpublished[ref])
        self.trigger_event(e.PublicationWithheld, ref=ref, reason=plain(" ".join(reason.split()), "the reason"))

    def publish(self, ref: FollowUpSource) -> None:
        self._check_publishable(ref)
        if ref not in self.unpublished:
            raise NotWithheld(ref)
        self.trigger_event(e.PublicationRestored, ref=ref)

    def _check_publishable(self, ref: FollowUpSource) -> None:
        if ref.meeting != self.meeting:
            raise MeetingMismatch(f"{ref} does not belong to meeting {self.meeting}")
        if isinstance(ref, DecisionId) and ref not in self.decisions:
            raise UnknownDecision(f"decision {ref} is not recorded at meeting {self.meeting}")
        if isinstance(ref, ItemRef) and ref not in self.items:
            raise UnknownDecision(f"nothing is recorded under the agenda item {ref} at meeting {self.meeting}")
        if isinstance(ref, DeferralRef) and ref.number not in self.deferred_without_item:
            raise UnknownDecision(f"no deferral {ref} is recorded at meeting {self.meeting}")
