"""The board's own record as the register held it at an instant: the version the board's
aggregate had at the last save recorded by then, not the latest."""

from __future__ import annotations

import datetime as dt
import time

from register import goals


def instant() -> dt.datetime:
    time.sleep(0.01)  # saves on either side of the instant are recorded at other microseconds
    moment = dt.datetime.now(dt.timezone.utc)
    time.sleep(0.01)
    return moment


def test_the_board_as_recorded_at_an_instant_is_the_version_it_had_then(register):
    before_anything = instant()
    goals.set_parties(register, ("Norrby kommun", "Försäkringskassan", "Region Exempel"))
    between = instant()
    goals.set_parties(register, ("Norrby kommun", "Region Exempel"))

    assert register.board_record(before_anything) is None
    then = register.board_record(between)
    assert then is not None and list(then.parties) == ["Norrby kommun", "Försäkringskassan", "Region Exempel"]
    now = register.board_record()
    assert now is not None and list(now.parties) == ["Norrby kommun", "Region Exempel"]
    assert [p.party for p in goals.parties(register, as_recorded=between)] == list(then.parties)


def test_the_board_as_recorded_leaves_out_the_goals_imported_later(register):
    from tests.register.test_board_follow_up import DOCUMENTS

    goals.set_parties(register, ("Norrby kommun", "Försäkringskassan", "Region Exempel"))
    between = instant()
    goals.import_goals(register, DOCUMENTS / "goals-2027.txt", 2027)

    then, now = register.board_record(between), register.board_record()
    assert then is not None and now is not None
    assert (2027 in then.goals, 2027 in now.goals) == (False, True)
