"""A deterministic synthetic register: boards × years × ~8 meetings × ~12 decisions, real mix of kinds,
and corrections (rättelser) of the meeting before, recorded as saves of their own."""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from domain.corrections import CorrectedField
from domain.ids import DecisionId, ItemRef, MeetingId
from domain.meeting import Meeting
from domain.values import FINSAM_BLEKINGE, DecisionKind, Due
from register.application import Register
from register.storage import Store

PARTIES = list(FINSAM_BLEKINGE)
MEETINGS_A_YEAR = 8
DECISIONS_A_MEETING = 12
YEARS = 20
EVENTS_A_MEETING = 39
CORRECTED = 0.12
"""The share of meetings whose minutes get a rättelse after they were recorded."""
REDATED = 0.02
"""The share of meetings whose date is corrected."""
"""The generator's mean, measured; used to size registers and to batch the raw baseline."""


def meetings(boards: int, years: int) -> Iterator[tuple[str, MeetingId, dt.date]]:
    """Board after board, each with `years` years of meetings, as a national register grows."""
    for board in range(1, boards + 1):
        for year in range(2006, 2006 + years):
            for number in range(1, MEETINGS_A_YEAR + 1):
                yield f"Board {board}", MeetingId(year, number), dt.date(year, number, 10 + board % 15)


@contextmanager
def generated_register(target: int, seed: int) -> Iterator[tuple[int, Register]]:
    """A register of about `target` events in a scratch store, open on its first board; (events, register)."""
    with tempfile.TemporaryDirectory() as folder:
        store = Path(folder) / "register.db"
        events, boards = record_register(Store(path=store), target, seed)
        register = Register(Store(path=store), boards[0])
        try:
            yield events, register
        finally:
            register.close()


def record_register(store: Store, target: int, seed: int) -> tuple[int, list[str]]:
    """Records meetings until about `target` events; returns (events, boards). Deterministic from `seed`.

    The whole history is one bulk import: every meeting its own transaction, the views
    caught up when they are next read."""
    rng = random.Random(seed)
    boards = max(1, -(-target // (EVENTS_A_MEETING * MEETINGS_A_YEAR * YEARS)))
    states: dict[str, dict] = {}
    events = 0
    register = Register(store, "Board 1", actor="benchmark")
    try:
        with register.bulk():
            for board, meeting, held_on in meetings(boards, YEARS):
                register.board = board
                record_meeting(register, meeting, held_on, rng, states.setdefault(board, {}))
                events = register.recorder.max_notification_id()
                if events >= target:
                    break
    finally:
        register.close()
    return events, list(states)


def record_meeting(register: Register, meeting: MeetingId, held_on: dt.date, rng: random.Random, state: dict) -> None:
    """Records one meeting's decisions and effects in one transaction."""
    open_follow_ups: list[DecisionId] = state.setdefault("open", [])
    in_force: list[DecisionId] = state.setdefault("in_force", [])
    referred: list[tuple[ItemRef, DecisionId]] = state.setdefault("referred", [])
    if "previous" in state:
        _correct(register, *state["previous"], rng)
    taken: dict[DecisionKind, list[DecisionId]] = {}
    with register.new_meeting(meeting, held_on, "Sammanträdesrummet", (), ("Justerare",)) as recording:
        for item_number in range(1, DECISIONS_A_MEETING + 1):
            decision = DecisionId(ItemRef(meeting, item_number + 2), 1)
            kind = _one_decision(recording, decision, rng, open_follow_ups, in_force, referred)
            taken.setdefault(kind, []).append(decision)
    state["previous"] = (meeting, held_on, taken)


def _correct(register: Register, meeting: MeetingId, held_on: dt.date, taken: dict[DecisionKind, list[DecisionId]],
             rng: random.Random) -> None:
    """Now and then a rättelse of the meeting before: a text, a grant's amount, a report's due month, its date."""
    if rng.random() >= CORRECTED:
        return
    with register.recording(meeting) as recording:
        decision = rng.choice([d for ds in taken.values() for d in ds])
        recording.correct(decision, CorrectedField.TEXT, "Att fastställa förslaget i dess rättade lydelse.", "skrivfel")
        if DecisionKind.PLAN in taken:
            amount = str(rng.randrange(100, 5000) * 1000)
            recording.correct(rng.choice(taken[DecisionKind.PLAN]), CorrectedField.AMOUNT, amount, "fel belopp")
        if DecisionKind.REPORT in taken:
            due = f"{meeting.year + 1}-{rng.randint(1, 12):02d}"
            recording.correct(rng.choice(taken[DecisionKind.REPORT]), CorrectedField.DUE, due, "fel månad")
        if rng.random() < REDATED / CORRECTED:
            recording.correct(None, CorrectedField.DATE, (held_on + dt.timedelta(days=1)).isoformat(), "fel datum")


def _one_decision(recording: Meeting, decision: DecisionId, rng: random.Random, open_follow_ups: list, in_force: list,
                  referred: list) -> DecisionKind:
    """Records one decision and its effects; returns its kind."""
    roll = rng.random()
    matter = decision.item
    recording.put_forward(matter, f"Ärende {matter}")
    if roll < 0.15:
        party, year = rng.choice(PARTIES), decision.meeting.year + 1
        recording.take_decision(decision, f"Att fastställa {party}s FINSAM-plan {year} och bevilja medel.", DecisionKind.PLAN)
        recording.adopt_plan(party, year, decision)
        recording.award_grant(party, year, rng.randrange(100, 5000) * 1000, decision)
        in_force.append(decision)
        return DecisionKind.PLAN
    if roll < 0.30:
        party = rng.choice(PARTIES)
        recording.take_decision(decision, f"Att {party} ska rapportera läget.", DecisionKind.REPORT)
        recording.require_report(party, "läget", Due.month(decision.meeting.year, rng.randint(1, 12)), decision)
        open_follow_ups.append(decision)
        return DecisionKind.REPORT
    if roll < 0.40:
        recording.take_decision(decision, "Att ge förbundschefen i uppdrag att utreda frågan.", DecisionKind.ASSIGNMENT)
        recording.give_assignment("förbundschefen", "utreda frågan", Due.parse("next-meeting"), decision)
        open_follow_ups.append(decision)
        return DecisionKind.ASSIGNMENT
    if roll < 0.48:
        recording.take_decision(decision, "Att återremittera ärendet.", DecisionKind.REFERRAL)
        recording.refer_back(matter, decision, Due.parse("next-meeting"))
        referred.append((matter, decision))
        return DecisionKind.REFERRAL
    if roll < 0.56 and referred:
        earlier, citing = referred.pop(0)
        recording.return_matter(earlier, matter, citing) if earlier.meeting < decision.meeting else None
        recording.take_decision(decision, "Att bifalla förslaget.", DecisionKind.OTHER, earlier, (citing,))
        return DecisionKind.OTHER
    if roll < 0.70 and open_follow_ups:
        source = open_follow_ups.pop(rng.randrange(len(open_follow_ups)))
        recording.take_decision(decision, f"Att lägga återrapporteringen enligt Beslut {source} till handlingarna.",
                                DecisionKind.ACKNOWLEDGEMENT, None, (source,))
        recording.fulfil(source, decision, "")
        return DecisionKind.ACKNOWLEDGEMENT
    if roll < 0.75 and in_force:
        target = in_force.pop(rng.randrange(len(in_force)))
        recording.take_decision(decision, f"Att upphäva Beslut {target}.", DecisionKind.REVOCATION, None, (target,))
        recording.revoke(target, decision)
        return DecisionKind.REVOCATION
    if roll < 0.80:
        recording.take_decision(decision, "Att detta beslut utgår.", DecisionKind.WITHDRAWAL)
        recording.withdraw(decision, None, "utgår")
        return DecisionKind.WITHDRAWAL
    recording.take_decision(decision, "Att fastställa dokumentet.", DecisionKind.DOCUMENT)
    recording.adopt_document("Dokument", decision)
    in_force.append(decision)
    return DecisionKind.DOCUMENT
