"""Items numbered as an outline within the meeting, the year's § after the title: `2.1 Insatsplan
Karlskrona kommun 2075 (§ 5)`, or the § set apart in a margin (`§ 5  2.1 Insatsplan …`). The §
is the item's number, so the line is read as `§ 5 Insatsplan …`. A group heading above such items
(`2 Insatsplaner`, with `2.1`, `2.2` under it) carries no § and decides nothing: it is dropped, so
that it is read neither as an item nor as the previous item's prose."""

from __future__ import annotations

import re

_OUTLINED = re.compile(
    r"^(?P<outline>\d{1,2}(?:\.\d{1,2})*)\.?\s+(?P<title>[A-ZÅÄÖÉÜ\"“”«].*?)"
    r"(?:\s*\(\s*§\s*(?P<bracketed>\d{1,3})\s*\)|\s+§\s*(?P<margin>\d{1,3}))$")
"""`2.1 Title (§ 5)`, or `2.1 Title § 5` where the § stood in the right margin (the line is read flat)."""
_MARGIN_FIRST = re.compile(r"^§\s*(?P<margin>\d{1,3})\s+(?P<outline>\d{1,2}(?:\.\d{1,2})+)\.?\s+(?P<title>[A-ZÅÄÖÉÜ\"“”«].*)$")
"""`§ 5<tab>2.1 Title`: the margin's § before the outline number."""
_CITING = re.compile(r"\b(?:enligt|i|till|under|se|jfr|av|om|från|med|och)$", re.I)
"""`1. Styrelsen hänvisar till § 5`: a § after such a word is cited, not the margin's number."""
_GROUP = re.compile(r"^(?P<outline>\d{1,2})\.?\s+(?P<title>[A-ZÅÄÖÉÜ][^.:;()§]{2,80})$")
_FEWEST = 2
"""Fewer outlined headings than this are a title that cites a § in passing, not the agenda."""


def outline_mended(lines: list[str | None]) -> list[str | None]:
    found = {i: match for i, line in enumerate(lines) if line and (match := _OUTLINED.match(line) or _MARGIN_FIRST.match(line))
             and _a_title(match)}
    if len(found) < _FEWEST:
        return lines
    for i, match in found.items():
        lines[i] = f"§ {match.groupdict().get('bracketed') or match['margin']} {match['title'].strip()}"
    for i, line in enumerate(lines):
        group = _GROUP.match(line or "")
        if group is not None and _opens_group(group["outline"], found, i):
            lines[i] = None
    return lines


def _a_title(match: re.Match[str]) -> bool:
    title = match["title"].strip()
    return len(title) <= 120 and not title.endswith((".", ":", ";")) and not (match.groupdict().get("bracketed") is None and _CITING.search(title))


def _opens_group(outline: str, found: dict[int, re.Match[str]], i: int) -> bool:
    """`2 Insatsplaner` heads a group where the next outlined heading below it is `2.1` (or `2.x`)."""
    below = next((found[k] for k in sorted(found) if k > i), None)
    return below is not None and below["outline"].startswith(f"{outline}.")
