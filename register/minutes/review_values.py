"""The values a review file's fields may hold, each read strictly: a value of another TOML type
(a `"false"` in quotes, a name where a list belongs, a vote given in part) is refused saying what
the field takes and showing the value as it stands in the file, never as Python would print it."""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
from collections.abc import Callable
from typing import Any, TypeVar

from domain.errors import InvalidValue
from domain.ids import DecisionId, FollowUpSource, parse_source
from domain.values import Due, Party, parse_kronor
from register.minutes import proposal as p
from register.minutes.debate import Person, Vote

T = TypeVar("T")
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def shown(value: Any, depth: int = 0) -> str:
    """A value as TOML writes it, cut short: what the secretary typed, for a message."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value if len(value) <= 40 else value[:39] + "…", ensure_ascii=False)
    if isinstance(value, (int, float)):
        return str(value)  # inf and nan print as TOML writes them
    if isinstance(value, (dt.date, dt.time)):  # a datetime is a date
        return value.isoformat()
    if depth >= 2 and isinstance(value, (list, dict)):
        return "[…]" if isinstance(value, list) else "{…}"
    if isinstance(value, list):
        return "[" + ", ".join([shown(v, depth + 1) for v in value[:4]] + (["…"] if len(value) > 4 else [])) + "]"
    if isinstance(value, dict):
        pairs = [f"{key_shown(k)} = {shown(v, depth + 1)}"
                 for k, v in list(value.items())[:4]]
        return "{" + ", ".join(pairs + (["…"] if len(value) > 4 else [])) + "}"
    return "a value of no TOML type"


def key_shown(name: str) -> str:
    """A key as TOML writes it: bare, or in quotes."""
    return name if _BARE_KEY.fullmatch(name) else json.dumps(name, ensure_ascii=False)


class Wanting(enum.Enum):
    """What a review's value lacks, each its English; `{form}` a TOML example, the same in any language."""

    TEXT = 'expected text in quotes ("…"), not {value}'
    FLAG = "expected true or false, without quotes, not {value}"
    WHOLE = "expected a whole number such as 19, without quotes, not {value}"
    YEAR = "expected a year such as 2026, without quotes, not {value}"
    DATE = "expected a date such as 2026-05-19, without quotes, not {value}"
    LIST = "expected a list such as {form}, not {value}"
    TABLE = "expected {form}, not {value}"
    AMOUNT = "expected a whole number of kronor such as 250000, not {value}"
    PRESENCE = 'expected true, false or "unclear", not {value}'
    EMPTY = "must not be empty"
    UNKNOWN_KEY = "unknown key {name!r} in {{ … }}; allowed there: {allowed}"
    MISSING = "expected {form}: {missing} {verb} missing"
    GRANT_WHOSE = "a grant names its party, or the project several parties run (project = …)"
    FOLLOW_UP_KIND = "unknown follow-up kind {value}: expected one of {allowed}"
    REPORT_WHO = "a report needs the party (or parties) that owe it, or the one body that is no party"
    ASSIGNMENT_WHO = "an assignment needs who holds it"
    VOTES = "{name}: expected a whole number of votes from 0, without quotes, not {value}"
    NO_VOTES = "a vote of no votes: give the counts, or leave the vote out"
    DUE_DAY = "a due on a date needs the date: give it, or choose another due"


class Unreadable(InvalidValue):
    """Raised when a review's value is not what its field may hold: `why` and what it says of it
    (`value` as the file shows it, `form`, `name`, `allowed`, `missing`) in `fields`."""

    def __init__(self, why: Wanting, **fields: str) -> None:
        super().__init__(why.value.format(**fields))
        self.why, self.fields = why, fields


class InField(InvalidValue):
    """Raised when a key of an inline table (`grants: party: …`) is refused: `name`, and the refusal."""

    def __init__(self, name: str, cause: InvalidValue) -> None:
        super().__init__(f"{name}: {cause}")
        self.name, self.cause = name, cause


def _refused(why: Wanting, value: Any, form: str = "") -> Unreadable:
    return Unreadable(why, value=shown(value), form=form)


def text(value: Any) -> str:
    if not isinstance(value, str):
        raise _refused(Wanting.TEXT, value)
    return value


def nonempty(value: Any) -> str:
    if not text(value).strip():
        raise Unreadable(Wanting.EMPTY)
    return text(value).strip()


def flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise _refused(Wanting.FLAG, value)
    return value


def whole(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _refused(Wanting.WHOLE, value)
    return value


def year(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1900 <= value <= 2999:
        raise _refused(Wanting.YEAR, value)
    return value


def date(value: Any) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    raise _refused(Wanting.DATE, value)


def sequence(value: Any, such_as: str = '["…", "…"]') -> list[Any]:
    if not isinstance(value, list):
        raise _refused(Wanting.LIST, value, such_as)
    return value


def texts(value: Any) -> tuple[str, ...]:
    """Names or titles, each a text; a list even when it holds one."""
    return tuple(text(v) for v in sequence(value))


def nonempty_texts(value: Any) -> tuple[str, ...]:
    return tuple(nonempty(v) for v in sequence(value))


def table(value: Any, allowed: tuple[str, ...], required: tuple[str, ...] = ()) -> dict[str, Any]:
    """An inline table `{ … }` with no key but `allowed` and every key of `required`."""
    form = "{" + ", ".join(f"{key} = …" for key in (required or allowed)) + "}"
    if not isinstance(value, dict):
        raise _refused(Wanting.TABLE, value, form)
    unknown = next((key for key in value if key not in allowed), None)
    if unknown is not None:
        raise Unreadable(Wanting.UNKNOWN_KEY, name=unknown, allowed=", ".join(allowed))
    missing = [key for key in required if key not in value]
    if missing:
        raise Unreadable(Wanting.MISSING, form=form, missing=" and ".join(missing), verb="is" if len(missing) == 1 else "are")
    return value


def key(t: dict[str, Any], name: str, read: Callable[[Any], T], default: Any = None) -> T:
    """A key of an inline table read, a refusal naming the key (`grants: party: …`)."""
    try:
        return read(t[name] if default is None else t.get(name, default))
    except InvalidValue as error:
        raise InField(name, error) from None


def decisions(value: Any) -> tuple[DecisionId, ...]:
    return tuple(DecisionId.parse(text(v)) for v in sequence(value, '["2025-7 §07:1"]'))


def due(value: Any, held_on: dt.date) -> Due:
    return Due.parse(text(value)).check_near(held_on)


def amount(value: Any) -> int:
    """Whole kronor: a number, or text as the minutes write it (`"3 600 000 kr"`)."""
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise _refused(Wanting.AMOUNT, value)
    return parse_kronor(value)


PARTY_YEAR = ("party", "year")


def party_plan(value: Any) -> p.PartyPlan:
    t = table(value, PARTY_YEAR, PARTY_YEAR)
    return p.PartyPlan(key(t, "party", _party), key(t, "year", year))


def party_plans(value: Any) -> tuple[p.PartyPlan, ...]:
    return tuple(party_plan(v) for v in sequence(value, "[{party = …, year = …}]"))


def grants(value: Any) -> tuple[p.Grant, ...]:
    out = []
    for v in sequence(value, "[{party = …, year = …, amount_sek = …, purpose = …}]"):
        # A project run jointly by several parties is named instead of a party (`project = "Steget vidare"`).
        t = table(v, ("party", "project", "year", "amount_sek", "purpose"), ("year", "amount_sek"))
        project = key(t, "project", text, "")
        if not project and "party" not in t:
            raise Unreadable(Wanting.GRANT_WHOSE)
        out.append(p.Grant(None if project else key(t, "party", _party), key(t, "year", year), key(t, "amount_sek", amount),
                           key(t, "purpose", text, ""), project))
    return tuple(out)


def follow_up(value: Any, held_on: dt.date) -> p.FollowUp:
    t = table(value, ("kind", "responsible", "subject", "due"), ("kind",))
    kind = key(t, "kind", text)
    if kind not in p.FOLLOW_UP_KINDS:
        raise Unreadable(Wanting.FOLLOW_UP_KIND, value=shown(kind), allowed=", ".join(p.FOLLOW_UP_KINDS))
    responsible = key(t, "responsible", texts, [])
    if kind == "report":
        if not responsible:
            raise Unreadable(Wanting.REPORT_WHO)
        # One name that is no member party is a body or officer that owes it (`projektet Steget vidare`).
        if len(responsible) > 1 or Party.find(responsible[0]) is not None:
            responsible = tuple(Party.parse(r).value for r in responsible)
    if kind == "assignment" and not responsible:
        raise Unreadable(Wanting.ASSIGNMENT_WHO)
    return p.FollowUp(kind, responsible, key(t, "subject", text, ""), due(t.get("due", "none"), held_on))  # its refusals name the due


def amendments(value: Any) -> tuple[p.Amendment, ...]:
    out = []
    for v in sequence(value, "[{decision = …, amount_sek = …}]"):
        t = table(v, ("decision", "amount_sek"), ("decision", "amount_sek"))
        out.append(p.Amendment(key(t, "decision", lambda x: DecisionId.parse(text(x))), key(t, "amount_sek", amount)))
    return tuple(out)


def settled(value: Any) -> tuple[p.Settled, ...]:
    out = []
    for v in sequence(value, '[{source = "2025-7 §13:1", how = …}]'):
        if not isinstance(v, dict):  # a bare source: "2025-7 §13:1"
            out.append(p.Settled(source(v), "by review"))
            continue
        t = table(v, ("source", "how"), ("source",))
        out.append(p.Settled(key(t, "source", source), key(t, "how", text, "by review")))
    return tuple(out)


def source(value: Any) -> FollowUpSource:
    return parse_source(text(value))


def sources(value: Any) -> tuple[FollowUpSource, ...]:
    return tuple(source(v) for v in sequence(value, '["2022:5 §04:1"]'))


VOTE_KEYS = ("for", "against", "abstained")


def vote(value: Any) -> Vote:
    # All three counts: a count left out is not known to be 0.
    t = table(value, VOTE_KEYS, VOTE_KEYS)
    counts = [t[key] for key in VOTE_KEYS]
    for key, count in zip(VOTE_KEYS, counts):
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise Unreadable(Wanting.VOTES, name=key, value=shown(count))
    if not any(counts):
        raise Unreadable(Wanting.NO_VOTES)
    return Vote(*counts)


def people(value: Any) -> tuple[Person, ...]:
    out = []
    for v in sequence(value, '[{name = "…", party = "…"}]'):
        t = table(v, ("name", "party"), ("name",))
        out.append(Person(key(t, "name", nonempty), key(t, "party", text, "")))
    return tuple(out)


def _party(value: Any) -> Party:
    return Party.parse(text(value))


def presence(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if value == "unclear":
        return None
    raise _refused(Wanting.PRESENCE, value)
