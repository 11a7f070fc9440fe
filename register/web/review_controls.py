"""The review at the desk as form controls (#26): each § and each decision of a review read back
(`reviewed.from_toml`), with the lines of the minutes it came from and the doubts that concern it,
and the links the review file allows: the referrals, deferrals and follow-ups the register holds
open. What the controls are called is decided here once, for the page and for reading them back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

import attrs

from domain.ids import FollowUpSource, MeetingId
from domain.values import DecisionKind, DueKind, Party
from register.known import Known
from register.minutes import proposal as p
from register.minutes.review import about_decision, about_item
from register.web.context import ref_name
from register.web.words import WORDS

KINDS = tuple((kind.value, WORDS.get(kind.value, kind.value)) for kind in DecisionKind)
"""The kinds a review accepts, each with what the site calls it."""

FOLLOW_UP_KINDS = (("", "ingen uppföljning"), *((kind, WORDS.get(kind, kind)) for kind in p.FOLLOW_UP_KINDS))

ON_A_DATE = "datum"
"""The choice of a due that takes the date field's day; the others are dues as the review writes them."""


def named(*parts: object) -> str:
    """A control's name and id: `beslut-0-slag`, `paragraf-1-lankar`."""
    return "-".join(str(part) for part in parts)


@attrs.frozen
class Link:
    """A follow-up a decision or a § can settle: its source as the review writes it, and in words."""

    source: str
    said: str


@attrs.frozen
class Placed:
    """A decision or a §, where it stands in the minutes and what is doubted of it."""

    first: int
    last: int
    doubts: tuple[p.Doubt, ...]


@attrs.frozen
class DecisionShown:
    index: int
    decision: p.Decision
    at: Placed

    @property
    def name(self) -> str:
        return named("beslut", self.index)

    @property
    def due_choices(self) -> tuple[tuple[str, str], ...]:
        """When its follow-up falls due, as a choice: none, the next meeting, the month read, or a day."""
        due = self.decision.follow_up.due if self.decision.follow_up else None
        month = ((due.value, f"månaden {due.value}"),) if due is not None and due.kind is DueKind.MONTH else ()
        return (("none", "ingen tid"), ("next-meeting", "nästa möte"), *month, (ON_A_DATE, "ett datum"))

    @property
    def due_chosen(self) -> str:
        due = self.decision.follow_up.due if self.decision.follow_up else None
        if due is None or due.kind is DueKind.NONE:
            return "none"
        return ON_A_DATE if due.kind is DueKind.DATE else (due.value or due.kind.value)

    @property
    def due_day(self) -> str:
        due = self.decision.follow_up.due if self.decision.follow_up else None
        return due.value if due is not None and due.kind is DueKind.DATE else ""


@attrs.frozen
class Section:
    """A § of the minutes with its decisions; a section of no § holds the decisions of none."""

    index: int | None
    item: p.Item | None
    at: Placed
    decisions: tuple[DecisionShown, ...]

    @property
    def name(self) -> str:
        return named("paragraf", self.index)


@attrs.frozen
class Controls:
    sections: tuple[Section, ...]
    links: tuple[Link, ...]
    parties: tuple[str, ...]
    elsewhere: tuple[tuple[int, str], ...]
    """Doubts of no decision or §: of the meeting, its date, its attendance; listed above the controls."""

    def links_of(self, settles: Iterable[p.Settled]) -> tuple[Link, ...]:
        """The open follow-ups, and what is linked already though the register holds it open no longer."""
        offered = {link.source for link in self.links}
        kept = tuple(Link(str(s.source), ref_name(s.source)) for s in settles if str(s.source) not in offered)
        return self.links + kept


def controls(plan: p.Proposal, doubts: Sequence[tuple[int, str]], lines: int, links: tuple[Link, ...]) -> Controls:
    """`plan` as the desk's controls: `doubts` (line, what) beside what they concern, `lines` the
    minutes' count (where the last range ends), `links` what a link may choose."""
    said = tuple(p.Doubt(line, what) for line, what in doubts)
    starts = sorted({item.line for item in plan.items if item.line} | {d.line for d in plan.decisions if d.line} | {lines + 1})

    def placed(line: int, about: list[p.Doubt]) -> Placed:
        later = next((start for start in starts if start > line), lines + 1)
        return Placed(line, max(line, later - 1), tuple(about))

    shown = [DecisionShown(i, d, placed(d.line, [x for x in said if about_decision(d, x)])) for i, d in enumerate(plan.decisions)]
    sections: list[Section] = []
    taken: set[int] = set()
    for k, item in enumerate(plan.items):
        own = tuple(d for d in shown if item.ref is not None and d.decision.id.item == item.ref)
        taken.update(d.index for d in own)
        sections.append(Section(k, item, placed(item.line, [x for x in said if about_item(item, plan.decisions, x)]), own))
    if rest := tuple(d for d in shown if d.index not in taken):
        sections.append(Section(None, None, Placed(rest[0].at.first, rest[-1].at.last, ()), rest))
    beside = {x for s in sections for x in s.at.doubts} | {x for d in shown for x in d.at.doubts}
    return Controls(tuple(sections), links, tuple(party.value for party in Party.known()),
                    tuple((x.line, x.what) for x in said if x not in beside))


def open_links(known: Known, meeting: MeetingId, held_on: dt.date) -> tuple[Link, ...]:
    """The follow-ups a review of `meeting` may settle, as the review file's check allows them:
    recorded before it, and neither done nor written off."""
    found = []
    for source, row in known.open_follow_ups(held_on + dt.timedelta(days=1)):
        if source.meeting >= meeting or known.is_fulfilled(source):
            continue
        found.append(Link(str(source), _said(source, row)))
    return tuple(found)


def _said(source: FollowUpSource, row: dict[str, object]) -> str:
    kind = str(row.get("kind") or "")
    subject = str(row.get("subject") or "").strip()
    return f"{WORDS.get(kind, kind)} från {ref_name(source)}" + (f": {subject}" if subject else "")
