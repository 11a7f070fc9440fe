"""Reviews in progress at the secretary's desk (#26): the minutes file as uploaded and the review
as last saved, kept beside the events until the review is accepted (then the meeting is in the
events and the draft is gone) or thrown away. A draft is no part of the board's history: nothing
in it is recorded until it is accepted, exactly as `import-minutes --accept` records a review file.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import secrets

import attrs

from projections.sql import Database

_TABLE = """
CREATE TABLE IF NOT EXISTS register_drafts (
    id TEXT PRIMARY KEY,
    file_name TEXT NOT NULL,
    minutes TEXT NOT NULL,
    review TEXT NOT NULL,
    doubts TEXT NOT NULL,
    saved_by TEXT NOT NULL,
    saved TEXT NOT NULL
)
"""


@attrs.frozen
class Draft:
    id: str
    file_name: str
    minutes: bytes
    review: str
    doubts: tuple[tuple[int, str], ...]
    """What the importer doubted when it read the minutes: (line, what), for the desk to show by its line."""
    saved_by: str
    saved: str


class Drafts:
    def __init__(self, database: Database) -> None:
        self.db = database
        with database.setting_up():
            database.script(_TABLE)

    def start(self, file_name: str, minutes: bytes, review: str, doubts: list[tuple[int, str]], by: str) -> Draft:
        draft = Draft(secrets.token_hex(8), file_name, minutes, review, tuple(doubts), by, _now())
        self.db.execute("INSERT INTO register_drafts VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (draft.id, file_name, base64.b64encode(minutes).decode(), review, json.dumps(doubts), by, draft.saved))
        return draft

    def find(self, id_: str) -> Draft | None:
        row = self.db.execute("SELECT id, file_name, minutes, review, doubts, saved_by, saved FROM register_drafts WHERE id = ?",
                              (id_,)).fetchone()
        if row is None:
            return None
        doubts = tuple((int(line), str(what)) for line, what in json.loads(str(row[4])))
        return Draft(str(row[0]), str(row[1]), base64.b64decode(str(row[2])), str(row[3]), doubts, str(row[5]), str(row[6]))

    def listed(self) -> list[Draft]:
        rows = self.db.execute("SELECT id FROM register_drafts ORDER BY saved DESC").fetchall()
        return [draft for (id_,) in rows if (draft := self.find(str(id_))) is not None]

    def save(self, id_: str, review: str, by: str) -> None:
        self.db.execute("UPDATE register_drafts SET review = ?, saved_by = ?, saved = ? WHERE id = ?", (review, by, _now(), id_))

    def drop(self, id_: str) -> None:
        self.db.execute("DELETE FROM register_drafts WHERE id = ?", (id_,))


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
