"""A read model written by another version of the register is dropped and rebuilt from the events."""

from __future__ import annotations

from register.application import Register
from register.demo import import_sample
from tests.conftest import SAMPLE_DATE


def test_a_read_model_of_another_layout_is_rebuilt_on_opening(store):
    first = Register(store)
    try:
        import_sample(first, "2025-7.txt", SAMPLE_DATE)
        before = first.decisions(), first.follow_ups(include_done=True), first.plans()
        first.database.execute("UPDATE view_position SET position = 1 WHERE name = 'layout'")
        first.database.execute("DELETE FROM view_rows")
    finally:
        first.close()
    again = Register(store)
    try:
        assert (again.decisions(), again.follow_ups(include_done=True), again.plans()) == before
        assert again.read_model.position() == again.recorder.max_notification_id()
    finally:
        again.close()
