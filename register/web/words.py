"""What the site calls things: the register's English codes in the Swedish a reader expects."""

from __future__ import annotations

import re

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
