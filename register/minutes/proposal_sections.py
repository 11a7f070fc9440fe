"""Minutes laid out in Förslag / Behandling / Beslut sections (not `by_reference.py`, which reads a
decision naming a Yrkande or Förslag it bifaller): a decision taken by reference to the proposal above it (`Förslaget godkändes.`, `Styrelsen
beslöt enligt förslaget`), as minutes write whose every § runs in labelled sections: Beredning,
Förslag (the officer's proposal), Behandling (what happened at the meeting: counter-proposals,
votes, återremiss), Beslut. The proposal's clauses are then the decisions. Whether they stand
as written is what the Behandling and the decision's own sentence say: a change the decision
names (`enligt förslaget med den ändring …`), or a counter-proposal in the Behandling not said to
have fallen, leaves the importer unsure what was decided, so the decisions go to review. A
decision by a counter-proposal its mover's name says (`Ärendet återremitterades enligt Holms
förslag`) takes that proposal's words from the Behandling, put to review."""

from __future__ import annotations

import re

from register.minutes.phrasebook import BOARD

SECTION = re.compile(
    r"^(?:Beredning|Beredare|Behandling|Bilagor?|Delges|Omröstningsresultat|Omröstningsproposition|Föredragande"
    r"|Protokollsanteckning)(?![\wåäö])\s*:?",
    re.I,
)
"""The labels a § of such minutes is laid out under, besides its Förslag and Beslut: each ends
the section before it."""
_TREATMENT = re.compile(r"^Behandling\s*:?\s*(?P<rest>.*)$", re.I)
_BY_REFERENCE = re.compile(
    r"^(?:Beslut\s*:\s*)?(?:Förslaget\s+(?:enhälligt\s+)?(?:godkändes|godkänns|bifölls|bifalls|antogs|antas|vann\s+bifall)\b"
    rf"|{BOARD}\s+(?:enhälligt\s+)?(?:godkände|godkänner|omfattade|omfattar)\s+(?:\w+s\s+)?förslag(?:et)?(?:\s+enhälligt)?\s*\.?$)",
    re.I,
)
"""`Förslaget godkändes.`, `Styrelsen omfattade förslaget.` (not `godkände förslaget till budget`: a
document of that name)."""
_CHANGED = re.compile(r"\bändr(?:ing|ingar|ingen|ingarna|at|ade|ad|ades)\b|\btillägg(?:et|en|s)?\b|\bdock\s+(?:så\s+)?att\b", re.I)
"""`enligt förslaget med den ändring som gjordes under behandlingen`, `med Holms tillägg`, `dock att …`."""
_MOVED = re.compile(r"\b(?:föreslog|föreslår|yrkade|yrkar)\b|\b(?:ändrings|tilläggs|mot)(?:förslag|yrkande)\w*", re.I)
_UPHELD = re.compile(
    r"\bförslag(?:et)?\s+(?:har\s+|hade\s+)?(?:vunnit|vann|segrat|bifallits)\b"
    r"|\b(?:föll|förföll|avslogs|förkastades|drogs\s+tillbaka)\b|\binte\s+understöd|\bunderstöddes\s+inte\b",
    re.I,
)
"""`Ordföranden konstaterade att förbundschefens förslag vunnit`, `Holms förslag föll`."""


def by_reference(text: str) -> bool:
    """`Förslaget godkändes.`, `Beslut: Förslaget godkändes.`: the decision is the proposal."""
    return bool(_BY_REFERENCE.match(text))


def is_section(text: str) -> bool:
    return bool(SECTION.match(text))


_VOTE_LABEL = re.compile(r"^Omröstning\w*", re.I)


def ends_treatment(text: str) -> bool:
    """A label after which the Behandling is over: the vote's own labels are still part of it."""
    return is_section(text) and not _VOTE_LABEL.match(text)


def treatment(text: str) -> str | None:
    """What stands beside a `Behandling` label, '' for the label alone; None for another line."""
    match = _TREATMENT.match(text)
    return None if match is None else match["rest"]


def unsure(decided: str, treated: str) -> str | None:
    """Why the proposal's clauses cannot be taken as decided without a look: the decision's own
    sentence names a change, or the Behandling moved one not said to have fallen."""
    if _CHANGED.search(decided):
        return "the decision names a change to the proposal"
    if _MOVED.search(treated) and not _UPHELD.search(treated):
        return "the Behandling moves another proposal, not said to have fallen"
    return None


_NAMED = re.compile(r"\benligt\s+(?P<who>[A-ZÅÄÖ][\w-]+?)s\s+förslag\b")
"""`enligt Holms förslag`: the proposal of someone named in the Behandling."""


def moved_by_name(decided: str, treated: str) -> tuple[str, str] | None:
    """`enligt Holms förslag` in the decision and `Per Holm föreslog, …, att ärendet
    återremitteras till …` in the Behandling: the words the decision cites, and what the
    proposal moved."""
    named = _NAMED.search(decided)
    if named is None:
        return None
    moved = re.search(rf"\b{re.escape(named['who'])}\b,?\s+(?:föreslog|yrkade)\b[^.]*?\batt\s+(?P<what>[^.]+)", treated)
    return None if moved is None else (named[0], moved["what"].strip())
