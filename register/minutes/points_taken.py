"""What a decision by reference takes of the proposal above it, where it says more than `enligt
förslaget`: `Styrelsen beslutar enligt förslaget, punkt 1 och 2` takes those points only (a point
left out, `Förslagets punkt 3 lämnas utan åtgärd`, is no decision; so is one taken out, `utom
punkt 3`; one said no to, `… och avslår punkt 2`, is a rejection where it stood); `bifaller förslaget med den ändringen att beloppet ska vara 210 000 kr` takes the
proposal with its one amount changed. The points are the proposal's att-clauses counted from one,
as they are numbered. What cannot be matched so (a point the proposal lacks, a changed amount where
the proposal gives none or several) is left as the proposal has it, with the reason to review it."""

from __future__ import annotations

import re

from register.minutes.phrasebook import AMOUNT, REJECT, STRIKE, kronor

Clauses = list[tuple[str, int]]

_NUMBERS = r"(?P<points>\d{1,2}(?:\s*(?:,|och|samt|–|-)\s*\d{1,2}\b)*)"
_POINT = r"(?:punkt(?:erna)?|att-?sats(?:en|erna)?)"
_TAKEN = re.compile(rf"\bförslag(?:et|ets)?(?:\s+till\s+beslut)?,?\s+(?:i\s+|enligt\s+)?(?:dess\s+)?{_POINT}\s+{_NUMBERS}", re.I)
"""`enligt förslaget, punkt 1 och 2`, `enligt förslaget i punkterna 1–3`."""
_BUT = re.compile(rf"\b(?:utom|förutom|med\s+undantag\s+(?:av|för))\s+(?:förslagets\s+)?{_POINT}\s+{_NUMBERS}", re.I)
"""`enligt förslaget utom punkt 3`, `med undantag av att-sats 2`."""
_LEFT = re.compile(rf"\b(?:förslagets\s+)?{_POINT}\s+{_NUMBERS}\s+(?:i\s+förslaget\s+)?"
                   rf"(?:lämnas\s+utan\s+åtgärd|{REJECT.present}|{STRIKE.present}|stryks)", re.I)
"""`Förslagets punkt 3 lämnas utan åtgärd`, `Punkt 2 avslås`."""
_REJECTED = (re.compile(rf"\b{REJECT.present}\s+(?:förslagets\s+)?{_POINT}\s+{_NUMBERS}", re.I),
             re.compile(rf"\b(?:förslagets\s+)?{_POINT}\s+{_NUMBERS}\s+(?:i\s+förslaget\s+)?{REJECT.present}", re.I))
"""`… och avslår punkt 2`, `Punkt 2 avslås`: a point the board said no to, a rejection where it stood."""
_CHANGE = re.compile(r"(?:\bmed\s+(?:den\s+|de\s+)?ändring(?:en|ar|arna)?\s+(?:att|av|så\s+att)|\bdock\s+(?:så\s+)?att)\b"
                     r"(?P<change>(?:[^.]|\.(?=\d))*)", re.I)
"""`med den ändringen att beloppet ska vara 210 000 kr`, `… att 400 000 kr ersätts med 325 000 kr`, `dock att …`:
the one amount it names other than the proposal's."""


def _numbers(said: str) -> set[int]:
    found: set[int] = set()
    for run in re.finditer(r"(\d{1,2})(?:\s*[–-]\s*(\d{1,2}))?", said):
        first, last = int(run[1]), int(run[2] or run[1])
        found.update(range(first, last + 1))
    return found


def names_points(decided: str) -> bool:
    """Whether the decision says which points of the proposal it takes or leaves."""
    flat = " ".join(decided.split())
    return any(pattern.search(flat) for pattern in (_TAKEN, _BUT, _LEFT))


def points(clauses: Clauses, decided: str) -> tuple[Clauses, str | None]:
    """The proposal's clauses the decision takes, and why to review them (None where it is plain)."""
    flat = " ".join(decided.split())
    taken = _TAKEN.search(flat)
    if taken is not None:
        wanted = _numbers(taken["points"])
    elif (left := [m for pattern in (_BUT, _LEFT) for m in pattern.finditer(flat)]):
        wanted = set(range(1, len(clauses) + 1)) - {n for m in left for n in _numbers(m["points"])}
    else:
        return clauses, None
    rejected = {n for pattern in _REJECTED for m in pattern.finditer(flat) for n in _numbers(m["points"])} - wanted
    if not wanted or max(wanted | rejected) > len(clauses):
        return clauses, f"names points of the proposal it has not ({sorted(wanted)} of {len(clauses)})"
    return [clause if n in wanted else (f"Att avslå förslagets punkt {n}.", clause[1])
            for n, clause in enumerate(clauses, start=1) if n in wanted | rejected], None


def changed_amount(clauses: Clauses, decided: str) -> tuple[Clauses, str | None]:
    """The clauses with the amount the decision changes put in place of the proposal's, and what
    was changed (None where the decision names no new amount, or the proposal not one amount)."""
    change = _CHANGE.search(" ".join(decided.split()))
    if change is None:
        return clauses, None
    holding = [(n, list(re.finditer(AMOUNT, text, re.I))) for n, (text, _) in enumerate(clauses)]
    holding = [(n, amounts) for n, amounts in holding if amounts]
    if len(holding) != 1 or len(holding[0][1]) != 1:
        return clauses, None
    n, (amount,) = holding[0]
    text, first = clauses[n]
    said = {kronor(m): m[0].strip() for m in re.finditer(AMOUNT, change["change"], re.I) if kronor(m) != kronor(amount)}
    if len(said) != 1:
        return clauses, None
    (new,) = said.values()
    changed = list(clauses)
    changed[n] = (text[:amount.start()] + new + text[amount.end():], first)
    return changed, f"the amount is read as changed from {amount[0].strip()} to {new}"
