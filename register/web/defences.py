"""What the site sends with every answer so that browsers and caches handle it safely.

The site has no script and one stylesheet; the protokollsutdrag carries its own styles inline,
since it is also printed on its own (`register extract`), so the policy names exactly those
styles by their digest.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable

import attrs
from flask import Request, Response


NOT_STORED = "no-store"
"""Every answer that depends on the register and carries no ETag of its key (`answers.py`): a
page of the past (`as_recorded`) is no more fixed than one of today, since a later withholding
applies to every view of the past, and a shared cache must never hand one visitor what another
was shown."""

HSTS = "max-age=31536000"
"""A year; subdomains are left alone, since the register may share its domain with other sites."""


def style_digests(styles: Iterable[str]) -> tuple[str, ...]:
    """Each inline style element's text as the policy names it: its SHA-256, in base64."""
    return tuple(f"'sha256-{base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()}'" for style in styles)


def inline_styles(html: str) -> list[str]:
    """The text of each `<style>` element of a page or template."""
    return re.findall(r"<style>(.*?)</style>", html, flags=re.DOTALL)


@attrs.frozen
class Defences:
    """The headers of every answer. `behind_tls`: a proxy in front serves the site over TLS, so
    browsers may be told to use nothing else; the proxy's X-Forwarded-Proto is believed only then."""

    inline_style_digests: tuple[str, ...] = ()
    behind_tls: bool = False

    def policy(self) -> str:
        styles = " ".join(("'self'", *self.inline_style_digests))
        return (f"default-src 'self'; style-src {styles}; frame-ancestors 'none'; "
                "base-uri 'none'; form-action 'self'")

    def apply(self, response: Response, request: Request, static: bool, revalidated: bool = False) -> Response:
        """`revalidated`: the answer carries an ETag and says itself how it may be kept (`answers.py`)."""
        headers = response.headers
        headers["X-Content-Type-Options"] = "nosniff"
        headers["Content-Security-Policy"] = self.policy()
        headers["Referrer-Policy"] = "no-referrer"  # a search's words stay on the site
        headers["X-Frame-Options"] = "DENY"  # frame-ancestors, for browsers that predate it
        if not (static and response.status_code in (200, 206, 304)) and not revalidated:
            # The stylesheet keeps the conditional caching Flask gives it; it depends on nothing recorded.
            headers["Cache-Control"] = NOT_STORED
        if self.over_tls(request):
            headers["Strict-Transport-Security"] = HSTS
        return response

    def over_tls(self, request: Request) -> bool:
        """Whether the visitor reached the site over TLS: behind a proxy that says so (a proxy
        may tell us a request came in plain, and HSTS over plain HTTP is ignored anyway)."""
        if not self.behind_tls:
            return False  # anyone can send X-Forwarded-Proto; only a proxy we are told of is believed
        said = request.headers.get("X-Forwarded-Proto", "https").split(",")[0].strip().lower()
        return said == "https"
