"""What an item's text tells of a report or task delivered: a clause that says it came in or was laid
before the board (not that it is still to come), and a citation's sentence that names what is
delivered as what was asked there (`som hon fått i uppdrag att ta fram vid sammanträdet i februari`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from register.minutes.matching import likeness
from register.minutes.model import ParsedItem
from register.minutes.phrasebook import AS_ASKED, PREPARED_AS_DECIDED
from register.minutes.promises import DUTY, may_tell_delivery, not_delivered, still_owed

DELIVERED = re.compile(r"\binkom\w*|\b(?:lade|lägger|har\s+lagt|lämnade|lämnar)\s+fram\b|\bpresentera(?:de|des|t|ts|r)\b|\b(?:föreslår|föreslog)\s+(?:nu\s+)?\w+en\b|\b(?:tagit|tagits|tog) fram\b|\b(?:har\s+(?:nu\s+)?)?kom(?:mit)?\s+in\b|\b(?:i enlighet med|enligt) (?:styrelsens )?(?:begäran|uppdrag\w*|önskemål)"
                        rf"|{AS_ASKED}|{PREPARED_AS_DECIDED}", re.I)
ASKED_THERE = re.compile(rf"\b(?:fick|fått|hade\s+fått|har\s+fått)\s+(?:\w+\s+)?i\s+uppdrag\b|{AS_ASKED}|{PREPARED_AS_DECIDED}", re.I)
"""`som hon fått i uppdrag att ta fram`, `som styrelsen begärde`: what is delivered named as what was asked."""
REPORTING = re.compile(r"rapport|\bredovis|\bredogj|\bredogör|\binkom|i enlighet med (?:styrelsens )?begäran", re.I)


_PARTICLES = re.compile(r"\b(?:fram|bort|ihop|igenom|tillbaka)\b", re.I)
CLAUSES = re.compile(r"[.;!?]\s+|,\s+(?=att\b)|\s+och\s+(?=att\b)")


def said_done(item: ParsedItem, subject: str) -> bool:
    """Whether the clause that speaks of the follow-up says it is done, not under way
    (`upphandlingen av genomlysningen har påbörjats`) or not yet come."""
    clauses = [c for c in CLAUSES.split(f"{item.title}. {item.text}") if c.strip()]
    if any(REPORTING.search(c) and still_owed(c) for c in clauses):
        return False  # `Redovisningskravet kvarstår`: the report is still owed, whatever else is said
    # The particle of `ta fram`, `lägga fram` says nothing of what the task is about: a clause that
    # shares only it (`har skjutits fram till februari`) does not speak of the task.
    about = _PARTICLES.sub(" ", subject)
    nearest = max(clauses, key=lambda c: likeness(about, c), default="")
    return not not_delivered(nearest)


def arrival_told(item: ParsedItem) -> bool:
    """Whether a clause says outright that something came in (`har nu kommit in`, `inkom 2 juni`)."""
    return any(DELIVERED.search(c) and not not_delivered(c) for c in CLAUSES.split(item.text) if c.strip())


def delivery_told(item: ParsedItem) -> bool:
    """Whether a clause of the item's text that speaks of reporting says it was done: a title
    that names the report (`Lägesrapport Ronneby kommun`) delivers nothing by itself."""
    clauses = [c for c in CLAUSES.split(item.text) if c.strip()]
    return any(REPORTING.search(c) or DELIVERED.search(c) for c in may_tell_delivery(clauses))


SENTENCES = re.compile(r"[.;!?](?:\s+|$)|\s+-\s+|^-\s+")


def promised_where_cited(item: ParsedItem, written: str, still: Callable[[str], bool] = not_delivered) -> bool:
    """Whether the sentence that cites the report says it is still to come: `Kommunen har aviserat
    att uppföljningen kommer i september, i enlighet med § 5/2038` delivers nothing, whatever
    another sentence of the item reports. The duty recalled (`Enligt beslut den 12 februari, § 7,
    ska styrgruppen lämna en lägesrapport`) is no promise."""
    flat = " ".join(f"{item.title}. {item.text}".split())
    return any(written in sentence and still(DUTY.sub(" ", sentence)) for sentence in SENTENCES.split(flat))
