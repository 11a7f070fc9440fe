"""Several minutes files in one import: each file's links read as the files before it left
the register, and all of them recorded in one transaction, or none."""

from __future__ import annotations

import datetime as dt
import json

from domain.ids import MeetingId
from register.application import Register
from tests.conftest import stored_events
from tests.importer.steps import follow_up, minutes

FEBRUARY = """Protokoll 2026-1
Datum 2026-02-16

Beslut 2026-1 §04:1
Att ge förbundschefen i uppdrag att ta fram en kommunikationsplan till nästa möte.
"""

APRIL = """Protokoll 2026-2
Datum 2026-04-13

§ 5 Kommunikationsplan
Förbundschefen redovisade kommunikationsplanen i enlighet med uppdraget i beslut 2026-1 §04:1.

Beslut 2026-2 §05:1
Att godkänna redovisningen och lägga den till handlingarna.
"""

JUNE = """Protokoll 2026-3
Datum 2026-06-15

Beslut 2026-3 §04:1
Att fastställa Budget 2027.
"""


def _files(tmp_path, *texts: tuple[str, str]):
    return [str(minutes(tmp_path, name, text)) for name, text in texts]


def _saves(cli) -> int:
    return len({row["recorded_at"] for row in json.loads(cli("log", "--format", "json").output)})


def test_a_later_file_settles_what_an_earlier_file_in_the_same_import_asked_for(cli, tmp_path):
    result = cli("import-minutes", *_files(tmp_path, ("feb.txt", FEBRUARY), ("apr.txt", APRIL)))
    assert result.exit_code == 0, result.output
    assert follow_up(cli, "2026-1 §04:1", "2026-04-14")["status"] == "done"


def test_several_files_are_one_save(cli, tmp_path):
    assert cli("import-minutes", *_files(tmp_path, ("feb.txt", FEBRUARY), ("apr.txt", APRIL), ("jun.txt", JUNE))).exit_code == 0
    assert _saves(cli) == 1
    assert [m["meeting"] for m in json.loads(cli("meetings", "--format", "json").output)] == ["2026-1", "2026-2", "2026-3"]


def test_a_file_that_fails_when_recorded_leaves_the_register_as_it_was(cli, store, tmp_path):
    assert cli("import-minutes", *_files(tmp_path, ("jun.txt", JUNE))).exit_code == 0
    before = stored_events(store)
    result = cli("import-minutes", *_files(tmp_path, ("feb.txt", FEBRUARY), ("apr.txt", APRIL), ("jun-again.txt", JUNE)))
    assert result.exit_code == 2
    assert "meeting 2026-3 is already recorded (in jun-again.txt; nothing of the 3 files was recorded)" in result.output
    assert stored_events(store) == before


def test_the_same_meeting_twice_in_one_import_records_neither(cli, store, tmp_path):
    result = cli("import-minutes", *_files(tmp_path, ("feb.txt", FEBRUARY), ("feb-copy.txt", FEBRUARY)))
    assert result.exit_code == 2
    assert "(in feb-copy.txt; nothing of the 2 files was recorded)" in result.output
    assert stored_events(store) == 0


def test_a_dry_run_of_several_files_shows_their_links_and_records_nothing(cli, store, tmp_path):
    result = cli("import-minutes", *_files(tmp_path, ("feb.txt", FEBRUARY), ("apr.txt", APRIL)), "--dry-run", "--format", "json")
    assert result.exit_code == 0, result.output
    april = json.loads(result.output)[1]
    assert april["recorded"] is False
    assert any("2026-1 §04:1" in event and "fulfil" in event.lower() for d in april["decisions"] for event in d["events"])
    assert stored_events(store) == 0


def test_a_meeting_recorded_by_someone_else_meanwhile_leaves_the_import_unrecorded(cli, store, tmp_path, monkeypatch):
    adopt = Register.adopt

    def someone_else_first(self, *args, **kwargs):
        other = Register(store)
        try:
            with other.new_meeting(MeetingId.parse("2026-2"), dt.date(2026, 4, 13)):
                pass
        finally:
            other.close()
        return adopt(self, *args, **kwargs)

    monkeypatch.setattr(Register, "adopt", someone_else_first)
    result = cli("import-minutes", *_files(tmp_path, ("feb.txt", FEBRUARY), ("apr.txt", APRIL)))
    assert result.exit_code == 2
    assert "someone else recorded one of these meetings meanwhile; nothing was written" in result.output
    assert stored_events(store) == 1
