"""Decisions of minutes that number none: each `Styrelsen beslutade:` block, each att-clause of a
`Beslut` list, each proposal decided `enligt förslaget`, numbered by the register per agenda
item (`2027-3 §41:1`, `§41:2`)."""

from __future__ import annotations

import re

from domain.errors import InvalidValue
from domain.ids import DecisionId, ItemRef, MeetingId
from domain.values import DecisionKind
from register.minutes.apart import decided_again_apart, duties_apart, sentences_apart
from register.minutes.att_clauses import listed_in_a_line
from register.minutes.by_reference import Offer, board_took, by_their_proposal, offered
from register.minutes.debate import debate_in
from register.minutes import listed_content
from register.minutes.dues import SAID_AFTER, due_row
from register.minutes.decisions import NUMBERED_AS, Found, RawDecision, Reader
from register.minutes.model import ParseWarning, Reference
from register.minutes.proposed_in_prose import proposed_in_prose
from register.minutes.proposal_sections import ends_treatment, is_section, moved_by_name, treatment, unsure
from register.minutes.points_taken import changed_amount, points
from register.minutes.phrasebook import ADOPT, APPROVE, BOARD, CORRECT, DEFER, GRANT, REFER_BACK, REJECT, REVOKE
from register.minutes.rules import classify
from register.minutes.voice import board_said
from register.minutes.text import (
    Heading, Line, LineError, Marker, closes_with_deciding, decision_marker, heading, is_decision_label, join,
    looks_like_section_heading, starts_att, starts_clause,
)
from register.minutes.wording import is_formality


def generated(lines: list[Line], meeting: MeetingId) -> Found:
    """Each `Styrelsen beslutade:` block is a decision (each `att` clause, where it has
    several), numbered under the agenda item it stands in. `Styrelsen beslutar enligt
    förslaget` decides the item's `Förslag till beslut`; a lone `Beslut` heading followed by
    att-clauses is a marker too."""
    reader, found = Reader(lines, {}), Found()
    current: Heading | None = None
    counts: dict[int, int] = {}
    proposals: dict[int | None, list[tuple[Offer, list[tuple[str, int]]]]] = {}
    treated: dict[int | None, str] = {}
    told_in_prose: dict[int | None, list[tuple[Offer, list[tuple[str, int]]]]] = {}
    """Proposals told in a sentence of the account: taken only where none is set out under a label."""
    for i, line in enumerate(lines):
        if (found_heading := heading(line)) is not None:
            current = found_heading
            continue
        if i in found.consumed:
            continue
        number = current.number if current else None
        if (offer := offered(line)) is not None:
            clauses = _clauses(reader, i, offer.rest, consume=None, offer=True)
            proposals.setdefault(number, []).append((offer, [(board_said(text) or text, first) for text, first in clauses]))
            continue
        told_proposal = proposed_in_prose(join(reader.paragraph(i)[0] or [line]), begun_within=len(line.text))
        if told_proposal is not None:
            # Not consumed: the sentence is part of the account, and may stand beside a decision.
            offer = Offer("förslag", told_proposal.owner, told_proposal.clause, line.no)
            told_in_prose.setdefault(number, []).append((offer, [(told_proposal.clause, line.no)]))
        if (told := treatment(line.text)) is not None:
            treated[number] = _treatment_text(reader, i, told)
            continue
        at = _marker_at(reader, i)
        if at is None or (at.as_proposed and at.keeps_line and _decided_below(reader, i)):
            continue
        if not at.keeps_line:
            found.consumed.add(i)
        offers = proposals.get(number, [])
        in_prose = not any(offer.label == "förslag" for offer, _ in offers) and bool(told_in_prose.get(number))
        if in_prose:
            offers = offers + told_in_prose[number]
        why = None
        if at.as_proposed:
            texts = next((clauses for offer, clauses in reversed(offers) if offer.label == "förslag"), [])
            if in_prose:
                why = (f"its words are those of the proposal told at line {offers[-1][0].line}, said as a decision")
            if not texts:
                found.warn(line.no, "'enligt förslaget' but no 'Förslag till beslut' stands above it in the item: not imported")
            decided = join(reader.paragraph(i + 1, line)[0])
            why = unsure(decided, treated.get(number, "")) or why
            texts, unread = points(texts, decided)
            texts, changed = changed_amount(texts, decided)
            why = ": ".join(said for said in (why, changed) if said) or unread
        else:
            texts = _clauses(reader, i, at.rest, consume=found.consumed)
            if at.keeps_line:
                found.consumed.discard(i)
            if at.assigns is not None:
                texts = [(_assignment_text(at.assigns, text), first) for text, first in texts]
            texts = _returns_joined(by_their_proposal(texts, offers, number, found.doubts))
            if len(texts) == 1 and (moved := moved_by_name(texts[0][0], treated.get(number, ""))) is not None:
                cited, what = moved
                texts = [(texts[0][0].replace(cited, f"{cited} (att {what})", 1), texts[0][1])]
                why = f"its words are read from the proposal it names, {cited!r}, in the Behandling"
        if not texts and not at.as_proposed:
            found.warn(line.no, "'Styrelsen beslutade:' is followed by no decision text")
        for text, first in texts:
            if _NO_DECISION.match(text):
                continue  # `Beslut: Inget beslut – informationen noterades.`: the label, but nothing decided
            # A § headed as a formality (`Föregående protokoll`, `Val av justerare`) holds formalities
            # however they are worded (`Protokollet läggs till handlingarna`, `Justering sker …`).
            formal = is_formality(text) or (current is not None and is_formality(current.title))
            if formal and (_formal_kind(text) or _dealt_with_elsewhere(text, current)):
                continue
            if current is None:
                raise LineError(first, "a decision stands before any agenda item (§) heading: cannot number it")
            counts[current.number] = counts.get(current.number, 0) + 1
            try:
                id_ = DecisionId(ItemRef(meeting, current.number), counts[current.number])
            except InvalidValue as error:
                raise LineError(first, str(error)) from None
            found.decisions.append(RawDecision(id_, _numbered(reader, text, first), first, generated=True))
            if why is not None:
                found.doubts.append(ParseWarning(line.no, (
                    f"decision {id_}: {'taken by reference to the Förslag, but ' if at.as_proposed else ''}{why} "
                    "(Behandling): check that its text is what was decided")))
    return found


_NO_DECISION = re.compile(r"^(?:Att\s+)?(?:inget|inga|något)\s+beslut\b(?!\s+om\b)|^(?:Att\s+)?ingen\s+åtgärd\b", re.I)
"""What stands under a decision label where nothing was decided."""
_FORMAL_KINDS = (DecisionKind.OTHER, DecisionKind.DOCUMENT, DecisionKind.ACKNOWLEDGEMENT)
"""`Att fastställa dagordningen`, `att godkänna föregående protokoll`: formalities, not decisions to
record; a formality that corrects or grants something is kept."""


def _formal_kind(text: str) -> bool:
    """Of a kind formalities are, and changing no § it cites (`att protokollet från den 15 april,
    § 18, ändras så att …` changes a decision, however the rows read it)."""
    read = classify(text)
    return read.kind in _FORMAL_KINDS and not (_CHANGED_SO.search(text) and any(
        isinstance(e, Reference) and e.item is not None for e in read.effects))


_CHANGED_SO = re.compile(r"\b(?:rättas|ändras|justeras|korrigeras)\s+(?:[\wåäö]+\s+){0,2}?så\s+att\b", re.I)


_ELSEWHERE = re.compile(r"\b(?:behandlas|tas\s+upp|hanteras)\s+(?:som|under|i)\s+§\s*(?P<item>\d{1,3})\b", re.I)


_ADDED = re.compile(
    r"\b(?:dagordning|föredragningslist)\w*\s+(?:\w+\s+){0,3}?(?:med\s+(?:tillägg|komplettering)\s+(?:av|med)"
    r"|(?:kompletteras|utökas)\s+med)\s+(?:\w+\s+){0,2}?(?:ärende|punkt)", re.I)
"""`Dagordningen godkänns med tillägg av ett ärende om rättelse`: the item added is decided under
its own §, so its matter (a correction, a grant) is not this formality's decision."""


def _dealt_with_elsewhere(text: str, current: Heading | None) -> bool:
    """`Dagordningen fastställs. Ett ärende om rättelse … läggs till och behandlas som § 51`: the
    correction the formality names is decided under another §, not in this one."""
    return bool(_ADDED.search(text)) or any(
        current is None or int(m["item"]) != current.number for m in _ELSEWHERE.finditer(text))


def _decided_below(reader: Reader, i: int) -> bool:
    """Whether the item goes on to a decision of its own below line `i`: the vote told in the
    Beslutsgång (`Med 6 ja-röster mot 2 beslutar styrelsen enligt …`) is then its account, not the decision."""
    for k in range(i + 1, len(reader.lines)):
        if heading(reader.lines[k]) is not None:
            return False
        if _marker_at(reader, k) is not None:
            return True
    return False


def _marker_at(reader: Reader, i: int) -> Marker | None:
    """A decision marker, or a lone `Beslut` heading that a marker or an att-clause follows."""
    line = reader.lines[i]
    if not is_decision_label(line):
        said = decision_marker(line) or board_took(line)
        if said is None and closes_with_deciding(line) and (k := reader.next_filled(i + 1)) is not None \
                and starts_clause(reader.lines[k].text):
            return Marker("", keeps_line=True)
        return said
    k = reader.next_filled(i + 1)
    if k is None:
        return None
    following = reader.lines[k]
    if decision_marker(following) is not None:
        return None  # the marker on the next line leads
    if starts_clause(following.text) or starts_att(following.text):
        return Marker("")
    # `Beslut` / `Ärendet bordläggs till nästa sammanträde.`: a heading over a decision in prose.
    return Marker("") if not reader.structural(k) and following.text[:1].isupper() else None


def _numbered(reader: Reader, text: str, first: int) -> str:
    """The decision's text with its number in the year where that stands on the line above it
    (`Beslut nr 2077:1` / `Styrelsen beslutade att …`), as one below it is kept by `_clauses`."""
    at = next((k for k, line in enumerate(reader.lines) if line.no == first), None)
    above = next((line for line in reversed(reader.lines[:at]) if line.text), None) if at else None
    if above is None or not NUMBERED_AS.match(above.text) or above.text.strip(" .") in text:
        return text
    return f"{text} ({above.text.strip(' .')})"


_WHEN_BACK = re.compile(r"^Att\s+ärendet\s+(?:åter\s+)?(?:ska|skall)\s+(?:åter\s+)?"
                        r"(?:återkomma|behandlas|tas\s+upp|återupptas)\b", re.I)
_AWAITING = (DecisionKind.REFERRAL, DecisionKind.DEFERRAL)


def _returns_joined(texts: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """`att återremittera ärendet till kommunen, samt` / `att ärendet ska återkomma till nästa möte`: a
    clause that only says when a matter sent back returns is the due of the clause before it, not a
    decision of its own."""
    joined: list[tuple[str, int]] = []
    for text, first in texts:
        if joined and _WHEN_BACK.match(text) and classify(joined[-1][0]).kind in _AWAITING:
            before, at = joined[-1]
            joined[-1] = (f"{before.rstrip('.')}, och att {text[4:]}", at)
        else:
            joined.append((text, first))
    return joined


def _treatment_text(reader: Reader, i: int, told: str) -> str:
    """The Behandling: its label's line and what follows, up to the next section of the §."""
    taken = [told]
    for k in range(i + 1, len(reader.lines)):
        line = reader.lines[k]
        if line.text and (reader.structural(k) or ends_treatment(line.text) or is_decision_label(line) or offered(line) is not None):
            break
        taken.append(line.text)
    return " ".join(" ".join(taken).split())


def _assignment_text(who: str, clause: str) -> str:
    """`Styrelsen gav följande uppdrag till kansliet: att …` read as one assignment per clause;
    `… uppdrag: Kansliet ska sammanställa …` names who itself."""
    if not clause.lower().startswith("att "):
        return f"Att {clause[:1].lower()}{clause[1:]}"
    return f"Att ge {who} i uppdrag {clause[:1].lower()}{clause[1:]}"


def _clauses(reader: Reader, i: int, inline: str, consume: set[int] | None, offer: bool = False) -> list[tuple[str, int]]:
    """The decision text after the marker at line i: each att-clause its own decision where
    the block is a list of them, else the block's paragraphs as one text. A proposal (`offer`)
    goes on with a sentence about itself: `Detta beslut ersätter …` after its last clause is its own."""
    lines = reader.lines
    taken: list[Line] = [Line(lines[i].no, inline, inline)] if inline else []
    numbers: list[str] = []
    j = i + 1
    while j < len(lines):
        line = lines[j]
        if not line.text:
            k = reader.next_filled(j)
            if k is not None and taken and not _goes_on(taken, lines[k]):
                k = _resumed(reader, taken, k) or k
            # A blank line ends the block unless another att-clause (or, in prose blocks, the
            # sentence) goes on after it.
            if k is None or reader.structural(k) or is_section(lines[k].text) \
                    or (taken and not _goes_on(taken, lines[k]) and not _ITS_EFFECT.match(lines[k].text)):
                break
            j = k
            continue
        if reader.structural(j) or offered(line) is not None or is_decision_label(line) or is_section(line.text):
            break
        if NUMBERED_AS.match(line.text):
            numbers.append(line.text.strip(" ."))  # `Beslut nr 2089:30` above or below the decision: its number, kept beside it
            j += 1
            continue
        if taken and _ends(taken[-1].text) and line.text[:1].isupper() and debate_in(line.text):
            break  # `Birgitta Håkansson reserverar sig …` after the decision's sentence: of the debate, not the decision
        if taken and _listed(taken) and _ends(taken[-1].text) and not starts_clause(line.text) \
                and not line.text[:1].islower() and not SAID_AFTER.match(line.text) \
                and not (offer and _OF_ITSELF.match(line.text) and not debate_in(line.text)) \
                and not _ITS_EFFECT.match(line.text):
            break  # `Votering genomfördes …` after the last clause
        # A line like a title after a sentence that has not ended (`… att bevilja` / `Arbetsförmedlingen
        # 260 000 kr …`) goes on with it.
        if len(taken) > 0 and not _listed(taken) and looks_like_section_heading([line]) and _ends(taken[-1].text):
            break
        taken.append(line)
        j += 1
    if taken and (after := due_row([line.text for line in lines[j:j + 6]])) is not None:
        taken.append(lines[j + after])  # `Ansvarig: Förbundschef` / `Återrapportering: Senast i maj 2092`: the form's row of when
        j += after + 1
    if consume is not None:
        consume.update(range(i, j))
    subject = None
    if len(taken) > 1 and not _listed(taken) and starts_clause(taken[1].text) \
            and (_LEADS_IN.search(taken[0].text) or _SUBJECT.fullmatch(taken[0].text)):
        # `Förbundschefen föreslår att styrelsen beslutar` / `att fastställa …` / `att …`, or the
        # board alone as the subject of each point below it (`Styrelsen` / `1. fastställer …`).
        subject = taken[0].text if _SUBJECT.fullmatch(taken[0].text) else None
        taken = taken[1:]
    if not taken:
        return []
    if _listed(taken):
        texts = _split_clauses(listed_content.folded(taken), subject)
    else:  # prose: `Beviljas 850 tkr. Projektledaren lämnar en delrapport …` decides twice
        texts = [(part, taken[0].no) for part in sentences_apart(join(taken))]
    texts = [(duty, first) for text, first in texts for part in decided_again_apart(text) for duty in duties_apart(part)]
    if len(numbers) == len(texts):  # `Beslut nr 2089:3` under the plan, `Beslut nr 2089:4` under the report
        return [(f"{text} ({number})", first) for (text, first), number in zip(texts, numbers)]
    return [(f"{text} ({numbers[0]})" if len(numbers) == 1 else text, first) for text, first in texts]


_POINT = re.compile(r"^(\d{1,2})[.)]\s")
_PAGE_REACH = 8
"""How many lines a page's header and footer take between two points of a list, at most."""


def _resumed(reader: Reader, taken: list[Line], k: int) -> int | None:
    """`1. att …,` / a page's footer and header no rule took out (OCR misread them, or they come
    once) / `2. att …`: the list's next point (its next number, or any clause after one that says
    another follows: `…, samt`), where only short lines that say nothing stand before it; None
    where a sentence, a heading or a decision's label does."""
    numbers = [int(found[1]) for line in taken if (found := _POINT.match(line.text))]
    follows = taken[-1].text.endswith((",", ";")) or bool(_RUNS_ON.search(taken[-1].text))
    if not _listed(taken) or not (numbers or follows):
        return None
    for j in range(k, min(k + _PAGE_REACH, len(reader.lines))):
        line = reader.lines[j]
        if starts_clause(line.text):
            found = _POINT.match(line.text)
            return j if (int(found[1]) == numbers[-1] + 1 if found and numbers else not numbers) else None
        if line.text and (heading(line) is not None or is_decision_label(line)
                          or len(line.text.split()) > 10 or line.text.endswith((".", ",", ";", ":", "?", "!"))):
            return None
    return None


def _listed(taken: list[Line]) -> bool:
    return starts_clause(taken[0].text)


def _ends(text: str) -> bool:
    return text.endswith((".", "!", "?", ";"))


def _goes_on(taken: list[Line], following: Line) -> bool:
    if _listed(taken):
        return starts_clause(following.text)
    # Prose decisions (`Styrelsen beslutade:` then a paragraph) run over paragraphs until a
    # section heading; a list of att-paragraphs is one decision each.
    return not looks_like_section_heading([following])


def _split_clauses(taken: list[Line], subject: str | None = None) -> list[tuple[str, int]]:
    clauses: list[list[Line]] = []
    for line in taken:
        if not clauses or (starts_clause(line.text) and _clause_ended(clauses[-1][-1].text, line.text)):
            clauses.append([line])
        else:
            clauses[-1].append(line)
    result = []
    for clause in clauses:
        start = _CLAUSE_START.match(join(clause))
        text = _CLAUSE_END.sub("", join(clause)[start.end() if start else 0:].strip()).strip()
        if not text:
            continue
        text += "" if text.endswith((".", "!", "?")) else "."
        # `1. Direktionen fastställer …` is said as the register says decisions; a point with a
        # subject of its own (`2. Karlskrona kommun ska redovisa …`) keeps its words, no `Att` put before them.
        if subject is not None and not (start and start["att"]):
            said = board_said(f"{subject} {text}") or f"{subject} {text}"  # `Styrelsen ålägger …` as written
            result.append((said, clause[0].no))
        elif start and start["att"]:  # `att bevilja …, att X ska återrapportera …`: on one line, each its own
            listed = listed_in_a_line(text) if start.group(0) == start["att"] else [text]  # a numbered point is one
            result += [(f"Att {each}", clause[0].no) for each in listed]
        else:
            result.append((f"Att {text}" if text[:1].islower() else board_said(text) or text, clause[0].no))
    return result


def _clause_ended(previous: str, line: str) -> bool:
    """A new att-clause starts after a clause that ended (`…,` `…;` `… och`), with a bullet, or with
    a verb that decides (`att bevilja …`); `att gälla från den 1 oktober` after a line that runs on
    is the sentence going on."""
    if _IN_FORCE.match(line):
        return False  # `att anta budget 2032 enligt bilaga,` / `att gälla från och med …`: when it applies
    return (previous.endswith((",", ";", ".", ":")) or bool(_RUNS_ON.search(previous)) or not line[:1].isalpha()
            or bool(_DECIDES.match(line)))


_RUNS_ON = re.compile(r"\b(?:och|samt)$", re.I)
_IN_FORCE = re.compile(r"^att\s+gälla\b", re.I)
_OF_ITSELF = re.compile(r"^(?:Detta|Denna|Beslutet|Det\s+nya\s+beslutet)\b")
"""`Detta beslut ersätter …` after a proposal's last clause: the proposal saying what it does, part of it."""
_ITS_EFFECT = re.compile(r"^(?:Detta\s+beslut|Denna|Beslutet|Det\s+nya\s+beslutet|Den|Det)\s+(?:ersätter|upphäver)\b")
"""`Beslutet ersätter § 7/2059.` after the last clause, a blank line between or none: the decision
saying what it does to an earlier one, part of it."""
_DECIDES = re.compile(
    rf"^att\s+(?:{ADOPT.present}|{APPROVE.present}|{GRANT.present}|{REVOKE.present}|{REFER_BACK.present}|{DEFER.present}"
    rf"|{REJECT.present}|{CORRECT.present}|ge|uppdra|lägga|notera|säga\s+upp|utse|välja|tacka|ställa\s+sig)\b",
    re.I,
)
_SUBJECT = re.compile(rf"{BOARD}", re.I)
"""`Styrelsen` alone on the line above the points it is the subject of."""
_LEADS_IN = re.compile(r"\b(?:beslutar|besluta|beslutas|föreslår|föreslås|följande)\s*:?$", re.I)
"""A line that only leads in to the clauses below it: who proposes, or that the board decides."""
_CLAUSE_START = re.compile(r"^(?:[-–•*]\s*)?(?:(?:\d{1,2}|[a-h])[.)]\s*)?(?P<att>att,?\s+)?", re.I)
_CLAUSE_END = re.compile(r"(?:[,;]|,?\s+(?:och|samt))\s*$", re.I)
