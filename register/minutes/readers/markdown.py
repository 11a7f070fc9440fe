"""Minutes kept in a shared document tool and exported as Markdown text: `## § 24 Ekonomi`,
`**Beslut:**`, `[Bilaga 3](https://…)`, `*Dnr 2057/004*`, tables in pipe syntax. The markup is
taken off each line, so the parser reads the words as it reads any minutes; each line stays the
file's own line, so a message's line number is still the one an editor shows."""

from __future__ import annotations

import re

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_STRONG = re.compile(r"(\*\*)(?=\S)(.+?)(?<=\S)\1")
"""`**Beslut:**`; not `__`, which a signature line draws (`Justerare ________`)."""
_EMPHASIS = re.compile(r"(?<![\w*])(\*)(?=\S)([^*]+?)(?<=\S)\1(?![\w*])")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
_PIPE_DIVIDER = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
"""`|---|---|`: at least one pipe, so that a page's rule of dashes is not taken for one."""
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_FEWEST = 2
"""Marked lines that make a text Markdown: a stray `#` or pair of stars in plain minutes does not."""


def looks_like_markdown(lines: list[str]) -> bool:
    marked = sum(1 for line in lines if _HEADING.match(line) or _STRONG.search(line) or _PIPE_DIVIDER.match(line))
    return marked >= _FEWEST


def unmarked(line: str) -> str:
    """The line's words without Markdown: a heading's hashes, strong and emphasised text's stars,
    a link's address (its text stays), a horizontal rule or a table's divider row (nothing left)."""
    if _RULE.match(line) or _PIPE_DIVIDER.match(line):
        return ""
    text = _HEADING.sub("", line)
    text = _LINK.sub(r"\1", text)
    text = _STRONG.sub(r"\2", text)
    return _EMPHASIS.sub(r"\2", text)


def pipe_cells(line: str) -> list[str] | None:
    """The cells of a table row in pipe syntax (`| Namn | Part |`), else None."""
    if not _PIPE_ROW.match(line):
        return None
    return [cell.strip() for cell in line.strip().strip("|").split("|")]
