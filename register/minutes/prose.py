"""Decisions told in running prose, in a § from which no decision was read otherwise:
`Styrelsen fastställde Ronneby kommuns FINSAM-plan 2030 och beviljade 2 480 000 kr för dess
genomförande`, `Styrelsen beslöt att fastställa internkontrollplan 2030`, `Det beslutades också
att …`, `Förbundschefen fick i uppdrag att …`. Each sentence whose subject is the board and whose
finite verb is one of deciding (known by its lemma, `voice.py`) is a decision of its own, said as
the register says decisions: `Att fastställa … och bevilja …`. So is the board taking note now
(`Styrelsen noterar informationen`, `noting.py`), each lettered report noted (`lettered.py`) and the
item struck (`Ärendet utgår`).
"""

from __future__ import annotations

import re
from collections import Counter

from domain.ids import DecisionId, ItemRef, MeetingId
from domain.values import DecisionKind
from register.minutes.apart import decided_again_apart, duties_apart
from register.minutes.att_clauses import att_clauses, said_directly
from register.minutes.decisions import Found, RawDecision
from register.minutes import initials, misspelt, officers, terse, towns
from register.minutes.lettered import noted_points
from register.minutes.model import ParseWarning
from register.minutes.noting import noting
from register.minutes.past_told import BY_THE_BOARD, by_the_board, decided_in_past, noted_now, tells_in_past
from register.minutes.phrasebook import BOARD, MONTH, MONTHS, STRIKE
from register.minutes.rules import classify
from register.minutes.text import Line, bare_clause, heading, is_decision_label
from register.minutes.verb_first import clauses, subject_first, verb_first
from register.minutes.voice import board_said, infinitive_of
from register.minutes.wording import is_formality

_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")
_THEN = r"(?:(?:därefter|sedan|därpå|härefter|slutligen|till\s+sist|enhälligt|enigt|således|därför|alltså|därmed|därigenom)\s+)?"
"""`Styrelsen beslutade därefter att …`, `beslöt alltså att`: an adverb between the verb and its clause."""
_BY_VOTE = r"(?:(?:efter|genom)\s+(?:votering|omröstning|sluten\s+omröstning)(?:\s*\([^()]{1,20}\))?,?\s+|med\s+\d+\s+röster\s+mot\s+\d+,?\s+)?"
"""`Styrelsen beslutade efter votering (5–2) att …`, `med 5 röster mot 2`: how it was decided, before the clause."""
_AS_PROPOSED = r"(?:(?:i\s+enlighet\s+med|enligt)\s+(?:\S+\s+){0,2}?(?:förslag|yrkande)\w*\s+)?"
"""`Styrelsen beslöt i enlighet med förslaget att bevilja …`: the clause says itself what was decided."""
_LEAD = r"(?P<lead>[A-ZÅÄÖ][^.;:\d]{0,150}?)"
"""`Efter en kort diskussion`, `Sedan Lisa Holm anmält att kommunen ville komplettera underlaget` before
the verb: the board then follows it (`beslutade styrelsen`), or comes after `så` (`…, så styrelsen beslöt att …`)."""
_EARLIER = re.compile(rf"\b(?:{'|'.join(MONTHS)}|tidigare|förra|föregående|senaste|möte\w*|sammanträde\w*|år\w*|våras|höstas"
                      r"|vintras|somras|då|dessförinnan)\b", re.I)
"""A lead that places the decision at an earlier time (`I februari beslutade styrelsen att …`) retells it."""
_VERB = r"(?:beslöt|beslutade|beslutar|har\s+beslutat|hade\s+(?:alltså|således|därmed)\s+beslutat)"
"""`Mötet hade alltså beslutat att …` after a vote: what the count decided."""
_ALSO = r"(?:tillika|därjämte|likaledes|likaså|dessutom|vidare|även|också|därtill)"
"""`Tillika beslöts att …`: decided as well, said before the verb."""
_COUNTED_FIRST = r"Med\s+\w+\s+(?:ja-?)?röster\s+mot\s+\w+(?:\s+(?:nej-?)?röst(?:er)?)?,?\s+"
"""`Med 5 röster mot 1 beslöt styrelsen att …`, `Med sex ja-röster mot tre nej-röster hade styrelsen således beslutat
att …`: the count leads, before the board's verb."""
_RESOLVED = re.compile(rf"^(?:{BOARD}\s+{_VERB}|(?:(?P<also>{_ALSO})\s+)?(?:Det\s+)?(?:beslutades|beslöts)|{_COUNTED_FIRST}(?:{_VERB}\s+{BOARD}|hade\s+{BOARD}\s+(?:alltså\s+|således\s+|därmed\s+)?beslutat)"
                       rf"|{_LEAD}\s+(?:{_VERB}\s+{BOARD}|beslutades|beslöts|så\s+{BOARD}\s+{_VERB}))"
                       rf"\s+(?P<more>(?:också|även|vidare|dessutom|därtill|tillika|likaledes|därjämte)\s+)?{_BY_VOTE}{_THEN}{_AS_PROPOSED}att\s+(?P<rest>.+)$", re.I)
_STRUCK = re.compile(rf"^(?:(?P<what>Ärendet|Punkten|Paragrafen)\s+(?:(?P<verb>{STRIKE.present})|(?:utgick|avfördes)(?=\s+från\s+"
                     r"(?:dagordningen|föredragningslistan)(?:[,.]|$)|,|\.?$))|(?P<bare>Utgår|Avförs)\b)(?P<rest>[^.;:]*)(?:[;:][^.]*)?\.?$")
"""`Ärendet utgår från dagens föredragningslista och avskrivs`, `Punkten utgår`: the item struck, said as a decision;
`Ärendet utgick från dagordningen, sedan …`, `Ärendet utgick, sedan …` too, the agenda or nothing else named (no other
meeting's), and in terse minutes the verb alone (`Utgår – förslaget har inte kommit in.`, `Utgår; …`)."""
_ENDED = re.compile(r"^(?:(?P<board>Styrelsen|Direktionen|Nämnden)\s+säger\s+upp\s+(?P<object>\S[^;]*)|(?P<what>(?=[A-ZÅÄÖ])[\w-]*(?i:avtal)\w*\b"
                    r"[^;:]{0,120}?)\s+sägs\s+upp\b(?P<rest>[^;]*))$")
"""`Avtalet med Heddinge kommun om ekonomiadministration sägs upp …`, `Styrelsen säger upp avtalet …`: an agreement ended."""
_STRIKES_ITEM = re.compile(rf"^Att\s+(?:ärendet|punkten|frågan)\s+{STRIKE.present}", re.I)
"""`Styrelsen beslöt att ärendet skulle utgå från dagens dagordning`: the item struck, no formality."""
_DECIDED_ATT = re.compile(r"\b(?:beslöt|beslutade)\s+att\b")
_PARAGRAPHS = re.compile(r"\n\s*\n")
"""A blank line ends a sentence too: `Förslaget innehåller` / `1. Firmatecknare` / … / `Styrelsen fastställde …`."""
_NONE_TAKEN = re.compile(r"\b(?:(?:Något|Inget|Inga)\s+beslut\s+fattas|Beslut\s+fattas\s+inte)\b"
                         r"|\b(?:något|ej\s+något)\s+beslut\s+(?:fattas|fattades|togs|tas)\s+inte\b"
                         r"|\binget\s+beslut\s+(?:fattas|fattades|togs|tas)\b"
                         r"|\bföranled(?:de|er)\s+(?:inget|ingen|inte\s+något|inte\s+någon)\s+(?:beslut|åtgärd)", re.I)
"""`Något beslut fattas inte`, `Punkten föranledde inget beslut`: the § says it decided nothing, so the
board taking note in it is no decision."""
_PRESENTED = re.compile(r"^(?:Beslut\s+i\s+(?:detta\s+)?ärende[nt]?\s+har\s+fattats\s+av|\S+(?:\s+\S+){0,3}\s+har\s+beslutat\s+i\s+detta\s+ärende)\b",
                        re.I)
"""An agency's closing line under each point: who decided and who presented it, no decision of its own."""
_BESIDE = r"(?:(?:därför|därefter|därmed|därpå|sedan|också|även|vidare|dessutom|slutligen|således)\s+)?"
"""`Styrelsen uppdrog därför åt …`, `Förbundschefen fick därefter i uppdrag …`: an adverb after the verb."""
_COMMISSIONED = re.compile(rf"^(?:{BOARD}\s+(?:uppdrar|uppdrog|har\s+uppdragit)|Uppdrogs|Uppdras)\s+{_BESIDE}(?:åt\s+)?(?P<rest>\S.+)$",
                           re.I)
"""`Styrelsen uppdrog åt förbundschefen att utreda …`, `Uppdrogs åt förbundschefen att …`: an
assignment, said with the board's own verb or in the passive."""
_GIVEN_TASK = re.compile(rf"^{BOARD}\s+(?:gav|ger|har\s+gett|har\s+givit)\s+(?P<who>\S.{{0,60}}?)\s+i\s+uppdrag\s+att\s+(?P<rest>.+)$",
                         re.I)
"""`Styrelsen gav förbundschefen i uppdrag att …`, `Vi gav kansliet i uppdrag att …`: an assignment."""
_TASKED = re.compile(rf"^{officers.GIVEN}\s+(?:fick|får|gavs|ges)\s+{_BESIDE}"
                     r"(?:i\s+)?uppdrag(?:et)?\s+att\s+(?P<rest>.+)$", re.I)
"""`Förbundschefen fick i uppdrag att …`, `Verksamhetsledaren Karin Malmberg fick i uppdrag att …`, or the
officer by name alone (`Karin Malmberg fick i uppdrag att …`): an assignment told with the officer as subject."""


_DONE = re.compile(r"\b(?:fick|gavs|gav|uppdrog|uppdrogs|har\s+(?:gett|givit|uppdragit))\b", re.I)


def _tasked_as_done(sentence: str) -> bool:
    """`Karin Malmberg fick i uppdrag att …`, `Styrelsen uppdrog åt kansliet att …`: a task given, told as
    done, beside the decision read before it; a proposal says what the board should do, never this."""
    task = _TASKED.match(sentence) or _GIVEN_TASK.match(sentence) or _COMMISSIONED.match(sentence)
    return task is not None and _DONE.search(sentence[:task.start("rest")]) is not None


def decisions_in(text: str, only_more: bool = False) -> list[str]:
    """The decisions a § tells in prose, each as `Att …`, in order; none where it tells none.
    `only_more`: just those said to be decided as well (`Det beslutades också att …`), for a §
    whose first decision was read otherwise."""
    found = []
    sentences = [(k, s) for k, paragraph in enumerate(_PARAGRAPHS.split(text)) for s in _SENTENCES.split(" ".join(paragraph.split()))]
    none_taken = _NONE_TAKEN.search(" ".join(text.split())) is not None
    for at, (paragraph, whole) in enumerate(sentences):
        # A member's report told as a plain future right after the board's decision, in its paragraph
        # (not where the § has its decisions read: then it is a proposal's point, or their retelling).
        # The paragraph after the decision's may tell it too (`Beslöts att bevilja …` / blank / `Kommunen lämnar
        # delrapport senast 31 maj.`), the sentence right after it.
        before = sentences[at - 1] if at else None
        if not only_more and before and paragraph - before[0] <= 1 and _said(before[1].strip()) and (owed := _owed(whole.strip())):
            found.append(owed)
            continue
        for sentence in _each_decided(whole.strip()):
            if only_more and not ((resolved := _RESOLVED.match(sentence)) and (resolved["more"] or resolved["also"])) \
                    and verb_first(sentence) is None and not _tasked_as_done(sentence):
                continue  # a verb said first in the passive, or a task given, is a decision of its own, never the one read
            said = _said(sentence)
            if none_taken and said is not None and said == noting(sentence):
                continue  # `Styrelsen noterar informationen. Något beslut fattas inte.`
            # `Ärendet utgår från dagordningen` names the agenda, but strikes an item: no formality.
            if said is not None and (_STRUCK.match(sentence) or _STRIKES_ITEM.match(said) or not is_formality(said)):
                found += [duty for part in decided_again_apart(_LAID.sub("ska", said, count=1)) for duty in duties_apart(part)]
    if not found and not only_more:
        # A terse § that only lays a duty: `Ronneby kommun lämnar slutrapport för Stegvis senast 2128-02-28.`
        found = [owed for _, whole in sentences if _DATED.search(whole) and (owed := _owed(whole.strip()))]
    return found


_OWES = re.compile(r"^(?P<who>[A-ZÅÄÖ][\w-]*(?: (?:kommuns?|[A-ZÅÄÖ][\w-]*))?) (?:(?:ska|skall|ålades att|åläggs att) (?:också |även |dessutom )?"
                   r"(?:[^.;]{0,40}? )?(?:lämna|redovisa|rapportera|återrapportera|återkomma med|inkomma med|skicka in)\b"
                   r"|(?:lämnar|redovisar|rapporterar|återrapporterar|återkommer med|skickar in)\b(?=[^.;]*?"
                   r"\b(?:senast|till (?:nästa |styrelsens )?(?:möte|sammanträde|styrelsemöte)\w*|vid (?:nästa )?\w*(?:möte|sammanträde)\w*)\b))")
"""`Olofström ska lämna en rapport …`, `KK ska också återkomma med en uppföljning …`: a member owing
a report, told as a plain future after the board's decision; or in the present with a time to do it by
(`Tjärnå kommun lämnar delrapport senast 31 maj`, `… återrapporterar till nästa möte hur …`), or laid on it in the
past passive (`Karlshamns kommun ålades att senast … redovisa …`)."""


_DATED = re.compile(rf"\b(?:senast|till|vid|före)\b[^.;]{{0,40}}?(?:\b\d{{4}}-\d{{2}}-\d{{2}}\b|\b\d{{1,2}}\s+(?:{'|'.join(MONTHS)})\b)", re.I)
"""A time to report by, named as a day: what makes a member's present-tense sentence a duty owed."""
_OWED_ROW = re.compile(r"\bÅterrapport(?:ering)?\s*:\s*(?P<who>[A-ZÅÄÖ][\w-]*(?: (?:kommuns?|[A-ZÅÄÖ][\w-]*))?),\s*"
                       r"(?P<what>[^.:]*?\b(?:senast|till|vid|i)\b[^:]*?)\.?(?=\s+(?:Ansvarig|Återrapport)\w*\s*:|\s*$)")
"""`Återrapport: Region Blekinge, skriftlig redovisning senast 2127-10-31.` under a grant: a form's row naming
who reports what by when, a report owed of its own (a row naming no one is the decision's due, `dues.due_row`)."""


def owed_rows(text: str) -> list[str]:
    """The reports a § lays in form rows naming who owes them, each said as a decision."""
    return [f"Att {row['who']} ska återrapportera {row['what'].strip()}." for paragraph in _PARAGRAPHS.split(text)
            for row in _OWED_ROW.finditer(" ".join(paragraph.split()))]


def owed_after_told(text: str) -> list[str]:
    """The reports members owe, told right after a decision told as done (`Beslöts att bevilja …` /
    `Kommunen lämnar delrapport senast 31 maj.`), in a § whose decisions were read otherwise: where the
    decision is told as done it is the board's, not a proposal's point."""
    sentences = [(k, s.strip()) for k, paragraph in enumerate(_PARAGRAPHS.split(text)) for s in _SENTENCES.split(" ".join(paragraph.split()))]
    return [owed for (k, before), (at, sentence) in zip(sentences, sentences[1:])
            if at - k <= 1 and decided_in_past(_LABEL.sub("", before)) and _said(_LABEL.sub("", before)) and (owed := _owed(sentence))]


_LABEL = re.compile(r"^(?:Beslut|Beslutet|Styrelsens beslut)\s*:\s*", re.I)
"""`Beslut: Styrelsen beslöt att …`: the label the decision's sentence stands after, no part of it."""


_OWED_BY = re.compile(r"^(?P<what>(?:[\w-]+ )?\w*(?:rapport|redovisning|berättelse)\w*) (?:lämnas|redovisas|skickas in) av "
                      r"(?P<who>[A-ZÅÄÖ][\w-]*(?: (?:kommuns?|[A-ZÅÄÖ][\w-]*))?)(?P<rest> (?:senast|till|vid|i) [^.;]+)\.?$")
"""`Slutredovisning lämnas av Ljungsele kommun senast 31/1 2124.`: the report in the passive, the member
after `av`, with a time to give it by; said with the member first (`Att Ljungsele kommun lämnar …`)."""


def _owed(sentence: str) -> str | None:
    """A report a member named as the subject shall give, said as a decision (`Att Olofström ska …`)."""
    if (by := _OWED_BY.match(sentence)) is not None and towns.party_named(terse.expanded(by["who"])) is not None:
        sentence = f"{by['who']} lämnar {by['what'][:1].lower()}{by['what'][1:]}{by['rest']}."
    found = _OWES.match(sentence)
    if found is None or (towns.party_named(terse.expanded(found["who"])) is None and not initials.could_name(found["who"])):
        return None
    return f"Att {_LAID.sub('ska', sentence, count=1)}"


_LAID = re.compile(r"\b(?:ålades|åläggs) att\b")
"""`Karlshamns kommun ålades att senast den 15 juni redovisa …`: a duty laid on the member, said as the rules read one."""


def owed_told(text: str) -> bool:
    """Whether a decision read was a member's report told as a plain future, which no verb of deciding says."""
    return _OWES.match(text.removeprefix("Att ")) is not None


def _each_decided(sentence: str) -> list[str]:
    """A sentence that holds several decisions (`…, varjämte uppdrogs åt …`, `dels … dels …`,
    `beslöt att A, att B samt att C`) as one sentence each, where each is one; otherwise the
    sentence itself."""
    parts = clauses(sentence)
    if len(parts) > 1 and all(_said(part) is not None for part in parts):
        return parts
    resolved = _RESOLVED.match(sentence)
    if resolved is not None:
        head = sentence[:resolved.start("rest")]
        return [f"{head}{clause}" for clause in att_clauses(resolved["rest"])]
    said = _said(sentence) if _DECIDED_ATT.search(sentence) else None
    # `Styrelsen fann att … och beslöt att A samt att B`: the board's verb after one of judging.
    told = att_clauses(said[4:]) if said is not None and said.startswith("Att ") else []
    return [f"Styrelsen beslöt att {clause}" for clause in told] or [sentence]


def noted_in_past(text: str, board_only: bool = False) -> str | None:
    """In minutes told in the past (`past_told.py`), the sentences that close a § taking note
    (`Noterades. Redovisningen lades till handlingarna.`), said now as one decision; `board_only`:
    those with the board as subject (`Styrelsen noterade …`)."""
    closing: list[str] = []
    sentences = _SENTENCES.split(" ".join(text.split()))
    while sentences and _PRESENTED.match(sentences[-1]):
        sentences.pop()  # `Beslut i detta ärende har fattats av styrelsen efter föredragning av …`
    for sentence in reversed(sentences):
        now = noted_now(sentence.strip())
        if now is None or (board_only and not by_the_board(sentence.strip())):
            break
        closing.insert(0, noting(now) or now)
    return " ".join(closing) or None


_RECOUNTED = re.compile(rf"^{BOARD}\s+(?:har\s+|hade\s+)?\w+\s+(?:den\s+\d{{1,2}}\s+{MONTH}|\d{{4}}-\d{{2}}-\d{{2}}|\(?§\s*\d"
                        r"|\(?protokoll(?:et)?\s+nr\b|vid\s+(?:sitt\s+|förra\s+|föregående\s+)?(?:styrelse)?(?:möte|sammanträde)t?\s+den\b)",
                        re.I)
"""`Styrelsen uppdrog den 10 februari 2050 (protokoll nr 1/2050, punkt 9) åt förbundschefen …`: the
verb placed at another meeting at once tells what was decided then, not now."""


_VERB_THEN_BOARD = re.compile(rf",?\s+(?P<verb>[a-zåäö]+)\s+(?i:{BOARD})\s+(?=\S)")
_LEADING = re.compile(r"[A-ZÅÄÖ][^.;:\d]{0,150}")
"""`Efter vissa ändringar, som ordföranden föreslog och som styrelsen ställde sig bakom, antog styrelsen
riktlinjerna …`: a verb of deciding after a lead clause, the board after it."""


def _led(sentence: str) -> str | None:
    for found in _VERB_THEN_BOARD.finditer(sentence):
        lead = sentence[:found.start()]
        if _LEADING.fullmatch(lead) and not _EARLIER.search(lead) and (verb := infinitive_of(found["verb"])) is not None:
            return f"Att {verb} {sentence[found.end():]}"
    return None


def _said(sentence: str) -> str | None:
    if _RECOUNTED.match(sentence):
        return None
    if led := _led(sentence):
        return led
    if (resolved := _RESOLVED.match(sentence)) and not (resolved["lead"] and _EARLIER.search(resolved["lead"])):
        return f"Att {said_directly(resolved['rest'])}"
    if ended := _ENDED.match(sentence.rstrip(".")):
        return f"Att säga upp {ended['object'] or ended['what'][:1].lower() + ended['what'][1:] + ended['rest']}."
    if struck := _STRUCK.match(sentence):
        return f"Att {(struck['what'] or 'ärendet').lower()} {struck['verb'] or 'utgår'}{struck['rest']}."
    if given := _GIVEN_TASK.match(sentence):
        return f"Att ge {given['who']} i uppdrag att {given['rest']}"
    if commissioned := _COMMISSIONED.match(sentence):
        return f"Att uppdra åt {commissioned['rest']}"
    if tasked := _TASKED.match(sentence):
        who = tasked["who"] if re.fullmatch(officers.PERSON, tasked["who"]) else tasked["who"][:1].lower() + tasked["who"][1:]
        return f"Att ge {who} i uppdrag att {tasked['rest']}"
    # Terse minutes tell a decision in the present passive: `Sammanträdesplanen fastställs.`, `Återremitteras …`.
    return board_said(sentence) or noting(sentence) or verb_first(sentence) or verb_first(sentence, now=True) \
        or subject_first(sentence, now=True)


def add_told(found: Found, lines: list[Line], meeting: MeetingId) -> None:
    """The decisions told in prose under each § heading that has no decision read otherwise,
    and those told as decided as well under one that has, added to `found`, each at the line
    where its sentence begins."""
    decided = Counter(d.id.item.item for d in found.decisions if d.id.item.meeting == meeting)
    past = tells_in_past(lines)
    labelled = any(is_decision_label(line) for line in lines)
    starts = [(i, h) for i, line in enumerate(lines) if (h := heading(line)) is not None]
    for at, (i, h) in enumerate(starts):
        if is_formality(h.title):
            continue
        end = starts[at + 1][0] if at + 1 < len(starts) else len(lines)
        body = [line for k, line in enumerate(lines[i + 1:end], start=i + 1) if k not in found.consumed and line.text]
        points = [] if h.number in decided else noted_points(body)
        prose, slips = misspelt.respelt(_paragraphed(lines, range(i + 1, end), found.consumed))
        told = [p.text for p in points] or decisions_in(prose, only_more=h.number in decided)
        if not told and h.number not in decided:
            told = _bulleted(body)
        if h.number in decided and not points:
            told += owed_after_told("\n".join(lines[k].text for k in range(i + 1, end)))
        if told or h.number in decided:
            told += owed_rows(prose)
        if told and slips and not points:
            found.doubts.append(ParseWarning(lines[i].no, f"§{h.number}: '{slips[0]}' read as the board's name misspelt, "
                                                          "before a verb of deciding: check the decision read from it"))
        at_lines = {p.text: p.line for p in points}
        if any(p.in_past for p in points):
            found.doubts.append(ParseWarning(lines[i].no, f"§{h.number} {h.title}: {len(points)} lettered report(s) read as noted at this "
                                                          "meeting from `noterades`, said in the past tense; check them"))
        if past and not told and h.number not in decided and (noted := noted_in_past(" ".join(line.text for line in body),
                                                                                     past == BY_THE_BOARD)):
            told = [noted]
            found.doubts.append(ParseWarning(lines[i].no, f"§{h.number}: '{noted}' read from a sentence in the past tense, as these minutes "
                                    "tell their decisions in the past (`Beslöts …`, `Styrelsen beslöt …`): taken as this meeting's; check it"))
        if past and not told and h.number not in decided and (told := _subject_first_in(body)):
            found.doubts.append(ParseWarning(lines[i].no, f"§{h.number}: '{told[0]}' read from a sentence that names what was decided "
                                                          "before its verb in the past passive, as these minutes tell their "
                                                          "decisions in the past: taken as this meeting's; check it"))
        if past and told and h.number not in decided and not points and len(both := _both_orders(prose)) > len(told):
            # `Planen godkändes, och anvisades 2,4 mnkr. Beslöts tillika att …`: the noun first and the verb first, in order.
            told = both
            found.doubts.append(ParseWarning(lines[i].no, f"§{h.number}: '{told[0]}' read from a sentence that names what was decided "
                                                          "before its verb in the past passive: taken as this meeting's; check it"))
        told = _noting_weighed(told, body, labelled, lines[i].no, h.number, found)
        for text in (t for t in told if owed_told(t)):
            found.doubts.append(ParseWarning(lines[i].no, f"§{h.number}: '{text}' read as a report the board asks for, told "
                                                          "as a plain future after its decision: check it"))
        read = {bare_clause(d.text) for d in found.decisions if d.id.item == ItemRef(meeting, h.number)}
        told = [t for t in told if bare_clause(t) not in read]  # a proposal's point already read as decided
        for number, text in enumerate(told, start=decided[h.number] + 1):
            words = text.split()[2:4]  # after `Att <verb>`: where in the § the sentence stands
            line_no = at_lines.get(text) or next((line.no for line in body if " ".join(words) in line.text), lines[i].no)
            found.decisions.append(RawDecision(DecisionId(ItemRef(meeting, h.number), number), text, line_no,
                                               generated=True))


def _both_orders(prose: str) -> list[str]:
    """Each sentence's decisions, told verb or board first, else noun first in the past passive, in order."""
    said = []
    for sentence in _SENTENCES.split(" ".join(prose.split())):
        said += decisions_in(sentence) or [s for s in [subject_first(sentence.strip())] if s and not is_formality(s)]
    return said


def _subject_first_in(body: list[Line]) -> list[str]:
    """`Ärendet återremitterades till förbundschefen.`: each sentence of a § with a noun before a
    verb of deciding in the past passive, said as the register says decisions."""
    sentences = _SENTENCES.split(" ".join(line.text for line in body))
    return [said for sentence in sentences if (said := subject_first(sentence.strip())) and not is_formality(said)]


def _noting_weighed(told: list[str], body: list[Line], labelled: bool, at: int, number: int, found: Found) -> list[str]:
    """The board taking note is no decision where its § says none is taken; where the minutes put
    their decisions under a `Beslut` label and this § has none, hands differ: read, put to review."""
    noted = [text for text in told if text.startswith("Att notera ")]
    if not noted:
        return told
    if _NONE_TAKEN.search(" ".join(line.text for line in body)):
        return [text for text in told if text not in noted]
    if labelled and not any(is_decision_label(line) for line in body):
        found.doubts.append(ParseWarning(at, f"§{number}: '{noted[0]}' read as an acknowledgement from a sentence "
                                             "with no `Beslut` label over it, where these minutes label their "
                                             "decisions: hands differ on whether taking note is a decision; check it"))
    return told


def _paragraphed(lines: list[Line], span: range, consumed: set[int]) -> str:
    """The § body's lines not read otherwise, a blank line between its paragraphs; a point set with a
    bullet (`* Ronneby kommuns FINSAM-plan 2151 fastställs …`) a paragraph of its own, without its bullet."""
    said = []
    for k in span:
        if lines[k].text and k in consumed:
            continue
        if (bullet := _BULLET.match(lines[k].text)) is not None:
            said += ["", lines[k].text[bullet.end():]]
        else:
            said.append(lines[k].text)
    return "\n".join(said)


def _bulleted(body: list[Line]) -> list[str]:
    """The points a § sets with bullets under its text, where nothing else in it was read as decided
    (`* Återrapporteringen läggs till handlingarna.`): each that reads as a decision, as it is written."""
    points = [line.text[bullet.end():] for line in body if (bullet := _BULLET.match(line.text)) is not None]
    return [text for text in points if _DECIDED_NOW.search(text) and not is_formality(text)
            and ((read := classify(text)).kind is not DecisionKind.OTHER or read.effects)]


_DECIDED_NOW = re.compile(r"\b(?:läggs\s+till\s+handlingarna|upphävs|avskrivs|fastställs|beviljas|godkänns|antas"
                          r"|återremitteras|bordläggs|avslås|sägs\s+upp)\b", re.I)
"""A bullet that decides says so in the present passive (`Rapporten läggs till handlingarna`, `Beslut … upphävs`);
one in the past tells what happened (`Ordföranden tackade och avslutade mötet`)."""


_BULLET = re.compile(r"^[-–•*▪◦·●]\s+(?=\S)")
