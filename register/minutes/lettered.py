"""Short reports kept under letters in one § (`a) Ekonomisk rapport. … Rapporten noterades.`, `b) …`):
a hand that keeps its reports so notes each one on its own, so each point that closes with the board
taking note is one acknowledgement of the §, numbered in the letters' order. A point that only tells
what is to come (`c) Slutrapporten kommer att lämnas i november`) notes nothing and is no decision.

The note may be said now (`Rapporten noteras`) or, as such hands write it, in the past (`Noterades.`);
the past is read as this meeting's act, which the caller puts to review.
"""

from __future__ import annotations

import re

import attrs

from register.minutes.noting import noting
from register.minutes.past_told import noted_now
from register.minutes.text import Line

_LETTER = re.compile(r"^(?P<letter>[a-h])\)\s+(?P<rest>\S.*)$")
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")
_FEWEST = 2
"""One `a)` alone is no list of reports."""


@attrs.frozen
class NotedPoint:
    text: str
    """`Att notera rapporten, a) Ekonomisk rapport. Oskar Lind redovisade utfallet.`"""
    line: int
    in_past: bool


def _points(body: list[Line]) -> list[tuple[str, list[Line]]]:
    """The body's lettered points, each with its letter, where the letters run a), b), … in order
    from the first line that carries one; the lines under a point go on with it."""
    points: list[tuple[str, list[Line]]] = []
    for line in body:
        match = _LETTER.match(line.text)
        if match and ord(match["letter"]) - ord("a") == len(points):
            points.append((match["letter"], [Line(line.no, line.raw, match["rest"])]))
        elif points:
            points[-1][1].append(line)
    return points if len(points) >= _FEWEST else []


_IN_TEXT = re.compile(r"(?:^|(?<=\s))(?P<letter>[a-h])\)\s+")


def points_in(text: str) -> list[str]:
    """The lettered points of an item's prose joined on one line (`a) … b) …`), each without its
    letter; none where the prose is no such list."""
    cuts: list[re.Match[str]] = []
    for match in _IN_TEXT.finditer(text):
        if ord(match["letter"]) - ord("a") == len(cuts):
            cuts.append(match)
    if len(cuts) < _FEWEST:
        return []
    ends = [m.start() for m in cuts[1:]] + [len(text)]
    return [text[m.end():end].strip() for m, end in zip(cuts, ends)]


def noted_points(body: list[Line]) -> list[NotedPoint]:
    """Each lettered point of the § that closes with the board taking note, as an acknowledgement;
    none where the § is no such list."""
    found = []
    for letter, lines in _points(body):
        sentences = _SENTENCES.split(" ".join(line.text for line in lines))
        last = sentences[-1].strip()
        said = noting(last)
        in_past = False
        if said is None and (now := noted_now(last)) is not None:
            said, in_past = noting(now) or None, True
        if said is None:
            continue
        told = " ".join(sentences[:-1]).strip()
        text = f"{said[:-1]}, {letter}) {told}" if told else said
        found.append(NotedPoint(text if text.endswith((".", "!", "?")) else f"{text}.", lines[0].no, in_past))
    return found
