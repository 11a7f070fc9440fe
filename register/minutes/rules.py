"""What a decision's wording does: one table, one row per phrasing the secretaries use.

A new phrasing in the minutes is one new row in `RULES` (and one test), built from the verbs
of `phrasebook.py`. Every row is tried on the decision's text with its whitespace collapsed,
ignoring case; each match adds the effects it implies. The decision's kind is that of the
first matching row with a kind, so the table's order is also the precedence (a plan adopted
while revoking is still a plan). A row may find that a match is not what it means (a
past-tense referral in a sentence about an earlier meeting): it raises `NotMeant` and the
match counts for nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import attrs

from domain.errors import InvalidValue
from domain.ids import DecisionId
from domain.values import DecisionKind, Party
from register.minutes import changed_grants, described, new_totals, officers, plans, projects, shared_grants, terminations, terse, towns, write_offs
from register.minutes.number_words import in_figures
from register.minutes.currency import currency_last
from register.minutes.go_between import without_go_between
from register.minutes.awaited import awaiting, returning_with, sent_to
from register.minutes.corrections import correction, named_correction
from register.minutes.dues import NEXT_MEETING, NO_DUE, due_after, due_in, without_due
from register.minutes.model import (AdoptDocument, AwardGrant, Defer, Effect, GiveAssignment, NotMeant, ReferBack,
                                    RequireReport, Revoke, WithdrawEarlier, WithdrawSelf)
from register.minutes.phrasebook import (ADOPT, AMOUNT, APPROVE, BOARD, CORRECT, DECISION_ID, DEFER, DEFERRAL_NOUN, GRANT, MONEY,
                                         POSTPONE, REFER_BACK, REFERRAL_NOUN, REJECT, REPLACE, REPORT, REPORT_KIND, REVOKE, SEND_BACK,
                                         STRIKE, TAKING_NOTE, THEIR, WITHDRAW, dotted_as_iso, kronor)
from register.minutes.references import citations
from register.minutes.voice import active, answered, board_said, tasked, with_att
from register.minutes.wording import PARTY, PARTY_WORDS, SUBJECT, document_title, responsible, sentence_at

Implies = Callable[[re.Match[str]], Iterable[Effect]]


@attrs.frozen
class Rule:
    pattern: re.Pattern[str]
    kind: DecisionKind | None
    """None for rows that only add to a decision (citations), never decide what it is."""
    implies: Implies
    """The effects of one match; raising InvalidValue turns the match into a warning."""


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_ID = rf"(?P<id>{DECISION_ID})"
_NUMBERED_ITEM = r"\d{1,2}/\d{4},? (?:p\.|punkt) ?\d"
_OWED_NOUN = r"(?:krav|uppdrag|rapportering|återrapportering|redovisning|återredovisning|rapport|slutrapport)\w*\b"
"""`2/2065 p. 19`: an item cited by its meeting's number and year, as terse notes cite it."""
# A sentence about what an earlier meeting did: `återremitterades i december`, `efter återremiss`.
_EARLIER = _p(r"\b(?:tidigare|förra|föregående|senaste|efter|sedan|vid (?:mötet|sammanträdet) (?:den )?\d)\b"
              rf"|\bbeslut {DECISION_ID}|\b\d{{4}}-\d{{2}}-\d{{2}}|\bi (?:januari|februari|mars|april|maj|juni|juli|"
              r"augusti|september|oktober|november|december)\b|§ ?\d")


def _grant(match: re.Match[str]) -> Iterable[Effect]:
    # The year may stand before the amount ("för 2026 med …") or after it ("… kr under 2026").
    tail = re.split(r"\. |;", match.string[match.end():], maxsplit=1)[0]
    year = next((y for words in (match["rest"], tail, match[0]) if (y := re.search(r"\b(?:19|20|21)\d\d\b", words))), None)
    purpose = _purpose(match["rest"]) or _purpose(tail)
    yield AwardGrant(Party.parse(match["party"]), int(year[0]) if year else None, kronor(match), purpose)


def _purpose(words: str) -> str:
    """`för förstudie om BIP` → `förstudie om BIP`; a bare year (`under 2026`) says no purpose."""
    purpose = re.sub(r"^(?:för|till)\s+", "", words.strip(" ,."), flags=re.IGNORECASE)
    purpose = re.sub(r"\s+(?:under|för|år)\s+(?:år\s+)?(?:19|20|21)\d\d$", "", purpose, flags=re.IGNORECASE)
    return "" if re.fullmatch(r"(?:(?:under|för|år)\s+)*(?:(?:19|20|21)\d\d)?", purpose, re.IGNORECASE) else purpose


def _parties(text: str) -> list[Party]:
    """`Region Blekinge och Karlskrona kommun`, `Försäkringskassan, Arbetsförmedlingen och …`, `Sölvesborg` (its kommun)."""
    return [towns.party(name) for name in re.split(r",\s*|\s+och\s+|\s+samt\s+", text.strip()) if name.strip()]


def _report(match: re.Match[str]) -> Iterable[Effect]:
    first, *others = _parties(match["parties"])
    subject = match["subject"]
    # The due may stand before the verb (`… på decembermötet ska redovisa …`) or in a sentence after it.
    due = due_in(match.string[match.start():])
    subject = re.sub(r"^(?:för|till|inför) styrelsen\s+", "", without_due(subject), flags=re.IGNORECASE)
    noun = re.search(REPORT_KIND, match.string[match.end("parties"):match.start("subject")], re.I)  # `lämna en delrapport`
    yield RequireReport(first, f"{noun[1]} {subject}" if noun else subject, due or NO_DUE, tuple(others))


def _assignment(match: re.Match[str]) -> Iterable[Effect]:
    if officers.reports_at(match.string, match.start()) or officers.in_purpose(match.string, match.start()):
        raise NotMeant  # `Att förbundschefen ska redovisa …`: the officer's report; `så att förbundschefen …`: why
    if officers.appointed(match["subject"]) or officers.at_the_meeting(match.string[match.end("who"):].strip(" ,")):
        raise NotMeant  # `förbundschefen utses att teckna förbundets firma`: an authority; `… hälsar välkomna`: told
    who = responsible(match["who"]) if match.groupdict().get("who") else "förbundschefen"
    due = due_in(match["subject"]) or due_in(match.groupdict().get("when") or "") or due_after(match.string[match.start("subject"):])
    yield GiveAssignment(who, without_due(match["subject"]), due or NO_DUE)


def _agenda_promise(match: re.Match[str]) -> Iterable[Effect]:
    due = NEXT_MEETING if match["when"].lower() == "nästa" else NO_DUE
    yield GiveAssignment("förbundschefen", match["subject"].strip(), due)


def _now_not_before(match: re.Match[str]) -> None:
    """A referral or deferral told in the past tense, in a sentence about an earlier meeting,
    is the matter coming back, not sent away again."""
    if match["verb"].lower() in _PAST_FORMS and _EARLIER.search(sentence_at(match.string, match.start())):
        raise NotMeant


def _referral(match: re.Match[str]) -> Iterable[Effect]:
    """A referral returns when the minutes say; where they name no time it has no due (unlike a
    deferral, which by its nature waits for the next meeting)."""
    _now_not_before(match)
    after = match.string[match.end():]
    yield ReferBack(due_in(after) or NO_DUE, sent_to(re.split(r"[.!?](?:\s|$)", after, maxsplit=1)[0]))


def _deferral(match: re.Match[str]) -> Iterable[Effect]:
    _now_not_before(match)
    _the_item_itself(match)
    yield Defer(due_in(match["rest"]) or NEXT_MEETING, awaiting(match["rest"]) or returning_with(match.string[match.end() + 1:]))


def _the_item_itself(match: re.Match[str]) -> None:
    """`flyttas`, `skjuts upp` defer the matter only when it is the matter that moves, or moves
    to a later meeting: `styrelsemötet i juni flyttas till den 15 juni` moves a meeting."""
    verb = match["verb"].lower()
    if verb in _DEFER_FORMS or re.search(DEFERRAL_NOUN, verb, re.IGNORECASE):
        return
    before = match.string[max(0, match.start() - 40): match.start()]
    if re.search(rf"\b{_THE_ITEM}\s+$", before, re.IGNORECASE) or re.search(rf"^\s*{_THE_ITEM}\b", match["rest"], re.IGNORECASE):
        return
    if re.search(r"\b(?:styrelse)?(?:möte|sammanträde)", match["rest"], re.IGNORECASE):
        return
    raise NotMeant


def _revocation(match: re.Match[str]) -> Iterable[Effect]:
    yield Revoke(DecisionId.parse(match["id"]))


def _supersession(match: re.Match[str]) -> Iterable[Effect]:
    yield Revoke(DecisionId.parse(match["id"]), superseded=True)


def _withdraw_earlier(match: re.Match[str]) -> Iterable[Effect]:
    yield WithdrawEarlier(DecisionId.parse(match["id"]))


_AS_A_BASIS = _p(r"\bsom (?:underlag|grund|utgångspunkt) för\b|\bför (?:samråd|remiss)\b|\b(?:sänds|skickas) på remiss\b")
"""`Förslaget … godkänns som underlag för samråd`: a draft sent out, adopted only after."""


def _document(match: re.Match[str]) -> Iterable[Effect]:
    if _AS_A_BASIS.search(match["phrase"]):
        raise NotMeant
    yield AdoptDocument(document_title(match["phrase"]))


def _withdrawal(match: re.Match[str]) -> Iterable[Effect]:
    yield WithdrawSelf()


def _kind_only(match: re.Match[str]) -> Iterable[Effect]:
    return ()


def _citation(match: re.Match[str]) -> Iterable[Effect]:
    found = citations(match.string)
    if found.problems:
        raise InvalidValue("; ".join(found.problems))
    yield from found.cites
    yield from found.references


_PAST_FORMS = {form.lower() for verb in (REFER_BACK, DEFER, POSTPONE) for form in verb.past}
_DEFER_FORMS = {form.lower() for form in DEFER.now + DEFER.past}
_WHO = officers.WHO
# What is approved without being adopted: a report (an acknowledgement) or the meeting's own papers.
_REPORTED = r"(?:redovisning|återrapport|rapport|lägesrapport|slutrapport|information|uppföljning)"
"""What is reported to the board: approving it takes note of it, it adopts no document. (A
delårsrapport approved is a document adopted to most hands, an acknowledgement to some:
`hands_differ.py` puts it to review.)"""
_NOT_A_DOCUMENT = rf"(?:(?:[\w-]+ )?[\w-]+s )?(?:den |det )?(?:ekonomiska )?(?:{_REPORTED}|dagordning|protokoll|föregående)"
"""What `godkänna` takes that is no document: a report (`förbundschefens redovisning`), the agenda."""
_NOT_WHO = r"(?:till|vid|senast|före|inför|i|på|under)\b"
"""`att till nästa sammanträde redovisa …`: when, not who, after `att`."""
_PARTIES = rf"(?P<parties>{PARTY_WORDS}(?:(?:, | och | samt ){PARTY_WORDS})*)"
_WHEN = r"(?P<when>(?:,? [^.]{0,60}?,?)?)"
"""What may stand between who reports and the verb: `senast den 23 oktober 2026`, `på decembermötet`."""
_INTERIM = r"(?:delårs|tertial|halvårs)(?:rapport|redovisning|bokslut)\w*"
_REPORT_NOUN = r"\w*?(?:rapport|redovisning|redogörelse|uppföljning|utvärdering|berättelse|lägesbeskrivning)\w*"
"""`lägesrapport`, `slutredovisning`, `startrapport`, `utvärdering`, `verksamhetsberättelsen`, `lägesbeskrivning`: any compound a report's noun ends."""
_REPORTS = (rf"(?:{REPORT.present}|(?:lämna|lämnar|ge|ger|(?:skicka|skickar|sända|sänder|lämna|lämnar) in) (?:en |sin |sina )?(?:\w+ )?(?:{_REPORT_NOUN}|besked)"
            r"|(?:inkomma|inkommer|komma in|kommer in|lämna in|lämnar in|skicka in|skickar in)"
            r"(?: till (?:förbundet|styrelsen|kansliet))? med"
            rf"|återkomm(?:a|er) (?:[^.]{{0,60}}? )?med (?:en )?(?:\w+ )?{_REPORT_NOUN})")

# Rows that other code asks for by name (paragraphs outside decisions use only these).
PLANS = tuple(Rule(pattern, DecisionKind.PLAN, plans.adopted) for pattern in plans.NAMED)
"""A party's FINSAM-plan adopted, in each word order `plans.py` knows."""
DEFERRAL = Rule(
    _p(rf"(?P<verb>{DEFER.present}|{DEFER.earlier}|{POSTPONE.present}(?=[^.]*\b(?:till|upp|fram)\b)|{POSTPONE.earlier}"
       rf"|{DEFERRAL_NOUN})(?P<rest>[^.]*)"),
    DecisionKind.DEFERRAL, _deferral)
_THE_ITEM = r"(?:ärendet|frågan|punkten|beslutet|behandlingen|dragningen|presentationen|\w*information\w*)"


def _prose_deferral(match: re.Match[str]) -> Iterable[Effect]:
    """In prose, only the item itself is deferred: `skjuts informationen till hösten` or `skjuts
    till nästa möte`, not `kontrollen flyttas till hösten`; `bordläggs` always means the item."""
    to_a_meeting = re.search(r"\b(?:styrelse)?(?:möte|sammanträde)", match["rest"], re.IGNORECASE)
    if match["verb"].lower() not in _DEFER_FORMS and not (match["subject"] or match["object"] or to_a_meeting):
        raise NotMeant
    # `Punkten sköts därför upp till nästa styrelsemöte`: this meeting's deferral told in the past
    # tense; `bordlades vid förra mötet` tells of an earlier one.
    if match["verb"].lower() in _PAST_FORMS and (not _LATER.search(match["rest"])
                                                  or _EARLIER.search(sentence_at(match.string, match.start()))):
        raise NotMeant
    yield from _deferral(match)


_LATER = _p(r"\btill (?:nästa|nästkommande|ett senare|kommande|styrelsens nästa)\b")
PROSE_DEFERRAL = Rule(
    _p(rf"(?:\b(?P<subject>{_THE_ITEM}) )?(?P<verb>{DEFER.present}|{DEFER.earlier}|{POSTPONE.earlier}"
       rf"|{POSTPONE.present}(?=[^.]*\b(?:till|upp|fram)\b))"
       rf"(?: (?P<object>{_THE_ITEM})\b)?(?P<rest>[^.]*)"),
    DecisionKind.DEFERRAL, _prose_deferral)
"""In prose, `Ärendet bordläggs …` defers, and so does `sköts upp till nästa möte`; `Ärendet
bordlades …` without a later meeting to go to tells of an earlier one."""
CITATION = Rule(_p(r"^"), None, _citation)
"""Once per text: every citation in it (`citations` finds them all)."""

RULES: tuple[Rule, ...] = (
    # Att upphäva beslutet den 7 april, § 19, att bevilja … / … upphävs: described, not named (`described.py`).
    Rule(_p(rf"(?:{REVOKE.present}|{REVOKE.earlier}) (?:(?:besluts)?punkt \d+ i )?(?:{THEIR}beslut(?:et)?\b(?! {DECISION_ID})|(?![^.]*?{DECISION_ID})(?=[^.]*?§ ?\d))"
            rf"|\bbeslut(?:et)?\b(?! {DECISION_ID})[^.]*? {REVOKE.present}"),
         DecisionKind.REVOCATION, described.revoked),
    # … som ersätter § 5/2028 punkt 1, med ändring av beslutet den …, § 7: what a new decision replaces, described (no kind).
    Rule(_p(rf"(?:{REPLACE.present}|\bmed ändring av) (?=[^.]*?(?:§ ?\d|\bnr\.? ?\d{{4}} ?[:/-] ?\d|{_NUMBERED_ITEM}|\b(?:styrelse)?möte|\bsammanträde|\bprotokoll(?:et)? nr\b"
            r"|\(\d{1,2} ?/ ?\d{4},? (?:punkt|p\.) ?\d|\b\d{1,2}/\d{1,2},? \(?(?:punkt|p\.) ?\d))"),
         None, described.superseded),
    Rule(_p(r"§ ?\d+[^.]*?\bupphör(?:a)? att gälla\b"), None, described.superseded),  # … fastställd den 14 februari, § 10, upphör att gälla
    # Beslutet från möte nr 3, punkt 10, utgår / återkallar sitt beslut den …, § 38: struck, described (not `detta beslut`).
    Rule(_p(rf"(?<!detta )\bbeslut(?:et)?\b(?! {DECISION_ID})(?=[^.]*?(?:§|\bnr\b|\bpunkt\b))[^.]*? {STRIKE.present}"
            rf"|{WITHDRAW.present} {THEIR}beslut(?:et)?\b(?! {DECISION_ID})(?=[^.]*?§)"),
         DecisionKind.WITHDRAWAL, described.struck),
    # Kravet enligt beslut 2068-04-05 § 21 punkt 2 avskrivs / Uppdraget i § 12 punkt 2 avskrivs: a follow-up written
    # off, described (its id cited is a `Cite`).
    Rule(_p(rf"\b(?:beslut(?:et)?\b(?! {DECISION_ID})|{_OWED_NOUN})(?=[^.]*?§ ?\d)[^.]*? avskriv(?:s|es)\b"
            rf"|\bavskriv(?:a|er)\b (?:[\w-]+ ){{0,3}}?(?:beslut(?:et)?\b(?! {DECISION_ID})|{_OWED_NOUN})(?=[^.]*?§ ?\d)"),
         None, described.written_off),
    # Att avslå ansökan … (not `avslå yrkandet om återremiss`, procedure; `bevilja 200 000 kr och avslå i övrigt`: a grant)
    Rule(_p(rf"^(?!.*?{GRANT.present}[^.]*?\d).*?{REJECT.present} (?!(?:\w+ )?yrkande)"), DecisionKind.REJECTION, _kind_only),
    # Att rätta Beslut <id> så att beloppet uppgår till N kr / att rätta § 7 i protokollet från <datum>
    Rule(_p(rf"{CORRECT.present} {THEIR}(?:[\w-]+ ){{0,3}}?(?:i |under )?(?:beslut {_ID}|beslut(?:et)? nr\.? ?\d{{4}}|§ ?\d+|{_NUMBERED_ITEM}"
            r"|(?:föregående |tidigare )?protokoll(?:et)?\b|beslut(?:et)? (?=[^.]*?§ ?\d))"
            rf"|\b(?:beslut(?:et)?\b(?! {DECISION_ID})|protokoll(?:et)?\b)(?=[^.]*?§ ?\d)[^.]*? rättas\b"),  # Beslutet i § 4/2042 rättas så att …
         DecisionKind.CORRECTION, correction),
    # Att godkänna rättelsen av föregående protokoll; `som rättelse av protokollet från 2026-02-09 §06, fastställa att …`
    Rule(_p(r"\brättelse(?:n|r|rna)?\b"), DecisionKind.CORRECTION, named_correction),
    # Att rätta beslutet så att beloppet ska vara …: the decision the § cites (what it corrects, its item says)
    Rule(_p(rf"{CORRECT.present} (?:beslutet|beloppet|summan|protokollet|paragrafen|uppgiften)\b"), DecisionKind.CORRECTION, _kind_only),
    # Att fastställa <part>s FINSAM-plan <år> och bevilja medel … med <N> kr / <part>s FINSAM-plan <år> fastställs.
    *PLANS,
    # Att bevilja <part> medel (projektbidrag, stöd) för … <år> med <N> kr.
    Rule(_p(rf"{GRANT.present} {PARTY} (?:ytterligare )?{MONEY}\b(?P<rest>[^.]*?)\bmed {AMOUNT}"),
         DecisionKind.GRANT, _grant),
    # Att bevilja medel till <part> med <N> kr för … <år>.
    Rule(_p(rf"{GRANT.present} (?:ytterligare )?{MONEY} (?:till|åt) {PARTY}(?P<rest>[^.]*?)\bmed {AMOUNT}"),
         DecisionKind.GRANT, _grant),
    # Att bevilja <part> <N> kr för … <år>; in plain words, att ge <part> <N> kr.
    Rule(_p(rf"(?:{GRANT.present}|\bge|\bger) (?:sålunda |således |därför |därmed )?(?!medel\b){PARTY} (?:(?:för|till) (?:(?:år )?(?:19|20|21)\d\d |(?:(?!ska|skall|är|blir|vara|uppgår)[^\s.;\d]+ ){{1,8}}?))?(?:ytterligare |totalt |sammanlagt |ett (?:bidrag|stöd|anslag) (?:om|på|med) |en (?:ny )?(?:total |sammanlagd )?ram (?:om|på) )?{AMOUNT}(?P<rest>)"),
         DecisionKind.GRANT, _grant),
    *(Rule(*row) for row in (*projects.ROWS, *shared_grants.RULE_ROWS, *changed_grants.ROWS, *write_offs.RULE_ROWS)),  # projects, no party's, raised
    # Att detta beslut utgår. / Utgår.
    Rule(_p(rf"\b(?:detta beslut|beslutet|ärendet|punkten) {STRIKE.present}|^(?:att\s+)?{STRIKE.present}\W*$"),
         DecisionKind.WITHDRAWAL, _withdrawal),
    # Att Beslut <id> utgår / Att dra tillbaka Beslut <id>
    Rule(_p(rf"\bbeslut {_ID} (?:{STRIKE.present}|dras tillbaka)"), DecisionKind.WITHDRAWAL, _withdraw_earlier),
    Rule(_p(rf"{WITHDRAW.present} {THEIR}beslut {_ID}"), DecisionKind.WITHDRAWAL, _withdraw_earlier),
    # Att återremittera ärendet … till styrelsemötet i <månad> <år>. / Återremiss – kansliet kompletterar.
    Rule(_p(rf"^\W*(?P<verb>{REFERRAL_NOUN})(?!\s+(?:av|från)\b)"), DecisionKind.REFERRAL, _referral),
    Rule(_p(rf"(?<!\bdet )(?<!\bden )(?P<verb>{REFER_BACK.present}|{REFER_BACK.earlier})"), DecisionKind.REFERRAL, _referral),
    Rule(_p(SEND_BACK), DecisionKind.REFERRAL, _referral),  # skicka tillbaka ansökan / (återremiss)
    # Att upphäva Beslut <id> …
    Rule(_p(rf"{REVOKE.present} {THEIR}beslut {_ID}"), DecisionKind.REVOCATION, _revocation),
    Rule(_p(rf"\bbeslut {_ID} {REVOKE.present}"), DecisionKind.REVOCATION, _revocation),
    # … som ersätter Beslut <id> (what replaces it says what kind of decision it is)
    Rule(_p(rf"{REPLACE.any} (?:därmed |härmed )?(?:{THEIR}(?:tidigare )?beslut )?{_ID}"),
         None, _supersession),
    *(Rule(*row) for row in terminations.ROWS),  # Att säga upp avtalet … / Styrelsen säger upp … / … sägs upp
    # Att <part> (och <part>) ska (tillsammans) återrapportera <ämne> vid styrelsens <månad>-möte <år>.
    Rule(_p(rf"\bAtt (?!förbundschef|kansli|projekt|insats|styrgrupp|teamet|uppdra\b|ålägga\b|begära\b|{_NOT_WHO}){_PARTIES}{_WHEN} (?:ska |skall )?(?:tillsammans |gemensamt )?{_REPORTS} {SUBJECT}"),
         DecisionKind.REPORT, _report),
    # Att uppdra åt / ålägga <part> att återrapportera …, förutsätta att <part> redogör …, begära att <part> … inkommer med …
    Rule(_p(rf"\b(?:uppdra(?:r|s|de)? (?:åt )?|ålägg(?:a|er|s|er) |förutsätt(?:a|er) att |begär(?:a|er|s)? att )"
            rf"(?!(?:åt )?(?:förbundschef|kansli|projekt|insats|styrgrupp|teamet)|åt\b|{_NOT_WHO}){_PARTIES}{_WHEN} (?:att )?(?:tillsammans |skriftligen |muntligen )?{_REPORTS} {SUBJECT}"),
         DecisionKind.REPORT, _report),
    # Att godkänna uppföljningen som förbundets delårsrapport …: adopts it (hands differ, `hands_differ.py`)
    Rule(_p(rf"{APPROVE.present} (?P<phrase>(?:[\w-]+ ){{1,3}}?som (?:[\w-]+ ){{0,2}}?{_INTERIM}[^.]*)"),
         DecisionKind.DOCUMENT, _document),
    # Att fastställa "<dokument>" som … / … och fastställa <dokument> för … / Att godkänna <dokument>
    # (not a party's FINSAM-plan, not what someone is asked to adopt later, not a report approved and placed on file)
    Rule(_p(rf"(?:(?<!uppdrag )\batt |\b(?:och|samt) |\b{BOARD} )(?:{ADOPT.present} "
            rf"|{APPROVE.present} (?!{_NOT_A_DOCUMENT})(?!(?:[\w-]+ )?[\w-]*(?:rapport|redovisning)\w*[^.]*\btill handlingarna\b))"
            r"(?!(?:[\w-]+ ){0,3}FINSAM-plan)(?P<phrase>.+?)(?:\.(?: |$)|$)"),
         DecisionKind.DOCUMENT, _document),
    # Att ge förbundschefen i uppdrag att … till nästa styrelsemöte.
    Rule(_p(rf"\b(?:ge|ger|gav|ges) {officers.GIVEN} (?:i )?uppdrag(?:et)? att {SUBJECT}"),
         DecisionKind.ASSIGNMENT, _assignment),
    # Att uppdra åt kansliet att …
    Rule(_p(rf"\buppdra(?:r|s|de)? (?:åt )?{_WHO} att {SUBJECT}"),
         DecisionKind.ASSIGNMENT, _assignment),
    # Förbundschefen fick i uppdrag att …
    Rule(_p(rf"\b{_WHO} (?:fick|får|ges|gavs) (?:i )?uppdrag(?:et)? att {SUBJECT}"),
         DecisionKind.ASSIGNMENT, _assignment),
    *(Rule(*row) for row in officers.RULE_ROWS),  # Att förbundschefen ska redovisa …: a report the officer owes
    # Att förbundschefen ska … / Att förbundschefen till nästa styrelsemöte redovisar …
    Rule(_p(rf"\bAtt {_WHO}{_WHEN} (?:ska |skall )?{SUBJECT}"),
         DecisionKind.ASSIGNMENT, _assignment),
    # Vid ett kommande styrelsemöte ska <ämne> tas upp …
    Rule(_p(r"\bvid (?:ett )?(?P<when>kommande|nästa) styrelsemöte ska (?P<subject>.+?) "
            r"(?:tas upp|redovisas|presenteras|behandlas)\b"),
         DecisionKind.ASSIGNMENT, _agenda_promise),
    # … skjuts till nästa styrelsemöte. / Att bordlägga ärendet.
    DEFERRAL,
    # Att lägga återrapporten till handlingarna. / Styrelsen godkände redovisningen … / Att notera informationen.
    Rule(_p(rf"{TAKING_NOTE}|\bgodk(?:änna|änner|ände|änns|ändes) (?:(?:[\w-]+ )?[\w-]+s )?(?:den |det )?(?:ekonomiska )?{_REPORTED}\w*"),
         DecisionKind.ACKNOWLEDGEMENT, _kind_only),
    # … (Beslut <id>) / enligt Beslut <id> / återremitterat 2026-02-16 § 8: adds citations to any decision.
    CITATION,
)

@attrs.frozen
class Classification:
    kind: DecisionKind
    effects: tuple[Effect, ...]
    classified: bool
    """False when no row decided the kind: the decision is kept verbatim for review."""
    problems: tuple[str, ...] = ()
    """Matches that could not become effects (unknown party, malformed cited id …)."""


def classify(text: str, rules: Iterable[Rule] = RULES) -> Classification:
    """What a decision's text is and does; a text no rule knows is read again said verb first,
    where it was said subject first in the passive (`voice.py`)."""
    labels = terse.labelled(terse.expanded(in_figures(currency_last(without_go_between(text)))))
    text = labels.body
    found = _classified(text, rules)
    if not found.classified and rules is RULES and (said := board_said(text) or answered(text) or tasked(text) or active(text) or with_att(text)) is not None:
        again = _classified(said, rules)
        if again.classified:
            found = again
    return attrs.evolve(found, effects=terse.applied(found.effects, labels))


def _classified(text: str, rules: Iterable[Rule]) -> Classification:
    flat = dotted_as_iso(" ".join(text.split()))
    kind: DecisionKind | None = None
    effects: list[Effect] = []
    problems: list[str] = []
    for rule in rules:
        for match in rule.pattern.finditer(flat):
            try:
                found = list(rule.implies(match))
            except NotMeant:
                continue
            except InvalidValue as error:
                problems.append(str(error))
                continue
            if kind is None and rule.kind is not None:
                kind = rule.kind
            effects.extend(effect for effect in found if effect not in effects)
    effects = new_totals.at_new_total(flat, _once_each(described.without_described_content(effects)))
    kind, effects = write_offs.duty_not_owed(kind, effects)
    if kind is DecisionKind.PLAN:
        effects = plans.without_its_document(effects)
    if kind is DecisionKind.REFERRAL:
        # `återremittera … och skjuta beslutet till februari`: one referral, not a deferral too.
        effects = [e for e in effects if not isinstance(e, Defer)]
    return Classification(kind or DecisionKind.OTHER, tuple(effects), kind is not None, tuple(problems))


def _once_each(effects: list[Effect]) -> list[Effect]:
    """`fastställa X:s plan för 2060 och (X beviljas) 780 000 kr (för 2060)`: the plan's grant and the bare
    grant read from the same words are one grant, not two; the bare one goes."""
    grants = [e for e in effects if isinstance(e, AwardGrant)]

    def bare(g: AwardGrant) -> bool:
        return not g.project and (not g.purpose or bool(re.search(r"plan(?:en|ens)\b", g.purpose)))
    told = [g for g in grants if bare(g) and any(not bare(o) and g.year in (None, o.year)
                                                 and (o.party, o.amount_sek) == (g.party, g.amount_sek) for o in grants)]
    return [e for e in effects if e not in told]
