"""Terse notes read as the rules read full minutes: abbreviations written out (`fc`, `FK`, `till
handl.`, `v. 43`, `dec-mötet`) and the follow-up labels after a decision (`Ansv: fc. Klart: 7/5.`)
taken as who answers for what it asks and when it is due."""

from __future__ import annotations

import re

import attrs

from register.minutes.dues import NEXT_MEETING, NO_DUE, DueAsWritten, due_in
from register.minutes.model import Defer, Effect, GiveAssignment, ProjectReport, ReferBack, RequireReport
from register.minutes.phrasebook import MONTHS, MONTHS_SHORT, OFFICERS_SHORT, PUBLIC_BODIES, WORDS_SHORT

_NAMES = {number: name for name, number in MONTHS.items()}
_BODY = re.compile(r"(?<![\w-])(?P<short>" + "|".join(PUBLIC_BODIES) + r")(?![\w-])(?::s)?")
_OFFICER = re.compile(r"(?<![\w-])(?P<short>" + "|".join(sorted(OFFICERS_SHORT, key=len, reverse=True)) + r")(?![\w-])")
_WORD = re.compile(r"(?<![\w.])(?P<short>" + "|".join(re.escape(w) for w in sorted(WORDS_SHORT, key=len, reverse=True))
                   + r")\.(?=\s|$|[,;)])(?=(?P<mid>\s+[a-zåäö\d]|[,;)])?)|(?<![\w.])o(?= [a-zåäöA-ZÅÄÖ])")
_LEADS_ON = frozenset({"m", "enl", "ang", "fr.o.m", "t.o.m"})
"""Short words a sentence cannot end on: their full stop never ends one (`avtalet m. Ronneby Bostäder`)."""
_WEEK = re.compile(r"(?<![\w.])v(?:\.\s?|\s)?(?=\d{1,2}\b)", re.I)
"""`v. 43`, `v.43`, `v 43`, `v43`: a week by its number."""
_MONTH = re.compile(r"(?<![\w-])(?P<short>" + "|".join(sorted(MONTHS_SHORT, key=len, reverse=True))
                    + r")\.?(?=-?(?:möte|sammanträde)|\s+\d{4}\b)", re.I)
_LABEL = re.compile(r"\s*\b(?P<label>Ansv(?:arig)?\.?|Vem|Klart(?: senast)?|Deadline|När)\s*:\s*(?P<value>.*?)\s*(?:\.(?=\s|$)|$)", re.I)


def expanded(text: str) -> str:
    """The text with the abbreviations of the phrasebook's tables written out."""
    text = _BODY.sub(lambda m: PUBLIC_BODIES[m["short"]] + ("s" if m[0].endswith(":s") else ""), text)
    text = _OFFICER.sub(lambda m: OFFICERS_SHORT[m["short"]], text)
    text = _MONTH.sub(lambda m: _NAMES[MONTHS_SHORT[m["short"].lower()]], text)
    text = _WEEK.sub("vecka ", text)

    def word(match: re.Match[str]) -> str:
        if match["short"] is None:
            return "och"
        # Mid-sentence the full stop only marked the abbreviation; at the end it also ends the sentence.
        leads_on = match["mid"] is not None or match["short"] in _LEADS_ON
        return WORDS_SHORT[match["short"]] + ("" if leads_on else ".")
    return _WORD.sub(word, text)


@attrs.frozen
class Labels:
    body: str
    who: str | None = None
    when: str | None = None


def labelled(text: str) -> Labels:
    """The decision without its `Ansv:` and `Klart:` labels, and what they say."""
    who = when = None
    for match in _LABEL.finditer(text):
        if match["label"].lower().startswith(("ansv", "vem")):
            who = who or match["value"]
        else:
            when = when or match["value"]
    if who is None and when is None:
        return Labels(text)
    body = _LABEL.sub(" ", text).strip()
    return Labels(body if body.endswith(".") else body + ".", who, when)


_MONTH_ALONE = re.compile(r"(?<![\w-])(?P<short>" + "|".join(sorted(MONTHS_SHORT, key=len, reverse=True)) + r")\b\.?", re.I)


def due_of(when: str) -> DueAsWritten | None:
    """`28/5 2071`, `vecka 43`, `december-mötet`, `februari 2066`, `till nästa möte`; a month shortened
    alone is a month there (`Klart: okt`, `mötet i sept`)."""
    when = _MONTH_ALONE.sub(lambda m: _NAMES[MONTHS_SHORT[m["short"].lower()]], when)
    return due_in(when) or due_in(f"senast {when}")


def responsible(who: str) -> str:
    """`förbundschefen`, `Försäkringskassan (Anna Ek)`: the body or officer, not the person named beside it."""
    return re.sub(r"\s*\([^()]*\)\s*$", "", who).strip()


def applied(effects: tuple[Effect, ...], labels: Labels) -> tuple[Effect, ...]:
    """Each follow-up given the due and the one responsible the labels name, where it lacks them."""
    due = due_of(labels.when) if labels.when else None
    who = responsible(labels.who) if labels.who else None
    result = []
    for effect in effects:
        if isinstance(effect, (GiveAssignment, RequireReport, ProjectReport)) and due is not None and effect.due == NO_DUE:
            effect = attrs.evolve(effect, due=due)
        if isinstance(effect, ReferBack):
            effect = attrs.evolve(effect, returns=due if due is not None and effect.returns == NO_DUE else effect.returns,
                                  responsible=effect.responsible or who or "")
        if isinstance(effect, Defer):
            effect = attrs.evolve(effect, to=due if due is not None and effect.to == NEXT_MEETING else effect.to,
                                  responsible=effect.responsible or who or "")
        if isinstance(effect, GiveAssignment) and who and effect.responsible == "förbundschefen" != who:
            effect = attrs.evolve(effect, responsible=who)
        result.append(effect)
    return tuple(result)
