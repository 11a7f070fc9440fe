"""What an import will record, decided before anything is written: the meeting, each decision
with what it does, each item with what it settles, and the doubts to review.

The importer proposes from the minutes and the register (`proposing.py`); a secretary may review
the proposal as a TOML file and change it (`review.py`); `importing.py` records exactly a
proposal, in one transaction. A plain import is the proposal recorded unchanged. (Named so that it
is not taken for a party's FINSAM plan.)
"""

from __future__ import annotations

import datetime as dt

import attrs

from domain.ids import DecisionId, FollowUpSource, ItemRef, MeetingId
from domain.values import Attendee, DecisionKind, Due, Party
from register.minutes.debate import Person, Vote

FOLLOW_UP_KINDS = ("report", "assignment", "referred_back", "deferred")


@attrs.frozen
class FollowUp:
    """What a decision leaves to be done: a report owed, an assignment, a referral back."""

    kind: str
    responsible: tuple[str, ...]
    """Parties for a report (several when owed jointly), or the one body that owes it and is no
    party (a joint project, `förbundschefen`); who holds an assignment; none for a referral."""
    subject: str
    due: Due


def owed_by_body(follow_up: FollowUp) -> bool:
    """A report owed by one body or officer that is no member party, not by parties."""
    return follow_up.kind == "report" and len(follow_up.responsible) == 1 and Party.find(follow_up.responsible[0]) is None


@attrs.frozen
class Grant:
    party: Party | None
    """None for a project run jointly by several parties, named by `project`."""
    year: int
    amount_sek: int
    purpose: str = ""
    project: str = ""


@attrs.frozen
class PartyPlan:
    """A party's FINSAM-plan for a year."""

    party: Party
    year: int


@attrs.frozen
class Amendment:
    """A later meeting's correction of an earlier decision's amount."""

    decision: DecisionId
    amount_sek: int


@attrs.frozen
class Settled:
    """A follow-up this meeting settles, and how the importer (or the reviewer) found it."""

    source: FollowUpSource
    how: str


@attrs.frozen
class Decision:
    id: DecisionId
    kind: DecisionKind
    text: str
    line: int = 0
    generated: bool = False
    cites: tuple[DecisionId, ...] = ()
    follow_up: FollowUp | None = None
    plans: tuple[PartyPlan, ...] = ()
    grants: tuple[Grant, ...] = ()
    documents: tuple[str, ...] = ()
    agreements: tuple[str, ...] = ()
    """Agreements it terminates."""
    struck: bool = False
    """`Utgår`: the decision itself is withdrawn."""
    withdraws: tuple[DecisionId, ...] = ()
    writes_off: tuple[FollowUpSource, ...] = ()
    """Follow-ups of earlier meetings it writes off (`Uppdraget enligt Beslut X avskrivs`)."""
    revokes: tuple[DecisionId, ...] = ()
    supersedes: tuple[DecisionId, ...] = ()
    corrects: tuple[Amendment, ...] = ()
    settles: tuple[Settled, ...] = ()
    vote: Vote | None = None
    reservations: tuple[Person, ...] = ()
    recusals: tuple[Person, ...] = ()


@attrs.frozen
class Item:
    """An agenda item: its matter, and what it does apart from its decisions."""

    ref: ItemRef | None
    title: str
    line: int = 0
    continues: ItemRef | None = None
    """The earlier matter this item takes up again; None: a matter of its own."""
    returns_from: DecisionId | None = None
    """The referral it comes back from, as the trace shows it."""
    settles: tuple[Settled, ...] = ()
    """What the item settles where no decision of it does (an information item coming back)."""
    deferred_to: Due | None = None
    sealed: bool = False
    proposes: PartyPlan | None = None
    """A party's plan put forward here (status proposed)."""
    plan_referred_by: DecisionId | None = None
    """The decision that referred the proposed plan back."""
    noted: bool = False


@attrs.frozen
class Doubt:
    line: int
    what: str


@attrs.frozen
class Unlinked:
    line: int
    citation: str
    why: str


@attrs.frozen
class Paragraph:
    """A § of the minutes and what was read from it, or why nothing was."""

    number: int
    title: str
    line: int
    read: str
    """`2 decisions`, `a formality`, `information placed on file`, `deferred`, `nothing to record`, or
    `not understood: to review`."""


@attrs.frozen
class Filing:
    """An item's diarienummer, beslutsunderlag and expedieras, as the minutes give them."""

    item: ItemRef
    diary_number: str = ""
    basis: tuple[str, ...] = ()
    sent_to: tuple[str, ...] = ()


@attrs.frozen
class Notice:
    """The anslag of the justering (the day it went up, the day it comes down) and where the
    minutes are kept."""

    posted: dt.date | None = None
    removed: dt.date | None = None
    kept_at: str = ""


@attrs.frozen
class Proposal:
    source: str
    """The minutes file's name ('' for a meeting recorded by hand)."""
    digest: str
    """SHA-256 of the minutes file, so a review is accepted only for the file it is of."""
    meeting: MeetingId
    held_on: dt.date
    place: str = ""
    justerare: tuple[str, ...] = ()
    attendance: tuple[Attendee, ...] = ()
    decisions: tuple[Decision, ...] = ()
    items: tuple[Item, ...] = ()
    justerad: bool = False
    """The minutes say they were justerade: the import seals them."""
    justerad_on: dt.date | None = None
    """The day of that justering, where the minutes give it."""
    unlinked: tuple[Unlinked, ...] = ()
    to_review: tuple[Doubt, ...] = ()
    warnings: tuple[Doubt, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    """Every § of the minutes accounted for (none for a meeting recorded by hand or a review)."""
    filed: tuple[Filing, ...] = ()
    notice: Notice | None = None
    secretary: str = ""
    """Who kept the minutes, where the minutes name them."""

    def item(self, ref: ItemRef) -> Item | None:
        return next((i for i in self.items if i.ref == ref), None)
