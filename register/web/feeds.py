"""Feeds for readers and calendars: Atom of the newest decisions and of follow-ups falling
due, and an iCalendar file of follow-up due dates, one set per board."""

from __future__ import annotations

import datetime as dt
from uuid import UUID
from xml.sax.saxutils import escape as xml_escape

from flask import Blueprint, Response, g, request, url_for

from domain.values import Due
from projections.rows import FollowUpRow
from register.web.addresses import address, relative_links, stable_id
from register.web.context import decision_path, publication, ref_name, register
from register.web.words import WORDS

feeds = Blueprint("feeds", __name__)

NEWEST = 50


@feeds.route("/flode/beslut.atom")
def decisions_feed() -> Response:
    decided = register().decisions(g.clocks.as_of, None, None, g.clocks.as_recorded)
    rows = publication().visible(decided, lambda d: d.id)[-NEWEST:]
    entries = [
        _entry(_marked(f"Beslut {d.id}", d.id), stable_id(register().board, "decision", d.id),
               address(url_for("site.decision", **decision_path(d.id))), d.date, d.text)
        for d in reversed(rows)
    ]
    return _atom(f"Beslut: {register().board}", entries, max((d.date for d in rows), default="2004-01-01"))


@feeds.route("/flode/uppfoljning.atom")
def follow_ups_feed() -> Response:
    rows = sorted(_dated_follow_ups(), key=lambda pair: pair[0])
    entries = [
        _entry(_marked(f"{f.responsible}: {f.subject}", f.source), _follow_up_id(f), address(url_for("site.follow_ups", ansvarig=f.responsible)),
               day.isoformat(), _what_falls_due(f))
        for day, f in rows
    ]
    return _atom(f"Uppföljningar som förfaller: {register().board}", entries,
                 max((f.date for _, f in rows), default="2004-01-01"))


@feeds.route("/kalender/uppfoljning.ics")
def follow_ups_calendar() -> Response:
    """Each open follow-up with a due date or month, as an all-day event on its last day."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//beslutsregister//uppfoljning//SV", "CALSCALE:GREGORIAN",
             _ics_line("X-WR-CALNAME", f"Uppföljningar: {register().board}")]
    for day, f in _dated_follow_ups():
        lines += [
            "BEGIN:VEVENT",
            _ics_line("UID", str(_follow_up_id(f))),
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{day.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(day + dt.timedelta(days=1)).strftime('%Y%m%d')}",
            _ics_line("SUMMARY", _marked(f"{f.responsible}: {f.subject}", f.source)),
            _ics_line("DESCRIPTION", _what_falls_due(f)),
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return Response("\r\n".join(lines) + "\r\n", mimetype="text/calendar")


def _marked(title: str, ref: str) -> str:
    """An entry's title, saying so when what it shows is left off the public site: a member's feed
    reader, sent the member's cookie, shows the text the public feed leaves out."""
    return f"{title} (utelämnas på den publika webbplatsen)" if publication().reason(ref) else title


def _what_falls_due(f: FollowUpRow) -> str:
    """A follow-up's entry in Swedish: 'Återremiss från 2025-7 §13:1; förfaller 2026-02; försenad.'"""
    kind = WORDS.get(f.kind, f.kind)
    return f"{kind[:1].upper()}{kind[1:]} från {ref_name(f.source)}; förfaller {f.due}; {WORDS.get(f.status, f.status)}."


def _dated_follow_ups() -> list[tuple[dt.date, FollowUpRow]]:
    """Open follow-ups that fall due on a known day (a month's last day; next-meeting has none)."""
    found = []
    open_ones = register().follow_ups(g.clocks.as_of, False, g.clocks.as_recorded)
    for f in publication().follow_ups(open_ones):
        day = Due.parse(f.due).last_day()
        if day is not None:
            found.append((day, f))
    return found


def _follow_up_id(f: FollowUpRow) -> UUID:
    """The same in the Atom feed and the calendar; a decision creates one follow-up at most."""
    return stable_id(register().board, "follow-up", f.kind, f.source)


def _entry(title: str, entry_id: UUID, link: str, date: str, summary: str) -> str:
    return (f"<entry><title>{xml_escape(title)}</title><id>urn:uuid:{entry_id}</id>"
            f'<link href="{xml_escape(link)}"/><updated>{date}T00:00:00Z</updated>'
            f"<summary>{xml_escape(summary)}</summary></entry>")


def _atom(title: str, entries: list[str], updated: str) -> Response:
    said = "<!-- links are relative to this feed: the site was started without a base URL -->" if relative_links() else ""
    body = (f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">{said}'
            f"<title>{xml_escape(title)}</title><id>urn:uuid:{stable_id(register().board, 'feed', request.path)}</id>"
            f'<link rel="self" href="{xml_escape(address(request.script_root + request.path))}"/><updated>{updated}T00:00:00Z</updated>'
            f"<author><name>beslutsregister</name></author>{''.join(entries)}</feed>\n")
    return Response(body, mimetype="application/atom+xml")


def _ics_line(name: str, value: str) -> str:
    """One content line: text escaped, and folded at 75 octets as RFC 5545 asks."""
    escaped = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    line = f"{name}:{escaped}".encode()
    parts: list[bytes] = []
    while len(line) > 75:
        cut = 75 if not parts else 74
        while cut > 0 and (line[cut] & 0xC0) == 0x80:  # never split a UTF-8 character
            cut -= 1
        parts.append(line[:cut])
        line = line[cut:]
    parts.append(line)
    return "\r\n ".join(part.decode() for part in parts)
