"""Pieces of Swedish minutes prose the rules share: cited ids, titles, subjects, formalities."""

from __future__ import annotations

import re


PARTY_WORDS = r"[^\W\d][\w-]*(?: (?:kommuns?|(?-i:[A-ZÅÄÖ])[\w-]*(?: läns?)?))?"
"""One word, or two where the second is `kommun(s)` or a name (`Region Blekinge`), three where a
county follows (`Region Jönköpings län`): what may name a member party, so that
`Arbetsförmedlingen senast …` is not read as one name."""
PARTY = rf"(?P<party>{PARTY_WORDS})"
"""One or two words naming a member party (`Karlskrona kommuns`); Party.parse decides."""
SUBJECT = r"(?P<subject>.+?)(?:\.(?: |$)|$)"
"""The rest of the sentence."""
CITED_ID = r"(?P<id>\d{4} ?[-:] ?\w{1,3} ?§ ?\w{1,3}(?::\w{1,3})?)"
"""Anything shaped like a decision id, so that a malformed one is reported, not skipped."""


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_OFFICES = r"chef|ekonom|strateg|controller|koordinator|direktör|kassör"
_AGENTS = r"ledar|samordnar|sekreterar|utvecklar|handläggar|utredar"
OFFICER_TITLE = (rf"(?:(?:förbundets|kansliets)\s+)?\w*(?:{_OFFICES})(?:en|n)?s?|\w*(?:{_AGENTS})(?:ens?|e)|\w*ansvarig[ae]|(?:projekt|arbets)gruppens?")
"""An officer by title, in any form minutes name one: `projektledaren`, `samverkanschef`, `samordnare`,
`regiondirektörens`, `förbundets ekonom`; or the staff who do a project's work, `projektgruppen` (not its styrgrupp, of the
parties running it: `projects.py`)."""
_OFFICER = re.compile(rf"(?P<title>\w*(?:{_OFFICES}|(?:{_AGENTS})e))(?:en|n)?s?\b")
_DEFINITE = (("are", "n"), ("or", "n"), ("er", "n"), ("", "en"))
"""`samordnare` → `samordnaren`, `koordinator` → `koordinatorn`, `chef` → `chefen`, `direktör` → `direktören`."""


PERSON = r"(?!Region\b|Föreningen\b)(?-i:[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)? [A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)"
"""An officer by first name and surname alone (`Karin Malmberg fick i uppdrag att …`), not a region or an
association named so."""


def responsible(who: str) -> str:
    """`förbundschefens` or `förbundschef` → `förbundschefen`: who holds the assignment; an
    officer named by title, in any form and with a name or not, by the title in the definite form
    (`samverkanschef Tove Lindkvist` → `samverkanschefen`); two together, each so (`ordföranden och
    verksamhetsledaren`)."""
    if " och " in who:
        return " och ".join(responsible(part) for part in who.split(" och "))
    if re.fullmatch(PERSON, who):
        return who  # an officer by name alone (`Karin Malmberg`)
    lowered = who.lower()
    if lowered.strip(".") in ("fch", "f.ch"):
        return "förbundschefen"
    for stem, name in (("förbundschef", "förbundschefen"), ("kansli", "kansliet"),
                       ("ordförande", "ordföranden"), ("presidi", "presidiet")):
        if lowered.startswith(stem):
            return name
    if (officer := _OFFICER.match(lowered)) is not None:
        title = officer["title"]
        return title + next(ending for last, ending in _DEFINITE if title.endswith(last))
    return lowered


_SENTENCE_END = re.compile(r"[.!?] (?=[A-ZÅÄÖ\"(])")


def sentence_at(text: str, position: int) -> str:
    start = 0
    for end in _SENTENCE_END.finditer(text):
        if end.end() > position:
            return text[start : end.start() + 1]
        start = end.end()
    return text[start:]


_QUOTED = re.compile(r"[\"“”„«»]([^\"“”„«»]{2,})[\"“”„«»]")
_OWNER = _p(r" (?:som|för) ")
# A citation is not part of the name: `Riktlinjer för X (Beslut 2025-7 §09:1)`.
_CITING = _p(r"\s*\((?=[^()]*\bbeslut\b)|\s+(?:enligt|i enlighet med)\s")
# Nor is what the same decision goes on to do with it: `X 2025 och överlämna den till medlemmarna`.
_NEXT_ACT = _p(r"\s+(?:och|samt)\s+(?:att\s+)?(?:lägga|överlämna|översända|skicka|sända|anmäla|delge|publicera"
               r"|uppdra|ge|godkänna|fastställa|anta)\b")
_YEAR = re.compile(r"\b(?:19|20|21)\d\d\b(?!-)")
_VERSION = re.compile(r"\([^()]{1,40}\)")


def document_title(phrase: str) -> str:
    """`"Internkontrollplan 2026 A" som …` → the quoted name; `Budget 2026 för X (version A)`
    → `Budget 2026 (version A)`: the name, with the year or version the sentence adds after
    whose document it is."""
    phrase = _NEXT_ACT.split(_CITING.split(phrase, maxsplit=1)[0], maxsplit=1)[0]
    quoted = _QUOTED.search(phrase)
    if quoted is not None:
        return " ".join(quoted[1].split())
    owner = _OWNER.search(phrase)
    if owner is None or not phrase[: owner.start()].strip():
        return phrase.strip(" .,;")
    head, tail = phrase[: owner.start()].strip(" .,;"), phrase[owner.end():]
    extras = []
    if not _YEAR.search(head) and (year := _YEAR.search(tail)):
        extras.append(year[0])
    if "(" not in head and (version := _VERSION.search(tail)):
        extras.append(version[0])
    return " ".join([head, *extras])


def short_subject(paragraph: str, limit: int = 60) -> str:
    """A title for an item whose heading is lost: the first sentence, cut at a word."""
    flat = " ".join(paragraph.split())
    for pattern in _SUBJECTS:
        match = pattern.search(flat)
        if match is not None and len(match["s"]) <= limit:
            return match["s"][:1].upper() + match["s"][1:]
    first = sentence_at(flat, 0).rstrip(".")
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0].rstrip(" ,;") + " …"


_SUBJECTS = (
    _p(r"föredrog (?P<s>.+?) som (?:lades|lagts|läggs)\b"),
    _p(r"\btog del av (?P<s>.+?)(?: (?:enligt|och|som)\b|[,.(]|$)"),
    _p(r"^(?P<s>[^.]{3,60}?) (?:lades|lagts|läggs|lagd) till handlingarna"),
)


_FORMALITY = _p(
    r"\bjusterare\b|\bjustera(?:s)? (?:dagens |detta |mötets )?(?:protokoll|anteckningar)|^justering$|\bdagordning|\bprotokolljuster|^(?:\w+\s+)?föredragningslistan?$|\bföredragningslistan?\s+(?:fastställ|godkän)\w*"
    r"|\b(?:fastställ|godkän)\w*\s+(?:av\s+)?föredragningslist|\bbeslutför(?:het|t)\b|\bföregående\s+(?:\w+\s+)?\w*protokoll"
    r"|^[^.]*\bförklara\w*\s+(?:mötet|sammanträdet|det|detsamma)\s+(?:för\s+)?(?:öppnat|avslutat)[^.]*\.?$"  # that sentence alone
    r"|\bförklarade mötet öppnat|\b(?:mötets|sammanträdets)\s+(?:öppnande|avslutande)"
    r"|\bmötet avslutas|^(?:att\s+)?nästa\s+(?:styrelse)?(?:möte|sammanträde)\s+(?:hålls|äger\s+rum|blir)\b"
    r"|^(?:att )?justering(?:en)? (?:sker|äger rum|ska ske|görs)\b"
    r"|^(?:\w+\s+)?protokoll(?:et)? från (?:förra|föregående|\w+mötet|mötet|sammanträdet)\b"
    r"|\b(?:lägga|godkänna|justera)\s+(?:\w+\s+)?(?:mötes)?protokoll(?:et)?\b"
    r"|\btill\s+handlingarna\s+(?:\w+\s+)?(?:mötes)?protokoll(?:et)?\b"
    r"|\bföredragningslistan\s+(?:godkän|fastställ)\w*|\b(?:godkänna|fastställa)\s+(?:\w+\s+)?föredragningslistan\b"
    r"|^(?:godkännande\s+av\s+|fastställande\s+av\s+)?föredragningslista(?:n)?$"
    r"|^föregående\s+(?:styrelse)?(?:möte|mötet|sammanträde|sammanträdet)\b"  # `Föregående möte (styrelsemöte 6/2053)`
)


def is_formality(text: str) -> bool:
    """Choosing justerare, approving the agenda or the last minutes: not decisions to record."""
    return bool(_FORMALITY.search(text))
