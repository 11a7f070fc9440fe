"""How the domain's values are stored inside events: short, readable JSON."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from typing import Any

import attrs
from eventsourcing.persistence import JSONTranscoder, Transcoding

from domain.ids import DecisionId, ItemRef, MeetingId
from domain.values import Attendee, DecisionKind, Due, Party, Role


class DateAsISO(Transcoding):
    type = dt.date
    name = "date"

    def encode(self, obj: dt.date) -> str:
        return obj.isoformat()

    def decode(self, data: str) -> dt.date:
        return dt.date.fromisoformat(data)


class AsText(Transcoding):
    """A value stored as the text it is written as, parsed back with its own parser."""

    def __init__(self, type_: type, name: str, parse: Callable[[str], Any]) -> None:
        self.type = type_
        self.name = name
        self.parse = parse

    def encode(self, obj: Any) -> str:
        return str(obj)

    def decode(self, data: str) -> Any:
        return self.parse(data)


class EnumAsValue(Transcoding):
    def __init__(self, type_: type[enum.Enum], name: str) -> None:
        self.type = type_
        self.name = name

    def encode(self, obj: enum.Enum) -> Any:
        return obj.value

    def decode(self, data: Any) -> enum.Enum:
        return self.type(data)


class DueAsText(Transcoding):
    type = Due
    name = "due"

    def encode(self, obj: Due) -> list[str]:
        return [obj.kind.value, obj.value]

    def decode(self, data: list[str]) -> Due:
        return Due(data[0], data[1])


class AttrsAsDict(Transcoding):
    """A frozen attrs value stored as its fields; nested values use their own transcodings."""

    def __init__(self, type_: type, name: str) -> None:
        self.type = type_
        self.name = name

    def encode(self, obj: Any) -> dict[str, Any]:
        return {a.name: getattr(obj, a.name) for a in attrs.fields(self.type)}

    def decode(self, data: dict[str, Any]) -> Any:
        return self.type(**data)


def register_all(transcoder: JSONTranscoder) -> None:
    transcoder.register(DateAsISO())
    transcoder.register(AsText(MeetingId, "meeting_id", MeetingId.parse))
    transcoder.register(AsText(ItemRef, "item_ref", ItemRef.parse))
    transcoder.register(AsText(DecisionId, "decision_id", DecisionId.parse))
    transcoder.register(EnumAsValue(Party, "party"))
    transcoder.register(EnumAsValue(Role, "role"))
    transcoder.register(EnumAsValue(DecisionKind, "decision_kind"))
    transcoder.register(DueAsText())
    transcoder.register(AttrsAsDict(Attendee, "attendee"))
