"""Following the event store in batches: facts and relations inserted in bulk, and each
touched entity's row versions recomputed once per save that touched it.

The same code runs for a catch-up after one save and for a rebuild of the whole history, so
the two cannot drift apart; the property tests compare them.
"""

from __future__ import annotations

import functools
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from eventsourcing.persistence import ApplicationRecorder, Notification

from domain.ids import MeetingId
from domain.meeting import Meeting
from projections.facts import facts_of
from projections.folds import all_versions, fold_for
from projections.sql import Database, hex_id

Decoder = Callable[[Notification], Any]
Progress = Callable[[int], None]
"""Told how many more events were handled, for a progress bar."""
Key = tuple[str, str]
"""(board, entity key)"""

_READ = 2000
_FLUSH = 20000
_CHUNK = 400


class CatchUp:
    """One pass over the events recorded after `start`, inside the read model's write lock."""

    def __init__(self, db: Database, ranges: Sequence[tuple[int, int]], on_error: Callable[[int, Exception], Exception],
                 progress: Progress | None = None) -> None:
        self.db = db
        self.progress = progress or (lambda done: None)
        self.end_of = {p: last for first, last in ranges for p in range(first, last + 1)}
        self.on_error = on_error
        self.meetings: dict[str, tuple[str, str, str]] = {}
        self.facts: list[tuple[Any, ...]] = []
        self.relations: dict[tuple[str, str, str], int] = {}
        """(board, key, related) → the position of the event that first related them."""
        self.new_meetings: list[tuple[Any, ...]] = []
        self.changed: dict[Key, set[int]] = defaultdict(set)

    def run(self, recorder: ApplicationRecorder, decode: Decoder, start: int) -> tuple[int, int]:
        """Projects everything after `start`; returns (events seen, last position)."""
        seen = 0
        while True:
            batch = recorder.select_notifications(start=start, limit=_READ, inclusive_of_start=False)
            start = self.consume(((n, functools.partial(decode, n)) for n in batch), start)
            seen += len(batch)
            self.progress(len(batch))
            if len(batch) < _READ:
                break
        self.flush()
        return seen, start

    def consume(self, pairs: Iterable[tuple[Notification, Callable[[], Any]]], start: int) -> int:
        """Projects (notification, its event) pairs in position order; returns the last position."""
        for notification, event in pairs:
            try:
                self._project(notification, event())
            except Exception as error:
                raise self.on_error(notification.id, error) from error
            start = notification.id
            if len(self.facts) >= _FLUSH and self.end_of.get(start, start) == start:
                self.flush()
        return start

    def _project(self, notification: Notification, event: Any) -> None:
        aggregate = hex_id(notification.originator_id)
        position = notification.id
        if isinstance(event, Meeting.Recorded):
            shown, held_on = str(event.meeting), event.held_on.isoformat()
            self.meetings[aggregate] = (event.board, shown, held_on)
            self.new_meetings.append((
                aggregate, event.board, event.meeting.key, shown, held_on, event.place,
                json.dumps([a.as_row() for a in event.attendance], ensure_ascii=False),
                json.dumps(list(event.justerare), ensure_ascii=False), position,
            ))
            return
        meeting = self._meeting(aggregate)
        if meeting is None:
            return
        board, shown, held_on = meeting
        save = self.end_of.get(position, position)
        if isinstance(event, Meeting.Corrected) and event.field == "date":
            self.flush()
            for key in self._redate(board, shown, held_on, event.value, position):
                self.changed[(board, key)].add(save)
            self.meetings[aggregate] = (board, shown, event.value)
            held_on = event.value
        facts = facts_of(event, MeetingId.parse(shown))
        if facts is None:
            return
        for seq, fact in enumerate(facts.facts):
            self.facts.append((board, fact.key, position, seq, held_on, shown, fact.type,
                               json.dumps(fact.data, ensure_ascii=False), facts.event, facts.detail))
            self.changed[(board, fact.key)].add(save)
        for key, related in facts.relations:
            self.relations.setdefault((board, key, related), position)
            self.changed[(board, key)].add(save)

    def _meeting(self, aggregate: str) -> tuple[str, str, str] | None:
        if aggregate not in self.meetings:
            found = self.db.execute(
                "SELECT board, shown, held_on FROM view_meetings WHERE aggregate = ?", (aggregate,)
            ).fetchone()
            if found is None:
                return None
            self.meetings[aggregate] = tuple(found)  # type: ignore[assignment]
        return self.meetings[aggregate]

    def _redate(self, board: str, shown: str, previous: str, held_on: str, position: int) -> list[str]:
        """A corrected meeting date moves every fact of the meeting; earlier instants keep the old one."""
        db = self.db
        db.execute("UPDATE view_meetings SET held_on = ? WHERE board = ? AND shown = ?", (held_on, board, shown))
        db.execute("UPDATE view_facts SET decided_on = ? WHERE board = ? AND meeting = ?", (held_on, board, shown))
        db.execute("INSERT INTO view_date_corrections VALUES (?, ?, ?, ?)", (board, shown, position, previous))
        return [key for (key,) in db.execute("SELECT DISTINCT key FROM view_facts WHERE board = ? AND meeting = ?", (board, shown))]

    # Writing what was gathered.

    def flush(self) -> None:
        db = self.db
        db.executemany("INSERT INTO view_meetings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", self.new_meetings)
        db.executemany("INSERT INTO view_facts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", self.facts)
        db.executemany(
            "INSERT INTO view_relations VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            sorted((*relation, position) for relation, position in self.relations.items()),
        )
        self.new_meetings, self.facts, self.relations = [], [], {}
        changed, self.changed = self.changed, defaultdict(set)
        self._add_dependents(changed)
        self._recompute(changed)

    def _add_dependents(self, changed: dict[Key, set[int]]) -> None:
        """An entity whose fold reads another's facts changes when that one does, from the
        save that related them on."""
        for board, keys in _by_board(changed).items():
            for chunk in _chunks(keys):
                rows = self.db.execute(
                    f"SELECT key, related, position FROM view_relations WHERE board = ? AND related IN ({_marks(chunk)})",
                    (board, *chunk),
                )
                for key, related, since in rows.fetchall():
                    changed[(board, key)] |= {save for save in changed[(board, related)] if save >= since}

    def _recompute(self, changed: dict[Key, set[int]]) -> None:
        """For each changed entity, new row versions at each save that changed it; the versions
        they replace stay, closed at that save, so earlier instants still read them."""
        closes: list[tuple[int, str, str]] = []
        inserts: list[list[Any]] = []
        for board, keys in _by_board(changed).items():
            keys = [k for k in keys if fold_for(k) is not None]
            related = self._related(board, keys)
            facts = self._facts(board, set(keys) | {r for rs in related.values() for r, _ in rs})
            current = self._current(board, keys)
            for key in sorted(keys):
                view = key.partition(":")[0]
                # Another entity's facts count once the event relating them is recorded, as they did then.
                sources = [(key, 0), *related.get(key, ())]
                mine = [(since, f) for k, since in sources for f in facts.get(k, ())]
                before = current.get(key, [])
                open_rows: list[list[Any]] | None = None  # None: the open versions are those in the table
                for save in sorted(changed[(board, key)]):
                    fresh = [
                        (start, end, _sort(view, row), json.dumps(row, ensure_ascii=False))
                        for start, end, row in all_versions(key, [f for since, f in mine if since <= save and f["position"] <= save])
                    ]
                    if fresh == before:
                        continue
                    if open_rows is None:
                        closes.append((save, board, key))
                    for row in open_rows or ():
                        row[6] = save
                    open_rows = [[board, view, key, start, end, save, None, sort, row] for start, end, sort, row in fresh]
                    inserts += open_rows
                    before = fresh
        self.db.executemany(
            "UPDATE view_rows SET recorded_to = ? WHERE board = ? AND key = ? AND recorded_to IS NULL", closes
        )
        self.db.executemany("INSERT INTO view_rows VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", inserts)

    def _related(self, board: str, keys: Sequence[str]) -> dict[str, list[tuple[str, int]]]:
        related: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for chunk in _chunks(keys):
            rows = self.db.execute(
                f"SELECT key, related, position FROM view_relations WHERE board = ? AND key IN ({_marks(chunk)}) ORDER BY key, related",
                (board, *chunk),
            )
            for key, other, since in rows.fetchall():
                related[key].append((other, since))
        return related

    def _facts(self, board: str, keys: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
        grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for chunk in _chunks(sorted(keys)):
            rows = self.db.execute(
                "SELECT key, position, seq, decided_on, meeting, type, data FROM view_facts "
                f"WHERE board = ? AND key IN ({_marks(chunk)})",
                (board, *chunk),
            )
            for k, p, s, d, m, t, data in rows.fetchall():
                grouped[k].append({"key": k, "position": p, "seq": s, "decided_on": d, "meeting": m, "type": t, "data": json.loads(data)})
        return grouped

    def _current(self, board: str, keys: Sequence[str]) -> dict[str, list[tuple[Any, ...]]]:
        current: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
        for chunk in _chunks(keys):
            rows = self.db.execute(
                "SELECT key, valid_from, valid_to, sort, row FROM view_rows "
                f"WHERE board = ? AND key IN ({_marks(chunk)}) AND recorded_to IS NULL ORDER BY key, valid_from",
                (board, *chunk),
            )
            for key, *version in rows.fetchall():
                current[key].append(tuple(version))
        return current


def _sort(view: str, row: dict[str, Any]) -> str:
    if view == "decision":
        return str(row["sort"])
    if view == "plan":
        return f"{row['year']:04d} {row['party']}"
    if view == "followup":
        return f"{row['date']} {row['source']}"
    return ""


def _by_board(changed: Iterable[Key]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = defaultdict(list)
    for board, key in changed:
        grouped[board].append(key)
    return grouped


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    items = list(items)
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _marks(chunk: Sequence[str]) -> str:
    return ",".join("?" * len(chunk))
