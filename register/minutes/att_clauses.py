"""One sentence of the board deciding that holds several decisions, each its own att-clause:
`Styrelsen beslöt att fastställa A, att fastställa B samt att C skulle redovisa …`. A referat
writes so where other hands number the clauses; each is read as a decision of its own. A clause
is one where it opens with a verb of deciding (`att bevilja …`, `att hos medlemmarna begära …`) or
with who is to do something (`att projektledaren skulle lämna …`); not where it goes on with the
task the clause before gives (`uppdra åt X att utreda … och att återkomma …`) or refers back to
what that clause decided (`och att för dess genomförande anvisa …`). Words said once for all the
clauses at the end (`…, samtliga för kalenderåret 2067`) belong to each.
"""

from __future__ import annotations

import re

from register.minutes import phrasebook as words

_VERBS = (words.ADOPT, *words.GRANTING, words.APPROVE, words.REVOKE, words.REFER_BACK, words.REJECT, words.REPLACE, words.CHANGE_SUM,
          words.CORRECT, words.DEFER, words.WITHDRAW, words.ASSIGN, words.FILE, words.NOTE)
_OPENING = frozenset(form for verb in _VERBS for form in verb.now if " " not in form and form.endswith(("a", "å"))) | {
    "anta", "begära", "säga", "ge", "avskriva", "ålägga", "uppmana"}
"""The infinitives an att-clause of deciding opens with: the phrasebook's verbs and those of asking
and ending (`begära`, `säga upp`, `avskriva`)."""
_JOINT = re.compile(r"(?:,\s*(?:(?:och|samt)\s+)?|\s+(?:och|samt)\s+)att\s+", re.I)
_PREPOSITION = frozenset({"hos", "för", "till", "i", "från", "ur", "inom", "under", "av", "med"})
_LONGEST_LEAD = 4
"""`att hos medlemmarna begära …`: a phrase of a few words before the verb."""
_WHO_SHALL = re.compile(r"^(?P<who>[^,;.]{1,80}?)\s(?:skulle|ska|skall)\s+[a-zåäö]+", re.I)
_REFERS_BACK = re.compile(r"\b(?:dess|deras|dennes|denna|detta|dessa|densamma|detsamma)\b", re.I)
_TOLD_AFTER = re.compile(r",\s+(?:varefter|varpå)\s+")
"""`… att lägga informationen till handlingarna, varefter förbundschefen nämnde att …`: what came after the decision."""
_ITS_MONEY = re.compile(r"^(?:bevilja|anvisa|avsätta|tilldela)\b[^,;.]{0,40}?\b(?:dess|deras|denna|detta|planens)\b", re.I)
"""`… fastställa planen och att bevilja medel för dess genomförande med …`: the money of what the clause
before adopted, one decision with it."""
_TASK = re.compile(r"^(?:uppdra\w*|ge\s+\S+(?:\s+\S+)?\s+i\s+uppdrag|ålägga|begära|förutsätta|uppmana)\b", re.I)
"""A clause that gives a task: an att-clause after it says more of the task."""
_SHARED = re.compile(r",\s*(?:samtliga|alla|båda|bägge|vart\s+och\s+ett|var\s+och\s+en)\s+"
                     r"(?P<tail>(?:för|under|avseende|gällande)\b[^,;]*?)\s*\.?$", re.I)


_COMMA = re.compile(r",\s*att\s+", re.I)


def att_clauses(rest: str, joints: re.Pattern[str] = _JOINT) -> list[str]:
    """The clauses of `rest` (what follows the board's `beslöt att`), each as the words after its
    `att`; `[rest]` where it holds one decision."""
    rest = _TOLD_AFTER.split(rest, maxsplit=1)[0]
    pieces, start = [], 0
    for joint in joints.finditer(rest):
        before, after = rest[start:joint.start()], rest[joint.end():]
        if _TASK.match(before) or not _opens_a_decision(after) or _ITS_MONEY.match(after):
            continue
        pieces.append(before.strip())
        start = joint.end()
    if not pieces:
        return [rest]
    pieces.append(rest[start:].strip())
    shared = _SHARED.search(pieces[-1])
    if shared is not None:
        pieces[-1] = pieces[-1][:shared.start()]
    tail = f", {shared['tail']}" if shared is not None else ""
    return [f"{piece.rstrip(' .,;')}{tail}." for piece in pieces]


def listed_in_a_line(rest: str) -> list[str]:
    """`bevilja X 250 tkr …, att X ska återrapportera …`: clauses listed with a comma on one line, as
    a case system's export writes them, each a decision of its own; not `… och att bevilja …` (a plan
    and its money, one decision to many hands), nor a clause that refers back (`…, att för dess
    genomförande anvisa …`)."""
    if not _opens_a_decision(rest):
        return [rest]  # `styrelsens beslut den 9 april, § 19, att bevilja … upphävs`: one sentence
    pieces = att_clauses(rest, _COMMA)
    if any(_REFERS_BACK.search(piece) for piece in pieces[1:]) or any(_CITES.search(piece) for piece in pieces[:-1]):
        return [rest]  # `upphäva beslutet den 12 mars, § 4, att bevilja …`: what the decision cited did
    return pieces


_CITES = re.compile(r"(?:§\s*\d+(?:\s*/\s*\d{4})?|\bbeslut(?:et)?\s+(?:den\s+)?(?:\d{1,2}\s+\w+\s+\d{4}|\d{4}-\d{2}-\d{2}))[\s.,]*$", re.I)
"""A clause that ends citing a decision by its § or date: the att-clause after it says what that decision did."""


def _opens_a_decision(clause: str) -> bool:
    said = clause.split()
    leads = range(min(_LONGEST_LEAD, len(said) - 1) + 1) if said and said[0].lower() in _PREPOSITION else range(1)
    for lead in leads:
        if said and said[lead].lower().strip(".,;") in _OPENING:
            return not _REFERS_BACK.search(" ".join(said[:lead]))
    who = _WHO_SHALL.match(clause)
    return who is not None and not _REFERS_BACK.search(who["who"]) and " att " not in f" {who['who']} "


_REPORTED_SPEECH = re.compile(r"^(?P<who>[^,;.]{1,80}?)\s+skulle\s+(?=[a-zåäö])", re.I)


def said_directly(clause: str) -> str:
    """`förbundschefen vid nästa sammanträde skulle redovisa …`, as a referat reports what was
    decided, said as the decision said it: `förbundschefen vid nästa sammanträde ska redovisa …`."""
    found = _REPORTED_SPEECH.match(clause)
    if found is None or " att " in f" {found['who']} ":
        return clause
    return f"{found['who']} ska {clause[found.end():]}"
