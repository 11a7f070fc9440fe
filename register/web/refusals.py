"""What the site says, in Swedish, when it cannot answer: the register's errors are written for
the command line, in English, and the web framework's pages too; neither reaches a reader."""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

from werkzeug.exceptions import HTTPException

from domain.errors import InvalidValue, UnknownMeeting
from domain.ids import DecisionId, DeferralRef, ItemRef, MeetingId
from register.web.context import ref_name

TITLES = {
    400: "Felaktig fråga", 403: "Får inte visas", 404: "Sidan finns inte", 405: "Sidan tar inte emot det",
    406: "Finns inte i det formatet", 413: "Frågan är för lång", 414: "Adressen är för lång",
    429: "För många frågor", 500: "Något gick fel", 503: "Registret kunde inte svara",
}
"""Each answer's title where the framework would say "Bad Request", "Not Found" …"""

_SAID = {
    400: "Frågan kunde inte läsas.", 403: "Det som adressen pekar på får inte visas här.",
    404: "Det finns ingen sida på den här adressen. Kontrollera stavningen, eller sök i registret.",
    405: "Sidan kan bara läsas: registret tar inte emot något via webbplatsen.",
    406: "Sidan finns inte i det format som frågan bad om.", 413: "Frågan är för lång.",
    414: "Adressen är för lång.", 429: "För många frågor på kort tid. Försök igen om en stund.",
    500: "Registret kunde inte visa sidan. Felet är loggat.", 503: "Försök igen om en stund.",
}

UNANSWERED = "Registret kunde inte svara på frågan. Felet är loggat."
UNAVAILABLE = "Registret är upptaget eller kan inte nås just nu. Försök igen om en stund."


def title(status: int) -> str:
    return TITLES.get(status, "Fel")


def described(error: HTTPException) -> str:
    """The site's own words for a refusal (`abort(400, "okänd parameter …")`), else what the
    status means, in Swedish, instead of the framework's English description."""
    own = error.description and error.description != type(error).description
    return str(error.description) if own else _SAID.get(error.code or 500, "")


def unreadable(address: str) -> str:
    """Why an address naming a meeting, a decision or a date that cannot be what it claims is refused."""
    return (f"Något i adressen {unquote(address).rstrip('?')} är inte ett möte, ett beslut eller ett datum som registret "
            "kan läsa. Ett möte skrivs till exempel 2025-7 eller 2022:5, ett beslut 2025-7 §13:1 och ett datum 2026-01-31.")


def missing(error: Exception, view_args: dict[str, Any] | None) -> str:
    """What the address names that the register does not hold, named as the site names it."""
    args = view_args or {}
    try:
        meeting = MeetingId.parse(args["meeting_key"]) if "meeting_key" in args else None
    except InvalidValue:
        meeting = None
    if meeting is None:
        return "Det som adressen pekar på finns inte i registret."
    if isinstance(error, UnknownMeeting):
        return f"Mötet {meeting} finns inte i registret."
    if "item" in args and "number" in args:
        return f"Beslut {DecisionId(ItemRef(meeting, args['item']), args['number'])} finns inte i registret."
    if "item" in args:
        return f"Inget är registrerat om ärendet {ItemRef(meeting, args['item'])}."
    if "number" in args:
        return f"Inget är registrerat om {ref_name(DeferralRef(meeting, args['number']))}."
    return f"Mötet {meeting} finns inte i registret."
