"""The read model: facts, relations and row versions in tables beside the events.

It follows the event store's notification log and records how far it has read in the same
transaction as what it derived, so it can stop anywhere and catch up, and `rebuild` from
nothing gives the same tables as catching up step by step.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NamedTuple
from uuid import UUID

from eventsourcing.persistence import Notification

from domain.errors import RegisterError
from domain.ids import MeetingId
from projections.catchup import CatchUp, Progress
from projections.copy_in import copier
from projections.folds import Row
from projections.kinds import Entity, FactType, key
from projections.sql import Database, SQLiteDatabase, Wanted, hex_id
from projections.event_rows import Decoder, EventRows

_SCHEMA = """
CREATE TABLE IF NOT EXISTS view_position (name TEXT PRIMARY KEY, position INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS view_meetings (
    aggregate TEXT PRIMARY KEY, board TEXT NOT NULL, meeting TEXT NOT NULL, shown TEXT NOT NULL,
    held_on TEXT NOT NULL, place TEXT NOT NULL, attendance TEXT NOT NULL, justerare TEXT NOT NULL,
    position INTEGER NOT NULL);
CREATE UNIQUE INDEX IF NOT EXISTS view_meetings_by_id ON view_meetings (board, meeting);
CREATE TABLE IF NOT EXISTS view_facts (
    board TEXT NOT NULL, key TEXT NOT NULL, position INTEGER NOT NULL, seq INTEGER NOT NULL,
    decided_on TEXT NOT NULL, meeting TEXT NOT NULL, type TEXT NOT NULL, data TEXT NOT NULL,
    event TEXT NOT NULL, line TEXT NOT NULL,
    PRIMARY KEY (board, key, position, seq));
CREATE TABLE IF NOT EXISTS view_relations (
    board TEXT NOT NULL, key TEXT NOT NULL, related TEXT NOT NULL, position INTEGER NOT NULL,
    PRIMARY KEY (board, key, related));
CREATE INDEX IF NOT EXISTS view_relations_by_related ON view_relations (board, related);
CREATE TABLE IF NOT EXISTS view_rows (
    board TEXT NOT NULL, view TEXT NOT NULL, key TEXT NOT NULL, valid_from TEXT NOT NULL,
    valid_to TEXT, recorded_from INTEGER NOT NULL, recorded_to INTEGER,
    sort TEXT NOT NULL, row TEXT NOT NULL, words TEXT);
CREATE INDEX IF NOT EXISTS view_rows_as_of ON view_rows (board, view, recorded_to, valid_from);
CREATE INDEX IF NOT EXISTS view_rows_by_key ON view_rows (board, key, recorded_to);
CREATE INDEX IF NOT EXISTS view_facts_by_meeting ON view_facts (board, meeting);
CREATE TABLE IF NOT EXISTS view_date_corrections (
    board TEXT NOT NULL, meeting TEXT NOT NULL, position INTEGER NOT NULL, previous TEXT NOT NULL,
    PRIMARY KEY (board, meeting, position));
"""

_POSITION = "register"


class CaughtUp(NamedTuple):
    events: int
    """How many events were read into the views."""
    rebuilt: bool = False
    """Whether the views had to be derived again from the start."""


class ProjectionFailed(RegisterError):
    """Raised when a stored event cannot be folded into the views: the store needs checking."""

    def __init__(self, position: int, problem: str) -> None:
        super().__init__(f"the stored event at position {position} cannot be projected ({problem}); "
                         "run `register verify` to check the store")
        self.position = position
        self.problem = problem


SavesAfter = Callable[[int], list[tuple[int, int]]]
"""The (first, last) positions of every save that ends after a position."""


_LAYOUT = 15
"""Raise when the tables below, or what the folds write into them, change: a read model of another layout is dropped
and rebuilt. 4: plan rows list their grants one by one. 5: decision rows carry votes, reservations and recusals;
plan rows count only the plan's own money. 6: decision and follow-up rows carry the stems of their text, indexed for
search. 7: a fact keeps its event's trace line as data (`line`), not as English prose; a stem longer than search's
limit is stored cut to it. 8: the item a matter returned as files which matter it continues (`Continues`), so the
item's id leads to the matter's trace. 9: stems are of text folded to NFC, without soft hyphens (`search.fold`). 10:
a row's stems are stored once each, up to search's limit on their bytes. 11: decision, plan and grant rows carry the
corrections that changed them (`corrections`), with the correcting decision and the value before. 12: a row is found
by the terms of its words (stems, lemmas, a compound's later parts; `search.terms`), a decision's also by its vote,
reservations and jäv (`search.said_of`); a follow-up's fold knows it was written off. 13: an item's Dnr, underlag
and expedieras (`Filed`) and a meeting's anslag are facts. 14: a plan counts what a point of its own § granted the
party; a project's grants have rows of their own."""
DERIVED_TABLES = ("view_meetings", "view_facts", "view_relations", "view_rows", "view_date_corrections")
"""Every table whose rows the events give."""
_TABLES = ("view_position", *DERIVED_TABLES)


class ReadModel:
    def __init__(self, db: Database) -> None:
        self.db = db
        db.script(_SCHEMA)
        if self._layout() != _LAYOUT:
            for table in ("view_rows_text", *_TABLES):  # the first: SQLite's full-text index
                db.execute(f"DROP TABLE IF EXISTS {table}")
            db.script(_SCHEMA)
            db.execute("INSERT INTO view_position VALUES (?, ?)", ("layout", _LAYOUT))
        db.index_words()

    @classmethod
    def as_they_stand(cls, db: Database, last: int) -> ReadModel | None:
        """The views of a store that may only be read, if they can answer without being
        written: of this layout, and caught up to `last`."""
        there = ("SELECT 1 FROM sqlite_master WHERE name = 'view_position'" if db.dialect == "sqlite" else
                 "SELECT 1 WHERE to_regclass('view_position') IS NOT NULL")
        if db.execute(there).fetchone() is None:
            return None
        found = dict(db.execute("SELECT name, position FROM view_position").fetchall())
        if found.get("layout") != _LAYOUT or found.get(_POSITION, 0) != last:
            return None
        views = cls.__new__(cls)
        views.db = db
        return views

    def _layout(self) -> int | None:
        found = self.db.execute("SELECT position FROM view_position WHERE name = 'layout'").fetchone()
        if found is None and self.db.execute("SELECT COUNT(*) FROM view_position").fetchone()[0] == 0:
            # Several processes may open a new SQLite store at once (its setup takes no lock):
            # the first to write the layout wins, the others find it.
            self.db.execute("INSERT INTO view_position VALUES (?, ?) ON CONFLICT (name) DO NOTHING", ("layout", _LAYOUT))
            return _LAYOUT
        return found[0] if found else None

    # Following the event store.

    def position(self) -> int:
        found = self.db.execute(
            "SELECT position FROM view_position WHERE name = ?", (_POSITION,)
        ).fetchone()
        return found[0] if found else 0

    def catch_up(self, stored: EventRows, decode: Decoder, saves: SavesAfter, progress: Progress | None = None) -> CaughtUp:
        """Project every event recorded since the last catch-up.

        Row versions are recomputed at the end of each save (the ledger says where saves
        end), so they say exactly what the register showed after each save.
        """
        if stored.last() <= self.position():
            return CaughtUp(0)
        try:
            with self.db.exclusive("view_position"):
                return CaughtUp(self._catch_up(stored, decode, saves, progress))
        except self.db.integrity_errors:
            # The views already hold what they say they have not read: their position was
            # lowered behind our back. What they hold is unknown; derive it all again.
            return CaughtUp(self.rebuild(stored, decode, saves, progress), rebuilt=True)

    def rebuild(self, stored: EventRows, decode: Decoder, saves: SavesAfter, progress: Progress | None = None,
                searchable: bool = True) -> int:
        """Derives everything again from the events alone, in one transaction: a rebuild that
        fails leaves the views as they were. `searchable=False`: without the full-text index,
        for views derived aside only to be copied or compared."""
        with self.db.exclusive("view_position"):
            self.db.drop_words_index()  # made again at the end: faster than row by row, and a forged one goes
            for table in _TABLES:
                self.db.execute(f"DELETE FROM {table}" + (" WHERE name <> 'layout'" if table == "view_position" else ""))
            seen = self._catch_up(stored, decode, saves, progress)
            if searchable:
                self._index_words_again()
            return seen

    def _index_words_again(self) -> None:
        self.db.index_words()
        self.db.reindex_words()

    def rebuild_beside(self, stored: EventRows, decode: Decoder, saves: SavesAfter, folder: Path,
                       progress: Progress | None = None) -> int:
        """Derives everything again in a scratch database in `folder` while these views go on
        answering and following the events, then puts it in their place in one transaction:
        the views are locked only while the rows are copied in, not while they are derived."""
        scratch = SQLiteDatabase(folder / "views.db")
        try:
            beside = ReadModel(scratch)
            seen = beside.rebuild(stored, decode, saves, progress, searchable=False)  # indexed once, in place
            with copier(self.db, scratch, folder / "views.db") as copy, self.db.exclusive("view_position"):
                if stored.last() > beside.position():  # recorded meanwhile
                    with scratch.exclusive("view_position"):
                        seen += beside._catch_up(stored, decode, saves, None)
                self.db.drop_words_index()
                for table in DERIVED_TABLES:
                    self.db.execute(f"DELETE FROM {table}")
                    copy(table)
                self._index_words_again()
                self._moved_to(beside.position())
            return seen
        finally:
            scratch.close()

    def _catch_up(self, stored: EventRows, decode: Decoder, saves: SavesAfter, progress: Progress | None) -> int:
        start = self.position()
        known = saves(start)
        # Read no event past the last save the ledger listed: a save another writer commits
        # between the two reads (each statement sees the latest commits) would otherwise be
        # folded without its boundaries, each event as a save of its own, and its rows would
        # carry recorded positions no rebuild gives. The next catch-up reads it whole.
        stored = stored.upto_position(min(stored.upto, known[-1][1] if known else start))
        catch_up = CatchUp(self.db, known, _cannot_project, progress)
        seen, last = catch_up.run(stored, decode, start)
        self._moved_to(last)
        return seen

    def project_saved(self, saved: Sequence[tuple[Notification, Any]], stored: EventRows,
                      decode: Decoder, saves: SavesAfter) -> int:
        """Projects the events this process just saved without reading them back, when nothing
        else was recorded since the last catch-up; otherwise catches up as usual."""
        if not saved:
            return 0
        with self.db.exclusive("view_position"):
            start = self.position()
            if saved[0][0].id == start + 1:
                catch_up = CatchUp(self.db, [(saved[0][0].id, saved[-1][0].id)], _cannot_project)
                last = catch_up.consume(((n.id, hex_id(n.originator_id), e) for n, e in saved), start)
                catch_up.flush()
                self._moved_to(last)
                return len(saved)
        return self.catch_up(stored, decode, saves).events

    def _moved_to(self, last: int) -> None:
        self.db.execute(
            "INSERT INTO view_position VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET position = excluded.position",
            (_POSITION, last),
        )

    def dates_before(self, board: str, recorded: int | None) -> dict[str, str]:
        """Meeting dates as they stood at position `recorded`, where corrected since."""
        if recorded is None:
            return {}
        rows = self.db.execute(
            "SELECT meeting, previous FROM view_date_corrections WHERE board = ? AND position > ? ORDER BY position DESC",
            (board, recorded),
        )
        return dict(rows.fetchall())

    # Reading.

    def facts(self, board: str, keys: Sequence[str], as_of: str | None = None, recorded: int | None = None) -> list[Row]:
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        sql = (
            "SELECT key, position, seq, decided_on, meeting, type, data, event, line "
            f"FROM view_facts WHERE board = ? AND key IN ({marks})"
        )
        params: list[Any] = [board, *keys]
        if as_of is not None:
            sql += " AND decided_on <= ?"
            params.append(as_of)
        if recorded is not None:
            sql += " AND position <= ?"
            params.append(recorded)
        return [
            {"key": k, "position": p, "seq": s, "decided_on": d, "meeting": m, "type": t,
             "data": json.loads(data), "event": e, "line": line}
            for k, p, s, d, m, t, data, e, line in self.db.execute(sql, params)
        ]

    def rows(self, board: str, view: str, as_of: str, recorded: int | None = None, sort_prefix: str = "",
             matching: Sequence[Wanted] = ()) -> list[Row]:
        """Rows valid on decided date `as_of`, as the register showed them after position
        `recorded` (None: as it shows them now); only those whose sort key starts with
        `sort_prefix` (a meeting's decisions share one) and, given `matching` query words, only
        those whose words the full-text index finds for each."""
        params: list[Any]
        if recorded is None:
            clock, params = "AND recorded_to IS NULL", [board, view]
        else:
            clock, params = "AND recorded_from <= ? AND (recorded_to IS NULL OR recorded_to > ?)", [board, view, recorded, recorded]
        if matching:
            condition, words = self.db.words_match(matching)
            clock, params = f"{clock} AND {condition}", [*params, words]
        found = self.db.execute(
            f"SELECT row FROM view_rows WHERE board = ? AND view = ? {clock} "
            "AND valid_from <= ? AND (valid_to IS NULL OR valid_to > ?) AND sort LIKE ? ORDER BY sort",
            (*params, as_of, as_of, sort_prefix + "%"),
        )
        # One decode of all the rows as a JSON array: a view reads thousands, and a call of
        # json.loads per row cost about as much again as the decoding itself.
        return json.loads(f"[{','.join(row for (row,) in found)}]")

    def titles(self, board: str, as_of: str, recorded: int | None = None) -> list[Row]:
        """Every agenda item's title put forward by the decided date `as_of` (matter, meeting, date, title)."""
        found = self.db.execute(
            "SELECT meeting, decided_on, data FROM view_facts WHERE board = ? AND key >= 'matter:' AND key < 'matter;' "
            "AND type = ? AND decided_on <= ? AND position <= ? ORDER BY key",
            (board, FactType.PUT_FORWARD.value, as_of, _upto(recorded)),
        )
        return [{"meeting": m, "date": d, **json.loads(data)} for m, d, data in found]

    def facts_of_type(self, board: str, entity: Entity, type_: FactType, as_of: str, recorded: int | None = None) -> list[Row]:
        """Every fact of one type under one kind of entity, decided by `as_of` and recorded by
        position `recorded`, each with its entity's key, in decided order (the last one counts)."""
        found = self.db.execute(
            "SELECT key, data FROM view_facts WHERE board = ? AND key >= ? AND key < ? AND type = ? "
            "AND decided_on <= ? AND position <= ? ORDER BY decided_on, position, seq",
            (board, key(entity, ""), key(entity, "")[:-1] + ";", type_.value, as_of, _upto(recorded)),
        )
        return [{"key": k, **json.loads(data)} for k, data in found]

    def facts_under(self, board: str, prefix: str, types: Sequence[str]) -> list[Row]:
        """Facts of the given types filed under keys that start with `prefix` (an item's decisions)."""
        marks = ",".join("?" * len(types))
        found = self.db.execute(
            f"SELECT key, decided_on, meeting, data FROM view_facts WHERE board = ? AND key LIKE ? ESCAPE '!' "
            f"AND type IN ({marks}) ORDER BY key, position, seq",
            (board, _escaped(prefix) + "%", *types),
        )
        return [{"key": k, "decided_on": d, "meeting": m, "data": json.loads(data)} for k, d, m, data in found]

    def latest_row(self, board: str, key: str) -> Row | None:
        """An entity's row as it stands after its last meeting, as the register shows it now."""
        found = self.db.execute(
            "SELECT row FROM view_rows WHERE board = ? AND key = ? AND recorded_to IS NULL ORDER BY valid_from DESC LIMIT 1",
            (board, key),
        ).fetchone()
        return None if found is None else json.loads(found[0])

    def has_facts(self, board: str, key: str, types: Sequence[str]) -> bool:
        marks = ",".join("?" * len(types))
        found = self.db.execute(
            f"SELECT 1 FROM view_facts WHERE board = ? AND key = ? AND type IN ({marks}) LIMIT 1",
            (board, key, *types),
        ).fetchone()
        return found is not None

    def meetings(self, board: str, recorded: int | None = None) -> list[Row]:
        found = self.db.execute(
            "SELECT m.shown, m.held_on, m.place, m.attendance, m.justerare, s.data FROM view_meetings m "
            "LEFT JOIN view_facts s ON s.board = m.board AND s.key = ? || m.meeting "
            "AND s.type = ? AND s.position <= ? "
            "WHERE m.board = ? AND m.position <= ? ORDER BY m.held_on, m.meeting",
            (key(Entity.MEETING, ""), FactType.SEALED, _upto(recorded), board, _upto(recorded)),
        )
        earlier = self.dates_before(board, recorded)
        rows = [
            {"meeting": shown, "date": earlier.get(shown, held_on), "place": place,
             "attendance": json.loads(attendance), "justerare": json.loads(justerare),
             "sealed_by": json.loads(sealed)["by"] if sealed else [], "justering": json.loads(sealed) if sealed else None}
            for shown, held_on, place, attendance, justerare, sealed in found
        ]
        return sorted(rows, key=lambda r: (r["date"], MeetingId.parse(r["meeting"])))

    def meeting_count(self, upto: int) -> int:
        """How many meetings, of every board, were recorded up to position `upto`."""
        found = self.db.execute("SELECT COUNT(*) FROM view_meetings WHERE position <= ?", (upto,)).fetchone()
        return int(found[0])

    def boards(self) -> list[str]:
        return [board for (board,) in self.db.execute("SELECT DISTINCT board FROM view_meetings ORDER BY board")]

    def meeting_of(self, aggregate: UUID | str) -> str:
        found = self.db.execute(
            "SELECT shown FROM view_meetings WHERE aggregate = ?", (hex_id(aggregate),)
        ).fetchone()
        return found[0] if found else ""

    def attendance(self, board: str, meeting: MeetingId) -> list[Row] | None:
        """A meeting's attendance list; None when the meeting is not recorded."""
        found = self.db.execute(
            "SELECT attendance FROM view_meetings WHERE board = ? AND meeting = ?", (board, meeting.key)
        ).fetchone()
        return json.loads(found[0]) if found else None

    def meeting_dates(self, board: str, recorded: int | None = None) -> list[str]:
        """The dates meetings were held, as the register showed them after position `recorded`."""
        found = self.db.execute(
            "SELECT shown, held_on FROM view_meetings WHERE board = ? AND position <= ?", (board, _upto(recorded))
        )
        earlier = self.dates_before(board, recorded)
        return sorted(earlier.get(shown, held_on) for shown, held_on in found.fetchall())

    def dump(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every derived table with its rows in one order whatever the database; tests compare
        rebuilds with this."""
        return {table: sorted((tuple(row) for row in self.db.execute(f"SELECT * FROM {table}")), key=_total_order)
                for table in DERIVED_TABLES}


def _total_order(row: tuple[Any, ...]) -> list[tuple[bool, Any]]:
    """Column by column, NULL last; a column holds one type otherwise."""
    return [(value is None, "" if value is None else value) for value in row]


def _cannot_project(position: int, error: Exception) -> ProjectionFailed:
    return ProjectionFailed(position, " ".join(str(error).split()))


def _escaped(prefix: str) -> str:
    return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_")


def _upto(recorded: int | None) -> int:
    return recorded if recorded is not None else 2**62
