"""Decisions written by reference to a proposal set out above them.

A förening's or kår's minutes write out each proposal under its label (`Förslag till beslut:`,
`Yrkande (Karin Ek):`, `Tilläggsyrkande`, `Ändringsyrkande`, `Motyrkande`) and then record only
which of them the board took: `Styrelsen beslutade att anta förslaget`, `… att bifalla
ändringsyrkandet`, `… att bifalla Karin Eks yrkande`. The decision is then the clauses of the
proposal named, each a decision of its own, and a proposal the board rejected (`att avslå
yrkandet`) yields nothing. A proposal is known by its label's noun and, where the reference
names one, by whose it is; the verb by its forms in the phrasebook (`anta`, `bifalla`,
`godkänna`; `avslå`). Where the label names none of the proposals above, or several alike, the
importer cannot tell which was adopted: the reference is kept as written and put to review.
"""

from __future__ import annotations

import re

import attrs

from register.minutes.model import ParseWarning
from register.minutes.phrasebook import ADOPT, APPROVE, ASSENT, BOARD, REJECT
from register.minutes.points_taken import changed_amount, names_points, points
from register.minutes.text import Line, Marker
from register.minutes.voice import as_a_clause

_LABELS = ("tilläggsyrkande", "ändringsyrkande", "motyrkande", "yrkande", "motförslag", "förslag")
_OFFER = re.compile(
    r"^(?:(?P<owner>[\wåäöÅÄÖ-]+s)\s+)?(?P<label>Förslag\s+till\s+beslut|Beslutsförslag|Förslag"
    r"|Tilläggsyrkande|Ändringsyrkande|Motyrkande|Yrkande|Motförslag)"
    r"\s*(?:\((?P<mover>[^()]{2,60})\))?\s*(?P<colon>:)?\s*(?P<rest>.*)$",
    re.I,
)
_ADOPTING = rf"{ADOPT.present}|{APPROVE.present}|{ASSENT.present}"
_REFERENCE = re.compile(
    rf"^att\s+(?:(?P<adopt>{_ADOPTING})|(?P<reject>{REJECT.present}))\s+"
    r"(?:både\s+)?(?:(?:det|den)\s+)?(?:(?P<owner>(?-i:[A-ZÅÄÖ][\wåäö-]*(?:\s+[A-ZÅÄÖ][\wåäö-]*){0,3}s)|[a-zåäö]+(?:ens|ets|ns))\s+)?"
    r"(?P<label>beslutsförslag|tilläggsyrkande|ändringsyrkande|motyrkande|yrkande|motförslag|förslag)(?:et|t|en)?"
    r"(?:\s+till\s+beslut)?(?P<tail>(?:[^\w\s]|\s+(?:och|samt|i|med|varvid|därmed)\b).*)?$",
    re.I,
)
"""Not `att anta förslaget till verksamhetsplan`: a document proposed, named by what it is."""
_MORE = re.compile(rf"^,?\s*(?:och|samt)\s+(?:(?:att\s+)?(?P<verb>{_ADOPTING}|{REJECT.present})\s+)?(?:även\s+|också\s+)?"
                   r"(?P<rest>.+)$", re.I)
"""`att bifalla förslaget och tilläggsyrkandet`, `… samt att avslå motyrkandet`: another proposal named."""
_QUALIFIER = re.compile(r"^[\s,.;]*(?:(?:i\s+sin|i\s+dess)\s+helhet|i\s+sin\s+ursprungliga\s+lydelse)?[\s,.;]*$", re.I)
"""`att bifalla yrkandet i sin helhet`: nothing said beside the reference."""
_AMENDS = re.compile(r"\b(?:i|ur)\s+(?:förslaget|yrkandet|beslutsförslaget)\b|\batt-?sats(?:en)?\b", re.I)
"""`att i förslaget ändra ”varje vecka” till ”varje månad”`: words of another proposal changed, not a decision whole."""


_BOARD_TOOK = re.compile(
    rf"^{BOARD}\s+(?:har\s+)?(?:(?:beslut(?:ade|ar|at)|beslöt)\s+(?:enligt|i\s+enlighet\s+med)\s+"
    rf"|(?P<adopt>{ADOPT.any}|{APPROVE.any}|{ASSENT.any})\s+|(?P<reject>{REJECT.any})\s+)(?P<rest>.+)$",
    re.I,
)
"""`Styrelsen biföll Karin Eks yrkande`, `Styrelsen beslutade i enlighet med ändringsyrkandet`."""


@attrs.frozen
class Offer:
    """A proposal written out under its label, with the line it stands on."""

    label: str
    """`förslag`, `yrkande`, `tilläggsyrkande`, `ändringsyrkande`, `motyrkande` or `motförslag`."""
    owner: str | None
    """The mover (`Yrkande (Karin Ek)`) or whose it is (`Förbundschefens förslag till beslut`)."""
    rest: str
    """What follows the label on its line."""
    line: int


def offered(line: Line) -> Offer | None:
    """`Förslag till beslut: att …`, `Yrkande (Karin Ek): att …`, `Tilläggsyrkande:`: a proposal
    set out; a yrkande's label needs its colon (else `Yrkandet bifölls` would be one)."""
    match = _OFFER.match(line.text)
    if match is None:
        return None
    label = _family(match["label"])
    if label != "förslag" and not match["colon"]:
        return None
    if label == "förslag" and match["label"].lower() == "förslag" and not match["colon"] and match["rest"].strip():
        return None  # `Förslag till beslut` may stand alone; a bare `Förslag` needs its colon, or a line of its own (a section label)
    owner = match["mover"] or (match["owner"][:-1] if match["owner"] else None)
    return Offer(label, owner.strip() if owner else None, match["rest"].strip(), line.no)


@attrs.frozen
class Reference:
    """A decision's clause that names a proposal instead of saying what it decides."""

    adopts: bool
    label: str
    owner: str | None
    tail: str
    """What the clause says beyond the reference (`och därmed förklara uppdraget slutfört`)."""

    @property
    def said_more(self) -> bool:
        return not _QUALIFIER.match(self.tail)


def reference(text: str) -> Reference | None:
    """`Att anta förslaget`, `Att bifalla ändringsyrkandet`, `Att avslå Karin Eks yrkande`: the
    clause refers to a proposal (the first it names); None where it says what it decides itself."""
    found = references(text)
    return found[0] if found else None


def references(text: str) -> list[Reference]:
    """Each proposal a clause names, in order (`att bifalla både förslaget och tilläggsyrkandet`);
    what the clause says beyond them is the last one's tail."""
    found: list[Reference] = []
    clause = as_a_clause(text.strip()) or text.strip()
    while (match := _REFERENCE.match(clause)) is not None:
        owner = match["owner"]
        ref = Reference(bool(match["adopt"]), _family(match["label"]), owner[:-1] if owner else None,
                        (match["tail"] or "").strip())
        found.append(ref)
        more = _MORE.match(ref.tail)
        if more is None:
            break
        following = f"att {more['verb'] or match['adopt'] or match['reject']} {more['rest']}"
        if _REFERENCE.match(following) is None:
            break
        found[-1] = attrs.evolve(ref, tail="")
        clause = following
    return found


def board_took(line: Line) -> Marker | None:
    """The board taking (or rejecting) a proposal in a sentence of its own, read as the clause
    `att bifalla <the proposal>` (`att avslå …`) that a decision marker would have led in. A line
    in lower case goes on a sentence (`… och finner att\nstyrelsen bifaller förslaget`)."""
    match = None if line.text[:1].islower() else _BOARD_TOOK.match(line.text)
    if match is None:
        return None
    clause = f"att {'avslå' if match['reject'] else 'bifalla'} {match['rest']}"
    return Marker(clause) if reference(clause) is not None else None


def chosen(ref: Reference, offers: list[Offer]) -> tuple[Offer | None, str]:
    """The one proposal above the decision the reference names, else None and why not."""
    alike = [o for o in offers if o.label == ref.label]
    if ref.owner is not None:
        alike = [o for o in alike if o.owner is not None and _same_owner(ref.owner, o.owner)]
    if len(alike) == 1:
        return alike[0], ""
    if not alike:
        named = f"{ref.owner}s {ref.label}" if ref.owner else ref.label
        return None, f"names a {named}, but none stands above it in the item"
    return None, f"names a {ref.label}, but {len(alike)} stand above it: which was adopted is not told"


def _family(label: str) -> str:
    word = label.split()[0].lower()
    return "förslag" if word in ("förslag", "beslutsförslag") else word


def _same_owner(said: str, mover: str) -> bool:
    """`Karin Eks` yrkande is Karin Ek's; `Lars Nyqvists` is Lars Nyqvist's; a surname alone will do."""
    said, mover = said.lower(), mover.lower()
    return said in (mover, mover + "s") or mover.endswith(" " + said) or mover.split()[-1] == said.split()[-1]


Clauses = list[tuple[str, int]]
"""Decision texts, each with the line it begins on."""


def by_their_proposal(texts: Clauses, offers: list[tuple[Offer, Clauses]], item: int | None,
                      doubts: list[ParseWarning]) -> Clauses:
    """The decision's clauses with each reference to a proposal replaced by that proposal's
    clauses; a proposal rejected yields none, unless nothing else was decided."""
    result: Clauses = []
    rejected: Clauses = []
    where = f"§{item}" if item is not None else "the item"
    for text, first in texts:
        refs = references(text)
        if not refs:
            result.append((text, first))
            continue
        if not any(ref.adopts for ref in refs):
            rejected.append((text, first))
            continue
        adopted, why = _adopted([r for r in refs if r.adopts], offers)
        if adopted is None:
            doubts.append(ParseWarning(first, f"{where}: '{text}' {why}; kept as written: check which proposal was adopted"))
            result.append((text, first))
            continue
        changed = None
        if len(refs) == 1:  # `att bifalla förslaget i punkterna 1 och 3`, `… med den ändringen att beloppet …`
            adopted, unread = points(adopted, text)
            adopted, changed = changed_amount(adopted, text)
            if unread or changed:
                doubts.append(ParseWarning(first, f"{where}: '{text}' adopts the proposal above it: {unread or changed}; check the decision"))
        result.extend(adopted)
        if any(_AMENDS.search(clause) for clause, _ in adopted):
            doubts.append(ParseWarning(first, f"{where}: '{text}' adopts an amendment that changes the proposal rather "
                                              "than replacing it: its words are recorded as they stand; check the decision as amended"))
        if refs[-1].said_more and not changed and not (len(refs) == 1 and names_points(text)):
            doubts.append(ParseWarning(first, f"{where}: '{text}' adopts a proposal above it and says more "
                                              f"('{refs[-1].tail.strip(' .,')}'): the proposal's clauses are recorded; check the rest"))
    if rejected and not result:
        for text, first in rejected:
            doubts.append(ParseWarning(first, f"{where}: '{text}' rejects a proposal and adopts none: kept as written; "
                                              "check what was decided"))
        return rejected
    return result


def _adopted(refs: list[Reference], offers: list[tuple[Offer, Clauses]]) -> tuple[Clauses | None, str]:
    """The clauses of every proposal the references name, or None and why one cannot be told."""
    result: Clauses = []
    for ref in refs:
        offer, why = chosen(ref, [o for o, _ in offers])
        clauses = next((c for o, c in offers if o is offer), [])
        if offer is None or not clauses:
            return None, why or f"names a {ref.label} with no att-clause read from it"
        result.extend(clauses)
    return result, ""
