"""A save another writer commits while a catch-up reads (after it read the ledger, before it
read the events) waits whole for the next catch-up: its rows carry the same recorded
positions a rebuild gives, so `verify` finds the views equal to the events."""

from __future__ import annotations

import datetime as dt

from domain.ids import MeetingId
from domain.values import DecisionKind
from register import audit as whole_store
from tests.conftest import ids


def test_a_save_the_ledger_did_not_list_yet_is_projected_whole_by_the_next_catch_up(register):
    with register.bulk():  # saved, not projected
        for number, day in ((1, 16), (2, 17)):
            meeting = MeetingId(2026, number)
            with register.new_meeting(meeting, dt.date(2026, 2, day), "Karlskrona") as recording:
                for item in (3, 4, 5):
                    recording.take_decision(ids(f"2026-{number} §0{item}:1"), "Att fastställa.", DecisionKind.OTHER)
    listed = register.ledger.saves_after

    def before_the_last_commit(position: int) -> list[tuple[int, int]]:
        return listed(position)[:-1]

    register.read_model.catch_up(register.event_rows, register.decode, before_the_last_commit)
    assert {d.meeting for d in register.decisions(dt.date(2026, 12, 31))} == {"2026-1", "2026-2"}
    assert whole_store.verify(register)["intact"] is True
    caught_up = register.read_model.dump()
    register.rebuild()
    assert register.read_model.dump() == caught_up
