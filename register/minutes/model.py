"""What the importer understood from a text of minutes, before anything is recorded.

The parser fills these; the recorder turns them into the register's events. Every item
keeps the line it came from, so messages and reviews can point back into the file.
"""

from __future__ import annotations

import datetime as dt

import attrs

from domain.ids import DecisionId, ItemRef, MeetingId
from domain.values import Attendee, DecisionKind, Party
from register.minutes.debate import Debate
from register.minutes.dues import DueAsWritten


@attrs.frozen
class AdoptPlan:
    """`Att fastställa <party>s FINSAM-plan <year> …`."""

    party: Party
    year: int


@attrs.frozen
class AwardGrant:
    """`… bevilja medel … med <N> kr`; a grant naming no year is for the meeting's year (None)."""

    party: Party | None
    """None for a project that several parties run jointly (`bevilja projektet Steget vidare …`)."""
    year: int | None
    amount_sek: int
    purpose: str = ""
    project: str = ""
    """The project granted the money, where no party is (`party` None)."""


@attrs.frozen
class ChangeGrant:
    """An earlier grant raised or cut to a new total (`changed_grants.py`); whose it is and for which
    year, where the words do not say, the grant the decision supersedes does."""

    amount_sek: int
    party: Party | None = None
    year: int | None = None


@attrs.frozen
class RequireReport:
    """`Att <party> ska rapportera … vid styrelsens <month>-möte <year>`; `also` owe it jointly."""

    party: Party
    subject: str
    due: DueAsWritten
    also: tuple[Party, ...] = ()


@attrs.frozen
class ProjectReport:
    """`att projektets styrgrupp lämnar en lägesrapport …`: a report owed by a project several
    parties run jointly; the proposer puts it to the parties the § names as running it."""

    owed_by: str
    """Who the decision says owes it (`projektets styrgrupp`, `insatsen`)."""
    subject: str
    due: DueAsWritten


@attrs.frozen
class BodyReport:
    """`Att förbundschefen vid majsammanträdet ska redovisa …`: a report owed by an officer or
    body that is no member party, by that name."""

    owed_by: str
    subject: str
    due: DueAsWritten


@attrs.frozen
class GiveAssignment:
    """`Att ge förbundschefen i uppdrag att …`; due next-meeting, a month, or none."""

    responsible: str
    subject: str
    due: DueAsWritten


@attrs.frozen
class ReferBack:
    """`Att återremittera ärendet till Ronneby kommun … till styrelsemötet i <month> <year>`."""

    returns: DueAsWritten
    responsible: str = ""
    """Who prepares it again, where the minutes name them."""


@attrs.frozen
class Defer:
    """`… skjuts till nästa styrelsemöte [i avvaktan på att Arbetsförmedlingen …]`."""

    to: DueAsWritten
    responsible: str = ""
    """Whom the board waits for, where the minutes name them."""


@attrs.frozen
class WithdrawSelf:
    """`Att detta beslut utgår`: the decision itself is struck."""


@attrs.frozen
class Revoke:
    """`Att upphäva Beslut <id> …`; `… som ersätter Beslut <id>` supersedes it. `target` is None
    where the minutes describe the decision instead (`beslutet den 7 april 2031, § 19, att bevilja
    …`): the proposer finds it from `reference`, or puts it to review."""

    target: DecisionId | None
    superseded: bool = False
    reference: Reference | None = None


@attrs.frozen
class WithdrawEarlier:
    """`Att Beslut <id> utgår`: an earlier decision is struck. `target` is None where the minutes
    describe it (`beslutet från möte nr 3, punkt 10, utgår`): see `Revoke`."""

    target: DecisionId | None
    reference: Reference | None = None


@attrs.frozen
class WriteOffEarlier:
    """`Kravet på utvärdering enligt beslut 2068-04-05 § 21 punkt 2 avskrivs`: a follow-up written
    off by where the decision that set it stands; the proposer finds it, or puts it to review."""

    reference: Reference | None


@attrs.frozen
class DeliveredEarlier:
    """A row of the board's list of follow-ups marked done (`§ 6, 2086-02-12  Halvårsuppföljning …
    Klar – redovisad i dag`): the follow-up set where the row cites, delivered; `what` is the row's
    task, to tell it from another set in the same §."""

    reference: Reference
    what: str = ""


@attrs.frozen
class Correct:
    """`Att rätta Beslut <id> så att beloppet uppgår till N kr`: a later meeting corrects an
    earlier decision. `target` is None where the minutes name the item by meeting date and §
    (`rätta § 7 i protokollet från 2026-12-07`), which the recorder resolves."""

    target: DecisionId | None
    amount_sek: int | None
    reference: Reference | None = None


@attrs.frozen
class TerminateAgreement:
    """`Att säga upp … avtal …`."""

    agreement: str


@attrs.frozen
class AdoptDocument:
    """`Att fastställa <document>` that is not a party's plan."""

    title: str


@attrs.frozen
class Reference:
    """A citation that names a meeting, and perhaps its item, rather than a decision:
    `återremitterat 2026-02-16 § 8`, `bordlagt vid sammanträdet den 21 september`, `2025-7 §13`,
    `vid förra mötet`. The recorder finds the meeting among those the register holds."""

    relation: str
    """`returns`, `fulfils`, `corrects` or `refers`, as for `Cite`."""
    written: str
    """The words as the minutes have them, for the summary."""
    meeting: MeetingId | None = None
    on: dt.date | None = None
    day: int | None = None
    month: int | None = None
    year: int | None = None
    previous: bool = False
    """`förra mötet`: the meeting before this one."""
    item: int | None = None
    number: int | None = None
    """`möte nr 3`: the meeting's number, in `year` or else the citing meeting's year."""
    decision: int | None = None
    """`§ 20/2028 punkt 1`: which decision of the item."""
    diary: str | None = None
    """`beslutet i ärende Dnr 2039/011`: the item named by its diarienummer alone."""
    numbered: str | None = None
    """`beslut nr 2089:14`: the decision named by the number its body gives decisions through the year."""


@attrs.frozen
class Cite:
    """A citation of another decision: `(Beslut <id>)`, `enligt Beslut <id>`, …

    `relation` says what the citation does: `fulfils` (a report or assignment done),
    `returns` (the matter comes back after a referral), or `refers` (a plain reference).
    """

    target: DecisionId
    relation: str


class NotMeant(Exception):
    """Raised by a row's effects (`rules.RULES`) when the match is not what the row stands for."""


Effect = (
    AdoptPlan | AwardGrant | ChangeGrant | RequireReport | ProjectReport | BodyReport | GiveAssignment | ReferBack | Defer | WithdrawSelf
    | WithdrawEarlier | WriteOffEarlier | DeliveredEarlier | Revoke | TerminateAgreement | AdoptDocument | Correct | Cite
    | Reference
)


@attrs.frozen
class ParsedDecision:
    id: DecisionId
    text: str
    """The operative text, line breaks joined, starting `Att …` where the minutes do."""
    kind: DecisionKind
    effects: tuple[Effect, ...]
    line: int
    generated_id: bool = False
    """True where the minutes gave no id and the importer numbered it (`2022:5 §08:1`)."""
    debate: Debate = Debate()
    """A vote, reservations and recusals the minutes record on it."""


@attrs.frozen
class ParsedItem:
    """An agenda item (§) the parser found, whether or not it carries a decision.

    `ref` is None where the text has lost the item's heading (minutes extracted from PDF).
    """

    ref: ItemRef | None
    title: str
    line: int
    noted: bool = False
    """Placed on file (`lades till handlingarna`) without a decision: information only."""
    deferred: Defer | None = None
    cites: tuple[Cite, ...] = ()
    references: tuple[Reference, ...] = ()
    returns: bool = False
    """The prose says the matter was sent away before and is back (`Återremitterat ärende`,
    `Ärendet bordlades …`, `återkommer efter komplettering`), whether or not it says from where."""
    sealed: bool = False
    """`Paragrafen förklaras omedelbart justerad`."""
    correction: Correct | None = None
    """`Föregående protokoll, rättelse av § 5`: what the item corrects, as its title and prose say."""
    plan: AdoptPlan | None = None
    """The party's FINSAM-plan the item is about, where its title or prose names one."""
    text: str = ""
    """The item's prose, for matching it against matters that were sent away."""


@attrs.frozen
class ParseWarning:
    line: int
    message: str


@attrs.frozen
class Justering:
    """The minutes say they were justerade (`Protokollet är justerat`), on a day where they give one."""

    line: int
    on: dt.date | None


@attrs.frozen
class Filed:
    """What the minutes give of an item for the diarium: its diarienummer ("" where none), what
    its decision was based on (beslutsunderlag) and whom it was sent to (expedieras)."""

    diary_number: str
    basis: tuple[str, ...] = ()
    sent_to: tuple[str, ...] = ()


@attrs.frozen
class Notice:
    """The anslag of the justering, as the minutes give it: the day the notice went up and the
    day it comes down, and where the minutes are kept (förvaringsplats)."""

    line: int
    posted: dt.date | None
    removed: dt.date | None
    kept_at: str = ""


@attrs.frozen
class ParsedMinutes:
    source: str
    """The file name, for messages."""
    meeting: MeetingId
    held_on: dt.date | None
    place: str
    justerare: tuple[str, ...]
    attendance: tuple[Attendee, ...]
    items: tuple[ParsedItem, ...]
    decisions: tuple[ParsedDecision, ...]
    listed: tuple[DecisionId, ...] | None
    """The ids in the BESLUTSLISTA, when the minutes have one."""
    warnings: tuple[ParseWarning, ...]
    doubts: tuple[ParseWarning, ...] = ()
    """What was worked out rather than read (a meeting id from the date): put to review."""
    decision_labels: tuple[int, ...] = ()
    """Lines that head a decision (`Beslut`, `Styrelsens beslut`): a § that has one decided something."""
    att_clauses: tuple[tuple[int, str], ...] = ()
    """Paragraphs that open with `att` (line and text): where no § was understood, one that decides
    shows the minutes decided something the importer did not read."""
    justering: Justering | None = None
    """None where the minutes do not say they were justerade: `register seal` says it then."""
    dated_at: int = 0
    """The line that gives the meeting's date (0: none does), where a doubt about the date is shown."""
    filed: dict[int, Filed] = attrs.Factory(dict)
    """Item number → its diarienummer, beslutsunderlag and expedieras, for items that give one."""
    notice: Notice | None = None
    """The anslag and förvaringsplats, where the minutes give them."""
    secretary: str = ""
    """Who kept the minutes, where the minutes name them."""
    told_in_past: bool = False
    """Whether the minutes tell the board's decisions in the past (`Styrelsen beslöt att …`, `past_told.py`)."""
