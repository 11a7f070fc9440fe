"""Records a meeting described in one of the project's data files (the demo's sample)."""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib import resources
from typing import Any

from domain.errors import InvalidValue
from domain.ids import DecisionId, ItemRef, MeetingId
from domain.values import DecisionKind, Due, Party, parse_date
from register.application import Register

_PARSERS: dict[str, Callable[[Any], Any]] = {
    "matter": ItemRef.parse,
    "item": ItemRef.parse,
    "decision": DecisionId.parse,
    "by": DecisionId.parse,
    "source": DecisionId.parse,
    "citing": DecisionId.parse,
    "cites": lambda values: tuple(DecisionId.parse(v) for v in values),
    "party": Party.parse,
    "kind": DecisionKind.parse,
    "due": Due.parse,
    "returns": Due.parse,
    "to": Due.parse,
}


def sample_meetings() -> list[str]:
    folder = resources.files("register") / "data"
    return sorted(entry.name for entry in folder.iterdir() if entry.name.endswith(".json"))


def record_sample(register: Register, name: str) -> MeetingId:
    """Records one bundled meeting in one transaction; refuses if it is already recorded."""
    document = json.loads((resources.files("register") / "data" / name).read_text(encoding="utf-8"))
    head = document["meeting"]
    meeting = MeetingId.parse(head["id"])
    with register.new_meeting(
        meeting, parse_date(head["date"]), head.get("place", ""), (), tuple(head.get("justerare", ()))
    ) as recording:
        for number, (step, arguments) in enumerate(document["steps"], start=1):
            action = getattr(recording, step, None)
            if action is None or step.startswith("_"):
                raise InvalidValue(f"{name}: step {number}: unknown step {step!r}")
            action(**{name_: _parse(step, name_, value) for name_, value in arguments.items()})
    return meeting


def _parse(step: str, name: str, value: Any) -> Any:
    if name == "responsible" and step == "require_report":
        return Party.parse(value)
    parser = _PARSERS.get(name)
    return parser(value) if parser else value
