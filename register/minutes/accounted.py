"""Every paragraph (§) of the minutes accounted for: a decision read from it, or a reason why
none was — a formality, information placed on file, a deferral — or a doubt put to review.

A § that reads like a decision (`beslutar`, an att-clause, an amount, a verb of deciding) from
which no decision was read is the importer's silence at its most dangerous: the register would
lack a decision and nobody would know. And minutes from which not one decision was read, though
a § reads like one, are not recorded unless the secretary reviews them.
"""

from __future__ import annotations

import re

import attrs

from domain.values import DecisionKind, Party
from register.minutes.model import AwardGrant, ParsedItem, ParsedMinutes, ParseWarning
from register.minutes.phrasebook import AMOUNT
from register.minutes.parser import MinutesError
from register.minutes.proposal import Paragraph
from register.minutes.rules import classify
from register.minutes.wording import is_formality

_CUES = re.compile(
    r"\bbeslut(?:ar|ade|as|at|s)?\b|\bbeslöts?\b|\bbeslutsförslag|(?:^|[:;]|\d[.)])\s*att\s+(?!\w+\s+protokoll)"
    r"|\b\d[\d\s.]*(?:,\d+)?\s*(?:kr|kronor|tkr|mnkr|miljoner)\b"
    r"|\b(?:fastställ|bevilj|godkän|upphäv|återremitt|antag|anta\b|tillstyrk|avslå|bifall|uppdra|uppdrog)",
    re.I,
)
"""What a § that decides something says, in any word order: a cue, not a reading."""
_MORE = re.compile(r"\b(?:beslutade(?:s)?|beslöt|beslutar|beslutas)\s+(?:också|även|vidare|dessutom|därtill|samtidigt|att)\b",
                   re.I)
"""A verb of deciding that goes on (`beslutades också att`) still in the prose once the decisions
are taken out of it; a marker that heads them (`Styrelsen beslutade:`) is not one."""
_FILED_NOW = re.compile(r"\b(?:läggs|lägger)\b(?: \S+){0,8}? till handlingarna|\btar del av\b|\b(?:noterades|antecknades)\.", re.I)
"""Placed on file or taken part of now, the § closing on it with no `Beslut` over it: an acknowledgement
to some hands, information only to others (`Anmälan läggs till handlingarna`, `Styrelsen tar del av
informationen`); the reviewer says which. Told in the past (`Informationen lades till handlingarna`),
it reports what happened and stays information; but a closing `Rapporten noterades.` is the board's
own note in minutes told in the past, so it too goes to the reviewer."""
_FILED_THEN = re.compile(r"(?:^|(?<=[.!?] ))(?![^.!?]*\bprotokoll)[^.!?]*?\b(?:lades|lagts)\b(?: \S+){0,8}? till handlingarna", re.I)
"""Placed on file, told in the past: in minutes that tell the board's decisions in the past too
(`Styrelsen beslöt att …`), the board's acknowledgement to some hands, information to others; not
the previous minutes (`Protokollet från 9/9 lades till handlingarna`), a formality."""
_SECOND = re.compile(r"(?<=[.;])\s+(?!(?:Ärendet|Planen|Frågan|Beslutet|Detta|Det)\b)[A-ZÅÄÖ][a-zåäö]+(?:\s+\w+){0,3}"
                     r"\s+(?:ska|skall|får|ges|beviljas|beslutade|uppdras)\b")
"""After a sentence's end, a subject that is not the matter itself and a verb of obliging or deciding."""


_TITLE_WORDS = 12
"""A title is a few words; a heading longer than this holds a text of its own."""


def unread(parsed: ParsedMinutes, filed: bool = True) -> list[ParseWarning]:
    """A doubt for each § with decision cues from which no decision was read, with its lines;
    `filed`: and for each § that places something on file now with none read (`_FILED_NOW`)."""
    decided = {d.id.item for d in parsed.decisions}
    numbered = sorted((i for i in parsed.items if i.ref is not None), key=lambda i: i.line)
    doubts = []
    for at, item in enumerate(numbered):
        last = f"–{numbered[at + 1].line - 1}" if at + 1 < len(numbered) else " on"
        where = f"§{item.ref.item if item.ref else '?'} {item.title}"
        if item.ref in decided:
            # The prose left beside the decisions read says the board decided more.
            if (more := _MORE.search(item.text)) is not None:
                doubts.append(ParseWarning(item.line, (
                    f"{where}: its text says more was decided ('{more[0].strip()}') than the decisions read; "
                    f"see lines {item.line}{last}")))
            continue
        delivered = (any(r.relation == "fulfils" for r in item.references)
                     or any(c.relation == "fulfils" for c in item.cites))
        if filed and item.noted and delivered:
            # A report delivered and placed on file: taken note of by the board to some hands, information to others.
            doubts.append(ParseWarning(item.line, (
                f"{where}: places on file a report it says was delivered, but no decision was read from it; "
                f"if the board acknowledged it, add the acknowledgement; see lines {item.line}{last}")))
            continue
        if filed and parsed.told_in_past and item.noted and not is_formality(item.title) and (then := _FILED_THEN.search(item.text)):
            doubts.append(ParseWarning(item.line, (
                f"{where}: places something on file, told in the past ('{then[0]}'), as these minutes tell their decisions; "
                f"hands differ on whether the board acknowledged it: if so, add the acknowledgement; see lines {item.line}{last}")))
            continue
        ends = numbered[at + 1].line if at + 1 < len(numbered) else 10**9
        labelled = any(item.line <= label < ends for label in parsed.decision_labels)
        if not _explained(attrs.evolve(item, noted=False)) and (placed := _FILED_NOW.search(item.text)) is not None:
            if filed:
                doubts.append(ParseWarning(item.line, (
                    f"{where}: places something on file or notes it ('{placed[0]}') but no decision was read from it; if the board "
                    f"acknowledged it, add the acknowledgement; see lines {item.line}{last}")))
            continue
        # A heading long enough to hold a text of its own (a table's row read as one line) says its cues too.
        told = _said(item.text) or (_said(item.title) if len(item.title.split()) > _TITLE_WORDS else None)
        if _explained(item) or (cue := "a decision label" if labelled else told) is None:
            continue
        doubts.append(ParseWarning(item.line, (
            f"{where}: reads like a decision ({cue}) but none was read from it; see lines {item.line}{last}")))
    return doubts


def account(parsed: ParsedMinutes, doubts: list[ParseWarning]) -> list[Paragraph]:
    """Every § with what was read from it, or why nothing was; `doubts` are `unread`'s."""
    decided: dict[int, int] = {}
    for d in parsed.decisions:
        decided[d.id.item.item] = decided.get(d.id.item.item, 0) + 1
    doubted = {d.line for d in doubts}
    found = []
    for item in sorted((i for i in parsed.items if i.ref is not None), key=lambda i: i.line):
        number = item.ref.item if item.ref is not None else 0
        if number in decided:
            read = f"{decided[number]} decision{'s' if decided[number] > 1 else ''}"
        elif item.line in doubted:
            read = "not understood: to review"
        elif is_formality(item.title) or (item.text and is_formality(item.text)):
            read = "a formality"
        elif item.deferred:
            read = "deferred"
        elif item.noted:
            read = "information placed on file"
        else:
            read = "nothing to record"
        found.append(Paragraph(number, item.title, item.line, read))
    return found


def run_on(parsed: ParsedMinutes) -> list[ParseWarning]:
    """A doubt for each decision whose text goes on with a sentence of its own subject and a verb
    of obliging or deciding (`… 350 000 kr. Sölvesborgs kommun ska redovisa …`): likely a second
    decision read into the first."""
    return [ParseWarning(d.line, (
        f"{d.id}: its text goes on with a sentence of its own ('{found[0].strip(' .;')} …'), "
        "which may be a decision of its own")) for d in parsed.decisions if (found := _SECOND.search(d.text))]


def money_unread(parsed: ParsedMinutes) -> list[ParseWarning]:
    """A doubt for each decision read as adopting a document whose own words name money and a member
    party (`fastställa lokal insatsplan 2063 för Olofströms kommun med en ram om 430 000 kronor`) but
    from which no grant was read: likely the party's plan and its money, in words no rule knows."""
    return [ParseWarning(d.line, (
        f"{d.id}: read as adopting a document, but it names {found[0]} and {party}; no grant was read from it"))
        for d in parsed.decisions if d.kind is DecisionKind.DOCUMENT
        and not any(isinstance(e, AwardGrant) for e in d.effects)
        and (found := _MONEY.search(d.text)) and (party := _a_party(d.text))]


_MONEY = re.compile(AMOUNT, re.I)


def _a_party(text: str) -> Party | None:
    words = re.findall(r"[\w-]+", text)
    return next((party for k in range(len(words)) for n in (3, 2, 1)
                 if (party := Party.find(" ".join(words[k:k + n]))) is not None), None)


def _said(text: str) -> str | None:
    cue = _CUES.search(text)
    return None if cue is None else f"'{cue[0].strip()}'"


def _explained(item: ParsedItem) -> bool:
    """Nothing to read: a formality, information placed on file, a deferral, a correction noted,
    or a § that says outright that no decision was taken."""
    return bool(item.noted or item.deferred or item.correction or item.sealed
                or is_formality(item.title) or (item.text and is_formality(item.text))
                or _NONE_TAKEN.search(item.text or ""))


_NONE_TAKEN = re.compile(r"\b(?:inget|inga|något|några)\s+beslut\s+(?:fattades|fattas|togs|tas)\b"
                         r"|\bföranled(?:de|er)\s+(?:inte\s+)?(?:inget|något|några)\s+(?:beslut|åtgärd)", re.I)
"""`Inga beslut fattades under punkten`, `Punkten föranledde inget beslut`: information, said so."""


def refuse_if_nothing_read(parsed: ParsedMinutes) -> None:
    """Minutes with not one decision read, and a § that reads like one, are not recorded as they
    are read: a meeting whose every § is a formality, information or a deferral decided nothing,
    and may be; one whose decisions were not understood must not pass as such."""
    doubts = unread(parsed, filed=False)  # a meeting that only placed documents on file decided nothing
    if not parsed.decisions and not doubts and (said := _decides_unseen(parsed)) is not None:
        raise MinutesError(parsed.source, (
            f"not one decision was read, though {said}: the importer did not understand how these minutes are "
            "laid out; write a review with --review FILE, add the decisions, and record it with --accept FILE"))
    if parsed.decisions or not doubts:
        return
    numbers = sorted(i.ref.item for i in parsed.items if i.ref is not None)
    listed = "; ".join(f"line {d.line}: {d.message}" for d in doubts[:3]) + ("; …" if len(doubts) > 3 else "")
    raise MinutesError(parsed.source, (
        f"{len(numbers)} paragraphs (§{numbers[0]}–§{numbers[-1]}) were read and not one decision, though "
        f"{len(doubts)} read like decisions ({listed}): the importer did not understand these minutes; write a "
        "review with --review FILE, add the decisions, and record it with --accept FILE"))


_NOT_DECIDING = (DecisionKind.OTHER, DecisionKind.ACKNOWLEDGEMENT)


def _decides_unseen(parsed: ParsedMinutes) -> str | None:
    """Where minutes from which no decision and no doubtful § was read still say they decide: a
    decision label outside the formalities, or a heading that carries a cue in a text of its own
    (its § read as one line). Then the layout, not the board, is what decided nothing."""
    items = sorted((i for i in parsed.items if i.ref is not None), key=lambda i: i.line)
    for label in parsed.decision_labels:
        within = [i for i in items if i.line <= label]
        if not within or not is_formality(within[-1].title):
            return f"a decision label stands at line {label}"
    for at, clause in parsed.att_clauses if not items else ():
        # An att-clause that decides, where no § around it was understood.
        if classify(clause).kind not in _NOT_DECIDING:
            return f"an att-clause that decides stands at line {at}"
    for item in items:
        if len(item.title.split()) > _TITLE_WORDS and not is_formality(item.title) and (cue := _said(item.title)) is not None:
            return f"the heading at line {item.line} says {cue}"
    return None
