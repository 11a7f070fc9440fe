"""Decisions said impersonally in the passive past with the verb first, the subject after it, as an
old association's protocol writes them: `Antogs planen för …`, `Återremitterades ärendet till …`,
`Lades rapporten till handlingarna`, `Uppdrogs åt förbundschefen att …`; also after an adverb
(`Tillika …`), an adverbial (`Med en ram om 865 000 kronor antogs planen …`) or a clause of reason
ended by a comma or by its own verb (`Då yttrandet ej förelåg, bordlades ärendet …`). The verb is
known by its lemma (simplemma, as `voice.py` reads it) among the phrasebook's verbs of deciding and
of taking note, so no form is listed. Each is said as the register says decisions: `Att anta planen …`.

One sentence may hold several decisions (`…, varjämte uppdrogs åt …`, `…, och beviljades …`,
`…; likaledes beslöts att …`, `dels att …, dels att …`): `clauses` splits it, in order.
"""

from __future__ import annotations

import re

from register.minutes import phrasebook as words
from register.minutes.voice import lemma

_VERBS = (words.ADOPT, *words.GRANTING, words.APPROVE, words.REVOKE, words.REFER_BACK, words.REJECT, words.REPLACE,
          words.CORRECT, words.DEFER, words.WITHDRAW, words.ASSIGN, words.IMPOSE, words.WRITE_OFF, words.DETERMINE, words.NOTE,
          words.FILE)
"""What the board does: decide, give a task, take note. Not what it is told (`redovisades`, `föredrogs`)."""
_INFINITIVES = frozenset(f for verb in _VERBS for f in verb.now if " " not in f and f.endswith(("a", "å")))
_NOW = frozenset(f for verb in _VERBS for f in verb.now)
_LISTED = {form: verb.now[0] for verb in _VERBS for form in verb.past
           if form.endswith("s") and " " not in form and (form[:4] == verb.now[0][:4] or lemma(form) not in _INFINITIVES)}
"""Forms the phrasebook lists where the dictionary reads another word (`godkändes` as `godkänd`, `ålades` as `åla`)."""

_ADVERB = (r"(?:tillika|därjämte|sålunda|vidare|därefter|därpå|härefter|slutligen|dessutom|även|också|likaledes|likaså|sedan"
           r"|därmed|härmed|således|alltså|enhälligt|nu)")
_ADVERBIAL = rf"(?:{_ADVERB}|(?:på\s+grund|i\s+anledning|med\s+anledning)\s+(?:härav|därav)|i\s+samband\s+(?:härmed|därmed))"
_AFTER_VERB = re.compile(rf"^(?:{_ADVERBIAL},?\s+)+", re.I)
"""`Upphävdes på grund härav styrelsens beslut …`, `uppdrogs vidare åt …`: said without them."""
_PREPOSITION = re.compile(r"^(?:med|efter|i|vid|under|på|genom|enligt|mot|utan|inom|av|från|inför)\s", re.I)
_SUBORDINATOR = re.compile(r"^(?:då|sedan|eftersom|emedan|enär|när|som|innan|då\s+däremot)\s", re.I)
_EARLIER = re.compile(rf"\b(?:{'|'.join(words.MONTHS)}|tidigare|förra|föregående|senaste|\d{{4}})\b", re.I)
"""A lead that places the decision at another time (`Vid förra sammanträdet bordlades ärendet`) retells it."""
_RECOUNTED = re.compile(rf"^(?:\S+\s+)?(?:den\s+\d{{1,2}}\s+{words.MONTH}|vid\s+(?:förra|föregående|tidigare)\b)", re.I)
"""`Återremitterades ärendet den 12 februari …`: what was done at another meeting."""
_YEAR_NAMED = re.compile(r"\b\d{4}\b")
"""`insatsplan för år 2077`: in a clause of time, a year names what it is about; a month would place it."""
_WORD = re.compile(r"[A-Za-zÅÄÖåäöé]+")
_LONGEST_LEAD = 16
_LONGEST_CLAUSE = 40
"""`Sedan Ronneby kommuns insatsplan … föredragits och ledamoten … lämnat vissa upplysningar om …, godkändes
planen …`: a clause of time or reason before the verb may run long; its comma ends it."""


def _passive_past(word: str) -> str | None:
    """The infinitive of a verb of deciding or taking note in the passive past (`antogs` → `anta`,
    `lades` → `lägga`); None for any other word."""
    lowered = word.lower()
    if lowered in _LISTED:
        return _LISTED[lowered]
    # `beviljats`, `fastställas`: the supine and the infinitive, which tell no decision of their own.
    if not lowered.endswith("s") or lowered.endswith("ts") or lowered in _NOW:
        return None
    found = lemma(lowered)
    return found if found in _INFINITIVES and lowered not in (found, f"{found}s") else None


def _passive_now(word: str) -> str | None:
    """The infinitive of a verb of deciding or taking note in the present passive (`fastställs` →
    `fastställa`, `avslås` → `avslå`), as terse minutes tell a decision; None for any other word."""
    lowered = word.lower()
    if not lowered.endswith("s") or lowered.endswith(("des", "tes", "ts")):
        return None
    found = lemma(lowered)
    if lowered == f"{found}s" and found.endswith("a") and lemma(f"{found[:-1]}er") == found:
        return None  # `fastställas`: of a verb whose present is `fastställer`, the infinitive
    return found if found in _INFINITIVES and lowered in (f"{found}s", f"{found[:-1]}s") else None


def _passive(word: str, now: bool) -> str | None:
    return _passive_now(word) if now else _passive_past(word)


def _finite(word: str) -> bool:
    """A word that reads as a verb in the past (`ansågs`, `förelåg`, `framgick`), not a noun's genitive."""
    lowered = word.lower()
    found = lemma(lowered)
    return (found != lowered and found.endswith(("a", "å", "e"))
            and lowered.endswith(("s", "de", "te", "ck", "g")) and not lowered.endswith(("ets", "ens", "ns", "ts")))


def _lead_allowed(lead: str) -> bool:
    lead_words = _WORD.findall(lead)
    if not lead_words:
        return True
    subordinate = _SUBORDINATOR.match(lead) is not None
    # `Sedan … insatsplan för år 2077 föredragits …,`: in a clause of time the year names a thing, not a time.
    earlier = _EARLIER.search(_YEAR_NAMED.sub(" ", lead) if subordinate else lead)
    if len(lead_words) > (_LONGEST_CLAUSE if subordinate else _LONGEST_LEAD) or earlier:
        return False
    if re.fullmatch(rf"{_ADVERBIAL},?", lead.strip(), re.I):
        return True
    if _SUBORDINATOR.match(lead):
        # `Då yttrandet ej förelåg, bordlades …`: the clause of reason has its own verb.
        return lead.rstrip().endswith(",") or any(_finite(w) for w in lead_words[2:])
    return bool(_PREPOSITION.match(lead)) and not any(_finite(w) for w in lead_words) and " att " not in f" {lead} "


_UNSAID = re.compile(r"^(?:(?:till|i|med|för|som|vid|på|under|enligt|utan|av)\b|$)", re.I)
"""`Godkändes.`, `Lades till handlingarna.`, `Antecknades för kännedom`: the subject unsaid, what the
heading names; read only where the verb alone says what the board did (`Bordlades`, `Avslogs`)."""
_ALONE = frozenset(verb.now[0] for verb in (words.DEFER, words.REFER_BACK, words.REJECT))
_ALONE_NOW = _ALONE | {words.NOTE.now[0], words.FILE.now[0], words.CORRECT.now[0]}
_HEADING_NAMES = {words.NOTE.now[0]: "informationen", words.FILE.now[0]: "ärendet till handlingarna",
                  words.CORRECT.now[0]: "beslutet"} | {v: "ärendet" for v in _ALONE}
"""`Noteras.`, `Läggs till handlingarna.`: terse minutes take note of what the heading names, so saying it is enough."""
_AND_VERB = re.compile(r"^(?P<joint>och|samt)\s+(?P<verb>[a-zåäö]+)\b")
_BULLET = re.compile(r"^[-–•*]\s*")
_FIRST_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")


def verb_first(sentence: str, now: bool = False) -> str | None:
    """`Antogs planen för Ronneby kommun …` said as `Att anta planen för Ronneby kommun …`;
    None where the sentence is not a decision said verb first in the passive past (a line that
    begins in lower case continues a sentence above it). `now`: in the present passive instead
    (`Återremitteras till förbundschefen …`, `Noteras.`), as terse minutes say it."""
    flat = _FIRST_SENTENCE.split(_BULLET.sub("", " ".join(sentence.split())), maxsplit=1)[0]
    if not flat[:1].isupper():
        return None
    longest = _LONGEST_CLAUSE if _SUBORDINATOR.match(flat) else _LONGEST_LEAD
    for found in _WORD.finditer(flat):
        if len(_WORD.findall(flat[:found.start()])) > longest:
            return None
        infinitive = _passive(found[0], now)
        if infinitive is None:
            continue
        lead = flat[:found.start()]
        if not _lead_allowed(lead):
            return None
        rest = _AFTER_VERB.sub("", flat[found.end():].strip()).rstrip(" .")
        # `Godkändes och lades till handlingarna protokollet …`: two verbs, one subject after both.
        rest = _AND_VERB.sub(lambda m: f"{m['joint']} {_passive_past(m['verb']) or m['verb']}", rest, count=1)
        if _RECOUNTED.match(rest) or (_UNSAID.match(rest) and infinitive not in (_ALONE_NOW if now else _ALONE)):
            return None
        if now and infinitive in _ALONE_NOW and (not rest or rest[0] in "–-(" or rest.startswith("till handlingarna")):
            rest = f"{_HEADING_NAMES[infinitive]} {rest.removeprefix('till handlingarna')}".strip()  # `Noteras.`, `Avslås – …`
        if infinitive in words.NOTE.now and rest.startswith("att "):
            return None  # `Noterades att rapporten ännu inte kommit in`: a fact put on record, no report noted
        said = f"Att {infinitive} {rest or 'ärendet'}"
        lead = lead.strip(" ,")
        if lead and not re.fullmatch(_ADVERBIAL, lead, re.I):
            said += f", {lead[:1].lower()}{lead[1:]}"
        return f"{said}."
    return None


_DELS = re.compile(r",?\s*\bdels\s+", re.I)
_JOINED = re.compile(rf"(?:,\s*|\s+)(?:(?:och|samt|varjämte|ävensom)\s+|(?:varvid|varefter|varpå)\s+(?:det\s+)?)"
                     rf"(?=(?:{_ADVERB}\s+)?\w+)|;\s*", re.I)
"""`…, varjämte uppdrogs åt …`, `…, varvid det uppdrogs åt …`: where a second decision joins the first."""
_RESOLVED = re.compile(rf"^(?:{_ADVERB}\s+)?(?:beslöts|beslutades)\s+att\b", re.I)


def clauses(sentence: str) -> list[str]:
    """The decisions one sentence may hold, each a sentence of its own: `Styrelsen beslöt dels att A,
    dels att B` as `Styrelsen beslöt att A` and `Styrelsen beslöt att B`; `Antogs X, varjämte
    uppdrogs åt Y att …` (or `varvid det uppdrogs`) as `Antogs X` and `uppdrogs åt Y att …`. A sentence that holds one is itself."""
    head, *parts = _DELS.split(sentence)
    if len(parts) >= 2:
        return [f"{head.rstrip()} {part.strip(' ,')}" for part in parts]
    pieces, start = [], 0
    for joint in _JOINED.finditer(sentence):
        after = sentence[joint.end():]
        if _RESOLVED.match(after) or opens_with_verb(after) or subject_first(after, now=True):
            pieces.append(sentence[start:joint.start()].strip())
            start = joint.end()
    pieces.append(sentence[start:].strip())
    return [piece[:1].upper() + piece[1:] for piece in pieces if piece]


def opens_with_verb(text: str) -> bool:
    """Whether the text begins with a verb of deciding or taking note in the passive past (`Bordlades.`)."""
    first = _AFTER_VERB.sub("", text).split(maxsplit=1)
    return bool(first) and _passive_past(first[0].strip(".,;:!?")) is not None


_PRONOUN = re.compile(r"^(?:det|den|detta|denna|de|dessa|han|hon|vilket|vilken|som)$", re.I)
_DECIDING = frozenset(_INFINITIVES - set(words.NOTE.now) - set(words.FILE.now) - set(words.APPROVE.now))
"""Subject first, only a verb of deciding: taking note told so is `past_told.py`'s, and what was approved
(`Dagordningen godkändes`, `Följande propositionsordning godkändes`) is a formality or the procedure's."""
_APPROVED_THING = re.compile(r"(?:plan|ansökan|budget|avtal|överenskommelse|riktlinjer|policy|delegationsordning|arbetsordning"
                             r"|attestordning|redovisning|rapport|reglemente)\w*(?:\s+(?:för\s+)?(?:år\s+)?\d{4})?(?:\s|$)", re.I)
"""`Planen godkändes`, `Ansökan godkändes`: what the board approves as a decision of its own (not the
agenda, the procedure or the minutes)."""
_MONTHS = "|".join(words.MONTHS)
_ELSEWHEN = re.compile(rf"\b(?:förra|föregående|tidigare|i\s+(?:{_MONTHS})|den\s+(?:\d{{1,2}}|[a-zåäö]+(?:de|te))\s+(?:{_MONTHS})"
                       rf"(?!\s+\d{{4}},?\s*§)|vid\s+(?:sammanträdet|mötet|styrelsemötet)\s+den)\b", re.I)
"""`Ansökan bordlades vid förra sammanträdet`, `Planen antogs den 12 februari`, `… vid sammanträdet den
fjortonde april`: told of another meeting."""
_LONGEST_SUBJECT = 6
_CITED_FIRST = re.compile(r"(?:Beslutet|Beloppet|Bidraget|Medlen|Anslaget)\s+(?:i|enligt|från)\s+(?:beslut\s+)?\d{4}\s?[-:]\s?\d")
_LONGEST_CITED = 14
"""`Beslutet i 2127:1 § 10 om 300 000 kr till Region Blekinge upphävs`: a subject that cites the decision it
acts on runs longer than a noun's few words."""
_GRANTED = frozenset(verb.now[0] for verb in words.GRANTING)
_DETERMINER = re.compile(r"^(?:den|det|de)$", re.I)
"""`Den reviderade planen fastställs`: an article before its noun, no pronoun standing for something told before."""
_MODALS = frozenset({"bör", "ska", "skall", "kan", "måste", "får", "torde", "skulle", "kunde", "borde"})
_FIXED_FOR = re.compile(rf"\btill\s+(?:den\s+)?\d{{1,2}}\s+(?:{_MONTHS})\b", re.I)
"""`bestämdes till den 9 februari`, `… att äga rum den 9 februari`: the day fixed, not the day it was decided."""


def subject_first(sentence: str, now: bool = False) -> str | None:
    """In minutes told in the past, `Ärendet återremitterades till förbundschefen` said as `Att
    återremittera ärendet till förbundschefen`: a noun before a verb of deciding in the passive past;
    None for a pronoun or a clause before it, or a sentence placed at another meeting. `now`: in the
    present passive (`Sammanträdesplanen fastställs.`), as terse minutes say it."""
    flat = _FIRST_SENTENCE.split(_BULLET.sub("", " ".join(sentence.split())), maxsplit=1)[0].rstrip(" .")
    if not flat[:1].isupper():
        return None
    longest = _LONGEST_CITED if _CITED_FIRST.match(flat) else _LONGEST_SUBJECT
    for found in list(_WORD.finditer(flat))[1:longest + 1]:
        infinitive = _passive(found[0], now)
        if infinitive is None:
            continue
        subject, rest = flat[:found.start()].strip(), flat[found.end():].strip()
        subject_words = _WORD.findall(subject)
        if now and (" att " in f" {subject} " or (subject_words and subject_words[-1].lower() in _MODALS)):
            return None  # `Revisorerna tillstyrker att styrelsen beviljas …`: what someone else says should be decided
        if ((infinitive not in _DECIDING and not (infinitive in words.APPROVE.now and _APPROVED_THING.search(subject)))
                or re.search(r"[,;()]|:(?!\d)", subject) or _PRONOUN.match(subject)
                or any((_finite(w) and not (at == 1 and _DETERMINER.match(subject_words[0])))  # `den reviderade planen`
                       or (_PRONOUN.match(w) and not (at == 0 and _DETERMINER.match(w) and len(subject_words) > 1))
                       for at, w in enumerate(subject_words)) or _PREPOSITION.match(subject)
                or _SUBORDINATOR.match(subject)
                or (not now and _ELSEWHEN.search(re.split(r",|\batt\b", _FIXED_FOR.sub(" ", rest))[0]))):
            return None
        # `Kompassen beviljas 1,2 mnkr`: who is granted money is named, and keeps its capital.
        named = subject if infinitive in _GRANTED else f"{subject[:1].lower()}{subject[1:]}"
        return f"Att {infinitive} {named}{('' if rest.startswith((',', ';')) else ' ') + rest if rest else ''}."
    return None
