"""The board's own records at the secretary's desk (#26): its parties typed, an operating plan's
goals and an annual report's project table uploaded, a reported project pinned to its grant
decision. Each is `register parties set`, `import-goals`, `import-outcomes` or `match-outcome`:
the same functions of `register/goals.py`, so checked as the command checks it and written in one
transaction, with the secretary signed in as actor. A refusal is said in Swedish beside the field
it concerns (`reasons.py`), the page shown again and nothing written; a member or a visitor is
refused (403).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from flask import Blueprint, current_app, g, redirect
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from werkzeug.wrappers import Response as Redirect
from wtforms import StringField, TextAreaField
from wtforms.validators import DataRequired, Length

from domain.errors import AlreadyMatched, RegisterError, UnknownProject
from domain.ids import DecisionId
from domain.values import fold
from register import goals
from register.application import Register
from register.documents.reading import MOST_BYTES, DocumentError, Unread
from register.web.context import html_page, link, register
from register.web.desk import filled_in, refusal_of, secretary_only
from register.web.parameters import takes
from register.web.reasons import in_swedish

board_desk = Blueprint("board_desk", __name__)


class PartiesForm(FlaskForm):  # type: ignore[misc]
    parter = TextAreaField("Förbundets parter, en per rad", validators=[DataRequired(), Length(max=4000)])


class DocumentForm(FlaskForm):  # type: ignore[misc]
    """An operating plan (prefix `mal`) or an annual report (prefix `utfall`), and the year it is for."""

    ar = StringField("År", validators=[DataRequired(), Length(max=10)])
    fil = FileField("Fil", validators=[FileRequired()])


class MatchForm(FlaskForm):  # type: ignore[misc]
    projekt = StringField("Projekt, som årsredovisningen namnger det", validators=[DataRequired(), Length(max=400)])
    beslut = StringField("Beslutet som beviljade medlen", validators=[DataRequired(), Length(max=40)])


YEAR = "Skriv året med fyra siffror, till exempel 2026."
YEARS = (Unread.YEAR_OUT_OF_RANGE, Unread.YEAR_NOT_STATED)
"""Refusals said beside the year, not the file."""


@board_desk.route("/skrivbord/forbundet")
@takes()
def board() -> Any:
    secretary_only()
    return _page()


@board_desk.route("/skrivbord/forbundet/parter", methods=["POST"])
@takes()
def set_parties() -> Redirect | tuple[Any, int]:
    """The parties as typed, one a line (blank lines are no party), replacing the list recorded before."""
    form = PartiesForm()
    if not filled_in(form):
        return _refused("parter", "Skriv förbundets parter, en per rad.")
    names = tuple(line.strip() for line in form.parter.data.splitlines() if line.strip())
    return _written(lambda writing: goals.set_parties(writing, names), "parter", link("board_desk.board"))


@board_desk.route("/skrivbord/forbundet/mal", methods=["POST"])
@takes()
def import_goals() -> Redirect | tuple[Any, int]:
    """An operating plan's goals for a year, as `register import-goals FILE --year` reads and records them."""
    return _imported("mal", goals.import_goals, "site.representation")


@board_desk.route("/skrivbord/forbundet/utfall", methods=["POST"])
@takes()
def import_outcomes() -> Redirect | tuple[Any, int]:
    """An annual report's project table, as `register import-outcomes FILE --year` reads and records it."""
    return _imported("utfall", goals.import_outcomes, "site.outcomes")


@board_desk.route("/skrivbord/forbundet/koppla", methods=["POST"])
@takes()
def match_outcome() -> Redirect | tuple[Any, int]:
    """A reported project pinned to the decision that granted its money, as `register match-outcome` does."""
    form = MatchForm()
    if not filled_in(form):
        return _refused("projekt", "Skriv projektets namn och beslutet, till exempel 2025-7 §07:1.")
    project = form.projekt.data.strip()
    try:
        decision = DecisionId.parse(form.beslut.data.strip())
    except RegisterError as error:
        return _refused("beslut", in_swedish(error))
    return _written(lambda writing: goals.match_outcome(writing, project, decision), "projekt", lambda: _outcomes_of(project),
                    beside=lambda error: "projekt" if isinstance(error, (UnknownProject, AlreadyMatched)) else "beslut")


def _outcomes_of(project: str) -> str:
    """The outcomes of the latest year that reports the project, where a warning of its grant's year is shown."""
    board = register().board_record()
    years = [year for year, rows in (board.outcomes.items() if board else ()) if any(fold(r.project) == fold(project) for r in rows)]
    return link("site.outcomes", ar=max(years)) if years else link("board_desk.board")


def _imported(prefix: str, do: Callable[[Register, Path, int], object], shown_on: str) -> Redirect | tuple[Any, int]:
    form = DocumentForm(prefix=prefix)
    if not filled_in(form):
        field = f"{prefix}-ar" if form.ar.errors else f"{prefix}-fil"
        return _refused(field, YEAR if form.ar.errors else "Välj dokumentets fil (ren text).")
    year_text = form.ar.data.strip()
    if not year_text.isdigit():
        return _refused(f"{prefix}-ar", YEAR)
    year = int(year_text)
    uploaded = form.fil.data
    name = Path((uploaded.filename or "dokument.txt").replace("\\", "/")).name or "dokument.txt"
    data = uploaded.read(MOST_BYTES + 1)  # one byte more than a document may hold: refused as the command refuses it

    def write(writing: Register) -> None:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / name
            path.write_bytes(data)
            do(writing, path, year)

    def beside(error: RegisterError) -> str:
        return f"{prefix}-ar" if isinstance(error, DocumentError) and error.why in YEARS else f"{prefix}-fil"

    return _written(write, f"{prefix}-fil", link(shown_on, ar=year), beside)



def _written(write: Callable[[Register], object], field: str, then: str | Callable[[], str],
             beside: Callable[[RegisterError], str] | None = None) -> Redirect | tuple[Any, int]:
    """`write` done as the secretary, then on to `then` (or where it says, once written); a refusal said in Swedish beside `field`
    (or the field `beside` names for it), the register's English going to the log."""
    if (error := refusal_of(write)) is not None:
        current_app.logger.info("the register refused a board record from the site: %s", error)
        return _refused(beside(error) if beside else field, in_swedish(error))
    return redirect(then if isinstance(then, str) else then(), code=303)


def _refused(field: str, said: str) -> tuple[Any, int]:
    g.refused = {field: said}
    return _page(), 400


def _page() -> Any:
    return html_page("board_desk.html", "Förbundets sida på skrivbordet finns bara som sida.",
                     parties=[row.party for row in goals.parties(register())], parties_form=PartiesForm(),
                     goals_form=DocumentForm(prefix="mal"), outcomes_form=DocumentForm(prefix="utfall"),
                     match_form=MatchForm())
