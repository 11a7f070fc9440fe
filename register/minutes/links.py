"""Links from a meeting being imported to earlier ones: which referral or deferral a returning
item settles, which report or assignment an item fulfils, which meeting a date names. A link is
found from the firmest evidence there is: a decision cited by id (or by its body's number), an
item named by its meeting's date and §, a meeting named by date or month and then the one open
matter of it that the item speaks of, and last the title alone (`matched by title`, for review).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

import attrs

from domain.ids import DecisionId, DeferralRef, FollowUpSource, ItemRef, MeetingId
from projections.folds import Row
from register.known import Known
from register.minutes.delivery_told import (ASKED_THERE, DELIVERED, REPORTING, SENTENCES, arrival_told, delivery_told,
                                            promised_where_cited, said_done)
from register.minutes.lettered import points_in
from register.minutes.matching import likeness, parties_named, same_subject, stems
from register.minutes.model import Cite, ParsedItem, Reference
from register.minutes.references import relation
from register.minutes.promises import not_delivered, promised, promised_beside
from register.minutes.wording import is_formality

_SENT_AWAY = ("referred_back", "deferred")
_RELATIVES = re.compile(r"\s+och\s+(?=som\b)|,\s+(?=(?:och\s+)?som\b)")
_OWED = ("report", "assignment")


@attrs.frozen
class Link:
    source: FollowUpSource
    """The follow-up settled: a referral's decision, a deferred item, a report's decision."""
    matter: ItemRef | None
    """The matter the item continues, where the register knows it."""
    how: str
    """`cited`, `by date and §`, `by meeting`, `by diarienummer`, or `matched by title`."""
    citing: DecisionId | None = None


@attrs.frozen
class Unlinked:
    written: str
    why: str


class Linker:
    def __init__(self, known: Known, meeting: MeetingId, held_on: dt.date, own_items: frozenset[int] = frozenset()) -> None:
        self.known = known
        self.meeting = meeting
        self.held_on = held_on
        self.own_items = own_items
        """The § numbers of the minutes being read: where they start above a bare § cited, it is an earlier meeting's."""
        self._meetings = [(m, day) for m, day in known.meetings() if day < held_on and m != meeting]
        self._open = [(s, self._as_said(s, row)) for s, row in known.open_follow_ups(held_on) if _earlier(s, meeting)]

    def _as_said(self, source: FollowUpSource, row: Row) -> Row:
        """The row with its subject as the decision said it, without the matter's title an import puts before it."""
        if row["kind"] not in _OWED or ": " not in str(row["subject"]):
            return row
        subject = str(row["subject"])
        title = self.known.title_of(source.item) if isinstance(source, DecisionId) else None
        # A matter that returned has no title of its own in the register: its heading here was
        # put before the clause, so the clause is what follows the last colon.
        said = subject[len(title) + 2:] if title and subject.startswith(f"{title}: ") else subject.rsplit(": ", 1)[1]
        return {**row, "subject": said}

    # Meetings and items named in the minutes.

    def meeting_of(self, reference: Reference) -> MeetingId | None:
        """The earlier meeting a reference names, among those the register holds."""
        if reference.meeting is not None:
            return reference.meeting if any(m == reference.meeting for m, _ in self._meetings) else None
        if reference.on is not None:
            return next((m for m, day in self._meetings if day == reference.on), None)
        if reference.previous:
            return self._previous()
        if reference.number is not None:
            named = MeetingId(reference.year or self.meeting.year, reference.number)
            return named if any(m == named for m, _ in self._meetings) else None
        if reference.item is not None and reference.year is not None and reference.month is None and reference.day is None:
            # `§ 20/2028`: the meeting of that year that holds the item.
            holding = [m for m, _ in self._meetings
                       if m.year == reference.year and self.known.decisions_in(ItemRef(m, reference.item))]
            return holding[-1] if holding else None
        if reference.item is not None and (reference.on, reference.month, reference.day, reference.year) == (None,) * 4:
            return self._holding_this_year(reference.item)
        candidates = [(m, day) for m, day in self._meetings
                      if (reference.month is None or day.month == reference.month)
                      and (reference.day is None or day.day == reference.day)
                      and (reference.year is None or day.year == reference.year)]
        return candidates[-1][0] if candidates else None  # the latest such meeting before this one

    def _holding_this_year(self, item: int) -> MeetingId | None:
        """`enligt § 30 punkt 2`, with no meeting named: in minutes whose paragraphs run on through
        the year (this meeting's first § is above it), the one earlier meeting of the year holding it."""
        if not self.own_items or min(self.own_items) <= item:
            return None
        holding = [m for m, _ in self._meetings
                   if m.year == self.meeting.year and self.known.decisions_in(ItemRef(m, item))]
        return holding[0] if len(holding) == 1 else None

    def _previous(self) -> MeetingId | None:
        """The meeting right before this one, if the register holds it (not merely an older one)."""
        if not self._meetings:
            return None
        last = self._meetings[-1][0]
        follows = (last.year == self.meeting.year and last.number == self.meeting.number - 1) or (
            last.year == self.meeting.year - 1 and self.meeting.number == 1)
        return last if follows else None

    def item_of(self, reference: Reference) -> ItemRef | None:
        if reference.numbered is not None:  # `beslut nr 2089:14`: the decision that carries the number
            return next((d.item for d in self.known.numbered(reference.numbered)), None)
        if reference.diary is not None:
            # `beslutet i ärende Dnr 2039/011`: the latest earlier item filed under it that decided (not one that only corrected a figure)
            filed = [i for i in self.known.items_filed_under(reference.diary) if i.meeting != self.meeting
                     and any(self.known.kind_of(d) != "correction" for d in self.known.decisions_in(i))]
            return filed[-1] if filed else None
        meeting = self.meeting_of(reference)
        return None if meeting is None or reference.item is None else ItemRef(meeting, reference.item)

    # Matters that come back.

    def returns(self, item: ParsedItem, cited: Iterable[Cite], taken: set[FollowUpSource], diary: str = "") -> tuple[list[Link], list[Unlinked]]:
        """The referrals and deferrals the item settles, and the citations that point at none; where
        it cites none, the one matter sent away under its diarienummer (`diary`), else by title."""
        links: list[Link] = []
        unlinked: list[Unlinked] = []
        for cite in cited:
            if cite.relation != "returns" or not _earlier(cite.target, self.meeting):
                continue
            found = self._sent_away_by(cite.target)
            if found:
                links += [Link(s, self._matter_of(s), "cited", cite.target) for s in found]
            elif self.known.has_decision(cite.target):
                matter = self.known.matter_of(cite.target) or cite.target.item
                links.append(Link(cite.target, matter, "cited", cite.target))  # settled already: only the matter returns
            else:
                unlinked.append(Unlinked(f"Beslut {cite.target}", "the register does not hold that decision"))
        for reference in item.references:
            if reference.relation != "returns":
                continue
            meeting = self.meeting_of(reference)
            if meeting is None:
                unlinked.append(Unlinked(reference.written, "no meeting the register holds was held then"))
                continue
            found_links = self._sent_away_at(meeting, reference.item, item, taken)
            if not found_links:
                unlinked.append(Unlinked(reference.written, f"nothing referred back or deferred at {meeting}"
                                         + (f" § {reference.item}" if reference.item else "") + " is open"))
            links += found_links
        if not links and not unlinked and diary:
            links += self._sent_away_under(diary, taken)
        if not links and item.returns:
            links += self._by_title(item, True, taken)
        elif not links and not unlinked:
            links += self._by_title(item, False, taken)
        return [link for link in _unique(links) if link.source not in taken], unlinked

    def _sent_away_by(self, decision: DecisionId) -> list[FollowUpSource]:
        """The open referral a decision made, or the open deferrals and referrals of its matter."""
        matter = self.known.matter_of(decision) or decision.item
        return [s for s, row in self._open if row["kind"] in _SENT_AWAY
                and (s == decision or row.get("matter") == str(matter) or _item(s) == decision.item)]

    def _sent_away_at(self, meeting: MeetingId, number: int | None, item: ParsedItem,
                      taken: set[FollowUpSource]) -> list[Link]:
        """What a meeting named by date (and perhaps §) sent away that the item brings back."""
        candidates = [(s, row) for s, row in self._open
                      if row["kind"] in _SENT_AWAY and _meeting(s) == meeting and s not in taken]
        if number is not None:
            wanted = ItemRef(meeting, number)
            exact = [(s, row) for s, row in candidates if _item(s) == wanted or row.get("matter") == str(wanted)]
            if exact:
                return [Link(s, self._matter_of(s), "by date and §") for s, _ in exact]
            # A deferral the minutes placed under no heading may be the item named.
            candidates = [(s, row) for s, row in candidates if isinstance(s, DeferralRef)]
        if len(candidates) == 1:
            s, _ = candidates[0]
            return [Link(s, self._matter_of(s), "by meeting")]
        best = _best(candidates, item, 0.3)
        return [] if best is None else [Link(best, self._matter_of(best), "by meeting")]

    def _sent_away_under(self, diary: str, taken: set[FollowUpSource]) -> list[Link]:
        """The one referral or deferral open from an item filed under that diarienummer: the same matter, whatever its title."""
        found = [s for s, row in self._open if row["kind"] in _SENT_AWAY and s not in taken
                 and (at := _item(s)) is not None and self.known.diary_number_of(at) == diary]
        return [Link(found[0], self._matter_of(found[0]), "by diarienummer")] if len(found) == 1 else []

    def _by_title(self, item: ParsedItem, lenient: bool, taken: set[FollowUpSource]) -> list[Link]:
        candidates = [(s, row) for s, row in self._open if row["kind"] in _SENT_AWAY and s not in taken]
        if lenient:
            best = _best(candidates, item, 0.5)
        else:
            best = next((s for s, row in candidates if _same_matter(item, row)), None)
        return [] if best is None else [Link(best, self._matter_of(best), "matched by title")]

    def _matter_of(self, source: FollowUpSource) -> ItemRef | None:
        """The matter a follow-up belongs to: what a returning item continues."""
        row = next((row for s, row in self._open if s == source), None)
        if row is not None and row.get("matter"):
            return ItemRef.parse(row["matter"])
        if isinstance(source, DecisionId):
            return self.known.matter_of(source) or source.item
        if isinstance(source, ItemRef):
            # A deferred item that itself continued an older matter (its decisions say which).
            decided = self.known.decisions_in(source)
            return (self.known.matter_of(decided[0]) if decided else None) or source
        return None

    # Reports and assignments fulfilled.

    def _by_what_it_says(self, item: ParsedItem, taken: set[FollowUpSource], tasks: tuple[str, ...],
                         plain: bool) -> FollowUpSource | None:
        """The report or assignment an item that cites none fulfils, by who reports and on what.
        `tasks` are the subjects of what the item's own decisions ask for: an open follow-up
        like one of them is asked for again, not delivered. `plain`: the item decides nothing but
        to take note, so a party's one report may be taken on the word `lägesrapport` alone."""
        open_now = [(s, row) for s, row in self._open if s not in taken
                    and not any(same_subject(_subject(row), task, 0.5) for task in tasks)]
        if points := points_in(item.text):
            # `Rapporter` / `a) … b) …`: each point speaks for itself; one of them must both name and deliver it.
            found = {self._by_what_it_says(attrs.evolve(item, title=point.split(". ")[0], text=point), taken, tasks, plain)
                     for point in points}
            found.discard(None)
            return found.pop() if len(found) == 1 else None
        if not _reports(item):
            # `Förbundschefen informerar: anvisningarna skickades …`: an assignment done, said in
            # the words it was given in.
            best = _best([(s, row) for s, row in open_now if row["kind"] == "assignment"], item, 0.6)
            return best if best is None or said_done(item, _subject(dict(self._open)[best])) else None
        candidates = [(s, row) for s, row in open_now if row["kind"] in _OWED and _owed_by(item, row)]
        reports = [(s, row) for s, row in candidates if row["kind"] == "report"]
        # A party that owes one report and reports (`lägesrapport`, `redovisade`): that one.
        # Otherwise by what it is about: a report of a party the item names needs less of its
        # subject than an assignment.
        told = f"{item.title} {item.text}"
        # An item that decides more than taking note of what came in (`har inkommit med FINSAM-plan
        # 2036`, then the plan adopted) must speak of the report, unless its title names one.
        if len(reports) == 1 and (plain or REPORTING.search(item.title)) and (DELIVERED.search(told) or REPORTING.search(told)):
            # The delivery told must be this report's: `Förbundschefen rapporterar: … Sölvesborgs kommun
            # påminns om att delrapporten ska lämnas` tells of the officer's report, not the party's.
            delivered = delivery_told(item) and (arrival_told(item) or said_done(item, _subject(reports[0][1])))
            return reports[0][0] if delivered else None
        best = _best(reports, item, 0.4) or _best(candidates, item, 0.5)
        return best if best is None or said_done(item, _subject(dict(self._open)[best])) else None

    def _filed_under(self, item: ParsedItem, diary: str, taken: set[FollowUpSource],
                     tasks: tuple[str, ...], plain: bool) -> FollowUpSource | None:
        """The one report or assignment open from an item filed under the same diarienummer, where
        the item says it was delivered (not promised, not asked for again) and does no more than
        take note of it, or names a report in its title: a plan revised under the same number
        delivers nothing."""
        if not (plain or REPORTING.search(item.title)) or not _reports(item) or not delivery_told(item):
            return None
        found = [s for s, row in self._open if s not in taken and row["kind"] in _OWED and (at := _item(s)) is not None
                 and not any(same_subject(_subject(row), task, 0.5) for task in tasks)
                 and self.known.diary_number_of(at) == diary]
        return found[0] if len(found) == 1 else None

    def _by_meeting(self, item: ParsedItem, reference: Reference, taken: set[FollowUpSource]) -> list[Link]:
        """`Förbundschefen lade fram det förslag … som hon fått i uppdrag att ta fram vid sammanträdet i
        februari`: a meeting cited without its §, in a sentence that says the thing delivered is what
        was asked there; the one report or assignment of that meeting the sentence speaks of."""
        meeting = self.meeting_of(reference)
        flat = " ".join(item.text.split())
        said = next((c for c in SENTENCES.split(flat) if reference.written in c), "")
        # `…, som styrelsen begärde i mars och som utlovades vid förra mötet`: asked in March, only promised at the last.
        parts = _RELATIVES.split(said)
        asked = next((c for c in parts if reference.written in c), said)
        own = " ".join(c for c in parts if c == asked or not re.match(r"(?:och\s+)?som\b", c))  # not what another meeting heard
        if meeting is None or not ASKED_THERE.search(asked) or not DELIVERED.search(said) or not_delivered(own):
            return []
        # The meeting is named: less of the subject need be said than where none is, but only one may fit.
        spoken = [s for s, row in self._open if s not in taken and row["kind"] in _OWED and _meeting(s) == meeting
                  and likeness(_subject(row), f"{item.title} {said}") >= 0.3]
        return [Link(spoken[0], None, "by the meeting cited and what it asked")] if len(spoken) == 1 else []

    def owed(self, source: FollowUpSource) -> bool:
        """Whether a report or assignment from `source` is open."""
        return any(s == source and row["kind"] in _OWED for s, row in self._open)

    @staticmethod
    def not_yet(text: str) -> bool:
        """`Analysen har ännu inte kommit in`, `lämnas först vid mötet i februari`: the minutes say it has not come."""
        return bool(_NOT_YET.search(text)) or promised_beside(text)

    def fulfilled(self, item: ParsedItem, taken: set[FollowUpSource], by_title: bool = True,
                  tasks: tuple[str, ...] = (), plain: bool = True, diary: str = "") -> tuple[list[Link], list[Unlinked]]:
        """Reports and assignments the item fulfils by a reference to a meeting's item, or, where
        it says it reports (`återrapport`, `redovisade uppdraget`) and cites nothing it fulfils,
        by the diarienummer it shares with the item that asked for it (`diary`), or by who and what."""
        links: list[Link] = []
        unlinked: list[Unlinked] = []
        awaited: set[FollowUpSource] = set()
        for reference in item.references:
            if reference.relation == "fulfils" and reference.item is None and reference.numbered is None:
                links += self._by_meeting(item, reference, taken)
            if reference.relation != "fulfils" or (reference.item is None and reference.numbered is None):
                continue
            wanted = self.item_of(reference)
            if wanted is None:
                unlinked.append(Unlinked(reference.written, "no meeting the register holds was held then"))
                continue
            found = [s for s, row in self._open if row["kind"] in _OWED and _item(s) == wanted
                     and (reference.decision is None or not isinstance(s, DecisionId) or s.number == reference.decision)]
            if found and (not delivery_told(item) or promised_where_cited(item, reference.written)):
                # `Enligt beslut den 13 juni, § 9, skulle kommunen återrapportera …; någon återrapport
                # har inte inkommit`: cited, and not delivered.
                unlinked.append(Unlinked(reference.written, "cited, but no clause says the report or task was delivered"))
                if promised_where_cited(item, reference.written, promised):
                    awaited.update(found)  # said to come later: nothing else the item says delivers it
                continue
            if len(found) > 1 and reference.decision is None and (best := _best(  # `enligt uppdraget från juni (§ 25)`
                    [(s, row) for s, row in self._open if s in found], item, 0.3)) is not None:
                links.append(Link(best, None, BY_ITEM_THEN_TITLE))
                continue
            links += [Link(s, None, "by date and §") for s in found]
            if not found:
                unlinked.append(Unlinked(reference.written, f"no report or assignment from {wanted} is open"))
        if not links and by_title and diary and (filed := self._filed_under(item, diary, taken, tasks, plain)) is not None:
            links.append(Link(filed, None, "by diarienummer"))
        # `Föregående protokoll` reports nothing, whatever it names.
        if not links and by_title and not is_formality(item.title):
            best = self._by_what_it_says(item, taken, tasks, plain)
            if best is not None:
                links.append(Link(best, None, "matched by title"))
        return [link for link in links if link.source not in taken and link.source not in awaited], unlinked


def _reports(item: ParsedItem) -> bool:
    return relation(f"{item.title}. {item.text}") == "fulfils"


_NOT_YET = re.compile(r"\b(?:ännu|fortfarande|ej|inte)\s+(?:\w+\s+)?(?:inte\s+)?(?:har\s+)?(?:lämnat|redovisat|inkommit|"
                      r"kommit\s+in|rapporterat|återrapporterat|svarat|genomfört|klar)|\bsaknas\b|\binte\s+(?:har|hade)\b"
                      r"|\bförsenad|\bdröjer\b", re.I)


def _owed_by(item: ParsedItem, row: dict[str, object]) -> bool:
    """A report is fulfilled by the party that owes it, named where the minutes do not say it has
    not come (`Region Blekinge har ännu inte lämnat besked`); an assignment by whoever holds it."""
    if row["kind"] != "report":
        return True
    owing = parties_named(str(row["responsible"]))
    told = [f"{item.title}."] + re.split(r"(?<=[.!?])\s+", item.text)
    # `Region Blekinge räknar med att redovisa förstudien i juni`: named, but as still to report.
    return any(owing & parties_named(sentence) and not _NOT_YET.search(sentence) and not promised(sentence)
               for sentence in told)


def _same_matter(item: ParsedItem, row: dict[str, object]) -> bool:
    subject = _subject(row)
    return same_subject(item.title, subject) and (not item.plan or _plan_fits(item, subject))


def _plan_fits(item: ParsedItem, subject: str) -> bool:
    assert item.plan is not None
    return str(item.plan.year) in subject and bool(parties_named(subject) & {item.plan.party})


BY_ITEM_THEN_TITLE = "by date and §, the one of its open tasks the item's words name"  # inferred: put to review


def _best(candidates: list[tuple[FollowUpSource, dict[str, object]]], item: ParsedItem, at_least: float) -> FollowUpSource | None:
    """The candidate whose subject the item speaks of most, if it speaks of enough of it."""
    text = f"{item.title} {item.text}"
    scored = [(likeness(_subject(row), text), i) for i, (s, row) in enumerate(candidates) if stems(_subject(row))]
    if not scored:
        return None
    score, index = max(scored)
    return candidates[index][0] if score >= at_least else None


def _subject(row: dict[str, object]) -> str:
    """A follow-up's subject without the matter id the view adds (`Budget 2027 (2026-5 §10)`)."""
    subject = str(row["subject"])
    return subject.rsplit(" (", 1)[0] if subject.endswith(")") else subject


def _item(source: FollowUpSource) -> ItemRef | None:
    if isinstance(source, DecisionId):
        return source.item
    return source if isinstance(source, ItemRef) else None


def _meeting(source: FollowUpSource) -> MeetingId:
    return source.meeting


def _earlier(source: FollowUpSource, meeting: MeetingId) -> bool:
    return _meeting(source) != meeting


def _unique(links: list[Link]) -> list[Link]:
    return [link for i, link in enumerate(links) if all(other.source != link.source for other in links[:i])]
