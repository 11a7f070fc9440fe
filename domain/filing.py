"""What an anslagstavla and a diarium keep of a meeting: each item's diarienummer,
beslutsunderlag and expedieras, and the notice of the justering with where the minutes are
kept. Mixed into `Meeting`; each is an event of its own."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from domain import events as e
from domain.errors import InvalidValue
from domain.ids import ItemRef
from domain.values import plain


class Filing:
    """The meeting aggregate's diary and notice commands (mixed into `Meeting`)."""

    held_on: dt.date

    if TYPE_CHECKING:  # what the aggregate it is mixed into provides

        def trigger_event(self, event_class: Any, **kwargs: Any) -> None: ...

        def _check_open(self) -> None: ...

        def _check_here(self, item: ItemRef) -> None: ...

    def file_item(self, item: ItemRef, diary_number: str = "", basis: tuple[str, ...] = (),
                  sent_to: tuple[str, ...] = ()) -> None:
        self._check_open()
        self._check_here(item)
        number = _tidy(diary_number, f"the diarienummer of {item}")
        listed = {name: tuple(_tidy(entry, f"{what} of {item}") for entry in entries if entry.strip())
                  for name, what, entries in (("basis", "the beslutsunderlag", basis), ("sent_to", "expedieras", sent_to))}
        if not number and not any(listed.values()):
            raise InvalidValue(f"nothing to file for {item}: give a diarienummer, beslutsunderlag or expedieras")
        self.trigger_event(e.ItemFiled, item=item, diary_number=number, **listed)

    def post_notice(self, posted: dt.date | None, removed: dt.date | None, kept_at: str = "") -> None:
        if posted is not None and posted < self.held_on:
            raise InvalidValue(f"the notice cannot go up on {posted}, before the meeting ({self.held_on})")
        if posted is not None and removed is not None and removed < posted:
            raise InvalidValue(f"the notice cannot come down on {removed}, before it went up ({posted})")
        place = _tidy(kept_at, "where the minutes are kept")
        if posted is None and removed is None and not place:
            raise InvalidValue("nothing to record of the notice: give the day it went up, came down, or where the minutes are kept")
        self.trigger_event(e.NoticePosted, posted=posted, removed=removed, kept_at=place)


    def name_secretary(self, name: str) -> None:
        self._check_open()
        tidied = _tidy(name, "the secretary's name")
        if not tidied:
            raise InvalidValue("name the secretary who kept the minutes")
        self.trigger_event(e.SecretaryNamed, name=tidied)


def _tidy(text: str, what: str) -> str:
    return plain(" ".join(text.split()), what)
