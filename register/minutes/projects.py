"""Money for a project several parties run jointly, and the report such a project owes.

FINSAM boards grant money to insatser no single party owns (`att bevilja projektet Steget vidare
820 000 kr för 2036`, `385 000 kronor till den gemensamma insatsen Steget vidare`): such a grant
names the project and no party. What the project owes (`projektets styrgrupp lämnar en
lägesrapport …`) is owed jointly by the parties the § names as running it (`som drivs gemensamt
av …`, `… ansöker gemensamt om medel`), which `run_by` reads; else by its owner, or the party
granted money for it; else by the project itself, a body that is no party (`owed_by`). Its own
module because `rules.py` is full; the rows join `rules.RULES` there.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from domain.values import DecisionKind, Party
from register.minutes import officers, shared_grants, towns
from register.minutes.dues import NO_DUE, due_in, without_due
from register.minutes.model import AwardGrant, Effect, NotMeant, ParsedDecision, ProjectReport
from register.minutes.phrasebook import AMOUNT, GRANT, REPORT, kronor
from register.minutes.wording import PARTY_WORDS


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_CALLED = r"(?:(?:det |den )?(?:gemensamma |nya )?(?:samverkans)?(?:projektet|insatsen|satsningen|teamet|förstudien|pilotprojektet|piloten|projekt|insats) )"
"""What may stand before the project's name: `projektet`, `den gemensamma insatsen`, `förstudien`."""
_NAME = r"[\"”«]?(?P<project>(?-i:[A-ZÅÄÖ])[\w–-]*(?: [\w–-]+){0,4}?)[\"”»]?"
"""A name that begins with a capital, up to five words (`Samverkansteam Västra Blekinge`), in
quotation marks or not."""
_ENDS = r"(?=,|;|\.|$| för\b| under\b| som\b| samt\b| och att\b| år\b| \()"
_NOT_NAMES = frozenset({"medel", "planen", "ansökan", "beloppet", "förbundet", "styrelsen", "direktionen", "kansliet",
                        "ärendet", "sökanden", "parterna", "totalt", "sammanlagt", "ytterligare"})
"""Words that begin a sentence (the passive read as active: `Medel för planen beviljas med …`), not a name."""
_YEAR = re.compile(r"\b(?:19|20|21)\d\d\b")

GRANTS = (
    # Att bevilja projektet Steget vidare 820 000 kr för 2036 / Att bevilja Hälsolots Blekinge 1 300 000 kr /
    # … projektet Steget vidare för år 2036 medel med sammanlagt 560 000 kronor.
    (_p(rf"{GRANT.present} (?:medel )?(?:till |åt )?(?P<called>{_CALLED})?{_NAME},?(?: som [^,.]*,)?(?: för (?:år )?\d{{4}})?(?: medel)?"
        rf" (?:med )?(?:sammanlagt |totalt )?{AMOUNT}"),
     DecisionKind.GRANT),
    # Att bevilja 385 000 kronor till den gemensamma insatsen Steget vidare för 2039 / … för 2039 till X /
    # … 750 000 kronor för det gemensamma projektet "Unga vägar" år 2048 (`för` only before a joint one:
    # `Ronneby kommun beviljas 385 000 kronor för insatsen Unga in` is the party's).
    (_p(rf"{GRANT.present} (?:medel )?(?:med )?{AMOUNT}(?: (?:för|under) (?:år )?\d{{4}})? (?:till|åt|för(?= (?:det |den )?gemensamma ))"
        rf" (?P<called>{_CALLED})?{_NAME}{_ENDS}"),
     DecisionKind.GRANT),
    # Att bevilja 950 000 kronor för det gemensamma projektet ”Samverkansteam” under 2050 (no party after it).
    (_p(rf"{GRANT.present} (?:medel )?(?:med )?{AMOUNT}(?: (?:för|under) (?:år )?\d{{4}})? (?P<for>för) (?P<called>{_CALLED}){_NAME}{_ENDS}"),
     DecisionKind.GRANT),
)

_OWER = (r"(?P<owed_by>(?:(?:projektets|insatsens|teamets|satsningens) )?(?:styrgrupp(?:en)?|projektledning(?:en)?"
         r"|projektledare(?:n)?(?: (?P<person>(?-i:[A-ZÅÄÖ][\w-]+(?: [A-ZÅÄÖ][\w-]+){1,2})))?)"
         r"|(?:projekt|insats)(?:et|en|ägarna|ägaren|ledaren)|teamet|satsningen|föreningen|stiftelsen)")
_NOUN = r"(?:\w*rapport\w*|\w*redovisning\w*|redogörelse\w*|utvärdering\w*)"
_OWES = rf"(?:(?:lämna|lämnar|ge|ger)(?: in)? (?:en )?(?P<noun>(?:\w+ )?{_NOUN})|{REPORT.present})"
REPORTS = (
    # Att projektets styrgrupp lämnar en lägesrapport till styrelsen i maj 2036 / att insatsen ska rapportera …
    (_p(rf"\bAtt {_OWER}(?: för (?:projektet|insatsen))?(?P<when>,? [^.]{{0,40}}?,?)? (?:ska |skall )?{_OWES}(?P<subject>[^.;]*)"),
     DecisionKind.REPORT),
)


def grant(match: re.Match[str]) -> Iterable[Effect]:
    name = match["project"].strip(" ,")
    tail = match.string[match.start():].split(". ", 1)[0]
    year = _YEAR.search(tail)
    if not match["called"] and match.start("amount") < match.start("project") and (party := towns.party_named(name)) is not None:
        # `bevilja 300 000 kr till Region Blekinge`: a member party's money, the sum said first.
        yield AwardGrant(party, int(year[0]) if year else None, kronor(match), "")
        return
    if not match["called"] and (_a_party(name) or name.split()[0].casefold() in _NOT_NAMES):
        raise NotMeant  # a member party's grant, which the party rows read; or no name (`Medel för planen`)
    if match.groupdict().get("for") and _names_a_party(match.string.split(". ")[0] + " " + tail):
        raise NotMeant  # `Ronneby kommun beviljas 350 000 kr för projektet …`: the party's own grant
    yield AwardGrant(None, int(year[0]) if year else None, kronor(match), "", name)


def report(match: re.Match[str]) -> Iterable[Effect]:
    said = match.string[match.start():]
    rest = re.sub(r"^\s*(?:till|för|inför) styrelsen\b", "", without_due(match["subject"]), flags=re.IGNORECASE)
    subject = " ".join(f"{match['noun'] or ''} {rest}".split()).strip(" ,") or "rapport"
    # `projektledaren Nadia Karim`: the report is owed by the person named.
    yield ProjectReport(match["person"] or match["owed_by"], subject, due_in(said) or NO_DUE)


ROWS = (*((pattern, kind, grant) for pattern, kind in GRANTS), *((pattern, kind, report) for pattern, kind in REPORTS))
"""Rows of `rules.RULES`: (pattern, kind, what a match implies)."""


def _names_a_party(sentence: str) -> bool:
    words = re.findall(r"[\w-]+", sentence)
    return any(_a_party(" ".join(words[k:k + 3])) for k in range(len(words)))


def _a_party(name: str) -> bool:
    words = name.split()
    return any(Party.find(" ".join(words[:n])) is not None for n in (1, 2, 3) if n <= len(words))


_RUN = _p(r"\b(?:drivs|bedrivs|leds|ägs)(?: gemensamt| tillsammans)? av (?P<parties>[^.;]+)")
_APPLIED = _p(r"(?P<parties>[^.;]+?) (?:har |hade )?(?:gemensamt |tillsammans )?"
              r"(?:ansöker|ansökt|ansökte|söker|sökt|sökte)(?: gemensamt| tillsammans)? (?:om|medel|pengar)\b")


def run_by(text: str) -> tuple[Party, ...]:
    """The parties the words name as running a project jointly (`som drivs gemensamt av A, B och
    C`), else as applying for it together (`A och B ansöker gemensamt om medel`); none where they
    name it otherwise (`de tre parterna`, `A tillsammans med länets kommuner`)."""
    flat = " ".join(text.split())
    for found in _RUN.finditer(flat):
        if parties := _listed(found["parties"], leading=False):
            return parties
    for found in _APPLIED.finditer(flat):
        if len(parties := _listed(found["parties"], leading=True)) > 1:
            return parties
    return ()


_SOUGHT = _p(r"(?P<who>[^.;]+?) (?:har |hade )?(?:ansöker|ansökt|ansökte|söker|sökt|sökte) (?:om |medel\b|pengar\b)")
_TOGETHER = _p(r"\b(?:gemensam\w*|tillsammans|parter(?:na)?|samverkan)\b|\boch\b")


def sole_applicant(text: str) -> Party | None:
    """The one party the words name as applying for the money alone (`Karlshamns kommun,
    arbetsmarknadsenheten, söker medel för projektet …`); None where they name none, several, or
    an application made together with others."""
    found: set[Party] = set()
    for sought in _SOUGHT.finditer(" ".join(text.split())):
        who = sought["who"]
        if _TOGETHER.search(who):
            return None
        named = {p for chunk in re.split(r",\s*", who) if (p := _head_party(chunk) or _tail_party(chunk)) is not None}
        found |= named
    return found.pop() if len(found) == 1 else None


_JOINT = _p(r"\bgemensam\w*|\btillsammans\b")
"""`den gemensamma insatsen`: a project run together, whoever applied for it."""


def held_by(party: Party | None, purpose: str, project: str, told: Callable[[], str],
            title: Callable[[], str] = lambda: "") -> tuple[Party | None, str, str, str | None]:
    """Whose money for a `project` is (`told`: its §'s words; `title`: its §'s title), as (party,
    purpose, project, doubt): no party's where the decision or the § says it is joint; the one party's
    that applies for it alone (`Karlshamns kommun söker medel för projektet …`), or that the § title
    alone names (`Projektet Unga in – Sölvesborgs kommun`), put to review; else no party's, put to
    review. Money granted to a party passes unchanged."""
    if not project:
        return party, purpose, project, None
    words = told()
    if run_by(words) or shared_grants.JOINT.search(f"{purpose} {project}"):
        return None, purpose, project, None
    if not _JOINT.search(words) and (applicant := sole_applicant(words) or _titled(title())) is not None:
        doubt = f"money for {project}, which only {applicant} applies for or heads the §: granted to {applicant}"
        return applicant, purpose or f"projektet {project}", "", doubt
    return None, purpose, project, f"money for {project}, which no party the § names runs: granted to no party"


def _titled(title: str) -> Party | None:
    """The one party a § title names (`Projektet Unga in – Sölvesborgs kommun`); None for none or several."""
    words = re.findall(r"[\w-]+", title)
    named = {p for k in range(len(words)) if (p := _head_party(" ".join(words[k:k + 3]))) is not None}
    return named.pop() if len(named) == 1 else None


def _listed(words: str, leading: bool) -> tuple[Party, ...]:
    """`Försäkringskassan, Arbetsförmedlingen och Karlshamns kommun`: the parties a list names.
    `leading`: the list ends the words and begins where a party does (a label or the sentence before
    may stand first: `Föredragande: …, förbundschef Ärendet Försäkringskassan, …`); otherwise it
    begins them and ends where a party does (`…, för 2037`, `… med X som huvudman`). None where
    the words next to the verb name no party (`A tillsammans med länets kommuner`)."""
    chunks = [c.strip() for c in re.split(r",\s*|\s+och\s+|\s+samt\s+", words) if c.strip()]
    if leading:
        ending: list[Party] = []
        for chunk in reversed(chunks):
            whole = Party.find(chunk)
            if whole is None and (tail := _tail_party(chunk)) is not None:
                ending.append(tail)
            if whole is None:
                break
            ending.append(whole)
        return tuple(dict.fromkeys(reversed(ending)))
    found: list[Party] = []
    for chunk in chunks:
        whole = Party.find(chunk)
        party = whole or _head_party(chunk)
        if party is not None:
            found.append(party)
        if whole is None:
            break  # the list ended in or before this chunk (`…, för 2037`)
    return tuple(dict.fromkeys(found))


def _tail_party(chunk: str) -> Party | None:
    """The party the chunk's last words name (`Ärendet Försäkringskassan` → Försäkringskassan)."""
    words = chunk.split()
    return next((p for n in (1, 2, 3) if n <= len(words) and (p := Party.find(" ".join(words[-n:]))) is not None), None)


def _head_party(chunk: str) -> Party | None:
    words = chunk.split()
    return next((p for n in (3, 2, 1) if n <= len(words) and (p := Party.find(" ".join(words[:n]))) is not None), None)


def owed_by(who: str, told: str, decided: Sequence[ParsedDecision]) -> tuple[str, tuple[str, ...], str | None]:
    """Who owes a project's report (`who` owes it as the decision says, `told`: its §'s words), as
    (kind, responsible, doubt): the parties the § names as running the project, jointly (but the
    owner where `who` is `projektägaren`); else the party it names as the project's owner
    (`Region Blekinge är projektägare`); else the one party
    the § grants money for a project (`bevilja Karlshamns kommun … för projektet X`), with a doubt;
    else the project itself, by name (`projektet Steget vidare`), a body that is no party, with a
    doubt, since who runs it may stand elsewhere."""
    if _PERSON.fullmatch(who):  # `Nadia Karim`: the person the decision names owes it
        return "report", (who,), None
    if _KIND_ALONE.fullmatch(who) and (named := _NAMED_KIND.search(" ".join(told.split()))) is not None \
            and named["kind"].lower() == who.lower():  # `Föreningen` ska …, after `Föreningen Stegvis` ansöker
        return "report", (named[0],), f"'{who}' taken to be {named[0]}, as the § names it"
    if officers.by_title(who):  # `projektledaren lämnar delrapport`: the one who leads it, whoever runs it
        return "report", (who[:1].lower() + who[1:],), None
    owner = _owner(told)
    if owner is not None and "ägar" in who.lower():  # `projektägaren` is the owner, whoever else runs it
        return "report", (str(owner),), None
    grants = [e for d in decided for e in d.effects if isinstance(e, AwardGrant)]
    names = [e.project for e in grants if e.project]
    if _BODY.search(who):  # `projektets styrgrupp lämnar …`: the body the decision names owes it
        return "report", (_named(who, names[0]) if names else who[:1].lower() + who[1:],), None
    if runners := run_by(told):
        return "report", tuple(str(party) for party in runners), None
    if owner is not None:
        return "report", (str(owner),), None
    grants = [e for d in decided for e in d.effects if isinstance(e, AwardGrant)]
    funded = {e.party for e in grants if e.party is not None and _PROJECT.search(e.purpose)}
    if len(funded) == 1 and not any(e.project for e in grants):
        party = funded.pop()
        return "report", (str(party),), f"the project's report owed by {party}, granted money for the project here"
    names = [e.project for e in grants if e.project]
    owner_name = _named(who, names[0]) if names else who[:1].lower() + who[1:]
    return "report", (owner_name,), f"the § names no party running the project that owes the report; owed by {owner_name}"


_PROJECT = _p(r"\b(?:projekt|insats|satsning|team)")
_KIND_ALONE = _p(r"föreningen|stiftelsen")
_NAMED_KIND = re.compile(r"\b(?P<kind>Föreningen|Stiftelsen) (?:[A-ZÅÄÖ][\w-]+)(?: [A-ZÅÄÖ][\w-]+){0,2}")
"""`Föreningen Stegvis`: an association by its kind and its name, as a § names the applicant."""
_BODY = _p(r"\b(?:styrgrupp|projektledning|projektledare)")
_PERSON = re.compile(r"[A-ZÅÄÖ][\w-]+(?: [A-ZÅÄÖ][\w-]+){1,2}")
_OWNER = _p(rf"\b(?P<party>{PARTY_WORDS}) (?:är|blir|var) (?:projektägare|huvudman)\b"
            rf"|\bmed (?P<with>{PARTY_WORDS}) som (?:projektägare|huvudman)\b")


def _owner(text: str) -> Party | None:
    """The party the words name as the project's owner (`Region Blekinge är projektägare`)."""
    for found in _OWNER.finditer(" ".join(text.split())):
        if (party := Party.find(found["party"] or found["with"])) is not None:
            return party
    return None


def _named(who: str, project: str) -> str:
    """`projektet` and `Steget vidare` → `projektet Steget vidare`; `projektets styrgrupp` →
    `styrgruppen för Steget vidare`: who owes a report, with the project's name."""
    lowered = who.lower()
    if project.casefold() in lowered:
        return lowered
    if lowered in ("projektet", "insatsen", "teamet", "satsningen"):
        return f"{lowered} {project}"
    body = re.sub(r"^(?:projektets|insatsens|teamets|satsningens) ", "", lowered)
    body = {"styrgrupp": "styrgruppen", "projektledning": "projektledningen", "projektledare": "projektledaren"}.get(body, body)
    return f"{body} för {project}"
