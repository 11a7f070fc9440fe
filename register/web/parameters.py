"""What each page takes in its query string, declared with the page: its own parameters, the
two clocks every page takes, and an English alias for each Swedish name. A parameter a page
does not take is answered with a 400 that names those it does, never silently ignored (a
visitor who wrote `?page=5` and saw page 1 would think page 5 was page 1)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from flask import abort, current_app, request

from register.web.words import WORDS

View = TypeVar("View", bound=Callable[..., Any])

CLOCKS = ("as_of", "as_recorded")
ALIASES = {"page": "sida", "year": "ar", "meeting": "mote", "kind": "typ", "show": "visa", "responsible": "ansvarig",
           "query": "q"}
"""English names a visitor may use instead of the site's Swedish ones."""


def takes(*names: str) -> Callable[[View], View]:
    """Declares the query parameters a page takes, besides the clocks."""

    def declare(view: View) -> View:
        view.takes = names  # type: ignore[attr-defined]
        return view

    return declare


def check_parameters() -> None:
    """Refuses a parameter the page does not take, or one given twice under its two names."""
    view = current_app.view_functions.get(request.endpoint or "")
    if view is None or request.endpoint == "static":
        return
    own: tuple[str, ...] = getattr(view, "takes", ())
    allowed = (*own, *CLOCKS)
    for name in request.args:
        wanted = ALIASES.get(name, name)
        if wanted not in allowed:
            listed = ", ".join(allowed)
            abort(400, f"okänd parameter {name!r}: den här sidan tar {listed}")
        if wanted != name and wanted in request.args:
            abort(400, f"parametern {wanted!r} är given två gånger, också som {name!r}: ge den en gång")


def one_of(name: str, allowed: tuple[str, ...]) -> str | None:
    """A filter's value, None when not given; a value the page does not know is a 400 that
    names the values it takes, as an unknown parameter is, never an empty list that looks
    like an answer."""
    value = arg(name) or None
    if value is not None and value not in allowed:
        # the values as the address writes them, each with the Swedish name the page's form shows
        named = ", ".join(f"{code} ({WORDS[code]})" if WORDS.get(code, code) != code else code for code in allowed)
        abort(400, f"okänd {name} {value!r}: parametern {name} tar {named}")
    return value


def arg(name: str, default: str = "") -> str:
    """A query parameter by its Swedish name, or by its English alias."""
    if name in request.args:
        return request.args[name]
    alias = next((english for english, swedish in ALIASES.items() if swedish == name), None)
    return request.args.get(alias, default) if alias else default
