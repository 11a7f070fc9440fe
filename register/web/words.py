"""What the site calls things: the register's English codes in the Swedish a reader expects."""

from __future__ import annotations

import re
from collections.abc import Callable

from domain.values import DecisionKind, FollowUpStatus
from projections.queries import DECISION_STATUSES, FOLLOW_UP_KINDS

SEARCH_KINDS = tuple(dict.fromkeys([*(kind.value for kind in DecisionKind), *FOLLOW_UP_KINDS]))
SEARCH_STATUSES = (*DECISION_STATUSES, *(status.value for status in FollowUpStatus))

WORDS = {
    # decision status
    "in_force": "gäller", "withdrawn": "utgått", "revoked": "upphävt", "superseded": "ersatt",
    # follow-up status
    "open": "öppen", "overdue": "försenad", "done": "klar",
    # follow-up kinds
    "report": "återrapport", "assignment": "uppdrag", "referred_back": "återremiss", "deferred": "bordlagt",
    # plan status
    "proposed": "föreslagen", "adopted": "fastställd",
    # decision kinds
    "grant": "beviljande", "plan": "plan", "referral": "återremiss", "withdrawal": "utgår",
    "revocation": "upphävande", "termination": "uppsägning", "document": "fastställt dokument",
    "acknowledgement": "till handlingarna", "rejection": "avslag", "correction": "rättelse",
    "other": "övrigt", "deferral": "bordläggning",
    # how one decision touches another
    "cites": "hänvisar hit", "revokes": "upphäver det", "supersedes": "ersätter det", "withdraws": "stryker det",
    "decision": "beslut", "follow-up": "uppföljning", "item": "ärende", "next-meeting": "nästa möte",
}

EVENTS = {
    # what a trace line says happened
    "put forward": "framlagt", "returned": "återkommit", "decided": "beslutat", "referred back": "återremitterat",
    "withdrawn": "utgått", "revoked": "upphävt", "superseded": "ersatt", "plan proposed": "plan föreslagen",
    "plan referred back": "plan återremitterad", "plan adopted": "plan fastställd", "grant": "medel beviljade",
    "report required": "återrapport begärd", "assignment given": "uppdrag givet", "fulfilled": "fullgjort",
    "settled": "avklarat", "vote": "omröstning", "reservation": "reservation", "recusal (jäv)": "jäv",
    "reviewed": "granskat", "sealed at once": "omedelbart justerat", "sealed": "justerat",
    "agreement terminated": "avtal uppsagt", "document adopted": "dokument fastställt", "corrected": "rättat",
    "withheld from publication": "utelämnat från publicering", "published again": "publicerat igen",
}


_MORE_OR_LESS = re.compile(r"^the register grants (?P<amount>[\d ]+) kr (?P<way>more|less) than the report states$")


def remark(text: str | None) -> str:
    """An outcome's remark in Swedish."""
    if not text:
        return ""
    fixed = {"no grant decision in the register": "inget beslut om medel i registret",
             "granted but not in the report": "beviljat men inte med i rapporten"}
    if text in fixed:
        return fixed[text]
    found = _MORE_OR_LESS.match(text)
    if found:
        way = "mer" if found["way"] == "more" else "mindre"
        return f"registret beviljar {found['amount']} kr {way} än rapporten anger"
    return text


_DECISION = r"\d{4}[-:]\d{1,2} §\d{1,3}:\d{1,2}"
_WHEN = {"next-meeting": "nästa möte", "later": "senare"}
_FIELDS = {"text": "texten", "amount": "beloppet", "party": "parten", "due": "tiden", "date": "datumet"}
_DETAILS: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    # the structure the trace's English gives a line, and the Swedish for it; the texts quoted
    # from the minutes (a decision's text, a subject, a reason) stay as they were written
    (re.compile(rf" by ({_DECISION})"), r" genom \1"),
    (re.compile(r", to return (\S+)$"), lambda m: f", återkommer {_WHEN.get(m[1], m[1])}"),
    (re.compile(r", to (next-meeting|later|\d{4}-\d{2}(?:-\d{2})?)$"), lambda m: f", till {_WHEN.get(m[1], m[1])}"),
    (re.compile(r", due (next-meeting|\d{4}-\d{2}(?:-\d{2})?)$"), lambda m: f", senast {_WHEN.get(m[1], m[1])}"),
    (re.compile(r" returns as "), " återkommer som "),
    (re.compile(r", citing "), ", med hänvisning till "),
    (re.compile(r"^([\d ]+ kr) to (.+?) for (\d{4})"), r"\1 till \2 för \3"),
    (re.compile(r"^follow-up from "), "uppföljning från "),
    (re.compile(r"(\d+) for, (\d+) against, (\d+) abstained$"), r"\1 för, \2 emot, \3 avstod"),
    (re.compile(rf" on ({_DECISION})$"), r" i \1"),
    (re.compile(r"^minutes of (\S+) reviewed by "), r"protokollet för \1 granskat av "),
    (re.compile(r": nothing changed$"), ": inget ändrat"),
    (re.compile(r"^minutes of (\S+) justerade by "), r"protokollet för \1 justerat av "),
    (re.compile(rf"^({_DECISION}) was never taken; reason: "), r"\1 fattades aldrig; skäl: "),
    (re.compile(r"^(text|amount|party|due|date) of (.+?): "), lambda m: f"{_FIELDS[m[1]]} i {m[2]}: "),
    (re.compile(r"; reason: "), "; skäl: "),
]
_VERBATIM = {"decided", "put forward"}
"""Lines that quote the minutes from their start: a decision's text, an item's title."""


_DECIDED = re.compile(rf"^({_DECISION}) \((\w+)\): ")


def detail(event: str, text: str) -> str:
    """A trace line's detail in Swedish, where the register wrote it in English."""
    if event in _VERBATIM:  # only the kind before a decision's text is the register's word
        return _DECIDED.sub(lambda m: f"{m[1]} ({WORDS.get(m[2], m[2])}): ", text, count=1)
    for pattern, swedish in _DETAILS:
        text = pattern.sub(swedish, text)
    return text
