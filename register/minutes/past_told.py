"""Minutes that tell the meeting's own decisions in the past: in the passive, subject unsaid
(`Beslöts att …`, `Beslutades att …`, verb first: `Antogs planen …`, `verb_first.py`), or with the board as subject (`Styrelsen beslöt att …`,
`Styrelsen fastställde …`). A hand that writes so writes the board taking note so too (`Noterades.`,
`Informationen lades till handlingarna.`, `Styrelsen noterade rapporten.`), where other hands write
`Informationen noteras`. In such minutes only, a § that ends in sentences like these has taken note
at this meeting: they are said now, as the rest of the importer reads them. It is read from the
hand, not from the sentence, so the § is put to review (`prose.py`).
"""

from __future__ import annotations

import re

from register.minutes.phrasebook import ADOPT, APPROVE, BOARD, FILE, GRANT, NOTE, REFER_BACK, REJECT, Verb
from register.minutes.text import Line
from register.minutes.verb_first import verb_first

_DECIDED = "|".join(form for verb in (ADOPT, GRANT, APPROVE, REJECT, REFER_BACK) for form in verb.past
                    if form.endswith(("de", "og")))
_TOLD_IN_PAST = re.compile(r"^(?:Det\s+)?(?:Beslöts|Beslutades)\b|^Det\s+(?:beslöts|beslutades)\b")
_BOARD_DID = re.compile(rf"^{BOARD}\s+(?:beslöt|beslutade|{_DECIDED})\b(?!\s+(?:den\s+\d|vid\b|på\b|i\s+\w+\s+\d{{4}}))")
"""The hand's own marker: `Beslöts` alone or `Beslutades att …` opening a line, or the board's own
past (`Styrelsen beslöt att …`, `Styrelsen fastställde planen …`), not placed at another meeting
(`Styrelsen beviljade den 10 februari …`)."""
_BOARD_LED = re.compile(rf"^(?:Efter|Sedan|Med|Då|I\s+enlighet)\b[^.;]{{0,150}}?\b(?:beslöt|beslutade)\s+(?i:{BOARD})\s+att\b")
"""`Efter överläggning beslöt styrelsen att …`, `Med anledning härav beslöt styrelsen att …`: the board's past
after a lead of manner or reason (not one that places it at another meeting, which names a date)."""
_TAKING_NOTE = (NOTE, FILE, APPROVE)
_SENTENCE_START = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")
_CITES = re.compile(r"§|\b\d{4}\b|\b(?:tidigare|den\s+\d)", re.I)
"""A sentence that names a date or a § tells of another meeting (`… lades till handlingarna den 9 mars`)."""


PASSIVE, BY_THE_BOARD = "passive", "by the board"


def tells_in_past(lines: list[Line]) -> str | None:
    """How the minutes tell their decisions as done: `PASSIVE` (`Beslöts att …`), whose hand takes
    note in any voice, or `BY_THE_BOARD` (`Styrelsen beslöt att …`), whose hand takes note with the
    board as subject or a report as the passive's (`Styrelsen noterade …`, `Rapporten lades …`;
    `Informationen lades till handlingarna` tells what happened); None where they decide in the present."""
    # A referat runs its prose on: its verbs begin a sentence, seldom a line.
    sentences = [sentence for line in lines for sentence in _SENTENCE_START.split(line.text)]
    if any(_TOLD_IN_PAST.match(sentence) or verb_first(sentence) for sentence in sentences):
        return PASSIVE
    return BY_THE_BOARD if any(_BOARD_DID.match(sentence) or _BOARD_LED.search(sentence) for sentence in sentences) else None


def decided_in_past(sentence: str) -> bool:
    """`Beslöts att bevilja …`, `Styrelsen fastställde …`: a decision of this meeting told as done,
    which a proposal never is."""
    return bool(_TOLD_IN_PAST.match(sentence) or _BOARD_DID.match(sentence) or _BOARD_LED.search(sentence))


def by_the_board(sentence: str) -> bool:
    """`Styrelsen noterade …`, or a report placed on file (`Rapporten lades till handlingarna`): what a
    hand that decides with the board as subject writes for taking note. Not `Informationen lades …`,
    which tells what happened to an information point."""
    return _BOARD_SUBJECT.match(sentence) is not None or _REPORT_SUBJECT.match(sentence) is not None


_REPORT_SUBJECT = re.compile(r"^(?:Den\s+\w+\s+)?\w*(?:rapport|redovisning)(?:en|erna)?\s", re.I)


def _said_now(verb: Verb, form: str) -> str | None:
    """The present of a past form: passive `noterades` → `noteras`, active `noterade` → `noterar`."""
    passive = form.endswith("s")
    ending = "s" if passive else "r"
    candidates = [now for now in verb.now if now.endswith(ending) and " " not in now]
    alike = [now for now in candidates if now[:4] == form[:4]]
    # `läggas` is the infinitive's passive; `läggs` the present's.
    found = alike or [now for now in candidates if not (passive and now == verb.now[0] + "s")]
    return found[0] if found else None


_PAST_FORMS = {form: now for verb in _TAKING_NOTE for form in verb.past
               if form.endswith(("de", "des")) and (now := _said_now(verb, form)) is not None}
_WORD = re.compile(r"[a-zåäö]+", re.I)
_BOARD_SUBJECT = re.compile(rf"^{BOARD}\s+", re.I)


def noted_now(sentence: str) -> str | None:
    """`Informationen lades till handlingarna.` said as `Informationen läggs till handlingarna.`,
    `Noterades.` as `Ärendet noteras.`; None for a sentence that is not the board taking note, or
    that tells of another meeting."""
    if _CITES.search(sentence):
        return None
    words = _WORD.findall(sentence)
    past = [w for w in words if w.lower() in _PAST_FORMS]
    if not past or len(words) > 14:
        return None
    active = not past[0].lower().endswith("s")
    if active and not _BOARD_SUBJECT.match(sentence):
        return None  # `Projektledaren lade fram …`: someone else did it
    if words[0].lower() in _PAST_FORMS:
        sentence = f"Ärendet {sentence[:1].lower()}{sentence[1:]}"  # `Noterades.`: what the § is about
    said = _WORD.sub(lambda m: _PAST_FORMS.get(m[0].lower(), m[0]), sentence)
    return said if said.endswith(".") else f"{said}."
