"""A report promised is not a report delivered. `Rapporten kommer att lämnas i juni`, `planeras
till oktober`, `har inte undertecknats`, `Någon lägesrapport har inte lämnats`, `blir försenad`, `har lovat att lämna`, `Redovisningskravet kvarstår`,
`lägesrapporten kommer till septembermötet`, `påminde om att kommunen ska rapportera`:
a clause that denies, promises, plans, postpones or tells of work under way, in any tense or word
order, fulfils nothing.
Read by the clause's markers of negation and of time to come, not by listed sentences.
"""

from __future__ import annotations

import re

_NEGATION = re.compile(r"\b(?:inte|ej|icke|ännu|aldrig|saknas|uteblivit|uteblev|ingen|inget|inga|utestående|utestår)\b", re.I)
"""Words that deny a delivery, `utestående återrapporter` among them: reports outstanding are reports not come."""
_TO_COME = re.compile(
    r"\bkommer\s+(?:\w+\s+)?att\b|\bkommer\s+(?:till|i|vid|under|senare|först)\b|\bpåmin(?:de|ner|ns|t)\b|\bska(?:ll)?\b|\bskulle\b(?!\s+ha\b)|\bplaner(?:as|ad|at|ar)\b|\bavser\b|\bavsikten\b|\baviser\w*|\bförsen\w*"
    r"|\bdröj\w*|\bdr(?:agit|og|ar)\s+ut\s+på\s+tiden\b|\bskj(?:uts|utits|öts|uter)\s+upp\b|\bsenarelägg\w*|\banstånd\b|\bväntas\b|\bförväntas\b"
    r"|\b(?:lämnas|redovisas|presenteras|återrapporteras|rapporteras|läggs\s+fram)\s+(?:i|vid|till|under|senare|först|efter)\b"
    r"|\b(?:har\s+påbörjats|påbörjas|har\s+inletts|pågår|(?:är|fortfarande)\s+pågående|tas\s+fram|bereds|arbetas\s+fram|under\s+(?:beredning|arbete|utarbetande)"
    r"|håller\s+på)\b"  # work under way is not work done
    r"|\b(?-i:(?:ut)?lov(?:a|ar|ade|at|ats|ad)|Utlov\w+|Lovade)\b|\båterkommer\b"  # a promise (not `Lova`, a name), or a return ahead
    r"|\b(?:räknar|räknade|räknas)\s+med\s+att\b|\bberäkna(?:r|s)\b|\btänker\b",  # an expectation
    re.I,
)
_STANDS = re.compile(r"\bkvarstår\b|\bstår\s+kvar\b|\bligger\s+fast\b|\bgäller\s+(?:fortfarande|fortsatt|alltjämt)\b", re.I)
"""A duty said to stand (`Redovisningskravet i november kvarstår`): still owed."""


_RECALLED = r"\b(?:fick|gav|har\s+fått|hade\s+fått)\b[^.;]{0,80}?\bi\s+uppdrag\s+att\b"
"""`fick den 2 mars (3 §) i uppdrag att redovisa …`: the task recalled."""


_REASON = re.compile(r"^\s*(?:eftersom|emedan|då)\b[^,]*?\s(?=(?:föreslår|föreslog|lämnar|lämnade|redovisar|redovisade"
                     r"|presenterar|presenterade)\s+\w+en\b)", re.I)
"""`Eftersom lokalen inte behövs föreslår förbundschefen …`: a reason set before the verb, its subject
after it; what the reason denies is not the clause's own."""


_ASKED = re.compile(r"^(?:(?!\bsom\b).)*?\b(?:begär(?:de|des|t|ts)|efterfråga(?:de|des|t|ts)|skulle\s+ha)\b", re.I)
"""The asking recalled (`I mars begärde styrelsen en redovisning`, `Den skulle ha lämnats senast …`):
told of the duty, not of its meeting; a relative clause may name the asking or the due beside a delivery
(`… lämnat den redovisning som styrelsen begärde`, `Rapporten, som skulle ha lämnats i juni, har kommit in`)."""


_DUTY_NAMED = re.compile(r"\bsom\s+(?:[\w:]+\s+){1,3}?sk(?:ulle|a|all)\s+(?!ha\b)\w+", re.I)
"""`den uppföljning som KK skulle lämna`: a relative clause that names what is delivered by the duty
set, no promise of its own."""


_HANDS_OVER = re.compile(r"^(?:(?!\bsom\b)[^,;])*?\b(?:lämnar|lämnade|har\s+lämnat|överlämnar|överlämnade|redovisar|redovisade"
                         r"|har\s+redovisat|presenterar|presenterade|har\s+kommit\s+in|har\s+inkommit|inkom)\s+(?:nu\s+)?(?!inte\b|ej\b)", re.I)
_TOLD_BEFORE = re.compile(r"\bsom\s+(?:(?!inte\b|ej\b)[\w()§,:-]+\s+){0,8}?(?!inte\b)[a-zåäö]+(?:de|des|dde|ddes|te|tes)\b"
                          r"(?:(?!\bmen\b)[^;])*", re.I)
"""`Ronneby kommun lämnar nu den redovisning … som styrelsen begärde i februari och som i september anmäldes
som försenad`: a thing handed over, what is said of it before in a relative clause its history, no promise."""


_BUT_CAME = re.compile(r"\bmen\s+(?:\w+\s+){0,3}?(?:kom\s+in|har\s+kommit\s+in|inkom|lämnades|har\s+lämnats|redovisades"
                       r"|har\s+redovisats)\b", re.I)
"""`Rapporten skulle enligt beslut 2145-1 § 9 ha lämnats senast den 30 juni men kom in först i augusti`: the duty
recalled, then the delivery, late."""


def not_delivered(clause: str) -> bool:
    """Whether a clause speaks of something not done or still to come, or only of its asking; a duty
    recalled and then met (`… men kom in först i augusti`) is read by what came."""
    if (came := _BUT_CAME.search(clause)) is not None:
        clause = clause[came.start() + len("men "):]
    clause = _DUTY_NAMED.sub(" ", _REASON.sub("", clause))
    if _HANDS_OVER.match(clause):
        clause = _TOLD_BEFORE.sub(" ", clause)
    return bool(_NEGATION.search(clause) or _TO_COME.search(clause) or _STANDS.search(clause) or _ASKED.search(clause))


def may_tell_delivery(clauses: list[str]) -> list[str]:
    """The clauses that may tell a thing was delivered: none that says it is not done or still to
    come; and the task recalled (`fick i uppdrag att redovisa …`) only where no clause says so, for
    beside `redovisningen är inte färdig` it tells what was asked, not what came."""
    denied = [c for c in clauses if not_delivered(c)]
    return [c for c in clauses if c not in denied and not (denied and re.search(_RECALLED, c, re.I))]


def still_owed(clause: str) -> bool:
    """Whether a clause says a duty stands, still to be met."""
    return bool(_STANDS.search(clause))


def promised(clause: str) -> bool:
    """Whether a clause says the thing is still to come (`lämnas i september`), not merely that it
    is not (`projektet har ännu inte kunnat bemannas` may be what a report delivered says)."""
    return bool(_TO_COME.search(clause))


DUTY = re.compile(r"\bsk(?:a|all|ulle)\b(?:\s+(?:lämnas|redovisas|presenteras|återrapporteras|rapporteras)\b)?", re.I)
"""The duty as the decision set it (`beslutade att resultatet skulle redovisas i juni`), its verb with
it: recalled, it promises nothing."""


def promised_beside(sentence: str) -> bool:
    """Whether the sentence a citation stands in says the thing is still to come, the duty it
    recalls aside: `påminde om att rapporten (beslut X) lämnas först vid mötet i februari`."""
    return promised(DUTY.sub(" ", sentence))
