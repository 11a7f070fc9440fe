"""The views people ask for, read from the read model as of a decided date."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

import attrs

from domain.errors import UnknownDecision
from domain.ids import DecisionId, DeferralRef, FollowUpSource, ItemRef, MeetingId
from domain.values import DecisionKind, DecisionStatus, Due, FollowUpStatus
from projections.facts import decision_key, followup_key, matter_key
from projections.folds import decided_order
from projections.kinds import Entity, FactType as F, entity_of, ident_of, key
from projections.read_model import ReadModel
from projections import search as find
from projections.sql import Wanted
from projections.rows import AttendanceRow, DecisionRow, FollowUpRow, GrantRow, MeetingRow, PlanRow, SearchHit, TraceLine

DECISION_STATUSES = tuple(s.value for s in DecisionStatus if s is not DecisionStatus.VOID)
"""What a listed decision's status can be: a void one is not listed (it was never taken)."""
FOLLOW_UP_KINDS = ("report", "assignment", "referred_back", "deferred")
SEARCH_KINDS = tuple(dict.fromkeys([*(kind.value for kind in DecisionKind), *FOLLOW_UP_KINDS, find.FoundIn.ITEM.value]))
"""What a search hit's kind can be: a decision's kind, a follow-up's, or `item` for an agenda item's title."""
SEARCH_STATUSES = (*DECISION_STATUSES, *(status.value for status in FollowUpStatus))


def decisions(views: ReadModel, board: str, as_of: str, meeting: MeetingId | None, status: str | None,
              recorded: int | None = None, matching: Sequence[Wanted] = ()) -> list[DecisionRow]:
    """`matching`: only decisions whose words the index finds for every one of these query words."""
    rows = views.rows(board, "decision", as_of, recorded, meeting.sort_prefix if meeting else "", matching)
    if status is not None:
        rows = [r for r in rows if r["status"] == status]
    filed = {ident_of(f["key"]): f for f in views.facts_of_type(board, Entity.MATTER, F.FILED, as_of, recorded)}
    return [DecisionRow.of({**r, "filing": _filing(filed, r["id"])}) for r in rows]


def _filing(filed: dict[str, dict[str, Any]], decision: str) -> dict[str, Any] | None:
    found = filed.get(DecisionId.parse(decision).item.key) if filed else None
    return None if found is None else {"diary_number": found["diary_number"], "basis": found["basis"], "sent_to": found["sent_to"]}


def follow_ups(views: ReadModel, board: str, as_of: str, include_done: bool, recorded: int | None = None,
               matching: Sequence[Wanted] = ()) -> list[FollowUpRow]:
    day = dt.date.fromisoformat(as_of)
    meetings_held = [dt.date.fromisoformat(held) for held in views.meeting_dates(board, recorded) if held <= as_of]
    result = []
    for r in views.rows(board, "followup", as_of, recorded, matching=matching):
        closed = FollowUpStatus(r["status"])
        if closed is not FollowUpStatus.OPEN and not include_done:
            continue
        status = FollowUpStatus.on(day, closed, Due.parse(r["due"] or None), dt.date.fromisoformat(r["date"]), meetings_held)
        result.append(FollowUpRow(kind=r["kind"], source=r["source"], responsible=r["responsible"], subject=r["subject"],
                                  due=r["due"] or None, status=status.value, meeting=r["meeting"], date=r["date"],
                                  done_on=r["done_on"], matter=r["matter"], written_off=r.get("written_off")))
    return result


def plans(views: ReadModel, board: str, as_of: str, year: int | None, recorded: int | None = None) -> list[PlanRow]:
    """Each party's plan for a year; money granted without a plan is in `grants` only."""
    return [
        PlanRow.of(r)
        for r in views.rows(board, "plan", as_of, recorded)
        if r["status"] is not None and (year is None or r["year"] == year)
    ]


def grants(views: ReadModel, board: str, as_of: str, year: int | None, recorded: int | None = None) -> list[GrantRow]:
    """Every grant one by one, with its purpose and whether its decision is still in force."""
    found = [
        GrantRow(party=r["party"], year=r["year"], **grant)
        for r in views.rows(board, "plan", as_of, recorded)
        if year is None or r["year"] == year
        for grant in r["grants"]
    ]
    return sorted(found, key=lambda g: (g.date, DecisionId.parse(g.decision).sort_key, g.party or "", g.year))


def meetings(views: ReadModel, board: str, held_by: str | None, recorded: int | None = None) -> list[MeetingRow]:
    """The meetings recorded by position `recorded`, held by the day `held_by` (every one without it)."""
    notices = {ident_of(f["key"]): f for f in views.facts_of_type(board, Entity.MEETING, F.NOTICE, "9999-12-31", recorded)}
    secretaries = {ident_of(f["key"]): f["name"] for f in views.facts_of_type(board, Entity.MEETING, F.SECRETARY, "9999-12-31", recorded)}
    rows = [MeetingRow(**{**m, "justering": _justering(m["justering"]), "notice": _notice(notices, m["meeting"]),
                          "secretary": secretaries.get(MeetingId.parse(m["meeting"]).key)})
            for m in views.meetings(board, recorded)]
    return [justered_by(m, held_by) for m in rows if held_by is None or m.date <= held_by]


def _justering(sealed: dict[str, Any] | None) -> dict[str, Any] | None:
    """Who justerade the minutes, on which day (None where neither minutes nor command said),
    and whether the minutes themselves said so; None while they are not justerade."""
    return None if sealed is None else {"by": sealed["by"], "on": sealed.get("on"), "stated": sealed.get("stated", False)}


def _notice(notices: dict[str, dict[str, Any]], meeting: str) -> dict[str, Any] | None:
    found = notices.get(MeetingId.parse(meeting).key) if notices else None
    return None if found is None else {"posted": found["posted"], "removed": found["removed"], "kept_at": found["kept_at"]}


def justered_by(meeting: MeetingRow, day: str | None) -> MeetingRow:
    """As of a day before the justering the minutes give, they were not yet justerade; before
    the notice of it went up, there was no notice."""
    on = meeting.justering["on"] if meeting.justering else None
    posted = meeting.notice["posted"] if meeting.notice else None
    if day is not None and posted is not None and day < posted:
        meeting = attrs.evolve(meeting, notice=None)
    if day is None or on is None or on <= day:
        return meeting
    return attrs.evolve(meeting, sealed_by=[], justering=None)


def search(views: ReadModel, board: str, query: str, as_of: str, meeting: MeetingId | None,
           recorded: int | None = None) -> list[SearchHit]:
    """The full-text index finds the candidates under both clocks, and `search.search` ranks
    them and marks the words."""
    wanted = [w.as_index_asks() for w in find.asked(query)]
    decisions_found = decisions(views, board, as_of, meeting, None, recorded, wanted)
    follow_ups_found = follow_ups(views, board, as_of, True, recorded, wanted)
    titles = views.titles(board, as_of, recorded)  # few: scanned by `find.search`, not indexed
    if meeting is not None:
        follow_ups_found = [f for f in follow_ups_found if MeetingId.parse(f.meeting).key == meeting.key]
        titles = [t for t in titles if MeetingId.parse(t["meeting"]).key == meeting.key]
    return find.search(query, decisions_found, follow_ups_found, titles)


def attendance(views: ReadModel, board: str, meeting: MeetingId, held_by: str | None,
               recorded: int | None = None) -> list[AttendanceRow] | None:
    """A meeting's attendance, by organisation; None if it was not recorded by position
    `recorded`, or held after the day `held_by`: it had none then."""
    then = next((m for m in meetings(views, board, held_by, recorded) if MeetingId.parse(m.meeting).key == meeting.key), None)
    return None if then is None else sorted((AttendanceRow(**a) for a in then.attendance), key=lambda a: (a.organisation, a.name))


def trace(views: ReadModel, board: str, ref: FollowUpSource, as_of: str, recorded: int | None = None) -> dict[str, Any]:
    """Everything that happened to the matter a ref belongs to, with the follow-ups it created;
    for a deferral under no heading, what happened to it (deferred, settled)."""
    if isinstance(ref, DeferralRef):
        if not views.facts(board, [followup_key(ref)]):
            raise UnknownDecision(f"no deferral {ref} is recorded")
        return {"ref": str(ref), "matter": str(ref), "events": _lines(views, board, {followup_key(ref)}, as_of, recorded)}
    matter = _matter_of(views, board, ref)
    keys = {matter_key(matter)}
    if isinstance(ref, DecisionId):
        keys.add(decision_key(ref))
    decided = [f["data"]["decision"] for f in views.facts(board, [matter_key(matter)], recorded=recorded) if f["type"] == F.DECIDED]
    for shown in decided:
        keys.add(decision_key(DecisionId.parse(shown)))
    decision_ids = {ident_of(k) for k in keys if entity_of(k) is Entity.DECISION}
    keys |= {key(Entity.FOLLOWUP, d) for d in decision_ids}
    keys |= {key(Entity.MEETING, d.partition(" ")[0]) for d in decision_ids}
    keys.add(followup_key(matter))
    document: dict[str, Any] = {"ref": str(ref), "matter": str(matter), "events": _lines(views, board, keys, as_of, recorded)}
    if isinstance(ref, DecisionId):
        # What the decision's page shows beside its timeline: the value as corrected, and who cites it.
        row = next((r for r in decisions(views, board, as_of, ref.meeting, None, recorded) if DecisionId.parse(r.id).key == ref.key), None)
        document["corrections"] = row.corrections if row else []
        document["cited_by"] = [{"decision": r.id, "how": how} for how, r in citing(views, board, ref, as_of, recorded)]
    return document


def _lines(views: ReadModel, board: str, keys: set[str], as_of: str, recorded: int | None) -> list[TraceLine]:
    """The trace lines of the facts filed under `keys`, one per event, in decided order."""
    earlier = views.dates_before(board, recorded)
    facts = views.facts(board, sorted(keys), recorded=recorded)
    for fact in facts:
        if not (fact["type"] == F.WRITTEN_OFF and fact["data"].get("on")):  # dated its own day, not its meeting's
            fact["decided_on"] = earlier.get(fact["meeting"], fact["decided_on"])
    events = []
    seen: set[int] = set()
    for fact in decided_order(f for f in facts if f["decided_on"] <= as_of):
        if fact["position"] in seen:
            continue
        seen.add(fact["position"])
        events.append(TraceLine.of_line(fact["decided_on"], fact["meeting"], json.loads(fact["line"])))
    return events


_HOW = {F.CITED: "cites", F.REVOKED: "revokes", F.SUPERSEDED: "supersedes", F.WITHDRAWN: "withdraws",
        F.CORRECTED: "corrects"}


def citing(views: ReadModel, board: str, ref: DecisionId, as_of: str, recorded: int | None = None) -> list[tuple[str, DecisionRow]]:
    """The decisions, taken by `as_of`, that cite, revoke, supersede, withdraw or correct `ref`, with
    which (read from the facts filed under `ref`, not by scanning every decision)."""
    facts = views.facts(board, [decision_key(ref)], as_of, recorded)
    how: dict[str, str] = {}
    # A decision that supersedes or corrects this one also cites it: what it does says more, in
    # whatever order the database gives the facts.
    for f in facts:
        if f["type"] in _HOW and f["data"].get("by"):
            by = DecisionId.parse(f["data"]["by"]).key
            if f["type"] != F.CITED or by not in how:
                how[by] = _HOW[f["type"]]
    found = []
    for meeting in dict.fromkeys(MeetingId.parse(key.partition(" ")[0]) for key in how):
        found += [(how[DecisionId.parse(r.id).key], r) for r in decisions(views, board, as_of, meeting, None, recorded)
                  if DecisionId.parse(r.id).key in how]
    return found


def _matter_of(views: ReadModel, board: str, ref: DecisionId | ItemRef) -> ItemRef:
    if isinstance(ref, ItemRef):
        facts = views.facts(board, [matter_key(ref), followup_key(ref)])
        if not facts:
            raise UnknownDecision(f"nothing is recorded for the matter {ref}")
        # An item a matter returned as belongs to that matter.
        return next((ItemRef.parse(f["data"]["matter"]) for f in facts if f["type"] == F.CONTINUES), ref)
    for fact in views.facts(board, [decision_key(ref)]):
        if fact["type"] == F.TAKEN:
            return ItemRef.parse(fact["data"]["matter"]) if fact["data"]["matter"] else ref.item
    raise UnknownDecision(f"decision {ref} is not recorded")
