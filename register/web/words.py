"""What the site calls things: the register's English codes in the Swedish a reader expects."""

from __future__ import annotations

import re
from typing import Any

from markupsafe import Markup, escape

from domain.values import DecisionKind, DecisionStatus, FollowUpStatus, PlanStatus
from projections import lines
from projections.lines import VOIDED, Happened, Role, Shapes
from projections.rows import SearchHit, TraceLine
from projections.search import FoundIn
from register.web.context import link, linked, meeting_path
from register.web.publication import WITHHELD_REMARK

WORDS = {
    DecisionStatus.IN_FORCE: "gäller", DecisionStatus.WITHDRAWN: "utgått", DecisionStatus.REVOKED: "upphävt",
    DecisionStatus.SUPERSEDED: "ersatt", DecisionStatus.VOID: "fattades aldrig",
    FollowUpStatus.OPEN: "öppen", FollowUpStatus.OVERDUE: "försenad", FollowUpStatus.DONE: "klar", FollowUpStatus.WRITTEN_OFF: "avskriven",
    PlanStatus.PROPOSED: "föreslagen", PlanStatus.ADOPTED: "fastställd",  # referred_back and withdrawn: as below and above
    # follow-up kinds
    "report": "återrapport", "assignment": "uppdrag", "referred_back": "återremiss", "deferred": "bordlagt",
    # decision kinds
    "grant": "beviljande", "plan": "plan", "referral": "återremiss", "withdrawal": "utgår",
    "revocation": "upphävande", "termination": "uppsägning", "document": "fastställt dokument",
    "acknowledgement": "till handlingarna", "rejection": "avslag", "correction": "rättelse",
    "other": "övrigt", "deferral": "bordläggning",
    # how one decision touches another
    "cites": "hänvisar hit", "revokes": "upphäver det", "supersedes": "ersätter det", "withdraws": "stryker det", "corrects": "rättar det",
    "decision": "beslut", "follow-up": "uppföljning", "item": "ärende", "next-meeting": "nästa möte",
    # who counts as representing a party (projections.representation.Rule)
    "member_or_serving_substitute": "ordinarie ledamot eller tjänstgörande ersättare",
    "member_or_substitute": "ordinarie ledamot eller ersättare, tjänstgörande eller inte (målets lydelse)",
}

EVENTS = {
    # what a trace line says happened
    Happened.PUT_FORWARD: "framlagt", Happened.RETURNED: "återkommit", Happened.DECIDED: "beslutat",
    Happened.REFERRED_BACK: "återremitterat", Happened.DEFERRED: "bordlagt", Happened.WITHDRAWN: "utgått",
    Happened.REVOKED: "upphävt", Happened.SUPERSEDED: "ersatt", Happened.PLAN_PROPOSED: "plan föreslagen",
    Happened.PLAN_REFERRED_BACK: "plan återremitterad", Happened.PLAN_ADOPTED: "plan fastställd",
    Happened.GRANTED: "medel beviljade", Happened.REPORT_REQUIRED: "återrapport begärd",
    Happened.ASSIGNMENT_GIVEN: "uppdrag givet", Happened.FULFILLED: "fullgjort", Happened.SETTLED: "avklarat", Happened.WRITTEN_OFF: "avskriven",
    Happened.VOTED: "omröstning", Happened.RESERVED: "reservation", Happened.RECUSED: "jäv",
    Happened.REVIEWED: "granskat", Happened.ADDED_IN_REVIEW: "tillagt vid granskning",
    Happened.CHANGED_IN_REVIEW: "ändrat vid granskning", Happened.SEALED_AT_ONCE: "omedelbart justerat", Happened.SEALED: "justerat",
    Happened.AGREEMENT_TERMINATED: "avtal uppsagt", Happened.DOCUMENT_ADOPTED: "dokument fastställt",
    Happened.CORRECTED: "rättat", Happened.WITHHELD: "utelämnat från publicering",
    Happened.PUBLISHED: "publicerat igen", Happened.FILED: "diariefört", Happened.NOTICE_POSTED: "anslaget", Happened.SECRETARY_NAMED: "sekreterare",
}


REFERRED = "referred"
"""Not a status the register keeps: how the site shows a referral in force, which has sent its
matter back rather than put anything in force."""

WORDS[REFERRED] = "återremitterad"
WORDS.update({"secretary": "sekreterare", "member": "ledamot"})  # the roles of those signed in

DECISION_SAYS = {
    DecisionStatus.IN_FORCE: "gäller", DecisionStatus.WITHDRAWN: "har utgått", DecisionStatus.REVOKED: "är upphävt",
    DecisionStatus.SUPERSEDED: "är ersatt", DecisionStatus.VOID: "fattades aldrig", REFERRED: "återremitterade ärendet",
}
"""A decision's status as the end of a sentence that begins "Beslutet …"."""


def decision_status(status: str, kind: str | None = None) -> str:
    """The status a decision shows: its own, but `REFERRED` for a referral in force."""
    if kind == DecisionKind.REFERRAL.value and status == DecisionStatus.IN_FORCE:
        return REFERRED
    return status


def found_line(hit: SearchHit, follow_up: SearchHit | None = None) -> Markup:
    """A search hit's detail line as a sentence: what was found, where and when, and how it
    stands; `follow_up`: the same decision's follow-up, also found, said in the same line."""
    meeting = Markup('<a href="{}">{}</a>').format(link("site.meeting", meeting_key=meeting_path(hit.meeting)), hit.meeting)
    at = Markup(" vid mötet {} den {}.").format(meeting, hit.date)
    kind = WORDS.get(hit.kind, hit.kind)
    if hit.found_in == FoundIn.ITEM:
        return Markup("Ärende {}").format(linked(hit.ref)) + at
    if hit.found_in == FoundIn.FOLLOW_UP:
        said = Markup("Uppföljning ({}) från {}").format(kind, linked(hit.ref)) + at
        return said + Markup(" Uppföljningen är {}.").format(WORDS.get(hit.status, hit.status))
    stands = DECISION_SAYS.get(decision_status(hit.status, hit.kind), hit.status)
    said = Markup("Beslut {} ({})").format(linked(hit.ref), kind) + at + Markup(" Beslutet {}.").format(stands)
    if follow_up is not None:
        said += Markup(" Uppföljningen är {}.").format(WORDS.get(follow_up.status, follow_up.status))
    return said


def one_per_item(hits: list[SearchHit]) -> list[tuple[SearchHit, SearchHit | None]]:
    """The hits as a reader wants them: a decision found both by its text and by its follow-up's
    subject once, where the better of the two ranked, with the follow-up beside it."""
    decided = {hit.ref for hit in hits if hit.found_in == FoundIn.DECISION}
    follow_ups = {hit.ref: hit for hit in hits if hit.found_in == FoundIn.FOLLOW_UP and hit.ref in decided}
    decisions = {hit.ref: hit for hit in hits if hit.found_in == FoundIn.DECISION}
    shown: list[tuple[SearchHit, SearchHit | None]] = []
    done: set[str] = set()
    for hit in hits:
        if hit.ref in follow_ups:
            if hit.ref not in done:
                done.add(hit.ref)
                shown.append((decisions[hit.ref], follow_ups[hit.ref]))
        else:
            shown.append((hit, None))
    return shown


_MORE_OR_LESS = re.compile(r"^the register grants (?P<amount>[\d ]+) kr (?P<way>more|less) than the report states$")


def remark(text: str | None) -> str:
    """An outcome's remark in Swedish."""
    if not text:
        return ""
    fixed = {"no grant decision in the register": "inget beslut om medel i registret",
             "granted but not in the report": "beviljat men inte med i rapporten",
             WITHHELD_REMARK: "ett beviljande som räknas in är utelämnat från publicering"}
    if text in fixed:
        return fixed[text]
    found = _MORE_OR_LESS.match(text)
    if found:
        way = "mer" if found["way"] == "more" else "mindre"
        return f"registret beviljar {found['amount']} kr {way} än rapporten anger"
    return text


_FIELDS = {"text": "texten", "amount": "beloppet", "party": "parten", "due": "tiden", "date": "datumet"}

SWEDISH: Shapes = {
    # the trace's lines as the site says them; what they quote from the minutes stays as written
    Happened.PUT_FORWARD: ("{matter} {title}",),
    Happened.RETURNED: ("{matter} återkommer som {item}", ", med hänvisning till {citing}"),
    Happened.DECIDED: ("{decision} ({kind}): {text}",),
    Happened.REFERRED_BACK: ("{matter} genom {by}", " till {responsible}", ", återkommer {returns}"),
    Happened.DEFERRED: ("{source}: {subject}, till {to}", ", i avvaktan på {responsible}"),
    Happened.WITHDRAWN: ("{decision}", " genom {by}", ": {reason}"),
    Happened.REVOKED: ("{decision} genom {by}",),
    Happened.SUPERSEDED: ("{decision} genom {by}",),
    Happened.PLAN_PROPOSED: ("{party} {year}",),
    Happened.PLAN_REFERRED_BACK: ("{party} {year} genom {by}",),
    Happened.PLAN_ADOPTED: ("{party} {year} genom {by}",),
    Happened.GRANTED: ("{amount} till {party} för {year}", " ({purpose})", " genom {by}"),
    Happened.REPORT_REQUIRED: ("{responsible}: {subject}", ", senast {due}"),
    Happened.ASSIGNMENT_GIVEN: ("{responsible}: {subject}", ", senast {due}"),
    Happened.FULFILLED: ("uppföljning från {source}", " genom {by}", ": {note}"),
    Happened.SETTLED: ("uppföljning från {source}", " genom {by}", ": {note}"),
    Happened.WRITTEN_OFF: ("uppföljning från {source}", " genom {by}", " av sekreteraren ({actor})", ": {reason}"),
    Happened.VOTED: ("{decision}: {in_favour} för, {against} emot, {abstained} avstod",),
    Happened.RESERVED: ("{name}", " ({party})", " i {decision}"),
    Happened.RECUSED: ("{name}", " ({party})", " i {decision}"),
    Happened.REVIEWED: ("protokollet för {meeting} granskat av {reviewer}", ": {changes}", "; {changed} ändringar visas inte"),
    Happened.ADDED_IN_REVIEW: ("{decision} tillagt av {reviewer} vid granskningen: inte läst ur protokollet",),
    Happened.CHANGED_IN_REVIEW: ("{decision} ändrat av {reviewer} vid granskningen: {changes}",),
    Happened.SEALED_AT_ONCE: ("{item} justerad omedelbart",),
    Happened.SEALED: ("protokollet för {meeting} justerat", " av {justerare}", " {on}"),
    Happened.AGREEMENT_TERMINATED: ("{agreement} genom {by}",),
    Happened.DOCUMENT_ADOPTED: ("{title} genom {by}",),
    Happened.WITHHELD: ("{ref}: {reason}",),
    Happened.PUBLISHED: ("{ref}",),
    Happened.CORRECTED: ("{field} i {target}: {previous} → {value}", "; skäl: {reason}"),
    VOIDED: ("{target} fattades aldrig", "; skäl: {reason}"),
    Happened.FILED: ("{item} diariefört", " med diarienummer {diary_number}"),
    Happened.NOTICE_POSTED: ("justeringen av protokollet för {meeting} tillkännagiven", " genom anslag {posted}",
                             ", anslaget tas ned {removed}", "; protokollet förvaras: {kept_at}"),
    Happened.SECRETARY_NAMED: ("protokollet för {meeting} fört av {name}",),
}


def _say(role: Role, name: str, value: Any) -> str:
    """A role's value in Swedish, as HTML: ids and the minutes' words with their decision ids linked."""
    if role in (Role.ID, Role.WORDS):
        return str(linked(value))
    if role is Role.CODE:
        shown = _FIELDS.get(value, value) if name == "field" else WORDS.get(value, value)
    elif role in (Role.WHEN, Role.DUE):
        shown = {"next-meeting": "nästa möte", "": "senare"}.get(value, value)
    elif role is Role.AMOUNT:
        shown = lines.kronor(value)
    elif role is Role.QUOTED:
        shown = lines.quoted(value)
    elif role is Role.NAMES:
        shown = ", ".join(value)
    elif role is Role.CHANGES:
        shown = "; ".join(value) if value else "inget ändrat"
    else:
        shown = str(value)
    return str(escape(shown))


def in_swedish(line: TraceLine) -> Markup:
    """A trace line in Swedish, with the decisions it names linked."""
    return Markup(lines.phrase(line.said, SWEDISH, _say, lambda text: str(escape(text))))
