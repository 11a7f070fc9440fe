"""What every page shares while it is served: the register of this thread, the two clocks
read from the query string, what may be published, the JSON twin, links that keep the clocks,
and the filters the templates use."""

from __future__ import annotations

import datetime as dt
import re
import sys
import threading
from collections.abc import Callable
from typing import Any
from urllib.parse import quote, urlencode

import attrs
from flask import Response, abort, current_app, g, render_template, request, url_for
from markupsafe import Markup, escape

from domain.errors import InvalidValue
from domain.ids import DecisionId, DeferralRef, FollowUpSource, ItemRef, MeetingId, parse_source
from domain.values import parse_date, parse_instant
from projections.search import words_in
from register.application import Register
from register.render import as_json
from register.web.publication import Publication

OpenRegister = Callable[[], Register]
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_INSTANT = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?", re.ASCII)


@attrs.frozen
class Clocks:
    """The two clocks a page is read at: decided time (`as_of`) and recorded time (`as_recorded`)."""

    as_of: dt.date | None = None
    as_recorded: dt.datetime | None = None

    @classmethod
    def from_query(cls, args: Any) -> Clocks:
        """The clocks a visitor typed, ÅÅÅÅ-MM-DD whatever their browser's locale; anything else
        is refused in Swedish, naming the field and the value."""
        as_of, as_recorded = args.get("as_of", "").strip(), args.get("as_recorded", "").strip()
        if as_of and not _DAY.fullmatch(as_of):
            raise InvalidValue(f"ogiltigt datum {as_of!r} i fältet ”Visa registret som det var beslutat” (as_of): "
                               "skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-15")
        if as_recorded and not _INSTANT.fullmatch(as_recorded):
            raise InvalidValue(f"ogiltig tidpunkt {as_recorded!r} i as_recorded: skriv den som ÅÅÅÅ-MM-DD "
                               "eller ÅÅÅÅ-MM-DDTtt:mm:ss, till exempel 2026-03-15T12:00:00")
        try:
            day = parse_date(as_of) if as_of else None
        except InvalidValue:
            raise InvalidValue(f"det finns ingen sådan dag: {as_of!r}; skriv ett datum som finns, som ÅÅÅÅ-MM-DD") from None
        try:
            return cls(day, parse_instant(as_recorded) if as_recorded else None)
        except InvalidValue:
            raise InvalidValue(f"det finns ingen sådan tidpunkt: {as_recorded!r}; skriv en tidpunkt mellan "
                               "0001-01-02 och 9999-12-30, som ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM-DDTtt:mm:ss") from None

    def query(self) -> dict[str, str]:
        """The query-string parameters that keep these clocks on every link."""
        kept = {}
        if self.as_of is not None:
            kept["as_of"] = self.as_of.isoformat()
        if self.as_recorded is not None:
            kept["as_recorded"] = self.as_recorded.isoformat()
        return kept

    def banner(self) -> str | None:
        """What the top of a page says when it shows the past; None for the register as it stands."""
        parts = []
        if self.as_of is not None:
            parts.append(f"som det var beslutat {self.as_of.isoformat()}")
        if self.as_recorded is not None:
            parts.append(f"som det var registrerat {self.as_recorded.isoformat(timespec='seconds')}")
        return "Registret " + " och ".join(parts) if parts else None


class Registers:
    """One open register per serving thread: a database connection belongs to its thread."""

    def __init__(self, open_register: OpenRegister) -> None:
        self._open = open_register
        self._local = threading.local()
        self._opened: list[Register] = []
        self._lock = threading.Lock()

    def current(self) -> Register:
        register = getattr(self._local, "register", None)
        if register is None:
            register = self._local.register = self._open()
            with self._lock:
                self._opened.append(register)
        # A command prints its notes when it ends; a server lives on, and no page shows them.
        register.notices.clear()
        return register

    def open_apart(self) -> Register:
        """A register of its own, outside any thread's: the caller closes it."""
        return self._open()

    def discard(self) -> None:
        """Forgets this thread's register, whose connection failed: the next request opens another."""
        register = getattr(self._local, "register", None)
        if register is None:
            return
        self._local.register = None
        with self._lock:
            self._opened.remove(register)
        try:
            register.close()
        except Exception:
            pass  # a connection that broke may fail to close; it is dropped either way

    def close(self) -> None:
        with self._lock:
            for register in self._opened:
                register.close()
            self._opened.clear()


def connection_lost(error: BaseException) -> bool:
    """Whether the database, not the question, failed: PostgreSQL ended the session, the network
    dropped, or it timed out (psycopg's OperationalError, however the library wrapped it).
    A fresh connection may well work."""
    psycopg = sys.modules.get("psycopg")
    if psycopg is None:
        return False  # only a PostgreSQL store loads it
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, (psycopg.OperationalError, psycopg.InterfaceError)):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


def register() -> Register:
    return current_app.extensions["registers"].current()


def publication() -> Publication:
    """What this request may show of what is withheld, read once per request. A withholding is
    a decision about what the public may see now: it holds for every view of the past too, so
    it is read as it stands, whatever the page's clocks."""
    if "publication" not in g:
        g.publication = Publication.of(register().withheld(), audience() == "public")
    return g.publication


def audience() -> str:
    """As what a request sees the register: `public`, `member` or `secretary`. A site without
    --public and without accounts is the secretary's own, on this machine only (`register serve`
    listens on nothing else then); with accounts, whoever has not signed in sees the public site."""
    if current_app.config["PUBLIC"]:
        return "public"
    if not current_app.config.get("SIGN_IN"):
        return "secretary"
    from flask_login import current_user  # loaded only by a site that signs people in

    return str(current_user.role) if current_user.is_authenticated else "public"


def wants_json() -> bool:
    if request.path.startswith("/api/"):
        return True
    best = request.accept_mimetypes.best_match(["text/html", "application/json"])
    return best == "application/json" and request.accept_mimetypes[best] > request.accept_mimetypes["text/html"]


def page(template: str, twin: Any, **context: Any) -> Response | str:
    """A page, or its JSON twin (`twin`: what the command line's `--format json` prints for
    the same question) when the path starts with /api/ or the client asks for JSON."""
    if wants_json():
        return Response(as_json(twin) + "\n", mimetype="application/json")
    return render_template(template, clocks=g.clocks, **context)


def html_page(template: str, refusal: str, **context: Any) -> Response | str:
    """A page that has no JSON twin, since no command prints its answer as JSON (a print page,
    a page of prose). Asked for JSON, it answers 406 with `refusal` as the JSON error every
    other refusal gives (saying where the data is, if anywhere), never a body of `null`."""
    if wants_json():
        abort(406, refusal)
    return render_template(template, clocks=g.clocks, **context)


def error_page(status: int, title: str, message: str) -> tuple[Response | str, int]:
    if request.path.startswith("/api/") or wants_json():
        return Response(as_json({"error": message, "status": status}) + "\n", mimetype="application/json"), status
    return render_template("error.html", clocks=g.get("clocks", Clocks()), status=status, title=title, message=message), status


def link(endpoint: str, **values: Any) -> str:
    """A link that keeps the page's clocks."""
    return url_for(endpoint, **{**g.clocks.query(), **values})


def decision_path(decision: DecisionId | str) -> dict[str, Any]:
    """The URL parts of a decision: /beslut/2025-7/13/1."""
    parsed = decision if isinstance(decision, DecisionId) else DecisionId.parse(decision)
    return {"meeting_key": parsed.meeting.key, "item": parsed.item.item, "number": parsed.number}


def meeting_path(meeting: MeetingId | str) -> str:
    """The URL part of a meeting: /moten/2022-5 (also for 2022:5)."""
    return (meeting if isinstance(meeting, MeetingId) else MeetingId.parse(meeting)).key


_ID = re.compile(r"\b\d{4}[-:]\d{1,2} (?:§\d{1,3}(?::\d{1,2})?|deferred \d{1,2})(?![\d:])")
"""A decision (2025-7 §13:1), an agenda item (2025-7 §13) or a deferral under no heading (2025-7 deferred 1)."""


def ref_href(ref: FollowUpSource | str) -> str:
    """The address of the page of a decision (/beslut/2025-7/13/1), of a matter (/arende/2025-7/13)
    or of a deferral under no heading (/arende/2025-7/bordlagt/1), keeping the clocks; built by
    hand, not by `url_for`, since a long list links every row (the follow-ups page spent half
    its time routing)."""
    parsed = ref if not isinstance(ref, str) else parse_source(ref)
    if "id_links" not in g:
        g.id_links = (request.script_root, "?" + urlencode(g.clocks.query()) if g.clocks.query() else "")
    root, query = g.id_links
    if isinstance(parsed, DecisionId):
        path = f"/beslut/{quote(parsed.meeting.key)}/{parsed.item.item}/{parsed.number}"
    elif isinstance(parsed, ItemRef):
        path = f"/arende/{quote(parsed.meeting.key)}/{parsed.item}"
    else:
        path = f"/arende/{quote(parsed.meeting.key)}/bordlagt/{parsed.number}"
    return f"{root}{path}{query}"


def ref_name(ref: FollowUpSource | str) -> str:
    """What the site calls a decision, an agenda item or a deferral: the register's own id, but
    a deferral under no heading in Swedish (2025-7 bordläggning 1, not 2025-7 deferred 1)."""
    parsed = parse_source(ref) if isinstance(ref, str) and "deferred" in ref else ref
    if isinstance(parsed, DeferralRef):
        return f"{parsed.meeting} bordläggning {parsed.number}"
    return str(parsed)


def linked(text: str) -> Markup:
    """Text with every decision, agenda item and deferral id in it made a link to its page,
    named as the site names it (`ref_name`)."""
    if "§" not in text and "deferred" not in text:
        return Markup(escape(text))

    def to_link(match: Any) -> str:
        try:
            target, name = ref_href(match[0]), ref_name(match[0])
        except InvalidValue:
            return str(escape(match[0]))
        return f'<a href="{escape(target)}">{escape(name)}</a>'

    out, last = [], 0
    for match in _ID.finditer(text):
        out.append(str(escape(text[last:match.start()])))
        out.append(to_link(match))
        last = match.end()
    out.append(str(escape(text[last:])))
    return Markup("".join(out))


def highlighted(text: str, words: list[str]) -> Markup:
    """Text with the words a search matched marked. The words are found in the text as written,
    as search splits it, and each piece is escaped after: marking the escaped text would find
    `amp` inside `&amp;`, or `39` inside `&#39;`, and break the markup."""
    wanted = set(words)
    out, last = [], 0
    for word in words_in(text) if wanted else ():
        if word[0] in wanted:
            out += [str(escape(text[last:word.start()])), f"<mark>{escape(word[0])}</mark>"]
            last = word.end()
    out.append(str(escape(text[last:])))
    return Markup("".join(out))


def percent(share: float | None) -> str:
    """A share as Swedish prose writes it: 66,7 % (with a no-break space)."""
    return "" if share is None else f"{share:.1f}".replace(".", ",") + "\u00a0%"


def kronor(amount: int | None) -> str:
    """An amount as Swedish prose writes it: 3 600 000 kr (with no-break spaces)."""
    return "" if amount is None else f"{amount:,}".replace(",", "\u00a0") + "\u00a0kr"
