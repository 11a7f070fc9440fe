"""The addresses the feeds give readers and calendars: absolute from the address the public
reaches the site at (`serve --base-url`), never from the Host a request names (a cache would
hand a forged one to everyone); without it, relative to the feed. And ids that stay the same
wherever the site is served from."""

from __future__ import annotations

import posixpath
from urllib.parse import urlsplit
from uuid import NAMESPACE_URL, UUID, uuid5

import attrs
from flask import current_app, request

from domain.errors import InvalidValue


@attrs.frozen
class BaseUrl:
    """Where the public reaches the site, as `scheme://host[:port][/prefix]`, without a trailing
    slash: an absolute link is this followed by the page's path."""

    root: str

    @classmethod
    def parse(cls, text: str) -> BaseUrl:
        def refuse(why: str) -> InvalidValue:
            return InvalidValue(f"--base-url {text!r}: {why}; give the address the public uses, "
                                "e.g. https://beslut.example.se or https://example.se/register")

        if any(c.isspace() or not c.isprintable() for c in text):
            raise refuse("an address has no spaces or control characters")
        parts = urlsplit(text)
        if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
            raise refuse("not an http:// or https:// address")
        if "?" in text or "#" in text:
            raise refuse("links are built on it, so it takes no query (?) or fragment (#)")
        if "@" in parts.netloc:
            raise refuse("a published address takes no user name or password")
        try:
            port = parts.port
        except ValueError:
            port = 0
        if port == 0:
            raise refuse("the port must be a number from 1 to 65535")
        if not parts.hostname:
            raise refuse("no host name")
        return cls(f"{parts.scheme.lower()}://{parts.netloc.lower()}{parts.path.rstrip('/')}")

    @property
    def https(self) -> bool:
        return self.root.startswith("https://")

    @property
    def path(self) -> str:
        """The path the site is under ("" at the root of its host): a proxy passes it on as it is."""
        return urlsplit(self.root).path


def address(path: str) -> str:
    """A link to `path` (as `url_for` builds it) for a feed: on the configured base URL, or,
    without one, relative to the feed being served (so it works under any prefix a proxy adds)."""
    base: BaseUrl | None = current_app.config.get("BASE_URL")
    target, mark, query = path.partition("?")
    if base is not None:
        return base.root + target.removeprefix(request.script_root) + mark + query
    here = posixpath.dirname(request.script_root + request.path)
    relative = posixpath.relpath(target, here)
    if target.endswith("/") and not relative.endswith("/"):
        relative += "/"
    return relative + mark + query


def relative_links() -> bool:
    """Whether the feeds' links are relative: the site was started without a base URL."""
    return current_app.config.get("BASE_URL") is None


def stable_id(board: str, *about: str) -> UUID:
    """An id for a feed, an entry or a calendar event that depends on what it is about alone,
    not on where the site is served from: a reader sees the same entry as the same."""
    return uuid5(NAMESPACE_URL, "beslutsregister/" + "/".join((board, *about)))
