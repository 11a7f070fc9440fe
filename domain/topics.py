"""Events stored under a topic of their own, named once: `beslutsregister:<Aggregate>.<Event>`.
The topic never changes once events are stored, whatever the class is later called or moved to."""

from __future__ import annotations

from typing import Any, ClassVar

from eventsourcing.domain import Aggregate
from eventsourcing.utils import register_topic


class NamedEvent(Aggregate.Event):
    """A base for an aggregate's events: a subclass that sets `PREFIX` is the base of one
    aggregate's events (`MeetingEvent`); each subclass of that is stored under the prefix and
    its own class name."""

    TOPIC: ClassVar[str]
    PREFIX: ClassVar[str]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "PREFIX" not in cls.__dict__:
            cls.TOPIC = f"{cls.PREFIX}.{cls.__name__}"
            register_topic(cls.TOPIC, cls)
