"""A report an officer owes the board: `Att förbundschefen vid majsammanträdet ska redovisa utfallet`.

An officer told that they shall (`ska`, `skall`) report (a verb of `phrasebook.REPORT`, or `lämna
en lägesrapport`) owes a report as a member party does, though no party: the report is owed by the
officer's name, and so is one the officer reports in the present (`Förbundschefen redovisar en
reviderad helårsprognos vid sammanträdet i september`, `Förbundschefen redogör för projektets
resultat vid sammanträdet i december`); what is to be looked into (`redovisar hur
handlingsplanen har förankrats`) is the board's instruction, which the row for assignments reads,
as the histories' keys have it. Its
own module because `rules.py` is full; the row joins `rules.RULES` before the assignments'.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from domain.values import DecisionKind
from register.minutes.dues import NO_DUE, due_in, without_due
from register.minutes.model import BodyReport, Effect, NotMeant
from register.minutes.phrasebook import REPORT
from register.minutes.wording import OFFICER_TITLE, PERSON, SUBJECT, responsible

_NAMED = r"(?: (?-i:[A-ZÅÄÖ][\w-]+)(?: (?-i:[A-ZÅÄÖ][\w-]+)){1,2})?"
"""The officer's name after the title (`projektledaren Nora Håkansson`): who holds the title, which says it."""
_ONE = rf"(?:{OFFICER_TITLE}|f\.?ch\.?|kansliet?s?|ordförande(?:n)?s?|presidiet?s?){_NAMED}"
WHO = rf"(?P<who>{_ONE}(?: och {_ONE})?)"
"""The officers (and the office) a decision may tell to do something, as the minutes name them: one, or
two together (`ordföranden och verksamhetsledaren`)."""
GIVEN = rf"(?P<who>{_ONE}(?: och {_ONE})?|{PERSON})"
"""Whom a task is given to: the officers as `WHO` names them, or one by name alone."""
_WHEN = r"(?P<when>(?:,? [^.]{0,60}?,?)?)"
_AFTER = r"(?P<after>(?: (?:vid|till|senast|på|i|under|inför|före|efter|per)\b[^.]{0,50}?)?)"
"""When, said after `ska` (`ska vid majsammanträdet redovisa`): words of time only, so that `ska ta
fram ett underlag och redovisa` stays an assignment."""
_NOUN = r"(?:\w*rapport\w*|\w*redovisning\w*|redogörelse\w*|utvärdering\w*)"
_OWES = rf"(?:{REPORT.present}|(?:(?:av)?lämna|ge)(?: in)? (?:en )?(?P<noun>(?:\w+ )?{_NOUN}))"
_PRESENT = r"redovisar|rapporterar|återrapporterar|redogör för|lämnar(?= (?:in )?(?:en |sin |den )?(?:\w+ )?\w*(?:rapport|redovisning|redogörelse))"
_CLAUSE_WORDS = r"hur|vad|vilka|vilket|varför|om|att|när|var"
"""Words that open a clause: what is accounted for is a question to look into, not a report to deliver."""

ROWS = (
    # Att förbundschefen vid majsammanträdet ska redovisa … / Att kansliet skall lämna en lägesrapport …
    (re.compile(rf"\bAtt {WHO}{_WHEN} (?:ska|skall){_AFTER} (?:därefter |sedan |också |även )?{_OWES} {SUBJECT}", re.IGNORECASE),
     DecisionKind.REPORT),
    # Att förbundschefen redovisar en reviderad helårsprognos vid sammanträdet i september: a report
    # named as a thing; `redovisar hur handlingsplanen har förankrats` is a task, an assignment.
    (re.compile(rf"\bAtt {WHO}{_WHEN} (?:{_PRESENT})(?: in)? (?!(?:{_CLAUSE_WORDS})\b){SUBJECT}", re.IGNORECASE),
     DecisionKind.REPORT),
)


_PURPOSE = re.compile(r"\b(?:så|för|i syfte|i avsikt)\s*$", re.IGNORECASE)


def in_purpose(text: str, at: int) -> bool:
    """Whether the `att` at `at` opens a purpose clause (`bordläggs, så att förbundschefen hinner
    komplettera …`, `för att kansliet ska kunna …`): why the board decides, not what it asks."""
    return _PURPOSE.search(text[:at]) is not None


_AT_THE_MEETING = re.compile(r"^(?:hälsar|tackar|förklarar|öppnar|avslutar|informerar|redogör|berättar|meddelar|föredrar"
                             r"|presenterar|konstaterar|framhåller|påminner)\b", re.IGNORECASE)


def at_the_meeting(subject: str) -> bool:
    """`Ordföranden hälsar … välkomna`, `Förbundschefen informerar om …`: what an officer does at the
    meeting, told; no task the board gives."""
    return _AT_THE_MEETING.match(subject) is not None


def report(match: re.Match[str]) -> Iterable[Effect]:
    if in_purpose(match.string, match.start()):
        raise NotMeant
    said = match.groupdict()
    due = due_in(match["subject"]) or due_in(said["when"] or "") or due_in(said.get("after") or "")
    rest = re.sub(r"^\s*(?:till|för|inför) styrelsen\b", "", without_due(match["subject"]), flags=re.IGNORECASE)
    subject = " ".join(f"{said.get('noun') or ''} {rest}".split()).strip(" ,") or "rapport"
    yield BodyReport(responsible(match["who"]), subject, due or NO_DUE)


def by_title(who: str) -> bool:
    """Whether `who` names an officer by title, and perhaps by name: `projektledaren`,
    `projektledaren Nadia Karim`, `ekonomen`."""
    return re.fullmatch(rf"(?:{OFFICER_TITLE}){_NAMED}", who, re.IGNORECASE) is not None


RULE_ROWS = tuple((pattern, kind, report) for pattern, kind in ROWS)
"""Rows of `rules.RULES`: (pattern, kind, what a match implies)."""


_APPOINTED = re.compile(r"\b(?:utses|utsågs|väljs|valdes|utnämns|förordnas)\s+(?:till|som|att\s+(?:[\w-]+\s+){0,4}?teckna)\b"
                        r"|\bteckna[rs]?\s+(?:[\w-]+\s+){0,2}?firma\b", re.IGNORECASE)
"""`förbundschefen … utses att teckna förbundets firma`, `utses till firmatecknare`: an officer
given a standing authority, not a task to come back with."""


def appointed(text: str) -> bool:
    """Whether an officer's clause appoints them (kind other) rather than giving them a task."""
    return bool(_APPOINTED.search(text))


def reports_at(text: str, at: int) -> bool:
    """Whether the officer's clause at `at` is a report this module reads, not an assignment."""
    return any(pattern.match(text, at) for pattern, _ in ROWS)
