"""Lines of minutes and what each one is: heading, decision id, marker, artefact or prose.

Minutes reach us as text extracted from PDF or word processors, so every test here is on a
single line and tolerant of stray spacing; the parser decides what the lines mean together.
"""

from __future__ import annotations

import re

import attrs

from domain.errors import InvalidValue
from domain.ids import DecisionId, MeetingId
from register.minutes import columns, noise, treatments
from register.minutes.heading_lines import HEADING, headings_mended, leaders_kept
from register.minutes.proposal_sections import by_reference
from register.minutes.item_numbers import cited_with_sign, signed
from register.minutes.run_in import run_in_parts
from register.minutes.phrasebook import BOARD, BOARDS


class LineError(Exception):
    """A problem at one line of the text; the parser adds the file name."""

    def __init__(self, line: int, problem: str) -> None:
        super().__init__(problem)
        self.line = line
        self.problem = problem


@attrs.frozen
class Line:
    no: int
    """1-based, counting newlines as an editor or `grep -n` does."""
    raw: str
    """As written (tabs kept: the attendance table needs them)."""
    text: str
    """Whitespace collapsed and trimmed."""


# Characters extraction leaves behind that carry nothing (control characters, soft
# hyphen, zero-width spaces, BOM).
_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                            "\ufb05": "st", "\ufb06": "st"})
"""`ﬁnns`, `ﬂera`: a typeset ligature, as PDF extraction and OCR leave it, read as its letters."""
# Typesetting turns the hyphen of `2025-7` into a dash; ids must read the same either way.
_DASH_IN_ID = re.compile("(?<=\\d{4}) ?[\u2010-\u2015\u2212] ?(?=\\d{1,2} ?§)")


def split_lines(text: str) -> list[Line]:
    """The text's lines, whitespace collapsed, with page furniture taken out and hyphenated
    words joined (`noise.py`); each keeps the number it has in the file."""
    raws = [_INVISIBLE.sub("", raw).rstrip("\r").translate(_LIGATURES) for raw in text.split("\n")]
    flats = [_DASH_IN_ID.sub("-", " ".join(leaders_kept(raw).split())) for raw in raws]
    treated, history, cited = treatments.read(flats)
    headed = {i for i, (flat, said) in enumerate(zip(flats, treated)) if flat != said}
    dropped = (noise.furniture(treated) - cited) | history
    mended = headings_mended(signed(noise.mend(treated, dropped)))
    contents = noise.contents(mended) | noise.summary(mended)
    mended = [None if i in contents else line for i, line in enumerate(mended)]
    body = next((i for i, flat in enumerate(mended) if flat and HEADING.match(flat)), len(mended))
    labelled = {i: parts for i, parts in columns.split(raws, body).items() if i not in headed}
    found = []
    for no, (raw, flat) in enumerate(zip(raws, mended), start=1):
        if flat is None:
            continue
        if no - 1 in labelled and not HEADING.match(flat):  # `Mom 1<TAB>Öppnande<TAB>§ 40` heads an item
            # A label and its text beside it: read as a line each, both at the file's line, the
            # text's citations said as every other line's are.
            found += [Line(no, raw, cited_with_sign(" ".join(part.split()))) for part in _mended(labelled[no - 1], flat) if part]
        else:
            found += [Line(no, raw, part) for part in run_in_parts(flat)]
    return found


def _mended(parts: tuple[str | None, str | None], flat: str) -> tuple[str | None, str | None]:
    """A label's text with the word hyphenated at its end made whole (`till hand-` / `lingarna.`), and
    a line of text below the label without the half that went up, as the flat line has them."""
    label, text = parts
    if label is None:  # a line of text alone, or a label's second word before it (`underlag`): keep all but the half gone up
        said = " ".join((text or "").split())
        return None, flat if said != flat and said.endswith(flat) else text
    if text and text.rstrip().endswith("-") and not flat.endswith("-"):
        kept = text.rstrip()
        text = kept[:kept.rfind(" ") + 1] + flat.rsplit(" ", 1)[-1]
    return label, text


def join(lines: list[Line]) -> str:
    return " ".join(line.text for line in lines if line.text)


# Lone column labels of the PDF layout; their presence means the text stands out of order.
ARTEFACTS = frozenset({"Beslut", "Information"})

_COUNTED = ("ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv")
_ORDINALS = ("första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde", "tionde",
             "elfte", "tolfte")
_NUMBER_WORDS = "|".join(sorted(_COUNTED + _ORDINALS, key=len, reverse=True))
"""`Styrelsemöte nr fem 2030`, `det tredje sammanträdet 2030`: a meeting's number written in words."""
_HEADER = re.compile(
    r"(?:^|\s{3,}|\t)(?:Styrelsem[öo]te|Styrelsesammantr[äa]de|Sammantr[äa]de|M[öo]te|(?:Styrelse)?protokoll)\s+(?:nr\.?\s*|nummer\s+)?"
    rf"(?:(?P<id>\d{{4}}\s*[-:]\s*\d{{1,3}})(?![-\d])|(?P<number>\d{{1,2}}|{_NUMBER_WORDS})\s*(?:/|,|(?<=\w)\s(?=\d{{4}})|\s+år\s+)\s*(?P<year>\d{{4}}))\b",
    re.I,
)
"""`Styrelsemöte 2022:5`, or the newer template's `Sammanträde nr 3/2027` (meeting 2027-3); a förening's
`STYRELSEPROTOKOLL 1/2049`, `styrelsemöte nr 2 år 2049`; `Möte 4/2054` at a line's start or set apart."""
_TITLED = re.compile(
    r"\b(?:Styrelsem[öo]te|Styrelsesammantr[äa]de|Sammantr[äa]de)\s+(?:nr\.?\s*|nummer\s+)?"
    rf"(?:(?P<id>\d{{4}}\s*[-:]\s*\d{{1,3}})(?![-\d])|(?P<number>\d{{1,2}}|{_NUMBER_WORDS})\s*(?:/|,|(?<=\w)\s(?=\d{{4}})|\s+år\s+)\s*(?P<year>\d{{4}}))\b",
    re.I,
)
_ORDINAL_TITLE = re.compile(
    rf"\b(?P<number>{'|'.join(_ORDINALS)})\s+(?:ordinarie\s+)?(?:styrelse)?(?:sammanträde|möte)(?:t|n)?"
    r"\s+(?:år\s+|under\s+(?:år\s+)?)?(?P<year>\d{4})\b",
    re.I,
)
"""`Protokoll fört vid styrelsens tredje sammanträde år 2099`: the ordinal before the meeting, in the title."""
_BODY_DASH_TITLE = re.compile(r"^[A-ZÅÄÖ][\w.-]*(?:\s+[\w.-]+){0,3}(?:\s+[–—-]|,)\s+(?:sammanträdes|styrelse)?"
                              r"(?:protokoll|möte|sammanträde)\s+(?:nr\.?\s*)?(?P<number>\d{1,2})\s*/\s*(?P<year>\d{4})\s*(?:,.*)?$", re.I)
"""`Styrelsen – protokoll nr 1/2076`, `Styrelsen, möte 1/2105`: the body's name, a dash or a comma, and the
meeting's number of its year, ending the line."""
_NUMBER_CELL = re.compile(r"(?:^(?:Protokoll\s+)?nr\.?\s*|(?:\s{3,}|\t)(?:Protokoll\s+)?(?:nr\.?\s*)?)"
                          r"(?P<number>\d{1,2})\s*/\s*(?P<year>\d{4})\s*$", re.I)
"""`PROTOKOLL` / `Nr 1/2050` or `2/2048` in the title block's right-hand column: the meeting's number of its
year (not a diarienummer beside its label)."""
_TITLE_BLOCK = 25
_CITING = re.compile(r"\s*(?:från|den|som|lades|läggs|anmäldes|anmäls|godkändes|godkänns|justerades|har|var|är|blev)\b")
"""What goes on after earlier minutes named in a sentence below the title block, not after a header."""
_CITING_VERB = re.compile(r"\s+(?:var|är|blev|lades|läggs|justerades|godkändes|anmäldes)\b")
"""`Protokoll 3/2083 var justerat`: a sentence about earlier minutes, even inside the title block."""
"""Lines from the top where a meeting's name may stand anywhere in a line (later, prose cites others)."""
_ID = r"\d{4}\s*[-:]\s*\d{1,2}\s*§\s*\d{1,3}\s*:\s*\d{1,2}"
_ID_LINE = re.compile(rf"^Beslut\s+(?P<id>{_ID})(?:\s+(?P<att>Att\b.*))?$", re.I)
_ID_LIKE_LINE = re.compile(r"^(?i:Beslut)\s+(?P<body>[0-9§][^a-zåäöé]*)$")
_ID_LIKE = re.compile(r"§|\d{4}\s*[-:]\s*\d")
_THEN = r"Därefter|Därpå|Sedan|Slutligen"
_HOW = (r"således|därför|därmed|därutöver|enhälligt|enigt|slutligen|(?:efter|utan)\s+(?:votering|omröstning)"
        r"|med\s+\w+\s+(?:röster\s+)?mot\s+\w+(?:\s+röster)?(?:\s*\([^)]*\))?")
"""`Styrelsen beslöt således att …`, `Därefter beslöts enhälligt att …`, `Styrelsen beslöt med sex röster mot två`
/ `att …`, `Styrelsen beslutar därutöver, utan omröstning,` / `att …`: a word or two, or the vote's count, between the
verb and its clause.
Not `också`, `vidare`: a decision said to be taken as well is read with the sentences around it (`prose.py`)."""
_VERB_FIRST = r"(?:Beslutade|Beslutar|Beslöt)"
"""`Beslutade styrelsen` / `att …`: the verb put first, as Swedish puts it after a fronted word or in a
minute's formula."""
_MARKER = re.compile(
    rf"^(?:(?:(?:{_THEN})\s+)?(?:{BOARD}\s+(?:har\s+)?(?:beslut(?:ade|ar|at)|beslöt)|(?:Det\s+)?(?:[Bb]eslutades|[Bb]eslöts)"
    rf"|{_VERB_FIRST}\s+{BOARD})\s*"
    rf"(?:(?:{_HOW}),?(?:\s+|(?=:|$))){{0,2}}(?::\s*(?P<rest>.*)|(?P<inline>att\b.*)|om\s+(?P<about>[^\W\d_]+:\s*\S.*))?"
    rf"|Beslut(?:\s*:|\s+(?={BOARD}\s|(?-i:[A-ZÅÄÖ])\w*\s+(?-i:[a-zåäö])\w*\s+\S))\s*(?!\s*(?:nr\.?\s*)?[\d:/ –-]+$)(?P<label>.*))$",  # not `Beslut: nr 2089:1–2089:10`, a cover's range
    re.I,
)
_AS_PROPOSED = re.compile(
    rf"^(?:Beslut\s*:\s*)?{BOARD}\s+(?:har\s+)?(?:(?:beslut(?:ade|ar|at)|beslöt)\s+(?:att\s+bifalla\s+|enligt\s+|i\s+enlighet\s+med\s+)"
    r"|bifaller\s+|biföll\s+)(?!både\s)(?:\w+\s+)?förslag(?:et)?(?:\s+till\s+beslut)?\b"
    r"(?![\s,]+(?:och|samt)\s+(?:att\s+\w+\s+)?\w*(?:yrkande|förslag)).*$",
    re.I,
)
"""`Styrelsen beslutar enligt förslaget`: the decision is the proposal written above it (not where
another proposal is adopted with it: `by_reference.py` reads that)."""
_AS_PROPOSED_AFTER_VOTE = re.compile(
    rf"^Med\s+[^.]{{1,60}}?\s+(?:beslutar|beslutade|beslöt)\s+{BOARD}\s+(?:enligt|i\s+enlighet\s+med)\s+(?:\w+s\s*$|(?:\w+s\s+)?förslag(?:et)?\b.*$)",
    re.I,
)
"""`Med 6 ja-röster mot 2 nej-röster beslutar styrelsen enligt förbundschefens förslag`: the votes
fronted, the verb before the board; the line may end with whose proposal, its noun on the next."""
_ASSIGNS = re.compile(
    rf"^{BOARD}\s+(?:gav|ger|lämnade|lämnar)\s+(?:följande|nedanstående)\s+uppdrag"
    r"(?:\s+(?:till|åt)\s+(?P<who>[^:]+?)(?=\s*(?::|\batt\b|$)))?\s*:?\s*(?P<rest>.*)$",
    re.I,
)
_PROPOSAL = re.compile(
    r"^(?:(?:\w+s\s+)?Förslag\s+till\s+beslut|Förslag\s*:|Förslag$|Beslutsförslag)\s*:?\s*(?P<rest>.*)$", re.I
)
_DECISION_LABEL = re.compile(rf"^(?:Beslut|{BOARDS}\s+beslut)\s*:?$", re.I)
_SEALED_AT_ONCE = re.compile(r"\b(?:förklara(?:de)?s|förklarade|justera(?:de)?s)\s+(?:\w+\s+)?omedelbart\s+justera(?:d|t)?"
                             r"|\bjusteras\s+omedelbart|\bomedelbar(?:t)?\s+juster(?:ing|ad|at)", re.I)
_LIST = re.compile(r"^Beslutslista\s*:?$", re.I)
_END = re.compile(
    r"^(?:§\s*\d+\s+)?(?:Mötet\s+avslutas|Mötets\s+avslutande|Mötet\s+avslutades|Dag\s+som\s+ovan"
    r"|Vid\s+protokollet|Justeras\s*:?)\b",
    re.I,
)
_SIGNATURE = re.compile(
    r"^[A-ZÅÄÖ][\w .'-]{2,60},\s*(?:Ordförande|Vice\s+ordförande|Justerare|Justerande|Sekreterare)$",
    re.I,
)


def _number_cell(raw: str) -> re.Match[str] | None:
    match = _NUMBER_CELL.search(raw)
    return None if match is None or _DIARY_LABEL.search(raw[:match.start()]) else match


_DIARY_LABEL = re.compile(r"\b(?:Dnr|Diarienr|Diarienummer|Ärendenummer)\.?:?\s*$", re.I)


def meeting_header(line: Line) -> MeetingId | None:
    """`Styrelsemöte 2022:5, …`: the meeting the minutes are of."""
    # A two-column title block puts the meeting beside the board's name: look in the raw line.
    match = _HEADER.search(line.text) if _HEADER.match(line.text) else _HEADER.search(line.raw)
    if match is None and line.no <= _TITLE_BLOCK:
        match = (_TITLED.search(line.text) or _number_cell(line.raw)  # `PROTOKOLL – Styrelsesammanträde nr 7/2026`
                 or _BODY_DASH_TITLE.match(line.text)
                 or _ORDINAL_TITLE.search(line.text))
    if match is None or (line.no > _TITLE_BLOCK and _CITING.match(match.string, match.end())
                         or _CITING_VERB.match(match.string, match.end())):
        return None  # `Protokoll nr 6/2049 från sammanträdet den 2 december … lades till handlingarna`
    number = match["number"]
    if number and not number.isdigit():
        word = number.lower()
        number = str((_COUNTED.index(word) if word in _COUNTED else _ORDINALS.index(word)) + 1)
    given = match.groupdict().get("id")
    written = given or f"{match['year']}-{number}"
    try:
        return MeetingId.parse(written)
    except InvalidValue:
        raise LineError(line.no, f"malformed meeting id {(given or match[0])!r}") from None


@attrs.frozen
class IdLine:
    id: DecisionId
    inline_text: str | None
    """`Att …` when extraction put the text on the id's own line."""


def decision_id(lines: list[Line], i: int) -> IdLine | None:
    """A decision id standing on its own line (not a citation that wrapped onto one)."""
    line = lines[i]
    match = _ID_LINE.match(line.text)
    body = match["id"] if match else None
    if body is None:
        loose = _ID_LIKE_LINE.match(line.text)
        if loose is None or not _ID_LIKE.search(loose["body"]):
            return None
        body = loose["body"].strip()
        if body.endswith((")", ".", ",", ";")):
            return None  # the end of a sentence citing a decision
        body = body.rstrip(" :-–")  # `Beslut 2025-7 §07:1:` is still the id
    inline = match["att"] if match else None
    if inline is None and _inside_sentence(lines, i):
        return None
    try:
        return IdLine(DecisionId.parse(body), inline)
    except InvalidValue:
        raise LineError(line.no, f"malformed decision id {line.text!r}") from None


def _inside_sentence(lines: list[Line], i: int) -> bool:
    """A citation wrapped so that `Beslut <id>` starts a line sits mid-sentence."""
    previous = lines[i - 1].text if i > 0 else ""
    following = lines[i + 1].text if i + 1 < len(lines) else ""
    return previous.endswith("(") or following[:1].islower()


@attrs.frozen
class Heading:
    number: int
    title: str
    line: int


def heading(line: Line) -> Heading | None:
    """`§13 Tidsbegränsad anställning kansli`."""
    match = HEADING.match(line.text)
    if match is None or not 1 <= int(match["number"]) <= 999:
        return None
    return Heading(int(match["number"]), match["title"].strip(), line.no)


def marker(line: Line) -> str | None:
    """`Styrelsen beslutade:`; returns the text that follows on the same line ('' if none)."""
    match = _MARKER.match(line.text)
    if match is None:
        return None
    if match["inline"] and match["inline"].lower().rstrip(" :") != "att":
        return match["inline"]
    if match["label"] and (inner := _MARKER.match(match["label"].strip())) is not None and not inner["label"]:
        # `Beslut: Styrelsen beslutar` — a label beside the decision's own opening words.
        return marker(Line(line.no, line.raw, match["label"].strip()))
    if match["about"]:
        return match["about"][:1].upper() + match["about"][1:]  # `Styrelsen beslutade om rättelse: beloppet …`: what it decided on labels the text
    return (match["rest"] or match["label"] or "").strip()


@attrs.frozen
class Marker:
    """Where a decision of unnumbered minutes begins, and what stands after the marker."""

    rest: str
    as_proposed: bool = False
    assigns: str | None = None
    """`Styrelsen gav följande uppdrag till kansliet:`: whom the clauses below are given to."""
    keeps_line: bool = False
    """The marker closes a sentence of the debate (`Med 6 röster mot 2 beslutade styrelsen`): the line
    stays in the §'s prose, where the vote is read."""


_LOWER_LABEL = re.compile(r"^beslut\s*:", re.I)
"""`beslut: att uppdra …`: a label, though written in lower case."""
_CLOSING_VERB_FIRST = re.compile(rf"(?:^|[,;]\s*|\s)(?:{_VERB_FIRST.lower()})\s+{BOARD}\s*:?$", re.I)
"""`Med 6 röster mot 2 beslutade styrelsen` / `att …`: a sentence that fronts how the board decided
ends with the board deciding; its clauses follow on the lines below."""


def decision_marker(line: Line) -> Marker | None:
    """`Styrelsen beslutade:`, `Styrelsen beslutar att …`, `Styrelsen beslutar enligt förslaget`,
    `Styrelsen gav följande uppdrag …`; a lone `Beslut` heading is decided by what follows it.
    A line in lower case goes on a sentence (`… och finner att\nstyrelsen bifaller förslaget`)."""
    if line.text[:1].islower() and not _LOWER_LABEL.match(line.text):
        return None
    if _AS_PROPOSED_AFTER_VOTE.match(line.text):
        return Marker("", as_proposed=True, keeps_line=True)  # the votes it fronts are read from the prose
    if _AS_PROPOSED.match(line.text) or by_reference(line.text):
        return Marker("", as_proposed=True)
    if assigns := _ASSIGNS.match(line.text):
        return Marker(assigns["rest"].strip(), assigns=(assigns["who"] or "förbundschefen").strip())
    rest = marker(line)
    return None if rest is None else Marker(rest)


def closes_with_deciding(line: Line) -> bool:
    """`… ingen nedlagd röst, beslutade styrelsen`: a line that ends with the board deciding, verb first."""
    return bool(_CLOSING_VERB_FIRST.search(line.text))


def is_decision_label(line: Line) -> bool:
    return bool(_DECISION_LABEL.match(line.text))


def proposal(line: Line) -> str | None:
    """`Förslag till beslut:` heading a proposal; returns what follows on its line."""
    match = _PROPOSAL.match(line.text)
    return None if match is None else match["rest"].strip()


def seals_at_once(text: str) -> bool:
    """`Paragrafen förklaras omedelbart justerad`."""
    return bool(_SEALED_AT_ONCE.search(text))


_CLAUSE = re.compile(r"^(?:[-–•*]\s*)?(?:(?:\d{1,2}|[a-h])[.)]\s*)?att\b|^(?:[-–•*]|\d{1,2}[.)]|[a-h]\))\s+[\w\"”'«(]", re.I)


def starts_clause(text: str) -> bool:
    """`att fastställa …`, `- att ge …`, or a bullet under `Styrelsen beslutar att`: one clause
    of a decision written as a list."""
    return bool(_CLAUSE.match(text))


def is_list_heading(line: Line) -> bool:
    return bool(_LIST.match(line.text))


def is_end(line: Line) -> bool:
    """Closing formalities and the signature block: no decision text runs past them."""
    return bool(_END.match(line.text) or _SIGNATURE.match(line.text))


def is_table_row(line: Line) -> bool:
    return "<input" in line.raw or (bool(line.text) and line.text[0] in "☐☒☑")


def starts_att(text: str) -> bool:
    return re.match(r"Att\b", text) is not None


def opens_decision(text: str) -> bool:
    """What may follow a decision id: its `Att …` text, or a bare `Utgår.` striking it."""
    return starts_att(text) or re.fullmatch(r"(?i:utgår|utgick)\W*", text) is not None


def looks_like_section_heading(lines: list[Line]) -> bool:
    """A one-line paragraph such as `Dialogärenden` or `MÅLDISKUSSION`: short, unpunctuated."""
    if len(lines) != 1:
        return False
    text = lines[0].text
    return (
        not starts_att(text)
        and len(text.split()) <= 8
        and text[:1].isupper()
        and not text.endswith((".", ":", "!", "?", ";", ","))
    )


def bare_clause(text: str) -> str:
    """A decision's words without their `Att`, case and final stop: the same clause read twice compares equal."""
    return re.sub(r"^att\s+", "", " ".join(text.split()).lower()).rstrip(" .")
