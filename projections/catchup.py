"""Following the event store in batches: facts and relations inserted in bulk, and each
touched entity's row versions recomputed once per save that touched it.

The same code runs for a catch-up after one save and for a rebuild of the whole history, so
the two cannot drift apart; the property tests compare them. What a flush learns of each
entity it reads from the tables (`Entity`) and forgets afterwards, so memory stays bounded by
one flush whatever the length of the pass.
"""

from __future__ import annotations

import bisect
import gc
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from projections import pipeline
from projections.describe import Describer, EventFacts, MeetingSeen, meeting_lookup, to_json
from projections.search import searched_words
from projections.folds import Row, Version, entity_versions, fold_for
from projections.sql import Database
from projections.event_rows import BATCH, Decoder, EventRows

Progress = Callable[[int], None]
"""Told how many more events were handled, for a progress bar."""
Key = tuple[str, str]
"""(board, entity key)"""

_FLUSH = 20000
_PIPED = 20000
"""From how many events a pass reads and describes them in a second process."""
_CHUNK = 400


class Entity:
    """What a flush reads of one entity: all of it for one it recomputes, only the facts of one
    whose facts another's fold reads."""

    __slots__ = ("facts", "related", "current")

    def __init__(self, facts: list[Row], related: dict[str, int], current: list[Version]) -> None:
        self.facts = facts
        self.related = related
        """Other keys whose facts its fold reads → the position of the event that related them."""
        self.current = current
        """Its open row versions."""


class CatchUp:
    """One pass over the events recorded after `start`, inside the read model's write lock."""

    def __init__(self, db: Database, ranges: Sequence[tuple[int, int]], on_error: Callable[[int, Exception], Exception],
                 progress: Progress | None = None) -> None:
        self.db = db
        self.progress = progress or (lambda done: None)
        self.saves = Saves(ranges)
        self.on_error = on_error
        self.describe = Describer(meeting_lookup(db))
        self.entities: dict[Key, Entity] = {}
        self.facts: list[tuple[Any, ...]] = []
        self.relations: dict[tuple[str, str, str], int] = {}
        """(board, key, related) → the position of the event that first related them."""
        self.new_meetings: list[tuple[Any, ...]] = []
        self.changed: dict[Key, set[int]] = defaultdict(set)

    def run(self, stored: EventRows, decode: Decoder, start: int) -> tuple[int, int]:
        """Projects everything after `start`; returns (events seen, last position)."""
        with _collector_paused():
            if pipeline.available() and stored.last() - start >= _PIPED:
                batches = pipeline.described_batches(stored, decode, start)
            else:
                batches = self._described_here(stored, decode, start)
            seen = 0
            try:
                for batch in batches:
                    start = self._apply_all(batch, start)
                    seen += len(batch)
                    self.progress(len(batch))
            except pipeline.DescribingFailed as failed:
                raise self.on_error(failed.position, failed) from None
            self.flush()
        return seen, start

    def _described_here(self, stored: EventRows, decode: Decoder, start: int) -> Iterator[pipeline.Batch]:
        while True:
            rows = stored.after(start, BATCH)
            batch: pipeline.Batch = []
            for start, aggregate, topic, state in rows:
                try:
                    batch.append((start, self.describe(start, aggregate, decode(topic, state))))
                except Exception as error:
                    raise self.on_error(start, error) from error
            yield batch
            if len(rows) < BATCH:
                return

    def consume(self, events: Iterable[tuple[int, str, Any]], start: int) -> int:
        """Projects (position, aggregate, event) in position order; returns the last position."""
        for position, aggregate, event in events:
            try:
                described = self.describe(position, aggregate, event)
            except Exception as error:
                raise self.on_error(position, error) from error
            start = self._apply_all([(position, described)], start)
        return start

    def _apply_all(self, batch: pipeline.Batch, start: int) -> int:
        for start, described in batch:
            save = self.saves.end_of(start)
            if described is not None:
                self._apply(start, save, described)
            if len(self.facts) >= _FLUSH and save == start:
                self.flush()
        return start

    def _apply(self, position: int, save: int, described: MeetingSeen | EventFacts) -> None:
        """Gathers what the event at `position`, in the save ending at `save`, says."""
        if isinstance(described, MeetingSeen):
            self.new_meetings.append(described.row)
            return
        board, shown, held_on = described.board, described.meeting, described.held_on
        if described.redated_from is not None:
            for key in self._redate(board, shown, described.redated_from, held_on, position, save):
                self.changed[(board, key)].add(save)
        event, line = described.event, described.line
        self.facts += [(board, key, position, seq, held_on, shown, kind, data_json, event, line)
                       for seq, (key, kind, data_json) in enumerate(described.facts)]
        for key, related in described.relations:
            self.relations.setdefault((board, key, related), position)
        changed = self.changed  # after the redate: that flushes, which starts a new set
        for key in described.touched:
            changed[(board, key)].add(save)

    def _redate(self, board: str, shown: str, previous: str, held_on: str, position: int, save: int) -> list[str]:
        """A corrected meeting date moves every fact of the meeting; earlier instants keep the old one.

        What earlier saves recorded is folded first, with the dates it was recorded under; what
        this save recorded so far is folded with the corrected date, at the save's end."""
        self.flush(before=save)
        db = self.db
        db.execute("UPDATE view_meetings SET held_on = ? WHERE board = ? AND shown = ?", (held_on, board, shown))
        # A write-off by the secretary, dated its own day, stays on that day.
        db.execute("UPDATE view_facts SET decided_on = ? WHERE board = ? AND meeting = ? AND decided_on = ?",
                   (held_on, board, shown, previous))
        db.execute("INSERT INTO view_date_corrections VALUES (?, ?, ?, ?)", (board, shown, position, previous))
        return [key for (key,) in db.execute("SELECT DISTINCT key FROM view_facts WHERE board = ? AND meeting = ?", (board, shown))]

    # Writing what was gathered.

    def flush(self, before: int | None = None) -> None:
        """Writes what was gathered and folds what changed; with `before`, only what changed at
        saves ending before it, keeping the rest for the next flush."""
        db = self.db
        db.executemany("INSERT INTO view_meetings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", self.new_meetings)
        db.executemany("INSERT INTO view_facts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", self.facts)
        db.executemany(
            "INSERT INTO view_relations VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            sorted((*relation, position) for relation, position in self.relations.items()),
        )
        self.new_meetings, self.facts, self.relations = [], [], {}
        changed, self.changed = self.changed, defaultdict(set)
        if before is not None:
            for key, saves in changed.items():
                if later := {save for save in saves if save >= before}:
                    self.changed[key] = later
            changed = defaultdict(set, {key: now for key, saves in changed.items() if (now := saves - self.changed.get(key, set()))})
        self._add_dependents(changed)
        self._recompute(changed)
        self.entities.clear()

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
            keys = sorted(k for k in keys if fold_for(k) is not None)
            self._load(board, keys)
            for key in keys:
                entity = self.entities[(board, key)]
                # Another entity's facts count once the event relating them is recorded, as they did then.
                mine = [(0, f) for f in entity.facts]
                for other, since in entity.related.items():
                    mine += [(since, f) for f in self.entities[(board, other)].facts]
                mine.sort(key=_decided_order)
                view = key.partition(":")[0]
                opened: list[list[Any]] = []  # versions opened at an earlier save of this flush
                for save in sorted(changed[(board, key)]):
                    fresh = entity_versions(key, [f for since, f in mine if since <= save and f["position"] <= save], ordered=True)
                    if fresh == entity.current:
                        continue
                    if opened:
                        for row in opened:
                            row[6] = save
                    elif entity.current:
                        closes.append((save, board, key))
                    opened = [[board, view, key, start, end, save, None, _sort(view, row), row] for start, end, row in fresh]
                    inserts += opened
                    entity.current = fresh
        self.db.executemany(
            "UPDATE view_rows SET recorded_to = ? WHERE board = ? AND key = ? AND recorded_to IS NULL", closes
        )
        self.db.executemany("INSERT INTO view_rows VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [_stored(row) for row in inserts])

    def _load(self, board: str, keys: Sequence[str]) -> None:
        """Reads from the tables all there is of `keys`, and the facts of the keys their folds read."""
        related, current = self._related(board, keys), self._current(board, keys)
        others = sorted({r for rs in related.values() for r in rs} - set(keys))
        facts = self._facts(board, [*keys, *others])
        for key in keys:
            self.entities[(board, key)] = Entity(facts.get(key, []), related.get(key, {}), current.get(key, []))
        for key in others:
            self.entities[(board, key)] = Entity(facts.get(key, []), {}, [])

    def _related(self, board: str, keys: Sequence[str]) -> dict[str, dict[str, int]]:
        related: dict[str, dict[str, int]] = defaultdict(dict)
        for chunk in _chunks(keys):
            rows = self.db.execute(
                f"SELECT key, related, position FROM view_relations WHERE board = ? AND key IN ({_marks(chunk)}) ORDER BY key, related",
                (board, *chunk),
            )
            for key, other, since in rows.fetchall():
                related[key][other] = since
        return related

    def _facts(self, board: str, keys: Iterable[str]) -> dict[str, list[Row]]:
        grouped: dict[str, list[Row]] = defaultdict(list)
        for chunk in _chunks(sorted(keys)):
            rows = self.db.execute(
                "SELECT key, position, seq, decided_on, meeting, type, data FROM view_facts "
                f"WHERE board = ? AND key IN ({_marks(chunk)})",
                (board, *chunk),
            )
            for k, p, s, d, m, t, data in rows.fetchall():
                grouped[k].append({"key": k, "position": p, "seq": s, "decided_on": d, "meeting": m, "type": t, "data": json.loads(data)})
        return grouped

    def _current(self, board: str, keys: Sequence[str]) -> dict[str, list[Version]]:
        current: dict[str, list[Version]] = defaultdict(list)
        for chunk in _chunks(keys):
            rows = self.db.execute(
                "SELECT key, valid_from, valid_to, row FROM view_rows "
                f"WHERE board = ? AND key IN ({_marks(chunk)}) AND recorded_to IS NULL ORDER BY key, valid_from",
                (board, *chunk),
            )
            for key, start, end, row in rows.fetchall():
                current[key].append((start, end, json.loads(row)))
        return current


class Saves:
    """Where each save ends, from the (first, last) positions of the saves the ledger lists."""

    def __init__(self, ranges: Sequence[tuple[int, int]]) -> None:
        self.firsts = [first for first, _ in ranges]
        self.lasts = [last for _, last in ranges]

    def end_of(self, position: int) -> int:
        """The last position of the save holding `position` (itself when no save is listed)."""
        at = bisect.bisect_right(self.firsts, position) - 1
        return self.lasts[at] if at >= 0 and self.lasts[at] >= position else position


@contextmanager
def _collector_paused() -> Iterator[None]:
    """A pass builds a great many small dicts that hold no cycles; the cyclic collector would
    walk them again and again as they pile up."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _decided_order(entry: tuple[int, Row]) -> tuple[str, int, int]:
    fact = entry[1]
    return fact["decided_on"], fact["position"], fact["seq"]


def _stored(row: list[Any]) -> list[Any]:
    """A row version as the table holds it: the row itself as JSON, and the stems search finds it by."""
    return [*row[:8], to_json(row[8]), searched_words(row[1], row[8])]


def _sort(view: str, row: Row) -> str:
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
