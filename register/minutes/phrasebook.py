"""The importer's vocabulary: the verbs secretaries use, in the forms they use them, and the
shapes of citations and dues, compiled into the patterns that `rules.py`, `context.py` and
`dues.py` match.

A verb's forms are split by what they tell: `now` is what the board decides at this meeting
(`återremittera`, `återremitteras`, `bordläggs`), `past` is what it did at an earlier one
(`återremitterade`, `bordlades`): in a preamble the past tense of a referral says the matter
returns, not that it is referred again. A new phrasing is usually one more form here, or one
more row in `rules.RULES`, and one test.
"""

from __future__ import annotations

import re
from decimal import Decimal

import attrs

from domain.values import parse_kronor


def _alternation(words: tuple[str, ...]) -> str:
    # Longest first, so `bordlades` is not read as `bordla`; a particle verb may have an adverb
    # before its particle (`sköts därför upp`).
    spaced = (re.escape(w).replace("\\ ", r"\s+(?:\w+\s+)?") for w in words)
    return "(?:" + "|".join(sorted(spaced, key=len, reverse=True)) + ")"


@attrs.frozen
class Verb:
    now: tuple[str, ...]
    """Infinitive, present and present passive: the board does it now."""
    past: tuple[str, ...]
    """Preterite, supine and participles: the board did it before."""

    @classmethod
    def regular(cls, stem: str, *, now: tuple[str, ...] = (), past: tuple[str, ...] = ()) -> Verb:
        """A first-conjugation verb (`rätta`, `återremittera`) from its stem, with extra forms."""
        return cls(
            (stem + "a", stem + "ar", stem + "as", *now),
            (stem + "ade", stem + "ades", stem + "at", stem + "ats", stem + "ad", *past),
        )

    @property
    def present(self) -> str:
        """A pattern matching any `now` form as a whole word."""
        return rf"\b{_alternation(self.now)}\b"

    @property
    def earlier(self) -> str:
        """A pattern matching any `past` form as a whole word."""
        return rf"\b{_alternation(self.past)}\b"

    @property
    def any(self) -> str:
        return rf"\b{_alternation(self.now + self.past)}\b"


REFER_BACK = Verb.regular("återremitter", past=("återremitterade", "återremitterats"))
DEFER = Verb(
    now=("bordlägga", "bordlägger", "bordläggs", "bordlägges", "bordläggas"),
    past=("bordlade", "bordlades", "bordlagt", "bordlagts", "bordlagd", "bordlagda"),
)
POSTPONE = Verb(
    now=("skjuts", "skjuter", "skjuts upp", "skjuta upp", "flyttas", "flytta", "senareläggs", "senarelägga"),
    past=("sköts upp", "skjutits", "skjutits upp", "flyttades", "flyttats", "uppskjutet", "uppsköts"),
)
REJECT = Verb(now=("avslå", "avslår", "avslås"), past=("avslog", "avslogs", "avslagit", "avslagits"))
CORRECT = Verb.regular("rätt")
REPLACE = Verb(now=("ersätta", "ersätter", "ersätts"), past=("ersatte", "ersattes", "ersatt", "ersatts"))
REVOKE = Verb(now=("upphäva", "upphäver", "upphävs"), past=("upphävde", "upphävdes", "upphävt", "upphävts"))
ADOPT = Verb(
    now=("fastställa", "fastställer", "fastställs", "anta", "antar", "antas"),
    past=("fastställde", "fastställdes", "fastställt", "fastställts", "antog", "antogs", "antagit", "antagits"),
)
APPROVE = Verb(now=("godkänna", "godkänner", "godkänns"), past=("godkände", "godkändes", "godkänt", "godkänts"))
GRANTING = (Verb.regular("bevilj"), Verb.regular("anvis"), Verb.regular("tilldel"))
GRANT = Verb(tuple(f for v in GRANTING for f in v.now), tuple(f for v in GRANTING for f in v.past))
"""`bevilja`, `anvisa` and `tilldela` medel: money given, by any of the words budgets use (money set
aside, `avsätts`, is read by `set_aside.py`, and as a plan's sum by `plans.py`)."""
MONEY = r"\w*(?:medel|bidrag|stöd|anslag)"
"""What is granted, by any compound its noun ends: `medel`, `projektbidrag`, `verksamhetsstöd`."""
CHANGE_SUM = Verb(
    now=("utöka", "utökar", "utökas", "öka", "ökar", "ökas", "höja", "höjer", "höjs", "sänka", "sänker", "sänks",
         "minska", "minskar", "minskas", "justera", "justerar", "justeras",
         "sätta ned", "sätter ned", "sätts ned", "sätta ner", "sätter ner", "sätts ner"),
    past=("utökade", "utökades", "utökat", "utökats", "ökade", "ökades", "höjde", "höjdes", "höjt", "höjts",
          "sänkte", "sänktes", "sänkt", "sänkts", "minskade", "minskades", "justerade", "justerades",
          "satte ned", "sattes ned", "satt ned", "satte ner", "sattes ner", "satt ner"))
"""A sum raised or cut (`utöka ramen`, `bidraget höjs`, `sänka de beviljade medlen`, `sätter ned medlen`)."""
WITHDRAW = Verb(now=("återkalla", "återkallar", "återkallas", "dra tillbaka", "drar tillbaka", "dras tillbaka"),
                past=("drog tillbaka", "drogs tillbaka", "dragit tillbaka", "återkallade", "återkallades", "återkallat"))
THEIR = r"(?:styrelsens |sitt |sina |dess |vårt |våra )?"
"""Whose earlier decision: `upphäva styrelsens beslut`, `upphäver sitt beslut den 23 mars, § 17`, `vårt beslut`."""
STRIKE = Verb(now=("utgår", "utgå", "ska utgå", "skulle utgå", "avförs", "avföras"), past=("utgick", "utgått", "avfördes", "avförts"))
"""`ska utgå`, and as a referat reports it, `att ärendet skulle utgå`; `ärendet avförs från dagordningen`."""
ASSENT = Verb(now=("bifalla", "bifaller", "bifalls"), past=("biföll", "bifölls", "bifallit", "bifallits", "bifallet"))
"""`bifalla yrkandet`: a proposal carried, by the word a meeting uses for motions."""
RETURN = Verb(
    now=("återkommer", "återkomma", "återupptas", "tas upp igen", "behandlas på nytt", "åter på dagordningen"),
    past=("återkom", "återkommit", "återupptogs", "togs upp igen"),
)
REPORT = Verb.regular("återrapporter", now=("rapportera", "rapporterar", "redovisa", "redovisar", "redogöra för",
                                           "redogör för", "återkomma med en redovisning", "lämna en redovisning",
                                           "slutredovisa", "slutredovisar", "delredovisa", "delredovisar",
                                           "avge", "avger"),
                      past=("rapporterade", "rapporterat", "redovisade", "redovisat", "redovisades", "redogjorde",
                            "slutredovisade", "slutredovisat", "delredovisade", "delredovisat"))
REPORT_KIND = r"\b(?!åter)(\w{3,}(?:rapport|redovisning|redogörelse|utvärdering))(?:en|er|erna|ar|arna)?\b"
"""A kind of report by its compound (`delrapport`, `slutredovisning`), not the bare noun nor `återrapport`."""
RESERVE = Verb.regular("reserver")
NOTE = Verb.regular("noter", now=("anteckna", "antecknar", "antecknas"),
                    past=("antecknade", "antecknades", "antecknat", "antecknats"))
THANK = Verb.regular("tack")
ASSIGN = Verb(now=("uppdra", "uppdrar", "uppdras"), past=("uppdrog", "uppdrogs", "uppdragit", "uppdragits"))
WRITE_OFF = Verb.regular("avskriv", now=("avskriver", "avskrives"), past=("avskrev", "avskrevs", "avskrivit", "avskrivits"))
"""`Uppdraget avskrivs`: a duty written off."""
IMPOSE = Verb(now=("ålägga", "ålägger", "åläggs"), past=("ålade", "ålades", "ålagt", "ålagts"))
"""`Ålades kommunen att redovisa …`: a duty laid on a member."""
DETERMINE = Verb(now=("bestämma", "bestämmer", "bestäms"), past=("bestämde", "bestämdes", "bestämt", "bestämts"))
"""`Sammanträdesdagarna bestämdes till …`: something fixed, as the board decides it."""
"""`uppdra åt förbundschefen att …`: a task given."""
FILE = Verb(now=("lägga", "lägger", "läggs", "läggas"), past=("lade", "lades", "lagt", "lagts", "lagd", "lagda"))
RECEIVE = Verb(now=("ta del av", "tar del av", "ta emot", "tar emot", "tas emot", "motta", "mottar", "mottas"),
               past=("tog del av", "tagit del av", "tog emot", "togs emot", "tagit emot", "mottog", "mottogs"))
TAKING_NOTE = (rf"{FILE.any}(?: [^\s.;]+){{0,20}}? till handlingarna|{RECEIVE.any}|(?<!protokollet ){NOTE.any}"
               rf"|{THANK.any} (?:\S+ ){{0,3}}?för (?:den |det )?\w*(?:rapport|redovisning|redogörelse|information|presentation"
               r"|dragning|uppföljning)|\banse[rs]?\b(?: \S+){0,4}? redovisa[dt]\b")
"""The board takes note of what it was told: `Informationen noteras`, `Att anteckna att planen har
inkommit`, `Styrelsen tackar för redovisningen och lägger den till handlingarna`, `lägga redovisningarna
från Grönås kommun, Tallmo kommun och Region Sydmark till handlingarna` (within the sentence; thanks for what
was told, not `tacka Anna för hennes insatser`), `tar del av rapporten`, `anse uppdraget redovisat`
(an acknowledgement, where it decides nothing else)."""

# The body that decides, by the name its minutes give it (`Direktionen beslutar`, `Nämndens beslut`).
_BODIES = ("Styrelsen", "Förbundsstyrelsen", "Direktionen", "Nämnden", "Utskottet", "Arbetsutskottet",
           "Kommunstyrelsen", "Regionstyrelsen", "Kyrkorådet", "Universitetsstyrelsen", "Högskolestyrelsen",
           r"\bVi\b", r"\b(?:[A-ZÅÄÖ]\w*m|M)ötet\b", r"\bSammanträdet\b", r"\b(?:[A-ZÅÄÖ]\w*s|S)tämman\b")
"""`Vi beslutade att …`: a small board writing of itself in the first person plural; `Mötet beslöt att …`,
`Årsmötet`, `Sammanträdet`, `Föreningsstämman`: an association's minutes name the meeting that decides."""
BOARD = "(?:" + "|".join(_BODIES) + ")"
BODY_NAMES = tuple(b for b in _BODIES if b.isalpha())
"""The names a board decides under that are words (not `Vi`, `Mötet` as patterns)."""
BOARDS = "(?:" + "|".join(b + "s" for b in _BODIES if b.isalpha()) + ")"
"""The same names in the genitive: `Direktionens beslut`."""

PREPARED_AS_DECIDED = (r"\b(?:framtag\w*|utarbeta\w*|upprätta\w*|tagits\s+fram|tagit\s+fram)\s+(?:enligt|i\s+enlighet\s+med)\s+"
                       rf"(?:{BOARDS}\s+)?beslut(?:et)?\b")
"""`förslag …, framtaget enligt styrelsens beslut den 17 september, § 57`: what a cited decision asked for,
delivered."""

AS_ASKED = (rf"\bsom\s+(?:(?:{BOARD}|vi|den|de)\s+)?(?:begärde|begärdes|begärts|efterfrågade|efterfrågades|efterfrågats"
            r"|beställde|beställdes|bad\s+om|(?:har|hade)\s+(?:begärt|efterfrågat|beställt))\b")
"""`den uppföljning som styrelsen begärde den 12 februari, § 5`, `det underlag som begärdes …, § 43`, `som
styrelsen hade begärt vid sitt föregående sammanträde`: what
the cited decision asked for, named as such."""
# The förbund's own plans: adopting one adopts a document, whoever the minutes name beside it.
OWN_PLANS = ("verksamhets", "sammanträdes", "mötes", "internkontroll", "kommunikations", "revisions", "projekt")
"""`verksamhetsplan`, `sammanträdesplan`: a document where no member owns one (`BOARD_PLANS`); a member's
plan is any other compound, read as its plan with a sum, or with its year where `MEMBER_PLANS` names it."""
BOARD_PLANS = tuple(p for p in OWN_PLANS if p != "verksamhets")
"""Plans only the board itself has: a `verksamhetsplan` a member owns (`Region Blekinges verksamhetsplan
för 2096`) is that member's plan for the year, the förbund's own (`förbundets verksamhetsplan`) a document."""
MEMBER_PLANS = ("insats", "samverkans", "aktivitets", "verksamhets", "handlings", "utvecklings")
"""Compounds a board names a member's yearly plan by: with the member and the year named, its plan even
without a sum (`Karlshamns kommuns insatsplan för 2077`, `Arbetsförmedlingens handlingsplan 2094`, a plan
that asks for no money)."""

# A decision's kind words that say "this is a referral / deferral" when a noun carries them.
REFERRAL_NOUN = r"\båterremi(?:ss|ssen|ttering|tteringen)\b"
_SENT = r"(?:ärendet|frågan|ansökan|ansökningen|förslaget|underlaget|[\w-]*planen)"
SEND_BACK = (rf"(?P<verb>\b(?:skicka|skickar|skickas|sända|sänder|sänds)\s+tillbaka(?=\s+{_SENT}\b)"
             rf"|\b(?:skicka|sända)(?=\s+{_SENT}\s+tillbaka\b)|\(återremiss\))")
"""`skicka tillbaka ansökan till …`, `skicka planen tillbaka`, `(återremiss)` as a gloss: a matter referred
back in plain words (not money sent back: `skicka tillbaka pengarna`)."""
DEFERRAL_NOUN = r"\bbordläggning(?:en)?\b"

# -- Citations -----------------------------------------------------------------------------

MONTHS = {
    name: number
    for number, name in enumerate(
        ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
         "september", "oktober", "november", "december"),
        start=1,
    )
}
MONTH = "(?P<month>" + "|".join(MONTHS) + ")"

AMOUNT = (r"(?P<amount>(?:[1-9]\d{0,2}(?:[ .\u00a0]\d{3})+|[1-9]\d*|0(?=,\d))(?:,\d{1,3})?) ?"
          r"(?:(?P<unit>kr|kronor|sek|tkr|tusen kronor|mnkr|mkr|miljoner kronor|miljon kronor|milj\.? kr|milj)\b|(?<=\d):-"
          r"|(?<=\d)(?<!\d{4})(?P<thousands>['\u2019])(?!\w))")
"""An amount in kronor as minutes write it: `402 000 kr`, `250000 kronor`, `2.140.000 kr`, `1 350 000:-`,
in thousands (`612 tkr`, or in haste `580'`: not after four figures, a year quoted `'Plan 2071'`) or
millions with a decimal comma (`1,95 miljoner kronor`, `2,4 mnkr`, `0,5 mnkr`, in haste `1,2 milj`). Never
from a leading nought: `000 kr` is the tail of a figure broken over two lines (`240` / `000 kr`), not an amount."""
_SCALE = {"tkr": 1_000, "tusen kronor": 1_000, "mnkr": 1_000_000, "mkr": 1_000_000, "miljoner kronor": 1_000_000,
          "miljon kronor": 1_000_000}


def kronor(match: re.Match[str]) -> int:
    """The whole kronor an AMOUNT match says: its figures times its unit, checked by the domain."""
    unit = " ".join((match["unit"] or "kr").lower().split())
    scale = 1_000_000 if unit.startswith("milj") else 1_000 if match.groupdict().get("thousands") else _SCALE.get(unit, 1)
    figures = Decimal(re.sub(r"[ .\u00a0]", "", match["amount"]).replace(",", ".")) * scale
    # `1,955 tkr` is 1 955 kr; öre (`1 234,50 kr`) are below what a grant counts.
    return parse_kronor(int(figures))

DECISION_ID = r"\d{4} ?[-:] ?\w{1,3} ?§ ?\w{1,3} ?: ?\w{1,3}"
"""Anything shaped like a decision id, so that a malformed one is reported, not skipped."""
MEETING_ID = r"\d{4} ?[-:] ?\d{1,2}"

CITED_DECISION = re.compile(
    rf"(?:\b(?:beslut(?:et|snummer)?|styrelsens\s+beslut)\s+|(?<=[(\s])(?=\d{{4}} ?[-:] ?\d{{1,2}} ?§))(?P<id>{DECISION_ID})",
    re.I,
)
"""`Beslut 2025-7 §13:1`, `beslutet 2025-7 §13:1`, or a bare `(2025-7 §13:1)`."""

_ORDINAL_DAYS = ("första andra tredje fjärde femte sjätte sjunde åttonde nionde tionde elfte tolfte trettonde fjortonde "
                 "femtonde sextonde sjuttonde artonde nittonde tjugonde").split()
ORDINAL_DAY = {word: n for n, word in enumerate(_ORDINAL_DAYS, start=1)} | {
    f"{tens}{word}": base + n for tens, base in (("tjugo", 20), ("trettio", 30))
    for n, word in enumerate(("första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde"), start=1)
    if base + n <= 31} | {"trettionde": 30}
"""`den femtonde februari 2035`: a day of the month written as an ordinal."""
_DAY_MONTH = rf"(?:den )?(?P<day>\d{{1,2}}|{'|'.join(sorted(ORDINAL_DAY, key=len, reverse=True))}) {MONTH}(?: (?P<year>\d{{4}}))?"
_DOTTED = re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})(?![\d.]\d)")


def dotted_as_iso(text: str) -> str:
    """`14.2.2048` said `2048-02-14`: the rules stay within a sentence by its full stops, which a date
    written the Finnish way would otherwise end."""
    return _DOTTED.sub(lambda m: f"{m['year']}-{int(m['month']):02d}-{int(m['day']):02d}"
                       if 1 <= int(m["month"]) <= 12 and 1 <= int(m["day"]) <= 31 else m[0], text)


_ISO = r"(?P<iso>\d{4}-\d{2}-\d{2}|(?<![\d.])\d{1,2}\.\d{1,2}\.\d{4}(?![\d.]\d))"
"""`2026-02-16`, or as Finland writes it `16.2.2026`."""
_SECTION = r"§ ?(?P<item>\d{1,3})(?![\d:])"
_POINT = r"(?:,? (?:punkt|p\.) ?(?P<decision>\d{1,2}|[a-h](?![\w-]))| (?P<letter>[a-h])(?![\w-]))?"
"""`§ 5 punkt 2`, and where the decisions of a § are lettered, `§ 5 punkt c` or `§ 6 a`: which one."""


def point_number(groups: dict[str, str | None]) -> int | None:
    """The decision a citation's point names, a letter counted from `a` as 1 (`§ 6 b` → 2)."""
    said = groups.get("decision") or groups.get("letter")
    if not said:
        return None
    return int(said) if said.isdigit() else ord(said.lower()) - ord("a") + 1
CITED_ITEM = re.compile(rf"(?<![\w:-])(?P<meeting>{MEETING_ID}),? ?§ ?(?P<item>\d{{1,3}})(?![\d:])" + _POINT, re.I)
"""`2025-7 §13`, `2037:1 § 8 punkt 1`, `(2131:1, § 9)`: an agenda item of a meeting (so the matter it carries), perhaps
one decision of it."""
CITED_BY_NUMBER = (
    # `vid möte nr 3, punkt 10`, `beslutet vid möte nr 4 (§ 5)`, `styrelsemöte nr 1 2030, punkt 6`, `nr 1/2046, § 6`,
    # `(protokoll nr 1/2050, punkt 7)`
    re.compile(r"\b(?:(?:styrelse)?(?:möte|sammanträde)(?:t)?|protokoll(?:et)?) nr\.? ?(?P<number>\d{1,2})(?:(?: ?/ ?| )(?P<year>\d{4}))?,? ?\(?"
               r"(?:punkt|§) ?(?P<item>\d{1,3})\)?" + _POINT, re.I),
    # `§ 20/2028 punkt 1`, `17 § 2070`: where paragraphs are numbered through the year
    re.compile(r"§ ?(?P<item>\d{1,3})(?: ?/ ?| )(?P<year>(?:19|20|21)\d{2})(?![\d:-])(?! ?(?:kr\b|kronor|tkr|mnkr|:-))"
               + _POINT, re.I),
    # `1/2065 p. 7`, `(enl. 3/2065 p. 34)`: meeting number/year and its punkt, as terse notes cite
    re.compile(r"(?<![\d/§.])(?P<number>\d{1,2}) ?/ ?(?P<year>\d{4}),? (?:p\.|punkt|§) ?(?P<item>\d{1,3})(?![\d:/])"
               + _POINT, re.I),
)
CITED_BY_DATE = (
    # `återremitterat 2026-02-16 § 8`, `bordlagt vid sammanträdet den 21 september, § 8`
    re.compile(rf"(?:{_ISO}|{_DAY_MONTH})[,]?(?: \w+){{0,3}}?[ ,(]*{_SECTION}" + _POINT, re.I),
    # `§ 8 i protokollet från 2026-02-16`, `(§ 8, mötet den 21 september)`
    re.compile(rf"{_SECTION}[,]?(?: \w+){{0,4}}?[ ,]*(?:{_ISO}|{_DAY_MONTH})", re.I),
    # `beslutet från 12/2 (punkt 7, …)`, `protokollet från 23/4, punkt 7`, `(uppdrag 8/6 § 54)`: the day as notes
    # write it, and the point, which in minutes that head their items `Punkt N` is the item
    re.compile(r"(?<![\d/.])(?P<day>\d{1,2})/(?P<month_no>\d{1,2})(?![\d/])(?: (?P<year>\d{4}))?,? \(?(?:punkt|p\.|§) ?"
               r"(?P<item>\d{1,3})(?![\d:])", re.I),
)
"""An agenda item named by its meeting's date and its number."""
_ITS_SECTION = (r"(?:,? \(?(?:\d{1,2}/\d{1,2},? )?(?:§|punkt) ?(?P<item>\d{1,3})\)(?![\d:])"
                r"|, (?:§|punkt) ?(?P<item2>\d{1,3})(?![\d:]))?")
"""`från majmötet (§ 35)`, `vid föregående möte, § 9`, `på februarimötet (punkt 5)`, `förra mötet (23/4,
punkt 9)`: the item of the meeting named beside it."""
CITED_MEETING = (
    re.compile(rf"\b(?:vid|på|från|under) (?:styrelse)?(?:mötet|sammanträdet) (?:den )?(?:{_ISO}|{_DAY_MONTH})", re.I),
    re.compile(rf"\b(?:vid|på|från|under|i) {MONTH}-?(?:mötet|sammanträdet)?(?: (?P<year>\d{{4}}))?\b" + _ITS_SECTION, re.I),
    re.compile(r"\b(?P<previous>förra|föregående|senaste|närmast föregående) (?:styrelse)?(?:mötet?|sammanträdet?)\b"
               + _ITS_SECTION, re.I),
)
"""A meeting named by its date, its month, or as the one before this, perhaps with the § it decided in."""

# -- What the prose around a decision says ---------------------------------------------------

RETURN_SIGNALS = re.compile(
    "|".join((
        REFER_BACK.earlier, DEFER.earlier, POSTPONE.earlier, rf"{RETURN.any}(?!\s+med\b)",
        r"\befter\s+(?:återremiss|bordläggning|komplettering)\b",
        r"\båterremitterat\s+ärende\b", r"\bbordlagt\s+ärende\b", r"\bvar\s+en\s+återremi\w+",
        r"\b(?:fick|måste|behövde)\s+(?:då\s+|därför\s+)?(?:flyttas|skjutas\s+upp|bordläggas|utgå)\b",
        r"\bstod\s+på\s+dagordningen\s+(?:redan|tidigare|förra)", r"\btas\s+nu\s+upp\b",
    )),
    re.I,
)
"""The prose says the matter was sent away before and is back now."""

WORD_NUMBERS = {
    "noll": 0, "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7,
    "åtta": 8, "nio": 9, "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15,
}
COUNT = r"(?:\d{1,2}|" + "|".join(WORD_NUMBERS) + ")"


def count(word: str) -> int:
    return int(word) if word.isdigit() else WORD_NUMBERS[word.lower()]


VOTE = re.compile(r"\b(?:votering|omröstning|röstning|röstade|röster)\b", re.I)
VOTES_FOR = re.compile(
    rf"(?P<n>{COUNT}) (?:röster? |ledamöter )?(?:för|ja|röstade (?:för|ja)|bifall|för bifall)\b"
    rf"|(?P<m>{COUNT}) ja-?röster", re.I)
VOTES_AGAINST = re.compile(
    rf"(?P<n>{COUNT}) (?:röster? |ledamöter )?(?:mot|nej|röstade (?:mot|nej)|avslag|för avslag)\b"
    rf"|(?P<m>{COUNT}) nej-?röster", re.I)
VOTES_ABSTAINED = re.compile(
    rf"(?P<n>{COUNT}) (?:ledamöter |ledamot )?(?:avstod|avstår|nedlagda?|lade ned sina röster|lade ner)"
    rf"|(?P<m>{COUNT}) (?:avstod|avstående|nedlagda röster)", re.I)
VOTES_MOT = re.compile(rf"\b(?P<n>{COUNT}) (?:röster )?mot (?P<m>{COUNT})\b", re.I)
"""`med sex röster mot två`: for, then against."""

PEOPLE = r"(?P<names>[A-ZÅÄÖÉ][\w'-]+(?: (?:von |af |de )?[A-ZÅÄÖÉ][\w'-]+){0,3}(?: \([^()]{1,20}\))?" \
    r"(?:(?:, | och )[A-ZÅÄÖÉ][\w'-]+(?: (?:von |af |de )?[A-ZÅÄÖÉ][\w'-]+){0,3}(?: \([^()]{1,20}\))?)*)"
"""One or more names, each with its party letters if given: `Anna Ek (S) och Per Holm (M)`.
Names keep their capitals, so these patterns are matched case-sensitively; keywords use (?i:)."""
PERSON = re.compile(r"(?P<name>[A-ZÅÄÖÉ][\w'-]+(?: (?:von |af |de )?[A-ZÅÄÖÉ][\w'-]+){0,3})(?: \((?P<party>[^()]{1,20})\))?")

RESERVATION = (
    re.compile(rf"{PEOPLE},? (?i:{RESERVE.any}) sig"),
    re.compile(rf"{PEOPLE},? (?i:(?:anmäler|anmälde|lämnar|lämnade|inlämnade|lade) (?:en )?(?:skriftlig )?reservation)"),
    re.compile(rf"(?i:mot (?:beslutet|detta beslut),? (?:{RESERVE.any}) sig) {PEOPLE}"),
    re.compile(rf"(?i:reservation(?:er)?(?: mot beslutet)?(?: anmäldes| lämnades| inlämnades| lämnade?s?)?(?: av)?:?) {PEOPLE}"),
    # A state agency's word for it: `Jonas Bergvall anmälde skiljaktig mening`, `Skiljaktig mening: …`.
    re.compile(rf"{PEOPLE},? (?i:(?:anmäler|anmälde|anmält|har anmält|lämnade|lämnar) (?:en )?skiljaktig mening)"),
)
RECUSAL = (
    # `Göran Holm, som sitter i projektets styrgrupp, anmälde jäv`: who they are, between the name and the verb.
    re.compile(rf"{PEOPLE}(?:, som [^,.;]{{1,80}},|,)? (?i:(?:anmälde|anmäler|meddelade|uppgav) (?:åter |återigen |på nytt |även |också )?"
               r"(?:sig )?(?:som )?(?:jäv|jävig))"),
    re.compile(rf"{PEOPLE},? (?i:(?:deltog|deltar|var) (?:på grund av|pga\.?|med hänvisning till) jäv)"),
    re.compile(rf"{PEOPLE},? (?i:(?:var|är|ansåg sig|förklarade sig) (?:vara )?jävig)"),
    re.compile(rf"(?i:på grund av jäv (?:deltog|deltar) (?:inte )?){PEOPLE}"),
    re.compile(rf"(?i:jäv(?: anmäldes)?(?: av)?:) {PEOPLE}"),
    re.compile(rf"{PEOPLE} (?i:(?:deltog|deltar) inte i (?:handläggningen|behandlingen|beslutet|ärendet)\w*,? (?:på grund av|pga\.?|med hänvisning till) jäv)"),
    # The referat's word order, the verb first: `Innan ärendet företogs anmälde Gösta Wennerholm jäv, …`.
    re.compile(rf"(?i:\banmälde|\banmäler) {PEOPLE} (?i:jäv)\b"),
)
NOT_A_PERSON = re.compile(
    r"^(?:styrelsen|ordförande\w*|förbundschef\w*|kansliet|ärendet|beslutet|ledamöter\w*|ingen|samtliga|alla|"
    r"protokollet|paragrafen|mötet|votering|den|det|de|han|hon)$",
    re.I,
)
ABSTAINED_BY_NAME = re.compile(rf"{PEOPLE},? (?i:avstod|avstår|lade ned sin röst|lade ner sin röst)(?!\s*:)")
"""`medan Johanna Månsson avstod`: one abstention a name (not the names before a roll call's
`Avstår:`, which begins the list of those who abstained)."""

# -- Abbreviations ---------------------------------------------------------------------------

PUBLIC_BODIES = {
    "FK": "Försäkringskassan", "AF": "Arbetsförmedlingen", "SKR": "Sveriges Kommuner och Regioner",
    "RB": "Region Blekinge", "RS": "Region Skåne", "RH": "Region Halland", "VGR": "Västra Götalandsregionen",
    "RJL": "Region Jönköpings län", "RÖ": "Region Östergötland", "SLSO": "Stockholms läns sjukvårdsområde",
}
"""Common Swedish public-sector abbreviations, as notes write them (`Ansv: FK`), in capitals only."""
OFFICERS_SHORT = {"fc": "förbundschefen", "fch": "förbundschefen", "ordf": "ordföranden", "v ordf": "vice ordföranden",
                  "sekr": "sekreteraren"}
"""Officers as notes shorten them (`Ansv: fc`), in lower case."""
WORDS_SHORT = {"handl": "handlingarna", "m": "med", "o": "och", "enl": "enligt", "ev": "eventuellt", "ang": "angående",
               "fr.o.m": "från och med", "t.o.m": "till och med", "prot": "protokollet", "dagordn": "dagordningen"}
"""Words notes shorten with a full stop (`till handl.`, `avtalet m. X`); `o` for `och` stands alone."""
MONTHS_SHORT = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
                "okt": 10, "nov": 11, "dec": 12}
"""Months shortened (`feb 2066`, `dec-mötet`)."""
