"""What a diarium and an anslagstavla keep, as the minutes give it: each item's diarienummer
(`§ 24    Dnr SFB 2026/000097`, `Diarienummer: KS 2031/12`), what its decision was based on
(`Beslutsunderlag`) and whom it was sent to (`Expedieras till`); and the notice of the justering
(`Datum då anslaget sätts upp`, `… tas ned`) with where the minutes are kept (`Förvaringsplats`)."""

from __future__ import annotations

import datetime as dt
import re

from register.minutes.model import Filed, Notice
from register.minutes.particulars import _DATE, _date
from register.minutes.text import Line, heading

_DIARY = re.compile(
    r"\b(?:(?i:dnr|diarienr|diarienummer|diarie-?nummer)\b\.?|(?<=i )ärende(?=\s+[A-ZÅÄÖ]{2,8}\s+\d))\s*:?\s*"
    r"(?P<number>(?:[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,7}[ .-]?){0,2}\d{1,4}(?:[/.:-]\d{1,6}){1,2}(?:[/.-][0-9A-Za-z]{1,6})?)",
)
"""`Dnr SFB 2026/000097`, `Diarienummer: KS 2031/12`, `Dnr 2031.45`, `dnr 2109/004`, `i ärende VSN 2110/011`: the
number, not what stands after it."""
_BASIS = re.compile(r"^(?:Beslutsunderlag|Underlag(?:\s+för\s+beslut)?|Handlingar\s+i\s+ärendet)\b\s*:?\s*(?P<rest>.*)$", re.I)
_SENT_TO = re.compile(r"^(?:(?:Beslutet\s+)?[Ee]xpedieras(?:\s+till)?|Sändlista|Beslutet\s+skickas\s+till|Skickas\s+till)\b\s*:?\s*"
                      r"(?P<rest>.*)$")
_OTHER_LABEL = re.compile(
    r"^(?:Beslut|Styrelsens\s+beslut|[A-ZÅÄÖ]\w+\s+beslut|Beslutsgång|Ärendet|Ärendebeskrivning|Bakgrund|Sammanfattning"
    r"|Yrkanden?|Förslag\s+till\s+beslut|Propositionsordning|Omröstning|Reservation(?:er)?|Jäv|Protokollsanteckning"
    r"|Justerandes\s+sign|Utdragsbestyrkande|Paragrafen\b)\b\s*:?$", re.I)
"""Labels that end a list under `Beslutsunderlag` or `Expedieras`."""
_BULLET = re.compile(r"^(?:[-–•*·]|\d{1,2}[.)])\s+")

_NOTICE = re.compile(r"anslag", re.I)
_POSTED = re.compile(r"\b(?:anslaget\s+på|anslagits|sätts\s+upp|satts\s+upp|sattes\s+upp|uppsatt|uppsätts|uppsattes|anslogs|anslås|publicera(?:s|t|des))\b", re.I)
_REMOVED = re.compile(r"\b(?:tas\s+(?:ned|ner|bort)|tagits\s+(?:ned|ner)|togs\s+(?:ned|ner)|nedtag\w*|nedtas)\b", re.I)
_PERIOD = re.compile(r"anslagsperiod|anslagstid|under\s+tiden|mellan", re.I)
_KEPT_AT = re.compile(r"^(?:Förvaringsplats(?:\s+för(?:\s+protokollet)?)?|Protokollet\s+förvaras(?:\s+(?:på|i|hos|vid))?)\b\s*:?\s*"
                      r"(?P<rest>.*?)\.?$", re.I)


def filed(lines: list[Line]) -> dict[int, Filed]:
    """Item number → what the minutes give of its diarienummer, beslutsunderlag and expedieras;
    only items that give one of them."""
    found: dict[int, Filed] = {}
    current: int | None = None
    number, basis, sent_to = "", [], []  # type: tuple[str, list[str], list[str]]
    for i, line in enumerate(lines):
        head = heading(line)
        if head is not None:
            _keep(found, current, number, basis, sent_to)
            current, number, basis, sent_to = head.number, _diary(line.raw), [], []
            continue
        if current is None:
            continue
        if not number and (diary := _diary(line.text)):
            number = diary
        if (match := _BASIS.match(line.text)) is not None:
            basis += _entries(match["rest"], lines[i + 1:], split=False)
        elif (match := _SENT_TO.match(line.text)) is not None:
            sent_to += _entries(match["rest"], lines[i + 1:], split=True)
    _keep(found, current, number, basis, sent_to)
    return found


def _keep(found: dict[int, Filed], item: int | None, number: str, basis: list[str], sent_to: list[str]) -> None:
    if item is None or not (number or basis or sent_to):
        return
    before = found.get(item)  # an item headed twice (a contents list kept, a page's repeated heading): both count
    if before is not None:
        number = number or before.diary_number
        basis = list(dict.fromkeys([*before.basis, *basis]))
        sent_to = list(dict.fromkeys([*before.sent_to, *sent_to]))
    found[item] = Filed(number, tuple(basis), tuple(sent_to))


def diary_number_in(text: str) -> str:
    """The diarienummer a text names (`beslutet i ärende Dnr 2039/011`), "" where none."""
    return _diary(text)


def _diary(text: str) -> str:
    match = _DIARY.search(text)
    return " ".join(match["number"].split()) if match else ""


def _entries(rest: str, following: list[Line], split: bool) -> list[str]:
    """The list under a label, up to a blank line, another label or the next item: one entry a
    bullet (a line without one goes on the entry above), else one a line; whom a decision was
    sent to may also be listed on one line, `Region Blekinge, Ronneby kommun`."""
    written = [rest] if rest else []
    for line in following:
        if not line.text or heading(line) is not None or _OTHER_LABEL.match(line.text) or _BASIS.match(line.text) \
                or _SENT_TO.match(line.text):
            break
        written.append(line.text)
    bulleted = any(_BULLET.match(text) for text in written)  # else one entry a line, a wrapped one going on in lower case
    entries: list[str] = []
    for text in written:
        if entries and (not _BULLET.match(text) if bulleted else text[:1].islower()):
            entries[-1] = f"{entries[-1]} {text}"  # an entry wrapped onto the next line
        else:
            entries.append(_BULLET.sub("", text))
    if split:
        entries = [part.strip() for entry in entries for part in re.split(r"[,;]", entry)]
    return [entry.rstrip(".").strip() for entry in entries if entry.strip(" .")]


def notice(lines: list[Line]) -> Notice | None:
    """The anslag of the justering and where the minutes are kept, where the minutes say them."""
    posted: dt.date | None = None
    removed: dt.date | None = None
    kept_at = ""
    line_no = 0
    for i, line in enumerate(lines):
        following = lines[i + 1] if i + 1 < len(lines) else Line(line.no, "", "")
        if _NOTICE.search(line.text) and heading(line) is None:
            # Only days after the word: `Protokollet justerat 2026-04-27 och anslaget på anslagstavlan 2026-04-28`.
            days = _days(line, _NOTICE.search(line.text).start()) or _days(following)  # type: ignore[union-attr]
            said_posted, said_removed = _POSTED.search(line.text), _REMOVED.search(line.text)
            if len(days) >= 2 and (said_posted or said_removed or _PERIOD.search(line.text)) and posted is None:
                posted, removed, line_no = days[0], days[1], line.no
            elif len(days) == 1 and said_removed and removed is None:
                removed, line_no = days[0], line_no or line.no
            elif len(days) == 1 and said_posted and posted is None:
                posted, line_no = days[0], line_no or line.no
        elif not kept_at and (match := _KEPT_AT.match(line.text)) is not None:
            kept_at = match["rest"] or (following.text if not _OTHER_LABEL.match(following.text) else "")
            line_no = line_no or line.no
    if posted is None and removed is None and not kept_at:
        return None
    return Notice(line_no, posted, removed, " ".join(kept_at.split()).rstrip("."))


_NAME = r"[A-ZÅÄÖÉ][\w'-]+(?: (?:von|af|de|van|der))?(?: [A-ZÅÄÖÉ][\w'-]+){1,3}"
_NAMED_SECRETARY = re.compile(rf"(?:^|:\s*|\s{{2,}}|(?<=[a-zåäö])\s)(?P<name>{_NAME})(?:\s*\([A-ZÅÄÖ]{{1,3}}\))?"
                              r"(?:\s*\([Ss]ekreterare\)|(?:\s*,\s*|\s{2,}|\t+)(?:[\w ]+?(?:,\s*|\s+och\s+))?[Ss]ekreterare\.?$)")
"""`Jonas Palm, sekreterare`, `Övriga: Magnus von Schenck, förbundschef och sekreterare.`, `Johan Strand (sekreterare)`."""
_SECRETARY_LABEL = re.compile(rf"^(?:Underskrifter\s+)?(?:[Ss]ekreterare|[Pp]rotokollförare|Vid\s+protokollet)\b\s*[:.…]*\s*(?P<name>{_NAME})?")
"""`Sekreterare: Jonas Palm`, or the signature block's `Sekreterare  ........` with the name below."""
_A_NAME = re.compile(rf"^\s*(?P<name>{_NAME})(?=\s{{2,}}|\t|\s*$)")


def secretary(lines: list[Line]) -> str:
    """Who kept the minutes: named as such in the attendance, else beside or under a
    `Sekreterare` label; "" where the minutes do not say."""
    for line in lines:
        if (match := _NAMED_SECRETARY.search(line.raw.strip()) or _NAMED_SECRETARY.search(line.text)) is not None:
            return " ".join(match["name"].split())
    for i, line in enumerate(lines):
        if (match := _SECRETARY_LABEL.match(line.text)) is None:
            continue
        if match["name"]:
            return " ".join(match["name"].split())
        below = next((later for later in lines[i + 1:i + 3] if later.text), None)
        if below is not None and (name := _A_NAME.match(below.raw.strip() or below.text)) is not None:
            return " ".join(name["name"].split())
    return ""


def _days(line: Line, after: int = 0) -> list[dt.date]:
    days = []
    for match in _DATE.finditer(line.text, after):
        day = _date(Line(line.no, match[0], match[0]), at_start=True)
        if day is not None:
            days.append(day)
    return days
