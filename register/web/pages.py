"""The site's pages. Each asks the register what the command line would ask and hands the
answer to a template; the same answer is the page's JSON twin under /api/."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import attrs
from flask import Blueprint, Response, abort, current_app, g

from domain.errors import UnknownDecision, UnknownMeeting
from domain.ids import DecisionId, DeferralRef, ItemRef, MeetingId
from domain.values import DecisionStatus, Due, FollowUpStatus
from projections import outcomes as money
from projections.lines import Happened
from projections.queries import DECISION_STATUSES, FOLLOW_UP_KINDS, SEARCH_KINDS, SEARCH_STATUSES, justered_by
from projections.rows import DecisionRow, FollowUpRow, MeetingRow
from projections.representation import same_party
from register import goals
from register.particulars import particulars
from register.web import paging
from register.web.context import audience, decision_path, html_page, link, page, publication, register
from register.web.extract import minutes_kept, title_of
from register.web.paging import Pages
from register.web.parameters import arg, one_of, takes
from register.web.publication import WITHHELD_REMARK
from register.web.words import one_per_item

site = Blueprint("site", __name__)

LATEST_MEETINGS = 5
PAGE = 100
"""Rows on one page of a long list: decisions, follow-ups, plans, grants (the JSON twin has them
all, as the command line does, unless it is asked for a page)."""
HITS = 50
"""Search hits on one page, best first."""
FIRST = 10
"""Follow-ups in each of the start page's lists; the rest are a link away."""
COMING_DAYS = 62
"""What the start page counts as "falling due before the next meeting": the board meets
about every second month."""


def route(path: str, **options: Any) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """A page at `path` and its JSON twin at /api`path`."""

    def decorate(view: Callable[..., Any]) -> Callable[..., Any]:
        site.add_url_rule(path, view_func=view, **options)
        site.add_url_rule("/api" + (path if path != "/" else "/start"), endpoint=f"{view.__name__}_json",
                          view_func=view, **options)
        return view

    return decorate


@route("/")
def start() -> Response | str:
    """What the next meeting has before it, the latest meetings, and what is overdue; for a member
    or secretary signed in, the preparation for the next meeting (`preparation.py`)."""
    clocks = g.clocks
    today = clocks.as_of or dt.date.today()
    open_ones = publication().follow_ups(register().follow_ups(clocks.as_of, False, clocks.as_recorded))
    if current_app.config.get("SIGN_IN") and audience() != "public":  # signed in: not the site on this machine only
        return _preparation(open_ones, today)
    coming = [f for f in open_ones if f.status == FollowUpStatus.OPEN and _falls_due_soon(f.due, today)]
    # The newest first: what this year's meetings left open, before what has waited for years.
    overdue = _newest_first([f for f in open_ones if f.status == FollowUpStatus.OVERDUE])
    latest = sorted(_meetings_by_then(), key=lambda m: m.date, reverse=True)[:LATEST_MEETINGS]
    twin = {"coming": coming[:FIRST], "coming_total": len(coming), "overdue": overdue[:FIRST], "overdue_total": len(overdue),
            "latest_meetings": latest}
    return page("start.html", twin, coming=coming[:FIRST], coming_total=len(coming), overdue=overdue[:FIRST],
                overdue_total=len(overdue), latest=latest, board=register().board)


@route("/forberedelse")
@takes("nasta")
def preparation() -> Response | str:
    """The preparation for the next meeting on the day given (`nasta`): for those signed in only,
    as the start page shows it them (the public site has no such page, as it has no audit report)."""
    if not current_app.config.get("SIGN_IN") or audience() == "public":
        abort(404)
    clocks = g.clocks
    open_ones = publication().follow_ups(register().follow_ups(clocks.as_of, False, clocks.as_recorded))
    return _preparation(open_ones, clocks.as_of or dt.date.today())


def _preparation(open_ones: list[FollowUpRow], today: dt.date) -> Response | str:
    from register.web.preparation import next_meeting, prepared

    clocks = g.clocks
    ready = prepared(register(), open_ones, next_meeting(today, COMING_DAYS), clocks.as_of, clocks.as_recorded)
    latest = sorted(_meetings_by_then(), key=lambda m: m.date, reverse=True)[:LATEST_MEETINGS]
    return page("preparation.html", {**ready.twin(FIRST), "latest_meetings": latest}, ready=ready, first=FIRST,
                latest=latest, board=register().board)


def _newest_first(rows: list[FollowUpRow]) -> list[FollowUpRow]:
    """Follow-ups by the date of the meeting that gave them, the latest first (a meeting's own
    in the register's order: the sort is stable)."""
    return sorted(rows, key=lambda f: f.date, reverse=True)


def _falls_due_soon(due: str | None, today: dt.date) -> bool:
    parsed = Due.parse(due)
    last_day = parsed.last_day()
    if last_day is None:
        return parsed.kind.value == "next-meeting"
    return last_day <= today + dt.timedelta(days=COMING_DAYS)


@route("/moten")
def meetings() -> Response | str:
    rows = _meetings_by_then()
    return page("meetings.html", rows, meetings=sorted(rows, key=lambda m: m.date, reverse=True))


def _meetings_by_then() -> list[MeetingRow]:
    return register().meetings(g.clocks.as_recorded, as_of=g.clocks.as_of)


@route("/moten/<meeting_key>")
def meeting(meeting_key: str) -> Response | str:
    wanted = MeetingId.parse(meeting_key)
    found = [m for m in register().meetings(g.clocks.as_recorded) if MeetingId.parse(m.meeting).key == wanted.key]
    if not found:
        raise UnknownMeeting(f"mötet {meeting_key} finns inte i registret")
    decisions = register().decisions(g.clocks.as_of, wanted, None, g.clocks.as_recorded)
    attendance = register().attendance(wanted, g.clocks.as_of, g.clocks.as_recorded)
    held_by_then = found[0].date <= (g.clocks.as_of or dt.date.today()).isoformat()
    decisions = publication().corrected(decisions)
    twin = publication().visible(decisions, lambda d: d.id)
    meeting = justered_by(found[0], g.clocks.as_of.isoformat() if g.clocks.as_of else None)
    created = [f for f in publication().follow_ups(register().follow_ups(g.clocks.as_of, True, g.clocks.as_recorded))
               if MeetingId.parse(f.meeting).key == wanted.key]
    kept = minutes_kept(meeting, particulars(register(), g.clocks.as_of, g.clocks.as_recorded))
    return page("meeting.html", twin, meeting=meeting, decisions=decisions, attendance=attendance, held_by_then=held_by_then,
                party_of=_party_of(), follow_ups=created, **kept)


@route("/moten/<meeting_key>/narvaro")
def attendance(meeting_key: str) -> Response | str:
    wanted = MeetingId.parse(meeting_key)
    rows = register().attendance(wanted, g.clocks.as_of, g.clocks.as_recorded)
    return page("attendance.html", rows, meeting=str(wanted), attendance=rows, party_of=_party_of())


def _party_of() -> Callable[[str], str]:
    """Which of the board's parties an attendee's organisation is ("" if none, or none recorded)."""
    board = register().board_record()
    parties = board.parties if board else ()
    return lambda organisation: next((p for p in parties if same_party(organisation, p)), "")


@route("/beslut")
@takes("status", "ar", "sida")
def decisions() -> Response | str:
    """Decisions in pages, the newest first; `ar`: those of meetings held that year."""
    status = one_of("status", DECISION_STATUSES)
    year = _year()
    rows = publication().corrected(register().decisions(g.clocks.as_of, None, status, g.clocks.as_recorded))
    if year is not None:
        rows = [d for d in rows if d.date.startswith(f"{year}-")]
    twin = publication().visible(rows, lambda d: d.id)
    newest_first = list(reversed(rows))
    pages = Pages.asked(PAGE, len(newest_first))
    later = register().held_after(None, g.clocks.as_recorded) if g.clocks.as_of is None else []
    return page("decisions.html", paging.twin(twin, list(reversed(twin)), PAGE), decisions=pages.of(newest_first),
                total=len(rows), status=status, year=year, statuses=DECISION_STATUSES, pages=pages, later=later)


@route("/beslut/<meeting_key>/<int:item>/<int:number>")
def decision(meeting_key: str, item: int, number: int) -> Response | str:
    ref = DecisionId(ItemRef(MeetingId.parse(meeting_key), item), number)
    found = _decision_now_or_then(ref)
    trace = register().trace(ref, g.clocks.as_of, g.clocks.as_recorded)
    cited_by = publication().visible(register().citing(ref, g.clocks.as_of, g.clocks.as_recorded), lambda c: c[1].id)
    shown = publication().trace(trace)
    found = next(iter(publication().corrected([found])), None) if found else None
    title = title_of(shown, ref.item)
    return page("decision.html", shown, ref=ref, decision=found, trace=shown, title=title, title_withheld=_title_withheld(shown, title),
                cited_by=cited_by, withheld=publication().reason(str(ref)))


def _decision_now_or_then(ref: DecisionId) -> DecisionRow | None:
    """The decision as the clocks show it; None when it exists now but was not yet decided then."""
    for row in register().decisions(g.clocks.as_of, ref.meeting, None, g.clocks.as_recorded):
        if DecisionId.parse(row.id).key == ref.key:
            return row
    if any(DecisionId.parse(row.id).key == ref.key for row in register().decisions(None, ref.meeting)):
        return None
    raise UnknownDecision(f"beslut {ref} finns inte i registret")


@route("/arende/<meeting_key>/<int:item>")
def matter(meeting_key: str, item: int) -> Response | str:
    """A matter (an agenda item and where it went), also one with no decision: put forward, deferred."""
    return _matter_page(ItemRef(MeetingId.parse(meeting_key), item), "Ärende")


@route("/arende/<meeting_key>/bordlagt/<int:number>")
def deferral(meeting_key: str, number: int) -> Response | str:
    """A deferral the minutes state under no § heading (`2025-7 deferred 1`, on the site `2025-7 bordläggning 1`)."""
    return _matter_page(DeferralRef(MeetingId.parse(meeting_key), number), "Ärende")


def _matter_page(ref: ItemRef | DeferralRef, heading: str) -> Response | str:
    trace = register().trace(ref, g.clocks.as_of, g.clocks.as_recorded)
    shown = publication().trace(trace)
    title = next((line.data["title"] for line in shown["events"] if line.event == Happened.PUT_FORWARD
                  and ItemRef.parse(line.data["matter"]).key == ref.key), "") if isinstance(ref, ItemRef) else ""
    return page("matter.html", shown, ref=ref, heading=heading, trace=shown, title=title,
                withheld=publication().reason(str(ref)))


@route("/uppfoljning")
@takes("visa", "typ", "ansvarig", "ar", "sida")
def follow_ups() -> Response | str:
    """Follow-ups in pages, the overdue first, then the rest, each the newest first; `ar`: only those a
    meeting of that year gave."""
    show = arg("visa", "oppna")
    if show not in ("oppna", "alla", "forsenade", "klara", "avskrivna"):
        abort(400, f"okänt val visa={show!r}: välj oppna, forsenade, klara, avskrivna eller alla")
    kind = one_of("typ", FOLLOW_UP_KINDS)
    responsible = arg("ansvarig").strip() or None
    rows = register().follow_ups(g.clocks.as_of, show != "oppna", g.clocks.as_recorded, responsible, kind)
    if show == "forsenade":
        rows = [r for r in rows if r.status == FollowUpStatus.OVERDUE]
    elif show == "klara":
        rows = [r for r in rows if r.status == FollowUpStatus.DONE]
    elif show == "avskrivna":
        rows = [r for r in rows if r.status == FollowUpStatus.WRITTEN_OFF]
    year = _year()
    if year is not None:
        rows = [r for r in rows if r.date.startswith(f"{year}-")]
    rows = publication().follow_ups(rows)
    needed_first = sorted(_newest_first(rows), key=lambda f: f.status != FollowUpStatus.OVERDUE)
    pages = Pages.asked(PAGE, len(needed_first))
    later = register().held_after(None, g.clocks.as_recorded) if g.clocks.as_of is None else []
    return page("follow_ups.html", paging.twin(rows, needed_first, PAGE), follow_ups=pages.of(needed_first), total=len(rows),
                pages=pages, show=show, kind=kind, responsible=responsible or "", year=year, kinds=FOLLOW_UP_KINDS, later=later)


@route("/planer")
@takes("ar", "sida")
def plans() -> Response | str:
    """Plans and grants, the latest year first; one `sida` pages both tables."""
    year = _year()
    all_grants = publication().corrected(register().grants(g.clocks.as_of, year, g.clocks.as_recorded))
    rows = publication().corrected(publication().plans(register().plans(g.clocks.as_of, year, g.clocks.as_recorded), all_grants))
    grants = publication().visible(all_grants, lambda grant: grant.decision)
    plans_first = sorted(rows, key=lambda plan: plan.year, reverse=True)
    pages = Pages.asked(PAGE, len(plans_first), len(grants))
    return page("plans.html", paging.twin(rows, plans_first, PAGE), plans=pages.of(plans_first), grants=pages.of(grants[::-1]),
                plans_total=len(rows), grants_total=len(grants), pages=pages, year=year, left_out=len(all_grants) - len(grants),
                granted=sum(grant.amount_sek for grant in grants if grant.status == DecisionStatus.IN_FORCE))


@route("/bidrag")
@takes("ar", "sida")
def grants() -> Response | str:
    """Every grant one by one, the newest first."""
    year = _year()
    rows = publication().visible(register().grants(g.clocks.as_of, year, g.clocks.as_recorded), lambda grant: grant.decision)
    rows = publication().corrected(rows)
    pages = Pages.asked(PAGE, len(rows))
    return page("grants.html", paging.twin(rows, rows[::-1], PAGE), grants=pages.of(rows[::-1]), grants_total=len(rows),
                pages=pages, year=year)


@route("/narvaro")
@takes("ar")
def representation() -> Response | str:
    """The parties' representation at the year's meetings against the board's goals."""
    met_in = sorted({int(m.date[:4]) for m in _meetings_by_then()}, reverse=True)
    # It opens on the latest year with meetings, not on a year of zeros.
    year = _year() or next(iter(met_in), (g.clocks.as_of or dt.date.today()).year)
    try:
        rows = goals.representation(register(), year, g.clocks.as_of, g.clocks.as_recorded)
    except goals.NothingRecorded:
        abort(404, "Förbundets parter är inte registrerade ännu, så närvaron kan inte räknas.")
    return page("representation.html", rows, rows=rows, year=year, elsewhere=goals.followed_up_elsewhere(register(), year, g.clocks.as_recorded),
                met_in=met_in)


@route("/utfall")
@takes("ar")
def outcomes() -> Response | str:
    """Each reported project's frame and outcome beside the grants the register holds."""
    year = _year() or (g.clocks.as_of or dt.date.today()).year - 1
    clocks = g.clocks
    try:
        every = goals.outcomes(register(), year, clocks.as_of, clocks.as_recorded)
    except goals.NothingRecorded:
        abort(404, f"Inga projektutfall är rapporterade för {year}.")
    rows = publication().outcomes(every)
    summed = money.total(rows, year)
    if rows != every:  # a withheld grant counts somewhere: a sum would tell its amount
        summed = attrs.evolve(summed, granted_register=None, difference=None, used=None, remark=WITHHELD_REMARK)
    other_years = [attrs.evolve(o, grants=tuple(x for x in o.grants if not publication().hides(x.decision)))
                   for o in goals.other_year_grants(register(), year, clocks.as_of, as_recorded=clocks.as_recorded)]
    pins = [p for p in goals.pinned_to_other_years(register(), year, clocks.as_of, clocks.as_recorded)
            if not publication().hides(p.decision)]
    granted = publication().visible(register().grants(clocks.as_of, None, clocks.as_recorded), lambda grant: grant.decision)
    return page("outcomes.html", rows, rows=rows, year=year, summed=summed, other_years=[o for o in other_years if o.grants],
                pins=pins, granted_years=sorted({grant.year for grant in granted}))


def _year() -> int | None:
    text = arg("ar").strip()
    if not text:
        return None
    if not text.isdigit() or not 1900 <= int(text) <= 2999:
        abort(400, f"ogiltigt år {text!r}: skriv till exempel 2026")
    return int(text)


@route("/sok")
@takes("q", "mote", "typ", "status", "sida")
def search() -> Response | str:
    query = arg("q").strip()
    meeting_text = arg("mote").strip()
    kind = one_of("typ", SEARCH_KINDS)
    status = one_of("status", SEARCH_STATUSES)
    wanted = MeetingId.parse(meeting_text) if meeting_text else None
    found = register().search(query, g.clocks.as_of, wanted, kind, status, g.clocks.as_recorded) if query else []
    hits = publication().hits(found)
    shown = one_per_item(hits)  # the JSON twin keeps every hit, as the command line prints them
    pages = Pages.asked(HITS, len(shown))
    return page("search.html", paging.twin(hits, hits, HITS), query=query, hits=pages.of(shown), total=len(shown),
                pages=pages, meeting=meeting_text, kind=kind or "", status=status or "")


@site.route("/utdrag/<meeting_key>/<int:item>/<int:number>")
def extract(meeting_key: str, item: int, number: int) -> Response | str:
    """Protokollsutdrag: one decision on a page made to be printed."""
    return _extract(DecisionId(ItemRef(MeetingId.parse(meeting_key), item), number))


@site.route("/utdrag/<meeting_key>/<int:item>")
def paragraph_extract(meeting_key: str, item: int) -> Response | str:
    """Protokollsutdrag of a whole paragraph: every decision of the agenda item."""
    return _extract(ItemRef(MeetingId.parse(meeting_key), item))


def _extract(ref: DecisionId | ItemRef) -> Response | str:
    from register.web.extract import extract_of

    if publication().hides(str(ref)):
        what = "Beslut" if isinstance(ref, DecisionId) else "Ärende"
        abort(403, f"{what} {ref} är utelämnat från publicering: {publication().reason(str(ref))}")
    if isinstance(ref, DecisionId):
        twin = link("site.decision_json", **decision_path(ref))
    else:
        twin = link("site.matter_json", meeting_key=ref.meeting.key, item=ref.item)
    traced: list[dict[str, Any]] = []
    shown = extract_of(register(), ref, g.clocks.as_of, g.clocks.as_recorded, lambda trace: _kept(traced, publication().trace(trace)))
    shown["decisions"] = publication().corrected(shown["decisions"])
    shown["title_withheld"] = _title_withheld(traced[0], shown["title"])
    return html_page("extract.html", f"Protokollsutdraget finns bara som sida att skriva ut. {ref} som JSON: {twin}", **shown)


def _title_withheld(trace: dict[str, Any], title: str) -> str | None:
    """Why a title an item took from a withheld matter is left off the public site, for those who
    see it to see it marked (the public's trace has no such line); None if it is not withheld."""
    return next((reason for line in trace["events"] if line.event == Happened.PUT_FORWARD
                 and line.data["title"] == title and (reason := publication().line_reason(line))), None)


def _kept(kept: list[dict[str, Any]], trace: dict[str, Any]) -> dict[str, Any]:
    kept.append(trace)
    return trace


@route("/revision")
def audit() -> Response | str:
    """The audit report, for the board's own staff and its auditors: it names what is withheld
    and why, so the public site does not have it at all (404, as for an address that never was)."""
    from register import audit as whole_store
    from register.audit_report import page_context

    if audience() == "public":
        abort(404)
    clocks = g.clocks
    document = whole_store.audit(register(), clocks.as_of or dt.date.today(), clocks.as_recorded)
    return page("audit.html", document, **page_context(document, asked=clocks.as_recorded is not None))


@site.route("/tillganglighet")
def accessibility() -> Response | str:
    return html_page("accessibility.html", "Sidan om tillgänglighet finns bara som HTML.")

