"""Reads the text of a board meeting's minutes into `ParsedMinutes`: pure, no register.

Two shapes are known: minutes that number their decisions (`Beslut 2025-7 §07:1`, text
extracted from PDF, out of order, with a BESLUTSLISTA) and minutes that do not (a
`Styrelsemöte 2022:5` header, an attendance table, `Styrelsen beslutade:` blocks). Bad
input is refused whole with a `MinutesError` naming the file and line; doubts that do not
stop the import become warnings for the secretary's review.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable

import attrs

from domain.errors import InvalidValue, RegisterError
from domain.ids import DecisionId, MeetingId
from domain.text import plain
from register.files import read_at_most
from register.minutes.anaphora import named_before
from register.minutes.attendance import read_attendance, read_attendance_lists, surnames
from register.minutes.by_reference import reference
from register.minutes import decision_log, decision_summary, write_offs
from register.minutes.debate import Debate
from register.minutes.day_month import with_years
from register.minutes.decisions import numbered
from register.minutes.items import assemble, plan_named
from register.minutes.headcount import read_short
from register.minutes.awaited import answered_by_label, kind_unresolved, referred_without_time, waits_unsaid
from register.minutes.hands_differ import due_in_doubt, kind_in_doubt
from register.minutes.model import AdoptPlan, Justering, Notice, ParsedDecision, ParsedItem, ParsedMinutes, ParseWarning
from register.minutes.filing import filed, notice, secretary
from register.minutes.justering import justering
from register.minutes.numbering_stated import range_unkept
from register.minutes.particulars import date_and_place, justerare, meeting_in_columns
from register.minutes.plans import Resolved, granted_apart, the_plan, the_plans_grant
from register.minutes.running_title import meeting_in_header
from register.minutes.set_aside import money_set_aside
from register.minutes.initials import by_initials
from register.minutes.past_told import tells_in_past
from register.minutes.watch_list import settled_by_list
from register.minutes.written_off_told import written_off_told
from register.minutes.prose import add_told
from register.minutes.rules import classify
from register.minutes.unnumbered import generated
from register.minutes.text import (
    ARTEFACTS, IdLine, Line, LineError, decision_id, heading, is_decision_label, is_list_heading, is_table_row,
    marker, meeting_header, split_lines,
)


class MinutesError(RegisterError):
    """Raised when a text cannot be imported as minutes; says which file and, where there
    is one, which line."""

    def __init__(self, source: str, problem: str, line: int | None = None) -> None:
        where = source if line is None else f"{source}, line {line}"
        super().__init__(f"{where}: {problem}")
        self.source = source
        self.problem = problem
        self.line = line


MOST_BYTES = 2_000_000
"""Minutes are kilobytes; two megabytes is more than a year of them. A larger file (or
`/dev/zero`) is not minutes, and is not read to its end."""


def read_minutes_file(path: str | os.PathLike[str]) -> str:
    """The file's text; refuses what cannot be minutes (empty, binary, not UTF-8, too large).
    Line ends of any kind (`\\r\\n`, an old Mac's `\\r`) read alike."""
    name = str(path)
    try:
        data = read_at_most(path, MOST_BYTES, lambda problem: MinutesError(name, problem),
                            "minutes are kilobytes; this is not minutes")
    except OSError as error:
        raise MinutesError(name, f"cannot read the file: {error.strerror or error}") from None
    return decode_minutes(data, name)


def decode_minutes(data: bytes, name: str) -> str:
    """The text of a file's bytes, or a refusal naming the file."""
    data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    if not data.strip():
        raise MinutesError(name, "the file is empty")
    if b"\x00" in data:
        raise MinutesError(name, "a binary file (it holds NUL bytes), not text of minutes")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise MinutesError(name, f"not UTF-8 text (undecodable byte at offset {error.start})") from None


Numbering = Callable[[dt.date], int]
"""How many meetings of a date's year the register knows were held before it: the number a
meeting whose minutes give only their date is worked out from."""


def parse_minutes(text: str, source: str, meeting: MeetingId | None = None,
                  numbering: Numbering | None = None) -> ParsedMinutes:
    try:
        return _parse(text, source, meeting, numbering)
    except LineError as error:
        raise MinutesError(source, error.problem, error.line) from None
    except InvalidValue as error:
        # A value out of range in a place no check above foresaw: still the file's fault.
        raise MinutesError(source, str(error)) from None


def _parse(given: str, source: str, wanted: MeetingId | None, numbering: Numbering | None) -> ParsedMinutes:
    text = given
    if not text.strip():
        raise MinutesError(source, "the text is empty: there are no minutes to read")
    lines = split_lines(text)
    text, undated = with_years(text, lines)
    if undated is not None or text is not given:
        lines = split_lines(text)
    ids = {i: id_line for i in range(len(lines)) if (id_line := decision_id(lines, i)) is not None}
    held_on, place = date_and_place(lines)
    doubts: list[ParseWarning] = [] if undated is None else [undated]
    try:
        meeting = _meeting(source, lines, ids, wanted, meeting_in_header(text))
    except MinutesError:
        if wanted is not None or numbering is None or held_on is None or not _looks_like_minutes(lines):
            raise
        meeting = MeetingId(held_on.year, numbering(held_on) + 1)
        doubts.append(ParseWarning(_line_of(lines, held_on), (
            f"meeting id {meeting} worked out, not read: the minutes give no number, and this is meeting "
            f"{meeting.number} of {held_on.year} by date among those the register knows; "
            f"if it is not, import with --meeting")))
    for i, id_line in ids.items():
        if id_line.id.meeting != meeting:
            raise LineError(
                lines[i].no,
                f"decision {id_line.id} belongs to meeting {id_line.id.meeting}, "
                f"not to {meeting}, the meeting being imported",
            )

    attendance, warnings = read_attendance(lines)
    if not attendance:
        attendance, warnings = read_attendance_lists(lines)
    doubts += read_short(lines, attendance)
    summary = decision_summary.lines_of(lines)  # it repeats the decisions below: none of its own
    lines, ids = decision_summary.blanked(lines), {i: id_line for i, id_line in ids.items() if i not in summary}
    found = numbered(lines, ids) if ids else generated(lines, meeting)
    logged = decision_log.lines_of(lines)
    found.consumed.update(logged)  # it repeats the decisions: no prose of its own is read as one
    if not ids:
        add_told(found, lines, meeting)
    found.decisions = decision_log.split_by_rows(meeting, found.decisions, lines)
    from_rows, doubted = decision_log.added(meeting, found.decisions, lines)
    found.decisions += from_rows
    doubts += doubted
    warnings += found.warnings
    doubts += found.doubts
    doubts += [ParseWarning(raw.line, f"decision {raw.id}: '{raw.text}' names a proposal rather than saying what it "
                                      "decides: kept as written; check it against the proposal above it")
               for raw in found.decisions if not raw.generated and reference(raw.text) is not None]
    decisions: list[ParsedDecision] = []
    titles = {h.number: h.title for line in lines if (h := heading(line)) is not None}
    for raw in sorted(found.decisions, key=lambda d: d.id):
        try:
            plain(raw.text, f"the text of decision {raw.id}")  # here, where its line is known
        except InvalidValue as error:
            raise LineError(raw.line, str(error)) from None
        result = classify(raw.text)
        # Who `kommunen` is: the one party its § named in a decision before it, or in its title.
        earlier = [titles.get(raw.id.item.item, ""), *(d.text for d in decisions if d.id.item == raw.id.item)]
        if (result.problems or not result.classified) and (named := named_before(raw.text, earlier)) is not None \
                and (again := classify(named.text)).classified:
            result = again
            who = "who reports, unsaid," if named.stood_for is None else repr(named.stood_for)
            warnings.append(ParseWarning(raw.line, f"decision {raw.id}: {who} read as {named.party}, "
                                                   "the party the § named before it"))
        warnings += [ParseWarning(raw.line, f"decision {raw.id}: {p}") for p in result.problems]
        if not result.classified:
            warnings.append(ParseWarning(raw.line, f"unclassified decision {raw.id}: kept verbatim for review"))
        for why in (kind_in_doubt(raw.text, result.kind), due_in_doubt(raw.text, result.effects)):
            doubts += [ParseWarning(raw.line, f"decision {raw.id}: {why}")] if why else []
        decisions.append(ParsedDecision(
            raw.id, raw.text, result.kind, result.effects, raw.line, generated_id=raw.generated
        ))
    decisions = decision_log.completed(meeting, decisions, lines, doubts, frozenset(d.id for d in from_rows))
    assembled = assemble(meeting, lines, decisions, found.decisions, _prose(lines, found.consumed), surnames(attendance),
                         frozenset(d.id for d in from_rows))
    decisions = [attrs.evolve(d, debate=assembled.debates.get(d.id, Debate())) for d in decisions]
    decisions = answered_by_label(decisions, assembled.items)
    decisions, items = write_offs.from_prose(decisions, assembled.items)
    assembled = attrs.evolve(assembled, items=items)
    doubts += [*assembled.doubts, *waits_unsaid(decisions, assembled.items), *kind_unresolved(decisions),
               *referred_without_time(decisions), *range_unkept(lines, assembled.items)]
    decisions = _by_title(decisions, assembled.items, doubts)
    decisions = _settled_by_lists(decisions, assembled.items, lines, doubts)
    listed = None if found.listed is None else tuple(_unique(id_ for id_, _ in found.listed))
    said = _justering(lines, held_on, doubts)  # before the doubts are taken
    posted = _notice(lines, held_on, doubts)
    checkers = justerare(lines, _paragraphs(lines))
    if not checkers:
        doubts.append(ParseWarning(lines[0].no if lines else 1, "no justerare read from the minutes: name them in the review"))
    if not place:
        doubts.append(ParseWarning(lines[0].no if lines else 1, "no place of the meeting read from the minutes: give it in the review"))
    return ParsedMinutes(
        source=source,
        meeting=meeting,
        held_on=held_on,
        place=place,
        justerare=checkers,
        attendance=attendance,
        items=assembled.items,
        decisions=tuple(decisions),
        listed=listed,
        warnings=tuple(sorted([*warnings, *assembled.warnings], key=lambda w: w.line)),
        doubts=tuple(doubts),
        decision_labels=tuple(line.no for line in lines if is_decision_label(line)),
        att_clauses=tuple((line.no, line.text) for line in lines if line.text[:4].lower() == "att "),
        justering=said,
        dated_at=_line_of(lines, held_on) if held_on else 0,
        filed=filed(lines),
        notice=posted,
        secretary=secretary(lines),
        told_in_past=tells_in_past(lines) is not None,
    )


def _settled_by_lists(decisions: list[ParsedDecision], items: tuple[ParsedItem, ...], lines: list[Line],
                      doubts: list[ParseWarning]) -> list[ParsedDecision]:
    """What a § holding the board's list of follow-ups settles by its rows (`watch_list.py`)."""
    starts = sorted(item.line for item in items)
    result = []
    for item in items:
        own = [d for d in decisions if item.ref is not None and d.id.item == item.ref]
        if not own:
            continue
        end = next((line for line in starts if line > item.line), None)
        settled, said = settled_by_list(own, item, [ln for ln in lines if item.line < ln.no and (end is None or ln.no < end)])
        result += settled
        doubts += said
    kept = {d.id for d in result}
    return sorted(result + [d for d in decisions if d.id not in kept], key=lambda d: d.id)


def _by_title(decisions: list[ParsedDecision], items: Iterable[ParsedItem],
              doubts: list[ParseWarning]) -> list[ParsedDecision]:
    """A decision that adopts `planen` adopts the plan its § title names, one that grants money
    for `planen` grants it to the party whose plan its § adopts, and money set aside for `insatsen`
    is for the insats its § title names: inferred, so put to review."""
    items = tuple(items)
    titles = {item.ref: item.title for item in items if item.ref is not None}
    titled = {ref: plan_named(title) for ref, title in titles.items()}
    decisions = _resolved(decisions, lambda d: by_initials(d, titles.get(d.id.item, ""), classify), doubts)
    result = _resolved(decisions, lambda d: the_plan(d, titled.get(d.id.item), titles.get(d.id.item, "")), doubts)
    adopted = {d.id.item: e for d in result for e in d.effects if isinstance(e, AdoptPlan)}
    result = _resolved(result, lambda d: the_plans_grant(d, adopted.get(d.id.item)), doubts)
    result = _resolved(result, lambda d: money_set_aside(d, titles.get(d.id.item, "")), doubts)
    result = _resolved(result, lambda d: written_off_told(d, next((i for i in items if i.ref == d.id.item), None)), doubts)
    doubts += [doubt for doubt in granted_apart(result) if not any(doubt.line == said.line for said in doubts)]
    return result


def _resolved(decisions: list[ParsedDecision], resolve: Callable[[ParsedDecision], Resolved | None],
              doubts: list[ParseWarning]) -> list[ParsedDecision]:
    result = []
    for decision in decisions:
        resolved = resolve(decision)
        if resolved is not None and resolved.doubt is not None:
            doubts.append(resolved.doubt)
        result.append(decision if resolved is None else resolved.decision)
    return result


def _meeting(source: str, lines: list[Line], ids: dict[int, IdLine], wanted: MeetingId | None,
             headed: tuple[MeetingId, int] | None) -> MeetingId:
    """From the header, else the first decision id, else the caller; they must agree."""
    # A title block in columns names the meeting under its label, and so does the first page's
    # running header; a line further down that reads like a header (`Protokoll 2037:5 från den
    # 17 september …`) cites another.
    found: tuple[MeetingId, int] | None = meeting_in_columns(lines) or headed
    # The title stands above the first §; a header-like line inside an item (`Protokoll 1/2049
    # lades till handlingarna`) cites an earlier meeting.
    first_item = next((k for k, line in enumerate(lines) if heading(line)), len(lines))
    for line in lines[:first_item] if found is None else ():
        if (header := meeting_header(line)) is not None:
            found = (header, line.no)
            break
    if ids:
        # The decisions' ids are how later minutes cite the meeting: keep their spelling (`2026-4`
        # where the header writes `2026:4`).
        first = min(ids)
        if found is None or found[0] == ids[first].id.meeting:
            found = (ids[first].id.meeting, lines[first].no if found is None else found[1])
    if found is None:
        if wanted is None or not _looks_like_minutes(lines):
            raise MinutesError(
                source,
                "no meeting id found (neither a 'Styrelsemöte YYYY:N' header nor a decision id "
                "such as 'Beslut 2025-7 §07:1'): this does not look like minutes",
            )
        return wanted
    if wanted is not None and wanted != found[0]:
        raise MinutesError(source, f"these are the minutes of meeting {found[0]}, not of {wanted}", found[1])
    return found[0]


def _line_of(lines: list[Line], held_on: dt.date) -> int:
    """The first line that gives the meeting's date, where a doubt about it is shown."""
    return next((line.no for line in lines if held_on.isoformat() in line.text), lines[0].no)


def _looks_like_minutes(lines: list[Line]) -> bool:
    return any(heading(line) or marker(line) is not None or is_list_heading(line) for line in lines)


def _unique(ids: Iterable[DecisionId]) -> list[DecisionId]:
    seen: list[DecisionId] = []
    for id_ in ids:
        if id_ not in seen:
            seen.append(id_)
    return seen


def _paragraphs(lines: list[Line]) -> list[str]:
    return [" ".join(line.text for line in run) for run in _runs(lines, lambda i: False)]


def _prose(lines: list[Line], consumed: set[int]) -> list[list[Line]]:
    """Paragraphs that are neither decisions, ids, headings, the list nor the table."""

    def skip(i: int) -> bool:
        line = lines[i]
        return (
            i in consumed or line.text in ARTEFACTS or heading(line) is not None
            or is_list_heading(line) or is_table_row(line)
        )

    return _runs(lines, skip)


def _runs(lines: list[Line], skip: Callable[[int], bool]) -> list[list[Line]]:
    runs: list[list[Line]] = [[]]
    for i, line in enumerate(lines):
        if not line.text or skip(i):
            runs.append([])
        if line.text and not skip(i):
            runs[-1].append(line)
    return [run for run in runs if run]


def _justering(lines: list[Line], held_on: dt.date | None, doubts: list[ParseWarning]) -> Justering | None:
    """The justering the minutes state; a day before the meeting is left out and put to review."""
    said = justering(lines)
    if said is None or said.on is None or held_on is None or said.on >= held_on:
        return said
    doubts.append(ParseWarning(said.line, f"the minutes say they were justerade on {said.on}, before the meeting ({held_on}): "
                                          "the day is left out; give it with `register seal` if it is another"))
    return attrs.evolve(said, on=None)


def _notice(lines: list[Line], held_on: dt.date | None, doubts: list[ParseWarning]) -> Notice | None:
    """The anslag the minutes state; a day before the meeting, or a notice taken down before it
    went up, is left out and put to review."""
    said = notice(lines)
    if said is None:
        return None
    if said.posted is not None and held_on is not None and said.posted < held_on:
        doubts.append(ParseWarning(said.line, f"the minutes say the notice of their justering went up on {said.posted}, "
                                              f"before the meeting ({held_on}): the day is left out"))
        said = attrs.evolve(said, posted=None)
    if said.posted is not None and said.removed is not None and said.removed < said.posted:
        doubts.append(ParseWarning(said.line, f"the minutes say the notice comes down on {said.removed}, before it went up "
                                              f"({said.posted}): that day is left out"))
        said = attrs.evolve(said, removed=None)
    return said if said.posted or said.removed or said.kept_at else None
