"""Why the importer refused a review edited at the desk, in Swedish and at the review's line: said
from what the refusal keeps as data (`register/minutes/review.py`'s `Flaw`, `review_values.Wanting`,
the domain's refusals of `domain/errors.py`), never from its English, which is the command line's."""

from __future__ import annotations

from typing import Any

import attrs

from domain.errors import RegisterError
from domain.ids import DeferralRef
from register.minutes.review import Flaw, ReviewError
from register.minutes.review_values import InField, Unreadable, Wanting
from register.web.context import ref_name
from register.web.reasons import SAID

FLAWS = {
    Flaw.NOT_TOML: "raden är inte giltig TOML: se efter citattecken, hakparenteser och likhetstecken",
    Flaw.NO_TABLE: "granskningen saknar tabellen [{name}]",
    Flaw.UNKNOWN_KEY: "okänd nyckel ”{name}” i {where}; där får stå: {allowed}",
    Flaw.MISSING: "[[{table}]] {number} saknar {name}",
    Flaw.TWICE: "beslut {id} står två gånger (också som beslut {other})",
    Flaw.OTHER_MEETING: "{what} {id} hör inte till möte {meeting}, det möte som granskas",
    Flaw.LATER_MEETING: "ett beslut kan inte hänvisa till ett senare möte än sitt eget ({meeting})",
    Flaw.ALREADY_RECORDED: "möte {meeting} är redan registrerat; granskningen kan inte registreras en gång till",
    Flaw.NOT_RECORDED: "beslut {id} finns inte i registret",
    Flaw.NO_FOLLOW_UP: "ingen uppföljning från {source} finns i registret",
    Flaw.SETTLED: "uppföljningen från {source} är redan avklarad",
    Flaw.NEEDS_TITLE: "ärende {ref} är bordlagt och behöver därför sin rubrik (title)",
    Flaw.FILED_EMPTY: "[[filed]] {number} ({ref}) anger varken diarienummer, underlag eller expedieras: fyll i något eller ta bort tabellen",
    Flaw.POSTED_EARLY: "anslaget sattes upp {posted}, före mötet ({held_on})",
    Flaw.REMOVED_EARLY: "anslaget togs ned {removed}, innan det sattes upp ({posted})",
    Flaw.NO_ITEM: "det finns inget [[item]] {ref} i granskningen som kan klara av {source}",
    Flaw.OTHER_MINUTES: "protokollet gäller möte {read}, inte {meeting}",
}
"""What the reading of a review refuses, as the desk says it."""

WANTING = {
    Wanting.TEXT: 'väntade text inom citattecken ("…"), inte {value}',
    Wanting.FLAG: "väntade true eller false, utan citattecken, inte {value}",
    Wanting.WHOLE: "väntade ett heltal som 19, utan citattecken, inte {value}",
    Wanting.YEAR: "väntade ett årtal som 2026, utan citattecken, inte {value}",
    Wanting.DATE: "väntade ett datum som 2026-05-19, utan citattecken, inte {value}",
    Wanting.LIST: "väntade en lista som {form}, inte {value}",
    Wanting.TABLE: "väntade {form}, inte {value}",
    Wanting.AMOUNT: "väntade ett helt antal kronor som 250000, inte {value}",
    Wanting.PRESENCE: 'väntade true, false eller "unclear", inte {value}',
    Wanting.EMPTY: "får inte vara tomt",
    Wanting.UNKNOWN_KEY: "okänd nyckel ”{name}” i {{ … }}; där får stå: {allowed}",
    Wanting.MISSING: "väntade {form}: {missing} saknas",
    Wanting.GRANT_WHOSE: "ett beviljande anger sin part, eller projektet som flera parter driver (project = …)",
    Wanting.FOLLOW_UP_KIND: "okänd sorts uppföljning {value}: välj en av {allowed}",
    Wanting.REPORT_WHO: "en återrapport behöver den part (eller de parter) som ska lämna den, eller det organ som inte är part",
    Wanting.ASSIGNMENT_WHO: "ett uppdrag behöver någon som har det",
    Wanting.VOTES: "{name}: väntade ett helt antal röster från 0, utan citattecken, inte {value}",
    Wanting.NO_VOTES: "en omröstning utan röster: ange rösterna, eller ta bort omröstningen",
    Wanting.DUE_DAY: "tiden ”ett datum” behöver ett datum: fyll i det, eller välj en annan tid",
}
"""What a review's value lacks, as the desk says it."""

_WORDS = {"decision": "beslut", "item": "ärende", "the top level": "granskningens översta nivå"}
"""The few English words a flaw's fields carry: which kind of thing, and where."""

UNSAID = "granskningen godtogs inte här; registrets logg säger varför"
"""A refusal the desk has no Swedish words for: a gap to fill here, never the English shown."""


@attrs.frozen
class Refusal:
    """Why a review was refused, in Swedish, and where: the review's line and what it says."""

    said: str
    line: int | None = None
    text: str = ""


def refused(error: RegisterError, review: str) -> Refusal:
    """`error` as the desk shows it beside the review `review`: its line, that line's text, the reason."""
    if not isinstance(error, ReviewError):
        return Refusal(_domain(error) or UNSAID)
    lines = review.split("\n")
    text = lines[error.line - 1].strip() if error.line and error.line <= len(lines) else ""
    return Refusal(_reason(error), error.line, text)


def _reason(error: ReviewError) -> str:
    if error.flaw is not None:
        fields = {name: ref_name(value) if isinstance(value, DeferralRef) else _WORDS.get(str(value), value)
                  for name, value in error.fields.items()}
        return FLAWS[error.flaw].format(**fields) if error.flaw in FLAWS else UNSAID
    said, cause = f"{error.key}: " if error.key else "", error.cause
    while isinstance(cause, InField):  # a key of an inline table: `grants: party: …`
        said, cause = said + f"{cause.name}: ", cause.cause
    if isinstance(cause, Unreadable):
        wanted: dict[str, Any] = {**cause.fields, "missing": cause.fields.get("missing", "").replace(" and ", " och ")}
        return said + (WANTING[cause.why].format(**wanted) if cause.why in WANTING else UNSAID)
    return said + ((_domain(cause) if cause is not None else "") or UNSAID)


def _domain(error: RegisterError) -> str:
    say = SAID.get(type(error))
    return say(error) if say is not None else ""
