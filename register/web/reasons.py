"""Why the register refused a write from the desk, in Swedish: each refusal said from its class and
its fields (`domain/errors.py`), never from its English message, which is the command line's and
goes to the site's log."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from domain.errors import (
    AlreadyMatched, AlreadyWithheld, CorrectionRefused, DocumentAlreadyImported, FollowUpAlreadyFulfilled, MalformedId,
    MeetingSealed, NotADue, NotKronor, NotOneOf, NotWithheld, PartiesRefused, RegisterError, SealedBeforeHeld, TextNotPlain,
    Unfit, UnknownFollowUp, UnknownParty, UnknownProject,
)
from domain.ids import DecisionId, ItemRef
from register.documents.reading import DocumentError
from register.goals import NotAGrantDecision
from register.web.context import ref_name
from register.web.document_reasons import said_of_document

UNSAID = "Registret vägrade ändringen. Skälet finns i registrets logg."
"""A refusal the site has no Swedish words for: a bug to mend here, never the English shown."""


def named(ref: Any, first: bool = False) -> str:
    """A decision, a matter or a deferral as a sentence names it; `first`: opening the sentence."""
    if isinstance(ref, DecisionId):
        said = f"beslut {ref}"
    elif isinstance(ref, ItemRef):
        said = f"ärende {ref}"
    else:
        said = ref_name(ref)
    return said[0].upper() + said[1:] if first else said


def _grouped(number: int) -> str:
    return f"{number:,}".replace(",", " ")


def _not_plain(e: TextNotPlain) -> str:
    if e.most:
        return f"Texten är {_grouped(e.length)} tecken lång, mer än de {_grouped(e.most)} som en text i registret får ha."
    return (f"Texten har ett styrtecken ({e.character.encode('unicode_escape').decode()}) på plats {e.position}: "
            "bara skrivbar text, radbrytningar och tabbar kan registreras.")


def _not_kronor(e: NotKronor) -> str:
    if e.most:
        return f"{_grouped(int(e.shown))} kr är mer än något förbund beviljar (högst {_grouped(e.most)} kr): kontrollera beloppet."
    return f"”{e.shown}” är inget helt, positivt antal kronor: skriv till exempel 250000 eller 250 000."


def _not_a_due(e: NotADue) -> str:
    if e.earliest:
        return f"Tiden {e.due} ligger före {e.earliest}, då inget samordningsförbund ännu fanns."
    if e.latest:
        return f"Tiden {e.due} ligger mer än tio år efter mötet (senast {e.latest})."
    return f"”{e.text}” är ingen tid: skriv ÅÅÅÅ-MM, ÅÅÅÅ-MM-DD eller next-meeting (nästa möte)."


CORRECTIONS: dict[Unfit, str] = {
    Unfit.DATE_UNCHANGED: "Mötets datum är redan {value}.",
    Unfit.VOIDED: "{decision} är redan rättat som aldrig fattat.",
    Unfit.TEXT_UNCHANGED: "Den rättade texten måste vara ny och får inte vara tom: den är densamma som i {decision}.",
    Unfit.NOT_ONE_GRANT: "{decision} beviljade medel {value} gånger; bara beloppet i ett enda beviljande kan rättas.",
    Unfit.AMOUNT_UNCHANGED: "Beviljandet i {decision} är redan {value} kr.",
    Unfit.NO_FOLLOW_UP: "{decision} gav ingen uppföljning vars tid kan rättas.",
    Unfit.DUE_UNCHANGED: "Uppföljningen från {decision} ska redan vara klar {value}.",
    Unfit.NOT_ONE_PARTY: "{decision} gäller {value} parter; bara parten i ett beslut om en enda part kan rättas.",
    Unfit.PARTY_UNCHANGED: "{decision} gäller redan {value}.",
    Unfit.SEVERAL_YEARS: "{decision} gäller planer för flera år; rätta dem en i taget med kommandot register correct.",
    Unfit.FIELD: "Det går inte att rätta det i {decision}.",
}
"""Each check of a rättelse that refuses it, as the desk says it."""


def _correction(e: CorrectionRefused) -> str:
    value = _grouped(e.value) if e.why is Unfit.AMOUNT_UNCHANGED and isinstance(e.value, int) else e.value
    said = CORRECTIONS[e.why].format(decision=named(e.decision) if e.decision else "", value=value)
    return said[0].upper() + said[1:]


SAID: dict[type[RegisterError], Callable[[Any], str]] = {
    AlreadyWithheld: lambda e: f"{named(e.ref, True)} är redan utelämnat från den publika webbplatsen "
                               f"(skäl: {e.reason}).",
    NotWithheld: lambda e: f"{named(e.ref, True)} är inte utelämnat, så det finns inget att publicera igen.",
    UnknownFollowUp: lambda e: f"{named(e.source, True)} gav ingen uppföljning, så det finns inget att skriva av.",
    FollowUpAlreadyFulfilled: lambda e: f"Uppföljningen från {named(e.source)} är redan avslutad (klar eller avskriven), "
                                        "så det finns inget att skriva av.",
    MeetingSealed: lambda e: f"Protokollet för möte {e.meeting} är redan justerat{' av ' + ', '.join(e.by) if e.by else ''}; "
                             "nu kan det bara ändras genom en rättelse med skäl.",
    SealedBeforeHeld: lambda e: f"Möte {e.meeting} hölls {e.held_on}: protokollet kan inte ha justerats {e.on}, före mötet.",
    TextNotPlain: _not_plain,
    NotKronor: _not_kronor,
    UnknownParty: lambda e: f"”{e.text}” är ingen av förbundets parter: välj en av {', '.join(e.parties)}.",
    NotADue: _not_a_due,
    CorrectionRefused: _correction,
    MalformedId: lambda e: f"”{e.text}” kan inte läsas som en beteckning i registret: skriv till exempel {e.example}.",
    NotOneOf: lambda e: f"”{e.text}” är inget av dessa: {', '.join(e.choices)}.",
    PartiesRefused: lambda e: f"Parten ”{e.twice}” står två gånger." if e.twice else
                              "Skriv förbundets parter, en per rad, till exempel Region Blekinge.",
    DocumentError: said_of_document,
    DocumentAlreadyImported: lambda e: f"{e.document}: samma text är redan inläst, så det finns inget nytt att registrera.",
    UnknownProject: lambda e: f"Ingen årsredovisning i registret nämner projektet ”{e.project}”"
                              + (f"; de som nämns är {', '.join(e.reported)}." if e.reported else "; ingen är inläst ännu."),
    AlreadyMatched: lambda e: f"{e.project} är redan kopplat till beslut {e.decision}.",
    NotAGrantDecision: lambda e: f"Beslut {e.decision} beviljar inga medel i registret; koppla projektet till ett beslut om medel.",
}
"""Each refusal the desk can meet, by its class, said from its fields."""


def in_swedish(error: RegisterError) -> str:
    """The register's reason for refusing, in Swedish; `UNSAID` for a refusal without words here."""
    say = SAID.get(type(error))
    return say(error) if say is not None else UNSAID
