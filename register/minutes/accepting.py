"""Accepting a reviewed plan: check that every edit holds, say what the secretary changed against
what the importer proposes, and record exactly the reviewed plan, with the review, in one
transaction. Anything that does not hold is refused with the review file's line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs

from domain.corrections import CorrectedField, check_correction
from domain.errors import MeetingAlreadyRecorded, RegisterError
from domain.ids import DecisionId, FollowUpSource, ItemRef, MeetingId
from domain.values import Attendee, Due
from register.application import Register
from register.files import read_at_most
from register.minutes import model as m
from register.minutes.document import Reading
from register.minutes import proposal as p
from register.minutes.debate import Person, Vote
from register.minutes.proposing import digest_of, propose
from register.minutes.importing import ImportSummary, Review, record_proposal
from register.minutes.review import Flaw, ReviewError
from register.minutes.reviewed import Reviewed

MOST_REVIEW_BYTES = 2_000_000
"""A review file is the plan of one meeting: kilobytes. A larger file is not read to its end."""


@attrs.frozen
class Minutes:
    """The minutes file a review was made from."""

    name: str
    text: str
    parsed: m.ParsedMinutes
    path: str = ""
    """The file as the user named it (`tests/importer/minutes/…`), for commands the review file suggests."""
    digest: str = ""
    """Of the file's bytes (`formats.read_document`): ties a review, and the meeting recorded, to the file."""
    reading: Reading | None = None
    """How the file was read: its format, pages or blocks, what was left out, the attendance tables."""

    @property
    def digest_or_text(self) -> str:
        return self.digest or digest_of(self.text)


def accept(register: Register, reviewed: Reviewed, review_name: str, minutes: Minutes | None,
           actor: str, dry_run: bool = False) -> ImportSummary:
    plan = reviewed.plan
    check = _Check(register, reviewed, review_name)
    check.source(minutes)
    register.catch_up()
    if register.has_meeting(plan.meeting):
        raise check.at("meeting", 0, "id", Flaw.ALREADY_RECORDED, meeting=plan.meeting)
    # The date the importer proposed, so that a date the review changed is said to be changed.
    proposed_on = (minutes.parsed.held_on or reviewed.proposed_on or plan.held_on) if minutes else plan.held_on
    proposal = propose(register.known, minutes.parsed, proposed_on, plan.digest) if minutes else None
    check.edits(proposal)
    review = Review(reviewed.reviewed_by or actor, tuple(changes(proposal, plan)),
                    tuple((id_, added, tuple(said)) for id_, (added, said) in decision_changes(proposal, plan).items()))
    try:
        return read_from(record_proposal(register, plan, dry_run, review), minutes)
    except RegisterError as error:
        raise ReviewError(review_name, str(error), check.line_of(str(error)), cause=error) from None


def already_recorded(meeting: MeetingId) -> str:
    return f"meeting {meeting} is already recorded; this review cannot be accepted again"


class _Check:
    def __init__(self, register: Register, reviewed: Reviewed, name: str) -> None:
        self.known = register.known
        self.plan = reviewed.plan
        self.lines = reviewed.lines
        self.name = name

    def at(self, table: str, index: int, key: str, problem: str | Flaw, cause: RegisterError | None = None,
           **fields: Any) -> ReviewError:
        line = self.lines.get((table, index, key)) or self.lines.get((table, index, ""))
        return ReviewError(self.name, problem, line, key=key, cause=cause, **fields)

    def line_of(self, message: str) -> int | None:
        """The line of the decision a message from the register names."""
        for index, decision in enumerate(self.plan.decisions):
            if str(decision.id) in message:
                return self.lines.get(("decision", index, ""))
        return None

    def source(self, minutes: Minutes | None) -> None:
        plan = self.plan
        if minutes is None:
            if plan.digest:
                raise self.at("review", 0, "digest", f"this review was made from the minutes {plan.source}; "
                                                      "give that file: register import-minutes FILE --accept REVIEW")
            return
        if plan.digest != minutes.digest_or_text:
            raise self.at("review", 0, "digest", f"this review is of another minutes file ({plan.source or 'none'}), "
                                                  f"not of {minutes.name}: their digests differ")
        if minutes.parsed.meeting != plan.meeting:
            raise self.at("meeting", 0, "id", Flaw.OTHER_MINUTES, read=minutes.parsed.meeting, meeting=plan.meeting)

    def edits(self, proposal: p.Proposal | None) -> None:
        """Every link the secretary added must point at something the register holds."""
        proposed = {d.id: d for d in proposal.decisions} if proposal else {}
        proposed_items = {i.ref: i for i in proposal.items} if proposal else {}
        here = {d.id for d in self.plan.decisions}
        for index, decision in enumerate(self.plan.decisions):
            before = proposed.get(decision.id)
            for key in ("withdraws", "revokes", "supersedes"):
                for target in _added(getattr(decision, key), getattr(before, key, ())):
                    self._decision(target, here, "decision", index, key)
            for amendment in _added(decision.corrects, before.corrects if before else ()):
                self._decision(amendment.decision, here, "decision", index, "corrects")
                try:
                    check_correction(self.known.record_of(amendment.decision), amendment.decision,
                                     CorrectedField.AMOUNT, str(amendment.amount_sek))
                except RegisterError as error:
                    raise self.at("decision", index, "corrects", str(error), error) from None
            for settled in _added(decision.settles, before.settles if before else ()):
                self._follow_up(settled.source, "decision", index, "settles")
            for source in _added(decision.writes_off, before.writes_off if before else ()):
                self._follow_up(source, "decision", index, "writes_off")
        for index, item in enumerate(self.plan.items):
            before_item = proposed_items.get(item.ref)
            for settled in _added(item.settles, before_item.settles if before_item else ()):
                self._follow_up(settled.source, "item", index, "settles")
            if item.continues is not None and item.continues != getattr(before_item, "continues", None):
                meetings = {meeting for meeting, _ in self.known.meetings()}
                if item.continues.meeting not in meetings:
                    raise self.at("item", index, "continues", f"meeting {item.continues.meeting} is not recorded")

    def _decision(self, target: DecisionId, here: set[DecisionId], table: str, index: int, key: str) -> None:
        if target not in here and not self.known.has_decision(target):
            raise self.at(table, index, key, Flaw.NOT_RECORDED, id=target)

    def _follow_up(self, source: FollowUpSource, table: str, index: int, key: str) -> None:
        if not self.known.has_follow_up(source):
            raise self.at(table, index, key, Flaw.NO_FOLLOW_UP, source=source)
        if self.known.is_fulfilled(source):
            raise self.at(table, index, key, Flaw.SETTLED, source=source)


def read_from(summary: ImportSummary, minutes: Minutes | None) -> ImportSummary:
    """The summary, saying how the minutes file was read."""
    if minutes is None or minutes.reading is None:
        return summary
    return attrs.evolve(summary, read=minutes.reading.as_json())


def _added(now: Iterable[Any], before: Iterable[Any]) -> list[Any]:
    earlier = list(before)
    return [x for x in now if x not in earlier]


def changes(proposal: p.Proposal | None, plan: p.Proposal) -> list[str]:
    """What the reviewed plan does otherwise than the importer proposes, one line a change."""
    if proposal is None:
        return ["recorded by hand"]
    found: list[str] = []
    for name, label in (("held_on", "date"), ("place", "place"), ("justerare", "justerare")):
        if getattr(proposal, name) != getattr(plan, name):
            found.append(f"meeting: {label} {_shown(getattr(proposal, name))} → {_shown(getattr(plan, name))}")
    found += attendance_changes(proposal.attendance, plan.attendance)
    after = {d.id: d for d in plan.decisions}
    for id_ in sorted(set(d.id for d in proposal.decisions) - set(after)):
        found.append(f"dropped decision {id_}")
    for id_, (added, said) in sorted(decision_changes(proposal, plan).items()):
        found += [f"added decision {id_} ({after[id_].kind.value})"] if added else [f"{id_}: {change}" for change in said]
    items_before = {_item_key(i): i for i in proposal.items}
    items_after = {_item_key(i) for i in plan.items}
    found += [f"dropped item {i.ref or i.title}" for i in proposal.items if _item_key(i) not in items_after]
    for item in plan.items:
        old_item = items_before.get(_item_key(item))
        if old_item is None:
            found.append(f"added item {item.ref or item.title}")
        for name in ("title", "continues", "returns_from", "settles", "deferred_to", "sealed", "proposes",
                     "plan_referred_by", "noted"):
            old = getattr(old_item, name) if old_item else None
            new = getattr(item, name)
            if (old or None) != (new or None):
                found.append(f"{item.ref or item.title}: {name} {_shown(old)} → {_shown(new)}")
    return found


def attendance_changes(before: tuple[Attendee, ...], after: tuple[Attendee, ...]) -> list[str]:
    """Each attendee the review added, dropped or changed, by name."""
    if before == after:
        return []
    old, new = {a.name: a for a in before}, {a.name: a for a in after}
    if len(old) < len(before) or len(new) < len(after):  # a name twice: the lists whole
        return [f"meeting: attendance {_shown(before)} → {_shown(after)}"]
    found = [f"meeting: dropped attendee {_shown(a)}" for a in before if a.name not in new]
    for a in after:
        if a.name not in old:
            found.append(f"meeting: added attendee {_shown(a)}")
        elif old[a.name] != a:
            found.append(f"meeting: attendee {_shown(old[a.name])} → {_shown(a)}")
    return found


def decision_changes(proposal: p.Proposal | None, plan: p.Proposal) -> dict[DecisionId, tuple[bool, list[str]]]:
    """Each decision the review added (True) or changed (False, with what changed); a decision
    as the importer read it is not listed. Without minutes, every decision is the reviewer's."""
    if proposal is None:
        return {decision.id: (True, []) for decision in plan.decisions}
    before = {d.id: d for d in proposal.decisions}
    found: dict[DecisionId, tuple[bool, list[str]]] = {}
    for decision in plan.decisions:
        read = before.get(decision.id)
        if read is None:
            found[decision.id] = (True, [])
            continue
        said = []
        for field in attrs.fields(p.Decision):
            if field.name in ("line", "generated"):
                continue
            old, new = getattr(read, field.name), getattr(decision, field.name)
            if old == new:
                continue
            if isinstance(old, p.FollowUp) and isinstance(new, p.FollowUp) and old.kind == new.kind:
                said += [f"{old.kind} {part.name} {_shown(getattr(old, part.name))} → {_shown(getattr(new, part.name))}"
                         for part in attrs.fields(p.FollowUp) if getattr(old, part.name) != getattr(new, part.name)]
            else:
                said.append(f"{field.name} {_shown(old)} → {_shown(new)}")
        if said:
            found[decision.id] = (False, said)
    return found


def _item_key(item: p.Item) -> object:
    """Items are known by their ref; those whose heading the minutes lost, by where they stand."""
    return item.ref if item.ref is not None else (item.line, item.title)


def _shown(value: Any) -> str:
    """A value of a plan as the secretary reads it, never as Python prints it."""
    if value is None or value == () or value == "":
        return "(none)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (tuple, list)):
        return "[" + ", ".join(_shown(v) for v in value) + "]"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, p.Settled):
        return str(value.source)
    if isinstance(value, p.FollowUp):
        who = " och ".join(value.responsible)
        return f"{value.kind} {who} '{value.subject}' due {value.due or 'none'}".replace("  ", " ")
    if isinstance(value, Due):
        return str(value) or "none"
    if isinstance(value, p.PartyPlan):
        return f"{value.party.value} {value.year}"
    if isinstance(value, p.Grant):
        purpose = f" ({value.purpose})" if value.purpose else ""
        return f"{_kronor(value.amount_sek)} to {value.party.value if value.party else value.project} for {value.year}{purpose}"
    if isinstance(value, p.Amendment):
        return f"{value.decision} to {_kronor(value.amount_sek)}"
    if isinstance(value, Vote):
        return f"{value.in_favour} for, {value.against} against, {value.abstained} abstained"
    if isinstance(value, Person):
        return f"{value.name} ({value.party})" if value.party else value.name
    if isinstance(value, Attendee):
        present = {True: "present", False: "absent", None: "presence unclear"}[value.present]
        said = ", ".join(x for x in (value.organisation, value.role.value, value.political_party, present) if x)
        return f"{value.name} ({said})"
    if hasattr(value, "value") and not isinstance(value, (ItemRef, DecisionId)):
        return str(value.value)
    return str(value)


def _kronor(amount: int) -> str:
    return f"{amount:,} kr".replace(",", " ")


# The files: what the CLI calls.

def write_review(register: Register, minutes: Minutes, date: dt.date | None, target: Path) -> ImportSummary:
    """Writes what the importer proposes for the minutes as a review file; records nothing.
    Returns the summary a dry run of the proposal gives."""
    from register.minutes.proposing import meeting_date
    from register.minutes.review import to_toml

    if target.exists():
        raise ReviewError(str(target), "the file exists already; remove it or name another, so no review is lost")
    register.catch_up()
    if register.has_meeting(minutes.parsed.meeting):  # said before a review is written that could never be accepted
        raise ReviewError(minutes.name, Flaw.ALREADY_RECORDED, meeting=minutes.parsed.meeting)
    plan = propose(register.known, minutes.parsed, meeting_date(minutes.parsed, date), minutes.digest_or_text)
    summary = record_proposal(register, plan, dry_run=True)
    said = minutes.reading.said() if minutes.reading else ()
    _write(target, to_toml(plan, str(target), minutes.path or minutes.name, said))
    return read_from(summary, minutes)


def write_blank_review(register: Register, meeting: MeetingId, held_on: dt.date, target: Path) -> None:
    """A review file with the meeting and nothing else, for a meeting recorded by hand."""
    from register.minutes.review import HAND_EXAMPLE, to_toml

    if target.exists():
        raise ReviewError(str(target), "the file exists already; remove it or name another, so no review is lost")
    if register.has_meeting(meeting):  # its review could never be accepted
        raise MeetingAlreadyRecorded(already_recorded(meeting))
    _write(target, to_toml(p.Proposal(source="", digest="", meeting=meeting, held_on=held_on), str(target)) + HAND_EXAMPLE)


def accept_review(register: Register, review: Path, minutes: Minutes | None, actor: str, dry_run: bool = False) -> ImportSummary:
    from register.minutes.reviewed import from_toml

    try:
        data = read_at_most(review, MOST_REVIEW_BYTES, lambda problem: ReviewError(str(review), problem),
                            "a review of one meeting's minutes is kilobytes; is it the right file?")
        text = data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")  # line ends as text mode reads them
    except UnicodeDecodeError as error:
        line = data[:error.start].replace(b"\r\n", b"\n").replace(b"\r", b"\n").count(b"\n") + 1
        raise ReviewError(review.name, "a review file must be UTF-8 text; this one is not (save it as UTF-8 and "
                                       "accept it again)", line) from None
    except OSError as error:
        raise ReviewError(str(review), f"cannot read the review file: {error.strerror or error}") from None
    return accept(register, from_toml(text, review.name), review.name, minutes, actor, dry_run)


def _write(target: Path, text: str) -> None:
    try:
        target.write_text(text, encoding="utf-8")
    except OSError as error:
        raise ReviewError(str(target), f"cannot write the review file: {error.strerror or error}") from None
