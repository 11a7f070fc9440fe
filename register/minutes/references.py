"""Citations in minutes: of decisions (`Beslut 2025-7 §13:1`), of items (`2025-7 §13`,
`2026-02-16 § 8`) and of meetings (`vid decembermötet`, `förra sammanträdet`), each with what
the sentence around it says the citation does: the matter returns, a report is fulfilled,
a follow-up is written off, an earlier record is corrected, or it is only referred to.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from domain.errors import InvalidValue
from domain.ids import DecisionId, MeetingId
from register.minutes.model import Cite, Reference
from register.minutes.phrasebook import (
    AS_ASKED, CITED_BY_DATE, CITED_BY_NUMBER, CITED_DECISION, CITED_ITEM, CITED_MEETING, CORRECT, DEFER, DEFERRAL_NOUN, MONTHS, ORDINAL_DAY,
    POSTPONE, PREPARED_AS_DECIDED, point_number, REFER_BACK, REFERRAL_NOUN, REPORT, RETURN_SIGNALS,
)
from register.minutes.promises import promised_beside
from register.minutes.wording import sentence_at

_FULFILS = re.compile(
    r"rapport|\bredovis|\b(?:har\s+)?(?:lämnat|lämnade|lämnats|skickat|skickade|sänt|sände)\s+(?:in\s+)?(?:en\s+|sin\s+)?\w*redovisning|\bredogj|\bredogör|\b(?:lämna|inkomma\s+med)\s+(?:en\s+)?(?:\w+\s+)?uppföljning\b|till handlingarna|\b(?:ta|tog|tar) del av"
    r"|\b(?:lade|lägger|lagt|har lagt|lämnade|lämnar) fram\b|\b(?:tog|har tagit|tagits) fram\b|\böverlämnade\b"
    r"|\båterkom\w*\s+med\b|\binkom(?:mit)?\b|\b(?:i enlighet med|enligt) (?:styrelsens )?(?:begäran|önskemål)"
    r"|uppdraget (?:(?:enligt|i enlighet med|från) [^.]{0,24}? )?(?:är |har )?(?:slutfört|utfört|genomfört|redovisats)"
    r"|\b(?:enligt|i enlighet med|utifrån|på) (?:\w+ )?uppdrag"
    r"|\b(?:fick|gav|har fått|hade fått) (?:[^.]{0,50}? )?(?:i )?uppdrag|\buppdrag(?:et)? (?:till|åt) \w+|\(uppdrag\b"
    r"|\buppdrag(?:et)?,? (?=\d)"  # `(uppdrag 4/2065 p. 46)`: the assignment this item answers
    rf"|\buppdraget från|{REPORT.earlier}|{PREPARED_AS_DECIDED}|{AS_ASKED}",
    re.I,
)
_WRITES_OFF = re.compile(r"\bavskriv(?:a|er|s|es|as|its|et|en|na)\b|\banses\s+(?:därmed\s+|härmed\s+)?(?:slutfört|avslutat|fullgjort)", re.I)
"""`Ärendet avskrivs`, `Uppdraget anses slutfört`: the board closes a follow-up without its being done."""
_CORRECTS = re.compile(rf"{CORRECT.any}|\brättelse", re.I)
# The object of a row that records its own effect: `upphäva Beslut X`, `rätta Beslut X`, `ersätter Beslut X`.
_OWN_EFFECT = re.compile(r"\b(?:upphäv\w*|rätta|rättar|ersätt\w*|ersatte|ersätts)\s+(?:styrelsens\s+)?(?:beslut\w*\s+)?$", re.I)


_RETURN_NOUNS = re.compile(rf"{REFERRAL_NOUN}|{DEFERRAL_NOUN}", re.I)


_NOT_COME = re.compile(r"\b(?:ännu|fortfarande)\s+inte\s+(?:har\s+)?(?:kommit|inkommit|lämna|redovis|rapporter|svarat)\w*"
                       r"|\binte\s+(?:har\s+)?(?:kommit\s+in|inkommit|lämnats|redovisats)\b", re.I)


def relation(context: str) -> str:
    """What a citation does, from the sentence it stands in: beside a citation of an earlier
    meeting, even the noun `återremiss` says the matter is back; a report that `har ännu inte
    kommit in` fulfils nothing."""
    if _CORRECTS.search(context):
        return "corrects"
    if _WRITES_OFF.search(context):
        return "writes_off"
    if any(not _OF_ANOTHER.search(context[:m.start()]) for m in RETURN_SIGNALS.finditer(context)) or _RETURN_NOUNS.search(context):
        return "returns"
    if _FULFILS.search(context) and not _NOT_COME.search(context):
        return "fulfils"
    return "refers"


@attrs.frozen
class Found:
    cites: tuple[Cite, ...]
    references: tuple[Reference, ...]
    problems: tuple[str, ...]


def citations(text: str) -> Found:
    """Every citation in the text, in order, each once."""
    flat = " ".join(text.split())
    cites: list[Cite] = []
    references: list[Reference] = []
    problems: list[str] = []
    taken: list[tuple[int, int]] = []
    for match in CITED_DECISION.finditer(flat):
        taken.append(match.span())
        if _OWN_EFFECT.search(flat[: match.start()]):
            continue
        try:
            target = DecisionId.parse(match["id"])
        except InvalidValue as error:
            problems.append(str(error))
            continue
        cite = Cite(target, _relation_at(flat, match, CITED_DECISION))
        if cite not in cites:
            cites.append(cite)
    for pattern in (CITED_ITEM, *CITED_BY_DATE, *CITED_BY_NUMBER, *CITED_MEETING):
        for match in pattern.finditer(flat):
            if any(start < match.end() and match.start() < end for start, end in taken):
                continue
            reference = _reference(match, flat)
            if reference is None:
                continue
            taken.append(match.span())
            if reference not in references:
                references.append(reference)
    for match in _NUMBERED.finditer(flat):  # `enligt beslut nr 2089:16`: the body's own number for a decision
        if _own_number(flat, match):
            continue
        numbered = Reference(relation(_context(flat, match)), match[0], numbered=f"{match['year']}:{int(match['number'])}")
        if not any(r.numbered == numbered.numbered for r in references):
            references.append(numbered)
    return Found(tuple(cites), tuple(references), tuple(problems))


_NUMBERED = re.compile(r"\bbeslut(?:et|en)?\s+(?:nr|nummer)\.?\s*(?P<year>\d{4})\s*[:/-]\s*(?P<number>\d{1,4})\b(?!\s*[–-]\s*\d)", re.I)
"""`beslut nr 2089:14`, not a range (`beslut nr 2089:1–2089:10`)."""


def _own_number(flat: str, match: re.Match[str]) -> bool:
    """`Beslut nr 2089:14` on a line of its own, or kept after its decision's text as `(Beslut nr
    2089:14)`: the number of the decision it stands by, which cites nothing."""
    before, after = flat[:match.start()].strip(), flat[match.end():].strip()
    return (not before and after in ("", ".")) or (before.endswith("(") and after == ")" and match[0][0] == "B")


_ASIDE = re.compile(r"\([^()]*\)")


def _context(flat: str, match: re.Match[str]) -> str:
    """The sentence a citation stands in, without the asides in brackets that are not its own:
    `i enlighet med beslutet den 26 mars, § 21 (beloppet rättat genom § 30)` fulfils, it does
    not correct."""
    start, end = match.span()
    kept = _ASIDE.sub(lambda m: m[0] if m.start() <= start and end <= m.end() else " " * len(m[0]), flat)
    return sentence_at(kept, start)


def _relation_at(flat: str, match: re.Match[str], pattern: re.Pattern[str]) -> str:
    context = _context(flat, match)
    found = relation(context)
    if found == "refers" and len(pattern.findall(flat)) == 1:
        found = relation(flat)
    # `påminde om att rapporten (beslut X) lämnas först i februari`: named, still to come.
    return "refers" if found == "fulfils" and promised_beside(context) else found


def _reference(match: re.Match[str], flat: str) -> Reference | None:
    groups = match.groupdict()
    how = relation(_context(flat, match))
    written = match[0].strip(" ,(")
    item = int(groups["item"]) if groups.get("item") else int(groups["item2"]) if groups.get("item2") else None
    point = point_number(groups)
    if groups.get("meeting"):
        try:
            meeting = MeetingId.parse(groups["meeting"])
        except InvalidValue:
            return None
        return Reference(how, written, meeting=meeting, item=item, decision=point)
    if groups.get("number") or (groups.get("year") and item is not None and not groups.get("month") and not groups.get("iso")):
        return Reference(how, written, year=int(groups["year"]) if groups.get("year") else None, item=item,
                         number=int(groups["number"]) if groups.get("number") else None, decision=point)
    if how == "refers" and item is None:
        return None  # a date in passing, not a citation of a meeting
    on = _date(groups.get("iso"))
    month = MONTHS[groups["month"].lower()] if groups.get("month") else int(groups["month_no"]) if groups.get("month_no") else None
    day = (ORDINAL_DAY.get(groups["day"].lower()) or int(groups["day"])) if groups.get("day") else None
    year = int(groups["year"]) if groups.get("year") else None
    if on is None and month is None and not groups.get("previous"):
        return None
    return Reference(how, written, on=on, day=day, month=month, year=year,
                     previous=bool(groups.get("previous")), item=item, decision=point)


def _date(iso: str | None) -> dt.date | None:
    if not iso:
        return None
    try:
        if "." in iso:  # `16.2.2026`
            day, month, year = (int(part) for part in iso.split("."))
            return dt.date(year, month, day)
        return dt.date.fromisoformat(iso)
    except ValueError:
        return None


_PAST_VERBS = re.compile(rf"{REFER_BACK.earlier}|{DEFER.earlier}|{POSTPONE.earlier}", re.I)
_EARLIER_TIME = re.compile(
    r"\b(?:tidigare|förra|föregående|senaste|sedan|i (?:januari|februari|mars|april|maj|juni|juli|augusti|september"
    r"|oktober|november|december)|\w+mötet|(?:mötet|sammanträdet) den|den \d{1,2} \w+)\b|\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4}|§ ?\d"
    r"|\bbeslut \d{4}",
    re.I,
)


def returns_told(text: str) -> bool:
    """Whether the text says its matter was referred back or deferred before and is back now:
    `Återremitterat ärende`, `återkommer efter komplettering`, or a past-tense referral or
    deferral in a sentence that places it at an earlier meeting (`bordlades i september`). A
    past tense alone may tell of this meeting's own decision, so it is not enough."""
    flat = " ".join(text.split())
    for match in RETURN_SIGNALS.finditer(flat):
        if not _PAST_VERBS.fullmatch(match[0]):
            return True
        if _EARLIER_TIME.search(sentence_at(flat, match.start())) and not _OF_ANOTHER.search(flat[:match.start()]):
            return True
    return False


_OF_ANOTHER = re.compile(r"\binte\s+(?:är\s+)?(?:beroende|avhängig|del)\s+av\b[^.;]*,\s*som\s+$", re.I)
"""`Projektet … är inte beroende av kommunens FINSAM-plan, som återremitterades vid förra mötet`: the
referral of another matter, named to set this one apart from it."""
