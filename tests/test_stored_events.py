"""`stored_events` is what every "nothing was written" check counts with: it must see each
event written, and fail loudly rather than count nothing when its query breaks."""

from __future__ import annotations

import pytest

from register.storage import Store
from tests.conftest import stored_events


def test_a_store_whose_tables_were_never_made_holds_no_events(store):
    assert stored_events(store) == 0


def test_every_event_a_command_writes_is_counted(cli, store, register):
    assert cli("meeting", "2025-7", "--date", "2025-12-08").exit_code == 0
    after_meeting = stored_events(store)
    assert after_meeting == register.size() > 0
    assert cli("decide", "2025-7 §07:1", "Att fastställa planen.").exit_code == 0
    assert stored_events(store) == register.size() == after_meeting + 1


def test_a_refused_command_checked_the_same_way_would_fail_had_it_written(cli, store):
    """The check the refusal tests make, `stored_events(store) == before`, against a command that wrote."""
    assert cli("meeting", "2025-7", "--date", "2025-12-08").exit_code == 0
    before = stored_events(store)
    assert cli("decide", "2025-7 §07:1", "Att fastställa planen.").exit_code == 0
    with pytest.raises(AssertionError):
        assert stored_events(store) == before


def test_a_broken_count_is_raised_not_taken_for_an_empty_store(cli, store, monkeypatch):
    assert cli("meeting", "2025-7", "--date", "2025-12-08").exit_code == 0
    opened = Store.database

    def with_broken_count(self):
        db = opened(self)
        execute = db.execute

        def broken(sql, params=()):
            return execute(sql.replace("COUNT(*) FROM", "COUNT(*) FORM"), params)

        db.execute = broken
        return db

    monkeypatch.setattr(Store, "database", with_broken_count)
    with pytest.raises(Exception, match="(?i)syntax"):
        stored_events(store)
