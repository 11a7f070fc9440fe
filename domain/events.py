"""What can happen at a meeting: one class per event, declared once.

Each class is the stored schema (its fields and its topic, which never changes once events
are stored) and, where the meeting aggregate must remember something for later checks, how
the event changes the aggregate (`apply`). The checks themselves are the aggregate's
commands, in `domain/meeting.py`; projections fold these events into views.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol


from domain.corrections import CorrectedField, MeetingRecord, apply_correction
from domain.ids import DecisionId, FollowUpSource, ItemRef
from domain.topics import NamedEvent
from domain.values import DecisionKind, Due, Party

TOPIC = "beslutsregister:Meeting"
"""Stored with every event; the aggregate's name before events moved out of its class."""


class Meeting(Protocol):
    """What the meeting aggregate remembers of its events, for the checks of later commands."""

    recorded: MeetingRecord
    withdrawn: set[DecisionId]
    fulfilled: set[FollowUpSource]
    """Closed here: fulfilled, settled or written off."""
    deferrals: int
    votes: set[DecisionId]
    sealed_by: tuple[str, ...]
    sealed: bool
    unpublished: dict[FollowUpSource, str]
    items: set[ItemRef]
    deferred_without_item: set[int]


class MeetingEvent(NamedEvent):
    """Something recorded at one meeting."""

    PREFIX = TOPIC

    # `apply(meeting)`, where a class has it, is what the meeting remembers of the event for
    # later checks; most events leave nothing to remember.


class MotionPutForward(MeetingEvent):
    matter: ItemRef
    title: str

    def apply(self, meeting: Meeting) -> None:
        meeting.items.add(self.matter)


class MatterReturned(MeetingEvent):
    matter: ItemRef
    item: ItemRef
    citing: DecisionId | None

    def apply(self, meeting: Meeting) -> None:
        meeting.items.add(self.item)


class DecisionTaken(MeetingEvent):
    decision: DecisionId
    text: str
    kind: DecisionKind
    matter: ItemRef | None
    cites: tuple[DecisionId, ...]

    def apply(self, meeting: Meeting) -> None:
        meeting.recorded.texts[self.decision] = self.text
        meeting.items.add(self.decision.item)


class MatterReferredBack(MeetingEvent):
    class_version = 2
    matter: ItemRef
    by: DecisionId
    returns: Due
    responsible: str
    """Who prepares the matter again (`återremitteras till Ronneby kommun`); empty where the
    minutes name nobody, and then it is the board's own (version 2)."""

    @staticmethod
    def upcast_v1_v2(state: dict[str, object]) -> None:
        state["responsible"] = ""

    def apply(self, meeting: Meeting) -> None:
        meeting.recorded.dues[self.by] = self.returns


class ItemDeferred(MeetingEvent):
    class_version = 2
    item: ItemRef | None
    """None where the minutes lost the item's heading; `number` then tells deferrals apart."""
    number: int
    subject: str
    to: Due
    responsible: str
    """Whom the board waits for (`i avvaktan på att Arbetsförmedlingen …`); empty where the
    minutes name nobody (version 2)."""

    @staticmethod
    def upcast_v1_v2(state: dict[str, object]) -> None:
        state["responsible"] = ""

    def apply(self, meeting: Meeting) -> None:
        meeting.deferrals = self.number
        if self.item is not None:
            meeting.items.add(self.item)
        else:
            meeting.deferred_without_item.add(self.number)


class DecisionWithdrawn(MeetingEvent):
    decision: DecisionId
    by: DecisionId | None
    reason: str

    def apply(self, meeting: Meeting) -> None:
        meeting.withdrawn.add(self.decision)


class DecisionRevoked(MeetingEvent):
    decision: DecisionId
    by: DecisionId
    superseded: bool

    def apply(self, meeting: Meeting) -> None:
        meeting.withdrawn.add(self.decision)


class PlanProposed(MeetingEvent):
    party: Party
    year: int
    matter: ItemRef


class PlanReferredBack(MeetingEvent):
    party: Party
    year: int
    by: DecisionId


class PlanAdopted(MeetingEvent):
    party: Party
    year: int
    by: DecisionId

    def apply(self, meeting: Meeting) -> None:
        meeting.recorded.plans.setdefault(self.by, []).append((self.party, self.year))


class GrantAwarded(MeetingEvent):
    class_version = 2
    party: Party | None
    """None for a grant to a project run jointly by several parties, which no single party owns."""
    year: int
    amount_sek: int
    purpose: str
    by: DecisionId
    project: str
    """The project granted the money (`projektet Steget vidare`), where it is no party's; empty
    for a party's grant (version 2)."""

    @staticmethod
    def upcast_v1_v2(state: dict[str, object]) -> None:
        state["project"] = ""

    def apply(self, meeting: Meeting) -> None:
        meeting.recorded.grants.setdefault(self.by, []).append((self.party, self.year, self.amount_sek))
        if self.project:
            meeting.recorded.projects[self.by] = self.project


class ReportRequired(MeetingEvent):
    class_version = 3
    responsible: Party | None
    subject: str
    due: Due
    by: DecisionId
    also: tuple[Party, ...]
    owed_by: str
    """`also` owe it jointly with `responsible` (v2); `owed_by` owes it where no party does, `responsible` None (v3)."""

    @staticmethod
    def upcast_v1_v2(state: dict[str, object]) -> None:
        state["also"] = []

    @staticmethod
    def upcast_v2_v3(state: dict[str, object]) -> None:
        state["owed_by"] = ""

    def apply(self, meeting: Meeting) -> None:
        meeting.recorded.reports[self.by] = (self.responsible, self.due)
        meeting.recorded.dues[self.by] = self.due


class AssignmentGiven(MeetingEvent):
    responsible: str
    subject: str
    due: Due
    by: DecisionId

    def apply(self, meeting: Meeting) -> None:
        meeting.recorded.dues[self.by] = self.due


class FollowUpFulfilled(MeetingEvent):
    source: FollowUpSource
    """A report's or assignment's decision; for a matter that returned, the referral's
    decision or the deferred item (each stored with its own type tag, so no upcast)."""
    by: DecisionId | None
    note: str

    def apply(self, meeting: Meeting) -> None:
        meeting.fulfilled.add(self.source)


class FollowUpWrittenOff(MeetingEvent):
    """Avskrivning: the follow-up will not be done and is closed, with a reason."""

    source: FollowUpSource
    reason: str
    by: DecisionId | None
    """The decision of this meeting that wrote it off; None when the secretary did, at the
    follow-up's own meeting."""
    actor: str
    """Who recorded the write-off."""
    on: dt.date | None
    """The day the secretary wrote it off, from which `--as-of` shows it closed; None for a
    decision, which writes off on its meeting's date."""

    def apply(self, meeting: Meeting) -> None:
        meeting.fulfilled.add(self.source)


class AgreementTerminated(MeetingEvent):
    agreement: str
    by: DecisionId


class DocumentAdopted(MeetingEvent):
    title: str
    by: DecisionId


class Sealed(MeetingEvent):
    """Justering: by `register seal`, or read from minutes that say they were justerade."""

    class_version = 2
    by: tuple[str, ...]
    """Who signed; empty only when the minutes say they were justerade and name no justerare."""
    on: dt.date | None
    """The day of the justering, where the minutes give it (version 2)."""
    stated: bool
    """True when read from the minutes (`Protokollet är justerat`), not sealed by command (version 2)."""

    @staticmethod
    def upcast_v1_v2(state: dict[str, object]) -> None:
        state["on"] = None
        state["stated"] = False

    def apply(self, meeting: Meeting) -> None:
        meeting.sealed_by = tuple(self.by)
        meeting.sealed = True


class Corrected(MeetingEvent):
    class_version = 3
    decision: DecisionId | None
    """None when the meeting itself (its date) is corrected."""
    field: str
    value: str
    previous: str
    party: Party | None
    year: int | None
    reason: str
    by: DecisionId | None
    """The decision of this meeting that corrects one of an earlier meeting; None for a
    rättelse of this meeting's own record (version 2)."""
    project: str
    """For an amount: the project whose grant it corrects, where the grant was no party's
    (`party` is then None); empty otherwise (version 3)."""

    @staticmethod
    def upcast_v1_v2(state: dict[str, object]) -> None:
        state["by"] = None

    @staticmethod
    def upcast_v2_v3(state: dict[str, object]) -> None:
        state["project"] = ""

    def apply(self, meeting: Meeting) -> None:
        if self.by is None:  # a correction of another meeting's decision leaves this meeting's record as it is
            apply_correction(meeting.recorded, self.decision, CorrectedField(self.field), self.value)


class VoteRecorded(MeetingEvent):
    decision: DecisionId
    in_favour: int
    against: int
    abstained: int

    def apply(self, meeting: Meeting) -> None:
        meeting.votes.add(self.decision)


class ReservationRecorded(MeetingEvent):
    decision: DecisionId
    name: str
    party: str


class RecusalRecorded(MeetingEvent):
    decision: DecisionId
    name: str
    party: str


class Reviewed(MeetingEvent):
    """The secretary reviewed what the importer proposed before it was recorded."""

    by: str
    digest: str
    """Of the minutes file reviewed; empty for a meeting recorded by hand."""
    changes: tuple[str, ...]


class DecisionReviewed(MeetingEvent):
    """A decision the reviewer added (the minutes, as the importer read them, did not yield it)
    or changed (its text, kind, follow-up, money or links) before it was recorded: what the
    register holds of it is the reviewer's word, not only the minutes'."""

    decision: DecisionId
    by: str
    added: bool
    changes: tuple[str, ...]
    """For a changed decision, what changed, one line a change (`text 'read' → 'reviewed'`)."""


class ItemSealed(MeetingEvent):
    """Omedelbar justering: one paragraph checked and signed at the meeting itself."""

    item: ItemRef


class PublicationWithheld(MeetingEvent):
    """A decision or agenda item is kept off the public site (it holds personal data, say);
    the minutes are unchanged, so sealed meetings allow it."""

    ref: FollowUpSource
    """A decision, an agenda item, or a deferral under no heading (`2025-7 deferred 1`)."""
    reason: str

    def apply(self, meeting: Meeting) -> None:
        meeting.unpublished[self.ref] = self.reason


class PublicationRestored(MeetingEvent):
    """What was withheld from the public site is published again."""

    ref: FollowUpSource

    def apply(self, meeting: Meeting) -> None:
        meeting.unpublished.pop(self.ref, None)


class ItemFiled(MeetingEvent):
    """What a diarium keeps of an agenda item, as the minutes give it: the matter's
    diarienummer, what the decision was based on (beslutsunderlag) and whom it was sent to
    (expedieras). Each may be empty; recorded only where the minutes give one of them."""

    item: ItemRef
    diary_number: str
    basis: tuple[str, ...]
    sent_to: tuple[str, ...]

    def apply(self, meeting: Meeting) -> None:
        meeting.items.add(self.item)


class NoticePosted(MeetingEvent):
    """The anslag: the notice that the minutes were justerade, when it went up and comes down
    (the days an appeal is counted from), and where the minutes are kept (förvaringsplats).
    A notice goes up after the justering, so sealed minutes allow it."""

    posted: dt.date | None
    removed: dt.date | None
    kept_at: str


class SecretaryNamed(MeetingEvent):
    """Who kept the minutes (sekreterare, protokollförare), as the minutes name them: the
    extract names them beside the chair."""

    name: str
