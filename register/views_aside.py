"""The views of a store that may only be read: its own as they stand, or, where they are behind
its events (or of another layout), views derived aside in a scratch database, since the
store's own may not be written."""

from __future__ import annotations

import tempfile
from pathlib import Path

from projections.read_model import ReadModel
from projections.sql import Database, SQLiteDatabase


class ViewsAside:
    def __init__(self, notices: list[str]) -> None:
        self.notices = notices
        """Where to say that the answers come from views derived aside."""
        self.scratch: tempfile.TemporaryDirectory[str] | None = None

    def choose(self, database: Database, why: str | None, size: int) -> ReadModel:
        """The store's own views; for a store that may only be read (`why`) and whose views would
        need writing to answer for its `size` events, views derived aside."""
        if why is None:
            return ReadModel(database)
        return ReadModel.as_they_stand(database, size) or self.derive(why)

    def kept_up(self, views: ReadModel, last: int, why: str | None) -> ReadModel:
        """The views to bring up to date with the events up to `last`: `views`, unless they are
        the store's own, behind, and may not be written by this role (`why`): another role
        recorded since they were chosen."""
        if why is None or self.scratch is not None or last <= views.position():
            return views
        return self.derive(why)

    def derive(self, why: str) -> ReadModel:
        """Empty views in a scratch database, which the next catch-up derives from the events."""
        self.notices.append(f"the store's views are behind its events and it may only be read ({why}): "
                            "these answers come from views derived aside from the events")
        self.scratch = tempfile.TemporaryDirectory(prefix="register-views-")
        return ReadModel(SQLiteDatabase(Path(self.scratch.name) / "views.db"))

    def close(self, views: ReadModel) -> None:
        if self.scratch is not None:
            views.db.close()
            self.scratch.cleanup()
