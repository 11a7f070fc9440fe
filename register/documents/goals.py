"""Reads the goal tables of an operating plan (verksamhetsplan): each goal's id, its wording,
the party it names and its target span.

A goal starts at a line that begins with its id (`PR:3`, `FI:1`, any letters, a colon and a
number). Its wording is that line and the lines after it up to a blank line. Its span is the
figure that ends the wording (`… [1-7] 5,5-6,5`) or stands alone on the next line that is not
blank (`80-100 %`, `100 %`); a goal without one (the financial goals) has none.
"""

from __future__ import annotations

import re

from domain.board import Goal, GoalKind
from domain.values import fold
from register.documents.reading import DocumentError, Unread, check_year, numbered_lines

_ID = re.compile(r"^(?P<ident>[A-ZÅÄÖ]{1,4}:\d{1,3})\s+(?P<rest>\S.*)$")
_NUMBER = r"[-−]?\d{1,3}(?:[,.]\d+)?"
"""A figure of a span; a minus is read so that a span below 0 is refused, not passed over."""
_SPAN = (rf"(?:(?P<least>≥|>=|minst|lägst)\s*|(?P<most>≤|<=|högst|max(?:imalt)?)\s*)?"
         rf"(?P<low>{_NUMBER})(?:\s*[-–]\s*(?P<high>{_NUMBER}))?\s*(?P<percent>%)?(?:\s+(?P<more>eller\s+(?:mer|fler|högre)))?")
"""A target span: `80-100 %`, `100 %`, `5,0-6,5`, or one side open: `minst 80 %`, `≥ 80 %`,
`80 % eller mer` (up to 100 %), `högst 20 %` (from 0 %)."""
_SPAN_ALONE = re.compile(rf"^{_SPAN}$", re.I)
_SPAN_AT_END = re.compile(rf"(?:^|\s){_SPAN}$", re.I)
_SCALE = re.compile(r"\[(?P<bottom>\d+)\s*[-–]\s*(?P<top>\d+)\]")
_REPRESENTED = re.compile(r"^(?P<party>.+?)\s+ska\s+vara\s+representerad\b", re.I)
_LEAST = re.compile(r"\bminst\s+(?P<count>\d+|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio)\s+av\s+(?:förbundets\s+)?parter", re.I)
_COUNTS = {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9, "tio": 10}


def parse_goals(text: str, name: str, year: int, parties: tuple[str, ...]) -> tuple[Goal, ...]:
    """The goals of the document `name` for `year`; `parties`: the board's, which a goal may name
    (a goal of the form "<X> ska vara representerad …" names X when none are known)."""
    check_year(text, name, year, "plan")
    lines = numbered_lines(text)
    goals: list[Goal] = []
    for index, (number, line) in enumerate(lines):
        found = _ID.match(line)
        if found is None:
            continue
        paragraph = [found["rest"]]
        after = index + 1
        while after < len(lines) and lines[after][1] and not _ID.match(lines[after][1]) and not _SPAN_ALONE.match(lines[after][1]):
            paragraph.append(lines[after][1])
            after += 1
        wording = " ".join(paragraph)
        span_text, span_line = "", number
        at_end = _SPAN_AT_END.search(wording)
        if at_end is not None and (at_end["percent"] or _SCALE.search(wording)):
            span_text, wording = at_end.group(0).strip(), wording[: at_end.start()].strip()
            span_line = lines[after - 1][0]
        else:
            following_line, following = next(((n, line) for n, line in lines[after:] if line), (number, ""))
            alone = _SPAN_ALONE.match(following)
            if alone and (alone["percent"] or alone["high"]):  # a bare number is a page number
                span_text, span_line = following, following_line
        goals.append(_goal(found["ident"], " ".join(wording.split()), span_text, parties, name, span_line))
    if not goals:
        raise DocumentError(f"{name}: no goal table found (a goal line starts with its id, e.g. 'PR:3 Försäkringskassan ska …')",
                            Unread.NO_GOALS)
    idents = [goal.ident for goal in goals]
    twice = next((ident for i, ident in enumerate(idents) if ident in idents[:i]), None)
    if twice:
        raise DocumentError(f"{name}: the goal {twice} appears twice", Unread.GOAL_TWICE, goal=twice)
    return tuple(goals)


def _goal(ident: str, wording: str, span_text: str, parties: tuple[str, ...], name: str, line: int) -> Goal:
    """`name` and `line`: the document and the line of the span, for messages."""
    where = f"{name}, line {line}"

    def refused(message: str, why: Unread) -> DocumentError:
        return DocumentError(f"{where}: the span of {ident} {message}: {span_text!r}", why, line, goal=ident, span=span_text)

    low = high = None
    if span_text:
        found = _SPAN_ALONE.match(span_text)
        assert found is not None
        low = _number(found["low"])
        high = _number(found["high"]) if found["high"] else low
        if min(low, high) < 0:
            raise refused("runs below 0", Unread.SPAN_BELOW_ZERO)
        if found["percent"] and max(low, high) > 100:
            raise refused("runs above 100 %", Unread.SPAN_ABOVE_100)
        scale = _SCALE.search(wording)
        if scale and not found["percent"] and not int(scale["bottom"]) <= min(low, high) <= max(low, high) <= int(scale["top"]):
            raise refused(f"runs outside its scale {scale[0]}", Unread.SPAN_OFF_SCALE)
        if found["least"] or found["more"]:
            high = 100.0 if found["percent"] else None
        elif found["most"]:
            low, high = (0.0, low) if found["percent"] else (None, None)
        if low is None or high is None:  # an open side without per cent: no span to hold a rate to
            low = high = None
        if low is not None and high is not None and high < low:
            raise refused("runs backwards", Unread.SPAN_BACKWARDS)
    party = _party_named(wording, parties)
    least = _LEAST.search(wording)
    percent = "%" in span_text
    if party and percent and "representerad" in wording.casefold():
        kind = GoalKind.PARTY
    elif least and percent and "representation" in wording.casefold():
        kind = GoalKind.QUORUM
    else:
        kind = GoalKind.ELSEWHERE
    count = least["count"].casefold() if least else "0"
    return Goal(ident=ident, wording=wording, kind=kind, target=span_text, party=party,
                least=int(count) if count.isdigit() else _COUNTS[count], low=low, high=high)


def _party_named(wording: str, parties: tuple[str, ...]) -> str:
    folded = fold(wording)
    for party in sorted(parties, key=len, reverse=True):
        if re.search(rf"(?<!\w){re.escape(fold(party))}s?(?!\w)", folded):
            return party
    found = _REPRESENTED.match(wording)
    return found["party"].strip() if found and not parties else ""


def unknown_parties(goals: tuple[Goal, ...]) -> list[tuple[str, str]]:
    """(goal, name) for each goal of the form "<X> ska vara representerad" whose X is not one of
    the board's parties: it is kept, but followed up elsewhere until X is recorded as a party."""
    found = []
    for goal in goals:
        named = _REPRESENTED.match(goal.wording)
        if goal.kind is GoalKind.ELSEWHERE and named:
            found.append((goal.ident, named["party"].strip()))
    return found


def parties_named(goals: tuple[Goal, ...]) -> tuple[str, ...]:
    """The parties the goals name, in order: a board's parties, read from its goals."""
    return tuple(dict.fromkeys(goal.party for goal in goals if goal.party))


def _number(text: str) -> float:
    return float(text.replace(",", ".").replace("−", "-"))
