"""Human-facing ids as written in the minutes, parsed once at the edge.

`2025-7` and `2022:5` are meetings (year, running number); `2025-7 §13` is an agenda item
(the matter it belongs to); `2025-7 §07:1` is a decision. `§7:1` and `§07:1` are the same id.
"""

from __future__ import annotations

import functools
import re

import attrs

from domain.errors import InvalidValue, MalformedId

_MEETING = re.compile(r"(?P<year>\d{4})\s*(?P<sep>[-:])\s*(?P<number>\d{1,2})")
_ITEM = re.compile(r"§\s*(?P<item>\d{1,3})")
_DECISION_NO = re.compile(r":(?P<number>\d{1,2})")


def _whole(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    return pattern.fullmatch(text.strip())


@attrs.frozen(order=True)
class MeetingId:
    """A board meeting: `2025-7` is the seventh meeting of 2025."""

    year: int
    number: int
    separator: str = attrs.field(default="-", eq=False, order=False)
    """How the minutes wrote it (`-` or `:`); kept for printing, ignored in comparisons."""

    def __attrs_post_init__(self) -> None:
        if not 1900 <= self.year <= 2999 or not 1 <= self.number <= 99:
            raise InvalidValue(f"meeting id out of range: {self}")

    @classmethod
    def parse(cls, text: str) -> MeetingId:
        return _parse_meeting(text)

    @classmethod
    def _parse(cls, text: str) -> MeetingId:
        match = _whole(_MEETING, text)
        if match is None:
            raise MalformedId(f"malformed meeting id {text!r}: expected e.g. '2025-7' or '2022:5'", text=text, example="2025-7")
        return cls(int(match["year"]), int(match["number"]), match["sep"])

    @property
    def key(self) -> str:
        """Canonical form for lookups: `2022:5` and `2022-5` share it."""
        return f"{self.year}-{self.number}"

    @property
    def sort_prefix(self) -> str:
        """How the sort keys of this meeting's decisions begin."""
        return f"{self.year:04d}-{self.number:02d}-"

    def __str__(self) -> str:
        return f"{self.year}{self.separator}{self.number}"


@attrs.frozen(order=True)
class ItemRef:
    """An agenda item (§) of a meeting; a matter is named by the item where it was put forward."""

    meeting: MeetingId
    item: int

    def __attrs_post_init__(self) -> None:
        if not 1 <= self.item <= 999:
            raise InvalidValue(f"agenda item out of range: §{self.item}")

    @classmethod
    def parse(cls, text: str) -> ItemRef:
        return _parse_item(text)

    @classmethod
    def _parse(cls, text: str) -> ItemRef:
        meeting, _, rest = text.strip().partition("§")
        match = _whole(_ITEM, "§" + rest)
        if not meeting.strip() or match is None:
            raise MalformedId(f"malformed agenda item {text!r}: expected e.g. '2025-7 §13'", text=text, example="2025-7 §13")
        return cls(MeetingId.parse(meeting), int(match["item"]))

    @property
    def key(self) -> str:
        return f"{self.meeting.key} §{self.item:02d}"

    def __str__(self) -> str:
        return f"{self.meeting} §{self.item:02d}"


@attrs.frozen(order=True)
class DecisionId:
    """A decision: `2025-7 §07:1` is the first decision under item 7 of meeting 2025-7."""

    item: ItemRef
    number: int

    def __attrs_post_init__(self) -> None:
        if not 1 <= self.number <= 99:
            raise InvalidValue(f"decision number out of range in {self}")

    @property
    def meeting(self) -> MeetingId:
        return self.item.meeting

    @classmethod
    def parse(cls, text: str) -> DecisionId:
        return _parse_decision(text)

    @classmethod
    def _parse(cls, text: str) -> DecisionId:
        cleaned = text.strip()
        if cleaned.lower().startswith("beslut"):
            cleaned = cleaned[len("beslut") :]
        head, colon, number = cleaned.rpartition(":")
        match = _whole(_DECISION_NO, colon + number) if colon else None
        if match is None or "§" not in head:
            raise MalformedId(f"malformed decision id {text!r}: expected e.g. '2025-7 §07:1'", text=text, example="2025-7 §07:1")
        try:
            item = ItemRef.parse(head)
        except InvalidValue:
            raise InvalidValue(
                f"malformed decision id {text!r}: expected e.g. '2025-7 §07:1'"
            ) from None
        return cls(item, int(match["number"]))

    @property
    def key(self) -> str:
        return f"{self.item.key}:{self.number}"

    @property
    def sort_key(self) -> str:
        """Sorts decisions in meeting, item and number order as plain text."""
        return f"{self.meeting.sort_prefix}{self.item.item:03d}-{self.number:02d}"

    def __str__(self) -> str:
        return f"{self.item}:{self.number}"


@attrs.frozen(order=True)
class DeferralRef:
    """A deferral the minutes state under no § heading: `2025-7 deferred 1` is the first such
    deferral at meeting 2025-7 (text extracted from PDF often loses the heading)."""

    meeting: MeetingId
    number: int

    @classmethod
    def parse(cls, text: str) -> DeferralRef:
        match = _DEFERRAL.fullmatch(text.strip())
        if match is None:
            raise MalformedId(f"malformed deferral {text!r}: expected e.g. '2025-7 deferred 1'", text=text, example="2025-7 deferred 1")
        return cls(MeetingId.parse(match["meeting"]), int(match["number"]))

    @property
    def key(self) -> str:
        return f"{self.meeting.key} deferred {self.number}"

    def __str__(self) -> str:
        return f"{self.meeting} deferred {self.number}"


_DEFERRAL = re.compile(r"(?P<meeting>\S+)\s+deferred\s+(?P<number>\d{1,2})")

FollowUpSource = DecisionId | ItemRef | DeferralRef
"""What a follow-up is known by: the decision that created a report, assignment or referral;
the item that was deferred; or a deferral without an item."""


def parse_source(text: str) -> FollowUpSource:
    """`2025-7 §07:2`, `2026-1 §07` or `2025-7 deferred 1`."""
    cleaned = text.strip()
    if "deferred" in cleaned:
        return DeferralRef.parse(cleaned)
    if ":" in cleaned.partition("§")[2]:
        return DecisionId.parse(cleaned)
    try:
        return ItemRef.parse(cleaned)
    except InvalidValue:
        raise MalformedId(f"malformed follow-up source {text!r}: expected a decision (2025-7 §07:2), an item (2026-1 §07) "
                          "or a deferral (2025-7 deferred 1)", text=text, example="2025-7 §07:2") from None


# Ids are immutable and the same ones come back again and again when history is folded.
_parse_meeting = functools.lru_cache(maxsize=1 << 16)(MeetingId._parse)
_parse_item = functools.lru_cache(maxsize=1 << 16)(ItemRef._parse)
_parse_decision = functools.lru_cache(maxsize=1 << 16)(DecisionId._parse)
