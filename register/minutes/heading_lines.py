"""Headings put back together before the lines are read: a § number alone on its line joined
with the title under it, a citation wrapped onto a line of its own joined back to its sentence,
and items numbered `1.`, `2.` … without a § (through the year, from any number) read as `§ N`
headings. Its own module because `text.py`, which says what each line is, is full.
"""

from __future__ import annotations

import re

from register.minutes.outline_numbers import outline_mended

HEADING = re.compile(r"^§\s*(?P<number>\d{1,3})[.:]?"
                     r"(?P<resumed>\s*\(forts(?:\.|ättning|att)?\)|\s*,\s*forts(?:\.|ättning|att)?)?\s+"  # taken up again
                     r"(?:kl(?:ockan|\.)?\s*\d{1,2}[.:]\d{2}(?:\s*[–-]\s*\d{1,2}[.:]\d{2})?\s+)?"  # running minutes' time
                     r"(?:[–—-]\s+)?"  # `Punkt 4 – Title`, `§ 4 – Title`: a dash between the number and the title
                     r"(?P<title>(?:[A-ZÅÄÖÉÜ0-9\"“”]|\((?=[A-ZÅÄÖ])).*)$")
"""`§ 14 Ekonomisk uppföljning`: an agenda item's heading, its number and title."""


def headings_mended(lines: list[str | None]) -> list[str | None]:
    return _numbered_as_headings(_citations_unwrapped(_headings_joined(_numbered_last(outline_mended(lines)))))


_NUMBER_LAST = re.compile(r"^(?P<title>[\wÅÄÖÉåäöé\"“”«].*?[^\s.])(?:\s*\.{3,}\s*|\s{3,})(?P<number>§\s*\d{1,3})$")
"""`Insatsplan Karlskrona kommun 2085 ........ § 5`: a title first, its § number at the line's end."""


_DATED = re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{4}\b|\b\d{4}-\d{2}-\d{2}\b")
_COUNTED_FIRST = re.compile(r"^(?:Mom(?:ent)?|Punkt|Ärende)\.?\s*\d|^\d{1,3}[.)]?\s", re.I)
_SPACED_LAST = re.compile(r"^(?P<title>\S.*?\S)(?:\s{3,}|\s*\t\s*)(?P<number>§\s*\d{1,3})\s*$")


def leaders_kept(raw: str) -> str:
    """`Val av justerare            § 16` (or a tab before the §) with its gap shown as leaders (`Val av justerare ... § 16`), before
    whitespace is collapsed: the gap is what tells a title with its number last from a sentence citing a §."""
    spaced = _SPACED_LAST.match(raw)
    if spaced is None or _DATED.search(spaced["title"]) or _COUNTED_FIRST.match(spaced["title"]):
        return raw  # `Styrelsen 10.04.2048   § 14`: a page's header; `Mom 4  Föregående protokoll   § 43`: numbered twice
    return f"{spaced['title']} ... {spaced['number']}"


def _numbered_last(lines: list[str | None]) -> list[str | None]:
    """Headings written title first with the § number last, as some systems print them, turned to
    `§ 5 Title`; a title wrapped over two lines (the first after a blank line) is joined."""
    for i, line in enumerate(lines):
        if not line or not (last := _NUMBER_LAST.match(line)) or _DATED.search(last["title"]):
            continue
        title = last["title"]
        above = lines[i - 1] if i else None
        if above and (i < 2 or not lines[i - 2]) and above[:1].isupper() and not above.endswith((".", ":", ";")):
            title, lines[i - 1] = f"{above} {title}", None
        elif not title[:1].isupper():
            continue  # `sammanträdet den 15 februari … § 19` with no title's first line above it
        lines[i] = f"{last['number']} {title}"
    return lines


_LONE_NUMBER = re.compile(r"^(?:Paragraf(?:nummer)?\s*:?\s*)?(?P<number>§\s*\d{1,3}[.:]?)"
                          r"(?:\s+(?:Dnr|Diarienr|Diarienummer)\b\.?:?\s*\S.*)?$", re.I)
"""`§ 14` alone, or with the matter's diarienummer beside it (`§ 14   Dnr FSB 2031/8`), or in a form's
row (`Paragraf: § 14`)."""
_TITLE_LABEL = re.compile(r"^(?:Ärende|Ärendemening|Rubrik|Ämne)\s*:\s*(?=\S)", re.I)
"""`Ärende: Val av justerare` under `Paragraf: § 2`: the label of a form's row before the title."""


def _headings_joined(lines: list[str | None]) -> list[str | None]:
    """`§ 58` on a line of its own (or beside its Dnr) with its title on the next: one heading,
    `§ 58 Title`."""
    for i, line in enumerate(lines):
        if not line or not (lone := _LONE_NUMBER.match(line)):
            continue
        k = next((k for k in range(i + 1, min(i + 3, len(lines))) if lines[k]), None)
        below = lines[k] if k is not None else None
        title = _TITLE_LABEL.sub("", below) if below else None
        if title and len(title) <= 100 and title[0].isupper() and not title.endswith(".") and not _LONE_NUMBER.match(title):
            lines[i] = f"{lone['number']} {title}"
            lines[k] = None  # type: ignore[index]
        elif title and title[0].isupper() and lone.group(0).strip() == lone["number"]:
            # `§ 7.` over prose (`Föredrogs Karlskrona kommuns insatsplan …`): a heading titled by its first words.
            lines[i] = f"{lone['number']} {_first_words(title)}"
    return lines


_TITLE_WORDS = 10


_PRESENTED = re.compile(r"^(?:Föredrogs|Förelades|Framlades|Upptogs|Behandlades|Anmäldes|Redovisades|Presenterades"
                        r"|Diskuterades|Förelåg|Genomgicks|Avgavs|Inkom|Föredrogos)(?:\s+(?:på\s+nytt|åter|ånyo))?\s+(?=\S)")
"""`Föredrogs Karlskrona kommuns insatsplan …`: how the matter came before the board, not what it is."""
_SINCE = re.compile(r"^(?:Sedan|Då|Efter\s+att|När)\s+(?=\S)")
"""`Sedan Ronneby kommuns insatsplan … föredragits, …`: the clause of time names the matter after it, up to its verb."""


def _first_words(prose: str) -> str:
    """The opening of a § that has no title, up to its first break, said as what it is about
    (`Föredrogs Karlskrona kommuns insatsplan för år 2090 (dnr …)` → `Karlskrona kommuns insatsplan för år 2090`)."""
    about = _PRESENTED.sub("", _SINCE.sub("", prose))
    opening = re.split(r"[,.;:(]|\s[–-]\s|\s(?=\w+(?:its|ats|ts|ades|ogs)\b)", about[:1].upper() + about[1:], maxsplit=1)[0].split()
    return " ".join(opening[:_TITLE_WORDS])


_WRAPPED_CITATION = re.compile(r"^(?P<cited>§\s*\d{1,3}[.:]?)\s+(?P<rest>.+)$")


_CITING_END = re.compile(r"(?:(?<=[a-zåäö] )(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+[a-zåäö]+\s+\d{4})|\s(?:i|enligt|beslut|beslutet|protokoll|protokollet|vid))$")
"""`… som begärdes i beslut 2092-02-14` / `§ 10. Projektet …`: a sentence that stops where a § of it follows."""


def _citations_unwrapped(lines: list[str | None]) -> list[str | None]:
    """`… som styrelsen gav den 25 mars 2038,` / `§ 21. Utredningen visar …`: a § cited at the end
    of a sentence that wrapped so that it starts a line is no heading; it goes back to its sentence.
    The next § in order with a title after it (`inkommen 2125-04-03` / `§ 22 Rättelse av beslut …`)
    heads its item, though the line above it ends in a date."""
    last = 0
    for i, line in enumerate(lines):
        previous = lines[i - 1] if i else None
        if not line or not HEADING.match(line):
            continue
        cited = _WRAPPED_CITATION.match(line)
        number = int(re.sub(r"\D", "", cited["cited"])) if cited else None
        if number is not None and number == last + 1 and cited["rest"][:1].isupper() and not line.endswith(".") \
                and not cited["cited"].endswith("."):
            last = number
            continue
        if not previous or not (previous.endswith((",", "(")) or _CITING_END.search(previous)):
            last = number or last
            continue
        if cited is not None:
            lines[i - 1] = f"{previous}{'' if previous.endswith('(') else ' '}{cited['cited']}"
            lines[i] = cited["rest"]
    return lines


_NUMBERED_TITLE = re.compile(r"^(?P<number>\d{1,3})[.)]?\s+(?P<title>[A-ZÅÄÖÉ\"“”«][^.:;]{2,90})$")
_FEWEST_NUMBERED = 3
_UNSPACED_FEWEST = 5
"""Titles with no blank line above them are an agenda only as a longer run from `1.`: a decision's
numbered points are seldom five."""
_DIARY = re.compile(r"^(?:Dnr|Diarienr|Diarienummer)\b\.?:?\s*\S+$", re.I)
"""`Dnr 2069/003` on the line under a title: the matter's number, part of the heading, not its text."""


def _numbered_as_headings(lines: list[str | None]) -> list[str | None]:
    """Minutes without a § anywhere that number their items `1. Mötets öppnande`: a short title
    line standing alone, numbered in rising order through the document, is an item heading."""
    if any(line and HEADING.match(line) for line in lines):
        return lines
    alone = [i for i, line in enumerate(lines) if line and _NUMBERED_TITLE.match(line)
             and not (i and lines[i - 1]) and _title_ends(lines, i) is not None]
    numbers = [int(_NUMBERED_TITLE.match(lines[i] or "")["number"]) for i in alone]  # type: ignore[index]
    counted = _counted_on(lines)
    if len(alone) < _FEWEST_NUMBERED or numbers != sorted(set(numbers)) or len(counted) > len(alone):
        alone = counted  # the titles that count on one by one are more of the agenda than those alone
        if len(alone) < _FEWEST_NUMBERED:
            alone = _counted_on(lines, spaced=False)  # a word processor's paragraphs: no blank line between items
            if len(alone) < _UNSPACED_FEWEST or not (_COUNTED_TITLE.match(lines[alone[0]] or "") or [""])[0].startswith("1"):
                return lines
    for i in alone:
        end = _title_ends(lines, i) or i
        if end > i + 1 and not _DIARY.match(lines[i + 1] or ""):
            lines[i], lines[i + 1] = f"{lines[i]} {lines[i + 1]}", None  # the title's second line
        lines[i] = f"§ {lines[i]}"
    return lines


def _title_ends(lines: list[str | None], i: int) -> int | None:
    """The last line of the title at `i`: itself where a blank line follows, or the `Dnr` line
    under it, a short second line of the title between them (`… handläggningstider i` /
    `samverkansteamen` / `Dnr 2069/006`); None where prose follows."""
    following = [lines[k] if k < len(lines) else None for k in (i + 1, i + 2, i + 3)]
    if not following[0]:
        return i
    if _DIARY.match(following[0]) and not following[1]:
        return i + 1
    wrapped = len(following[0].split()) <= 6 and not following[0].endswith((".", ":", ";"))
    if wrapped and following[1] and _DIARY.match(following[1]) and not following[2]:
        return i + 2
    return None


_COUNTED_TITLE = re.compile(r"^(?P<number>\d{1,3})[.)]\s+(?P<title>[A-ZÅÄÖÉ\"“”«].{2,90}?)(?<![.:;])$")
"""A title that may hold a note of its own (`6. Ronneby kommuns plan (återremitterad 13/2, p. 7)`)."""
_TITLE_DECIDED = re.compile(r"^(?P<number>\d{1,3})[.)]\s+(?P<title>[A-ZÅÄÖÉ\"“”«][^–]{2,90}?)\s+[–-]\s+Beslut\s*:\s*\S")
"""A title and its decision on one line, as notes write a short item (`23. Köer – Beslut: …`)."""


def _counted_on(lines: list[str | None], spaced: bool = True) -> list[int]:
    """A hand that writes an item's text on the line under its title (`6. Karlskrona kommuns
    FINSAM-plan 2031` / `Annika föredrog …`): titles after a blank line whose numbers count on
    one by one, from 1 or, where points are numbered through the year, from where the meeting
    before stopped (`24.`, `25.` …). The longest such run is the agenda, so that a numbered list
    inside an item (`1. …` again) or a decision's numbered points are passed over. `spaced=False`:
    titles with no blank line above them too, as a word processor's paragraphs stand."""
    titles = [(i, int(match["number"])) for i, line in enumerate(lines)
              if (match := _COUNTED_TITLE.match(line or "") or _TITLE_DECIDED.match(line or ""))
              and not (spaced and i and lines[i - 1])]
    best: list[int] = []
    for start, (_, first) in enumerate(titles):
        run: list[int] = []
        for i, number in titles[start:]:
            if number == first + len(run):
                run.append(i)
        if len(run) > len(best):
            best = run
    return best
