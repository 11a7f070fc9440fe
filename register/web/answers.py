"""Answers kept by position (#27): a page, its JSON twin or a feed is fixed by what was asked
and by the store's head, so one built once is kept and handed out again until the head moves.

The key is the request (path, query in any order, page or JSON), the clocks, the head position
(the largest position in the events table: one indexed query), the audience and who is signed
in, today's date (what is overdue counts from it), and the check's latest finding (a rebuild
after one found the views altered replaces what they showed). What is withheld needs no part
of its own: withholding and publishing again are events, so they move the head.

Kept in memory, least recently used first out, within a limit in bytes, shared by the server's
threads. Never kept: anything but a 200 to a GET of the site's pages and feeds, the audit
report, and any answer that carries a CSRF token, a flash message or a cookie (a signed-in
secretary's forms, the sign-out form of anyone signed in by password).

A browser gets an ETag of the key and `no-cache`, and a 304 when its copy's tag matches. Not a
long lifetime for a page of the past: a meeting recorded late, dated before `as_of`, enters
it, and a later withholding applies to every view of the past (the tests record both). A
member or secretary signed in gets neither: their answers stay `no-store`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable

import attrs
from flask import Flask, Response, current_app, g, request, session

from register.web.context import audience, register, wants_json

LIMIT = 32 * 2**20
"""Bytes of answers kept by default: some four hundred of the longest pages (80 kB at a million events);
the server's resident memory grows by two to four times it (docs/PERFORMANCE.md)."""
OVERHEAD = 512
"""Bytes an entry costs beyond its body and headers (the key, the entry, the dict's slot), roughly."""
KEPT_BLUEPRINTS = ("site", "feeds")
"""The pages and feeds; the desks and signing in are forms, never kept."""
NOT_KEPT = frozenset({"site.audit", "site.audit_json"})
"""The audit report names the moment it was made: each is made anew."""
REVALIDATE = "no-cache"
"""A browser may keep a page but asks each time whether it still holds (the ETag): a page of
the past is not fixed either, since a meeting recorded late, dated before `as_of`, enters it,
and a later withholding applies to every view of the past."""
KEPT_HEADERS = ("Content-Type", "ETag", "Cache-Control", "Vary")
"""Headers that the answer itself decides; the others (the defences) are added to every answer."""


@attrs.frozen
class Kept:
    status: int
    body: bytes
    headers: tuple[tuple[str, str], ...]

    @property
    def size(self) -> int:
        return len(self.body) + sum(len(name) + len(value) for name, value in self.headers) + OVERHEAD


class Answers:
    """Answers by their key's digest, the least recently used dropped first to stay within `limit` bytes."""

    def __init__(self, limit: int = LIMIT) -> None:
        self.limit = limit
        self.size = 0
        self.hits = 0
        self.misses = 0
        self._kept: OrderedDict[str, Kept] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._kept)

    def get(self, key: str) -> Kept | None:
        with self._lock:
            kept = self._kept.get(key)
            if kept is None:
                self.misses += 1
                return None
            self._kept.move_to_end(key)
            self.hits += 1
            return kept

    def put(self, key: str, kept: Kept) -> None:
        if kept.size > self.limit // 4:
            return  # one answer may not push out most of the others
        with self._lock:
            old = self._kept.pop(key, None)
            if old is not None:
                self.size -= old.size
            self._kept[key] = kept
            self.size += kept.size
            while self.size > self.limit:
                _, dropped = self._kept.popitem(last=False)
                self.size -= dropped.size

    def clear(self) -> None:
        with self._lock:
            self._kept.clear()
            self.size = 0


def install(app: Flask, answers: Answers, finding: Callable[[], Hashable]) -> None:
    """Answers kept on `app`: looked up before a page is built (after the clocks are read and
    who is signed in is known), kept after. `finding`: the check's latest finding."""
    app.extensions["answers"] = answers

    @app.before_request
    def kept_answer() -> Response | None:
        key = _key(finding())
        if key is None:
            return None
        g.answer_key = key
        if _revalidated() and request.if_none_match.contains_weak(key):
            return _not_modified(key)
        kept = answers.get(key) if answers.limit else None
        if kept is None:
            return None
        g.answer_kept = True
        return Response(kept.body, status=kept.status, headers=list(kept.headers))


def keep(response: Response) -> Response:
    """Keeps the answer if it may be kept, and says how browsers may keep it; a 304 to a
    browser whose copy it matches."""
    key = g.get("answer_key")
    if key is None or g.get("answer_kept") or not _keepable(response):
        return response
    if _revalidated():
        response.headers["ETag"] = _etag(key)
        response.headers["Cache-Control"] = REVALIDATE if audience() == "public" else "private, " + REVALIDATE
    response.vary.add("Accept")  # /beslut answers JSON to a client that prefers it
    if current_app.config.get("SIGN_IN"):
        response.vary.add(current_app.config.get("TRUST_HEADER") or "Cookie")
    answers: Answers = current_app.extensions["answers"]
    if answers.limit:
        headers = tuple((name, value) for name, value in response.headers.items() if name in KEPT_HEADERS)
        answers.put(key, Kept(response.status_code, response.get_data(), headers))
    if _revalidated() and request.if_none_match.contains_weak(key):
        return _not_modified(key)
    return response


def revalidates(response: Response) -> bool:
    """Whether the answer says itself how browsers may keep it (else the defences say: not at all)."""
    return "ETag" in response.headers and g.get("answer_key") is not None


def _key(finding: Hashable) -> str | None:
    if request.method not in ("GET", "HEAD") or request.blueprint not in KEPT_BLUEPRINTS or request.endpoint in NOT_KEPT:
        return None
    who = audience()
    name = ""
    if who != "public" and current_app.config.get("SIGN_IN"):
        from flask_login import current_user

        name = current_user.account.name
    head = register().head()
    asked = (request.script_root, request.path, tuple(sorted(request.args.items(multi=True))),
             "json" if wants_json() else "page", tuple(sorted(g.clocks.query().items())),
             head, who, name, dt.date.today().isoformat(), finding)
    return hashlib.sha256(repr(asked).encode()).hexdigest()[:32]


def _revalidated() -> bool:
    """Whether a browser may keep the answer and ask again: not one of a member or secretary
    signed in, which a shared computer must not keep after they sign out."""
    return not current_app.config.get("SIGN_IN") or audience() == "public"


def _keepable(response: Response) -> bool:
    if response.status_code != 200 or response.direct_passthrough or response.is_streamed:
        return False
    if "csrf_token" in g or response.headers.get("Set-Cookie"):
        return False  # a form's token is the visitor's own
    if current_app.config.get("SIGN_IN") and (session.modified or "_flashes" in session):
        return False
    return True


def _etag(key: str) -> str:
    return f'W/"{key}"'


def _not_modified(key: str) -> Response:
    response = Response(status=304)
    response.headers["ETag"] = _etag(key)
    response.headers["Cache-Control"] = REVALIDATE if audience() == "public" else "private, " + REVALIDATE
    g.answer_kept = True
    return response
