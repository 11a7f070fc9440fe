"""Page furniture and line-end hyphens: what a PDF or a word processor adds to minutes.

Headers, footers, page numbers, print lines and signing-service stamps land anywhere in
extracted text, even inside a decision's sentence. They are found by their shape, or because
the same line (up to its numbers) comes back page after page, and taken out before anything
else reads the lines; the sentence on both sides is then one again, and a word hyphenated at
a line end is joined, so that `återrappor-` / `tera` is read as `återrapportera`.
"""

from __future__ import annotations

import re
from collections import Counter

_FURNITURE = re.compile(
    r"^(?:https?://\S+|www\.\S+|Electronically signed\b.*"
    r"|(?:Sida|Sid\.?|Page|s\.)\s*\d{1,3}(?:\s*(?:av|of|/)\s*\d{1,3}|\s*\(\d{1,3}\))?"
    r"|\d{1,3}\s*(?:\(\d{1,3}\)|av \d{1,3}|/\s*\d{1,3})"
    r"|[-–—]?\s*\d{1,3}\s*[-–—]?"
    r"|(?=(?-i:[A-Z]))(?:Utskri\w*|Utskriven|Skriven ut|Printed|Genererad|Dokumentet (?:är )?(?:skapat|genererat|utskrivet))\b.*"
    r"|(?:Justerandes?|Ordförandes?|Sekreterarens?)\s+sign\w*.*"
    r"|[-_.=—–\s]{6,}|.*_{3,}.*"
    r"|(?:Sammanträdesdatum|Datum)\s+(?:Sida|Sid\.?)|Innehållsförteckning|.*\S\s*(?:\.\s?){4,}\s*\d{1,3})$",
    re.I,
)
"""Lines that are page furniture whatever else the document holds: a table of contents is too (its
`§ 14 Årsredovisning ........ 4` names the items, but the headings stand where the items are). A print
stamp begins its line with a capital (`Utskriftsdatum: …`); `utskrift. Beslöts att …` is a sentence run on."""

_PAGE_MARK = re.compile(r"\b(?:Sida|Sid\.?|Page)\s*\d{1,3}(?:\s*(?:av|of|/)\s*\d{1,3}|\s*\(\d{1,3}\))?\b|\b\d{1,3}\s*\(\d{1,3}\)\s*$", re.I)
"""A page number inside a longer header or footer line."""

_NAMES_MEETING = re.compile(r"\b(?:protokoll|sammantr[äa]de|styrelsem[öo]te)\s+(?:nr\.?\s*)?\d{1,2}\s*/\s*\d{4}\b", re.I)
"""`PROTOKOLL NR 4/2050   1 (4)`, `… PROTOKOLL 1/2048   1 (9)`: the title block's line that names the meeting
stays, its page number with it."""
_HEADERISH = re.compile(r"protokoll|samordningsförbund|sammanträde|styrelse|sida|justera|finsam", re.I)
_KEEP = re.compile(
    r"^(?:§|Beslut\b|Att\b|att\b|Styrelsen\s+(?:beslut|gav|har|bifall)|(?:Beslutade|Beslutar|Beslöt)\s+styrelsen|Styrelsens\s+beslut|Förslag\b|Behandling\b|Beredning\b|BESLUTSLISTA|Information$|Närvarande|Beslutande"
    r"|Ersättare|Övriga|(?:Sammanträdes)?datum\b|Tid\b|Plats\b|Organ\b|Justera|(?:Återrapport\w*|Ansvarig|Redovisas)\s*:"
    r"|\w+\s+(?:beslut(?:ade|ar)|beslöt)\s*:?$|[A-ZÅÄÖ]\w+s\s+(?:beslut|förslag)\b|\d{1,2}[.)]\s+\S)",
    re.I,
)
"""Lines that open a decision however often they come back (`Beslutade styrelsen`), lines that say what the meeting is (its date, place, who attended) even where they come back in
an announcement block further down, a label alone on its line (`STYRELSEN BESLÖT`), and the labels of a § (`Förslag: Styrelsen` over its points
comes back in every § that proposes several; `Förslag till beslut`), the board's or an officer's in the genitive too
(`Förbundsstyrelsens beslut`, `Förbundschefens förslag till beslut`), and a numbered point (`1. Olofströms kommuns FINSAM-plan 2144
fastställs …` under `Förslag till beslut` comes back word for word under `Styrelsens beslut`)."""
_DIGITS = re.compile(r"\d+")
_ONLY_A_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TITLE_LINES = 15
_SENTENCE_END = (".", ":", "!", "?", ";")
_SUSPENDED = {"och", "eller", "samt", "respektive", "som", "till"}
"""`arbetsmarknads- och integrationsenheten`: the hyphen stands for a shared ending; keep it."""


def furniture(flats: list[str]) -> set[int]:
    """Indices of the lines (whitespace already collapsed) that are page furniture."""
    lines = faces(flats)
    found = {i for i, line in enumerate(lines) if line and _FURNITURE.match(line)}
    found |= {i for i, line in enumerate(lines) if line and len(line) <= 160 and _PAGE_MARK.search(line)
              and not _KEEP.match(line) and not (i < _TITLE_LINES and _NAMES_MEETING.search(line))}
    shapes = Counter(_DIGITS.sub("#", line) for line in lines if line)
    exact = Counter(line for line in lines if line)
    seen: set[str] = set()
    for i, line in enumerate(lines):
        if not line:
            continue
        repeated = shapes[_DIGITS.sub("#", line)] >= 2
        if (repeated and 12 <= len(line) <= 160 and _HEADERISH.search(line) and not _KEEP.match(line)
                and not line[0].islower() and not line.endswith((".", ",", ";"))):
            # The title block's own copy at the top names the meeting and its date: it stays.
            if i >= _TITLE_LINES or _DIGITS.sub("#", line) in seen:
                found.add(i)
            seen.add(_DIGITS.sub("#", line))
        elif exact[line] >= 3 and _ONLY_A_DATE.match(line):
            # The meeting's date in a header on every page: the first one, in the title block, stays.
            if line in seen or i >= _TITLE_LINES:
                found.add(i)
            seen.add(line)
    found |= _running_blocks(lines, found)
    # The signing service's stamp on every page, `Transaktion 0922…`: the same number each time.
    found |= {i for i, line in enumerate(lines) if line and exact[line] >= 2 and _TRANSACTION.match(line)}
    return found | _initials(lines, found) | _signing_record(lines)


_RECORD_TITLE = re.compile(r"^(?:Verifikat|Verifikation|Signeringsbevis|Verification)$", re.I)
_TRANSACTION = re.compile(r"^(?:Transaktion|Transaction|Transaktions-?id|Dokument-?id)\b:?\s*[\w-]{10,}$", re.I)
_SIGNED = re.compile(r"\bSignerat med\b|\bSignerade\b|\bIP-adress\b|\bSigned (?:with|by)\b", re.I)


def _signing_record(lines: list[str]) -> set[int]:
    """The record an e-signing service adds after the last page (`Verifikat`, its transaction
    number, each signer's e-mail, IP address and time): no part of the minutes, to the end."""
    for i, line in enumerate(lines):
        if i < _TITLE_LINES or not line or not _RECORD_TITLE.match(line):
            continue
        following = [later for later in lines[i + 1:i + 4] if later]
        if following and _TRANSACTION.match(following[0]) and any(later and _SIGNED.search(later) for later in lines[i:]):
            return set(range(i, len(lines)))
    return set()


_STRAY_BAR = re.compile(r"^[|¦]\s*|\s*[|¦]$")
_MISREAD_NUMBER = re.compile(r"(?<!\w)(?P<page>[\dlI]{1,3})(?P<between>\s*\(|\s+(?:av|of|/)\s*)(?P<of>[\dlI]{1,3})(?P<end>\)?)$")


def faces(lines: list[str]) -> list[str]:
    """The lines as furniture is compared across pages, over what OCR slips into it: a stray bar
    at an end (`|Justerandes sign`, `Sammanträdesdatum |`), and `l` or `I` read for `1` in a page
    number (`l (6)`, `Sida I av 4`) where the line so read comes back on another page."""
    barred = [_STRAY_BAR.sub("", line) if line.count("|") + line.count("¦") == 1 else line for line in lines]
    shapes = Counter(_DIGITS.sub("#", line) for line in barred if line)
    return [read if (read := _numbered(line)) != line and shapes[_DIGITS.sub("#", read)] >= 1 else line
            for line in barred]


def _numbered(line: str) -> str:
    match = _MISREAD_NUMBER.search(line)
    if match is None or not any(c.isdigit() for c in match["page"] + match["of"]):
        return line
    page, of = (match[part].replace("l", "1").replace("I", "1") for part in ("page", "of"))
    return f"{line[:match.start()]}{page}{match['between']}{of}{match['end']}"


_SIGNATURE_LABEL = re.compile(r"^(?:Justerandes?|Ordförandes?|Sekreterarens?)\s+sign\w*|\bUtdragsbestyrkande$", re.I)
_INITIALS = re.compile(r"^(?:[/\\|(]*[A-ZÅÄÖ]{1,3}(?:[.-][A-ZÅÄÖ]{1,3})*\.?[/\\|)]*\s*){1,6}$")
"""`A.S. /JW`, `ÅS  BI`, `P-E.L`: the initials signed under a footer's signature labels, as OCR reads the hand."""


def _initials(lines: list[str], found: set[int]) -> set[int]:
    """The line of initials right under a signature label that is furniture."""
    return {i + 1 for i in found if _SIGNATURE_LABEL.search(lines[i]) and i + 1 < len(lines)
            and _INITIALS.match(lines[i + 1])}


_BODY = re.compile(r"^(?:§|Beslut|Att\b|Förslag\b|Yrkand|Reservation|Protokollsanteckning|Omröstning|Ärendebeskrivning"
                   r"|Diarienummer|Dnr\b)|\bbeslut(?:ar|ade|as)\b", re.I)
"""Lines of the minutes' own structure, which the body repeats page after page: set tight under a
header (`Beslut` with no blank line before it), they stay."""
_BLOCK_REACH = 6
"""How far from its page number a running header or footer line stands, at most."""


def _running_blocks(lines: list[str], found: set[int]) -> set[int]:
    """The lines standing with a page number in one unbroken block (no blank between), each of
    which comes back, up to its figures, in the block of another page number: a meeting system's
    running header of short lines (`Styrelsen`, `Sammanträdesdatum 2051-05-22`) too short or too
    plain for the rules above. The first block, the title block, stays."""
    marks = [i for i in sorted(found) if _PAGE_MARK.search(lines[i])]
    blocks: list[list[int]] = []
    for mark in marks:
        block = [mark]
        for step in (-1, 1):
            k = mark + step
            while 0 <= k < len(lines) and lines[k] and abs(k - mark) <= _BLOCK_REACH:
                block.append(k)
                k += step
        blocks.append(sorted(block))
    if len(blocks) < 2:
        return set()
    shapes = [{_DIGITS.sub("#", lines[k]) for k in block} for block in blocks]
    result: set[int] = set()
    for n, block in enumerate(blocks):
        if min(block) < _TITLE_LINES:
            continue
        others = [shape for m, shape in enumerate(shapes) if m != n]
        result |= {k for k in block if any(_DIGITS.sub("#", lines[k]) in shape for shape in others)
                   and not _BODY.search(lines[k])}
    return result


def mend(lines: list[str], dropped: set[int]) -> list[str | None]:
    """The lines with furniture taken out (None) and, where a sentence ran across it, the blank
    lines around it too; words hyphenated at a line end joined to their second half."""
    result: list[str | None] = [None if i in dropped else line for i, line in enumerate(lines)]
    for i in sorted(dropped):
        before = _filled_before(result, i)
        after = _filled_after(result, i)
        if before is None or after is None:
            continue
        head, tail = result[before] or "", result[after] or ""
        if _continues(head, tail):
            for k in range(before + 1, after):
                result[k] = None
    for i, line in enumerate(result):
        if line and (_hyphenated(line) or _compound(line)):
            after = _filled_after(result, i, blank_ends=False)
            if after is not None and _joins(line, result[after] or ""):
                word, _, rest = (result[after] or "").partition(" ")
                # `återrappor-` / `tera` is one word; `FINSAM-` / `planer` keeps its hyphen.
                result[i] = (line if _compound(line) else line[:-1]) + word
                result[after] = rest
                if not rest:
                    result[after] = None
    return result


def _continues(head: str, tail: str) -> bool:
    """The sentence goes on: no full stop before the break, and lower case or a figure after it."""
    return not head.endswith(_SENTENCE_END) and bool(tail) and (tail[0].islower() or tail[0].isdigit())


def _hyphenated(line: str) -> bool:
    return len(line) >= 3 and line.endswith("-") and line[-2].isalpha() and line[-2].islower()


def _compound(line: str) -> bool:
    """`FINSAM-` at a line end: a compound's own hyphen after capitals or a figure."""
    return len(line) >= 3 and line.endswith("-") and (line[-2].isupper() or line[-2].isdigit())


def _joins(line: str, following: str) -> bool:
    word = following.split(" ", 1)[0]
    return bool(word) and word[0].islower() and word.strip(".,;:") not in _SUSPENDED


def _filled_before(lines: list[str | None], i: int) -> int | None:
    for k in range(i - 1, -1, -1):
        if lines[k]:
            return k
    return None


def _filled_after(lines: list[str | None], i: int, blank_ends: bool = False) -> int | None:
    for k in range(i + 1, len(lines)):
        if lines[k]:
            return k
        if blank_ends and lines[k] == "":
            return None
    return None


def joined_at_hyphen(line: str, following: str) -> tuple[str, str] | None:
    """`återrappor-` / `tera i maj`: the word made whole on the first line and what is left of
    the second; None where the hyphen is not a break inside a word."""
    if not (_hyphenated(line) and _joins(line, following)):
        return None
    word, _, rest = following.partition(" ")
    return line[:-1] + word, rest


_SECTION = re.compile(r"^§\s*(\d{1,3})\b")
_CONTENTS_RUN = 3


def contents(lines: list[str | None]) -> set[int]:
    """Indices of a table of contents without dotted leaders: a run of three or more § lines
    standing close together whose numbers come again further down, where the items are."""
    sections = [(i, int(m[1])) for i, line in enumerate(lines) if line and (m := _SECTION.match(line))]
    runs: list[list[tuple[int, int]]] = []
    for i, number in sections:
        before = runs[-1][-1][0] if runs else -9
        if i - before <= 2 and all(lines[k] for k in range(before + 1, i)) and number > runs[-1][-1][1]:
            runs[-1].append((i, number))  # close together, no blank line between, counting up (the first item may follow at once)
        else:
            runs.append([(i, number)])
    found: set[int] = set()
    for run in runs:
        later = {number for i, number in sections if i > run[-1][0]}
        if len(run) >= _CONTENTS_RUN and sum(number in later for _, number in run) * 2 > len(run):
            found |= {i for i, _ in run}
    return found


def summary(lines: list[str | None]) -> set[int]:
    """Indices of a summary of the items before the items themselves: their § lines in order, each
    with a line or three of what it decided (`§ 44 2091/005`, `Ärende: …`, `Beslut: Delårsrapporten
    godkänns.`), the same numbers coming again in the same order below, each with its full text. Its
    rows repeat what the items decide and decide nothing themselves; so do the title and the line or
    two standing right above its first row."""
    sections = [(i, int(m[1])) for i, line in enumerate(lines) if line and (m := _SECTION.match(line))]
    numbers = [number for _, number in sections]
    again = next((k for k in range(_CONTENTS_RUN, len(numbers)) if numbers[k] == numbers[0]), None)
    if again is None or numbers[again:2 * again] != numbers[:again]:
        return set()
    short = _lines_per_entry(lines, sections[:again + 1])
    full = _lines_per_entry(lines, [*sections[again:2 * again], (len(lines), 0)])
    if short > 4 or short >= full:
        return set()
    return set(range(_titled_from(lines, sections[0][0]), sections[again][0]))


_SUMMARY_TITLE = re.compile(r"förteckning|sammanfattning|sammandrag|översikt|i\s+korthet|beslutslista", re.I)


def _titled_from(lines: list[str | None], first: int) -> int:
    """Where the summary starts: at its title (`Beslutsförteckning`) and the line or two under it, a
    blank line between them and its first row or none, so that no heading of a log is left to read."""
    k = first - 1
    while k >= 0 and not lines[k] and first - k <= 2:
        k -= 1
    above = k
    while k >= 0 and lines[k] and above - k < 3:
        k -= 1
    return k + 1 if any(_SUMMARY_TITLE.search(lines[i] or "") for i in range(k + 1, above + 1)) else first


def _lines_per_entry(lines: list[str | None], sections: list[tuple[int, int]]) -> float:
    """How many lines with text each entry holds on average, an entry running to the next § line."""
    counts = [sum(1 for k in range(i, end) if lines[k]) for (i, _), (end, _) in zip(sections, sections[1:])]
    return sum(counts) / max(1, len(counts))
