"""Decisions written subject first in the passive, read as the rules read the active.

`Att Olofströms kommuns FINSAM-plan 2028 fastställs, och medel för planens genomförande beviljas
med 2 240 000 kronor` says what `Att fastställa Olofströms kommuns FINSAM-plan 2028 och bevilja
medel för planens genomförande med 2 240 000 kronor` says. A verb is known by its lemma
(simplemma's Swedish dictionary), so every passive form of every verb the phrasebook knows is
read without being listed: `fastställs`, `beviljas`, `godkänns`, `upphävs`, `avslås`. So are the
body's own active forms (`Direktionen fastställer …`, `board_said`) and a clause whose `Att` a
label stands for (`BESLUT: Karlskrona kommun ska återrapportera …`, `with_att`), and the board's
answer to a proposal told as a noun (`Bifall till förslaget.`, `Avslag.`, `as_a_clause`).
"""

from __future__ import annotations

import functools
import re

from register.minutes import phrasebook as words

_DECIDING = (words.ADOPT, *words.GRANTING, words.APPROVE, words.REVOKE, words.REFER_BACK, words.REJECT, words.REPLACE,
             words.CORRECT, words.DEFER, words.WITHDRAW, words.ASSIGN)
_INFINITIVES = frozenset(verb.now[0] for verb in _DECIDING) | {"anta"}
_LISTED = {form: verb.now[0] for verb in _DECIDING for form in (*verb.now[1:], *verb.past)
           if " " not in form and form[:4] == verb.now[0][:4]}
"""The forms the phrasebook lists, where the dictionary reads another word (`godkände` as the
adjective `godkänd`)."""
_WORD = re.compile(r"\b[a-zåäöé]+s\b")
_FIRST = re.compile(r"^[A-ZÅÄÖa-zåäöé]+s\b")
_BOUNDARY = re.compile(r",?\s+(?:och|samt)\s+|,\s+")
_ATT = re.compile(r"^att\s+", re.I)
_BOARD_DID = re.compile(rf"^{words.BOARD}\s+(?:har\s+)?(?P<verb>[a-zåäö]+)\s+(?P<rest>.+)$")
_AND_DID = re.compile(r"\b(?P<joint>och|samt)\s+(?P<verb>[a-zåäö]+)\b")
_THEN_DID = re.compile(r"^[^,;:]{1,80}?\s(?:och|samt)\s+(?:därefter\s+|sedan\s+)?(?P<verb>[a-zåäö]+)\s+(?P<rest>.+)$")
"""The board's first verb one of judging or hearing (`fann`, `diskuterade`), its second one of deciding."""
_DECIDED = frozenset({"beslutade", "beslöt", "beslutar"})


@functools.cache
def lemma(word: str) -> str:
    """The word's lemma in simplemma's Swedish dictionary (`antogs` → `anta`)."""
    import simplemma  # its dictionary takes half a second to load: only when minutes are read

    return str(simplemma.lemmatize(word, lang="sv"))


def infinitive_of(word: str) -> str | None:
    """The infinitive of an inflected form of a verb of deciding (`fastställs`, `fastställde` →
    `fastställa`); None for any other word."""
    lowered = word.lower()
    if lowered in _LISTED:
        return _LISTED[lowered]
    found = lemma(lowered)
    return found if found in _INFINITIVES and found != lowered else None


def deciding_verbs(text: str) -> frozenset[str]:
    """The verbs of deciding a text uses, each as its infinitive, whatever its form (`beviljas`,
    `bevilja` → `bevilja`): what tells which point of a § a clause speaks of."""
    words = (w.lower() for w in re.findall(r"[A-Za-zÅÄÖåäöé]+", text))
    return frozenset(found for w in words if (found := w if w in _INFINITIVES else infinitive_of(w)))


def active(text: str) -> str | None:
    """The decision said verb first, where it was said subject first in the passive; None where
    it was not."""
    flat = " ".join(text.split())
    body = _ATT.sub("", flat)
    if (first := _FIRST.match(body)) is not None and (infinitive := infinitive_of(first[0])) is not None:
        return _verb_first(body, first, infinitive)
    verbs = [(m, infinitive) for m in _WORD.finditer(body) if (infinitive := infinitive_of(m[0])) is not None]
    if not verbs or verbs[0][0].start() == 0:
        return None
    clauses, start = [], 0
    for at, (verb, infinitive) in enumerate(verbs):
        subject = body[start:verb.start()].strip(" ,")
        end = verbs[at + 1][0].start() if at + 1 < len(verbs) else len(body)
        # The complement runs to the boundary before the next clause's subject.
        tail = body[verb.end():end]
        cut = [b for b in _BOUNDARY.finditer(tail)]
        stop = verb.end() + cut[-1].start() if cut and at + 1 < len(verbs) else end
        if not subject:
            return None
        clauses.append(f"{infinitive} {subject}{body[verb.end():stop].rstrip(' ,')}")
        start = verb.end() + cut[-1].end() if cut and at + 1 < len(verbs) else end
    said = " och ".join(clauses)
    return f"Att {said}" + ("" if said.endswith(".") else ".")


def _verb_first(body: str, verb: re.Match[str], infinitive: str) -> str | None:
    """`Beviljas 300 000 kr till Region Blekinge.`, `Avslås.`: a terse cell's present passive, verb
    first; said with what it acts on, or on the matter where it names nothing."""
    if not verb[0].endswith("s") or verb[0].lower().endswith(("des", "tes", "ades")):
        return None  # `Antogs planen …`, the past told verb first, is `verb_first.py`'s
    rest = body[verb.end():].strip(" .")
    return f"Att {infinitive} {rest or 'ärendet'}."


def board_said(text: str) -> str | None:
    """`Styrelsen fastställer … och beviljar …` (or `fastställde`, `har fastställt`) said as the
    register says decisions, `Att fastställa … och bevilja …`; None where the board does not
    decide in it."""
    did = _BOARD_DID.match(" ".join(text.split()))
    if did is not None and infinitive_of(did["verb"]) is None:
        # `Styrelsen fann ansökan väl underbyggd och beviljade projektet …`: the deciding verb second.
        did = _THEN_DID.match(did["rest"])
        if did is not None and did["verb"] in _DECIDED and did["rest"].startswith("att "):
            return f"Att {did['rest'][4:]}"  # `… och beslutade att avslå ansökan`
    if did is None or (verb := infinitive_of(did["verb"])) is None:
        return None
    # `… och beviljade 2 480 000 kr`: a second verb of deciding in the same sentence, said alike.
    rest = _AND_DID.sub(lambda m: f"{m['joint']} {infinitive_of(m['verb']) or m['verb']}", did["rest"])
    return f"Att {verb} {rest}"


def with_att(text: str) -> str | None:
    """`Karlskrona kommun ska återrapportera …` under a `BESLUT:` label: the clause, its `Att` unsaid."""
    return None if _ATT.match(text.strip()) else f"Att {text.strip()}"


_IN_A_NOUN = re.compile(
    r"^(?:(?P<adopt>bifall(?:\s+till)?|enligt|i\s+enlighet\s+med)|(?P<reject>avslag(?:\s+(?:på|till))?))"
    r"(?:\s+(?P<rest>(?:det\s+|den\s+)?(?:(?:[\wåäö-]+\s+){0,2}[\wåäö-]+s\s+)?(?:beslutsförslag|tilläggsyrkande|ändringsyrkande|motyrkande"
    r"|yrkande|motförslag|förslag)\w*\b.*)|\s*[.]?)$",
    re.I,
)
"""`Bifall till förslaget.`, `Enligt förslag, med ändringen att …`, `Avslag.`: the board's answer to the proposal
above, told as a noun, as a secretary writes it on the notice's own proposal."""


def as_a_clause(text: str) -> str | None:
    """A reference told as a noun said as the clause it stands for (`Bifall till förslaget.` → `att bifalla
    förslaget.`, `Avslag.` → `att avslå förslaget.`); None for any other text."""
    match = _IN_A_NOUN.match(text)
    if match is None:
        return None
    return f"att {'avslå' if match['reject'] else 'bifalla'} {match['rest'] or 'förslaget.'}"


def answered(text: str) -> str | None:
    """`Avslag.`: the board's no told as a noun, said as the clause it stands for (to read its kind: the
    text stays as written). A yes names what it adopts only with the proposal above it (`by_reference.py`)."""
    said = as_a_clause(text.strip())
    return f"Att {said[4:]}" if said is not None and said.startswith("att avslå") else None


_TASK_AS_A_NOUN = re.compile(r"^(?:Nytt\s+)?[Uu]ppdrag\s+(?:till|åt)\s+(?P<who>[^:.;]{3,60}?)(?:\s*:\s*|\s+att\s+)(?:att\s+)?(?P<rest>\S.*)$")
"""`Uppdrag till förbundschefen: ta fram ett förslag …`, `Uppdrag åt samordnaren att …`: a task told as a noun."""


def tasked(text: str) -> str | None:
    """A task told as a noun said as the clause it stands for (`Att ge förbundschefen i uppdrag att ta fram …`)."""
    match = _TASK_AS_A_NOUN.match(" ".join(text.split()))
    return None if match is None else f"Att ge {match['who']} i uppdrag att {match['rest']}"
