"""The site: a Flask application over one store, with the pages of `pages.py` and the feeds
of `feeds.py`, and error pages that never show a traceback.

The pages ask the register the same questions the command line asks (`Register.decisions`,
`.follow_ups`, `.trace` …) and have no SQL of their own; what they share while serving a
request is in `context.py`.
"""

from __future__ import annotations

from flask import Flask, Response, g, request
from werkzeug.exceptions import HTTPException

from domain.errors import InvalidValue, RegisterError, UnknownDecision, UnknownMeeting
from domain.values import DecisionStatus, FollowUpStatus, PlanStatus
from projections.search import FoundIn
from register.web import feeds, pages
from register.web.context import (
    Clocks, OpenRegister, Registers, decision_path, error_page, highlighted, kronor, link, linked, meeting_path, percent,
    publication,
)
from register.web.words import EVENTS, SEARCH_KINDS, SEARCH_STATUSES, WORDS, in_swedish, remark


def create_app(open_register: OpenRegister, public: bool = False) -> Flask:
    """The site over the register `open_register` opens. `public`: the site the public sees
    (what is withheld from publication is left out); otherwise the secretary's own view."""
    app = Flask(__name__)
    app.config["PUBLIC"] = public
    registers = Registers(open_register)
    app.extensions["registers"] = registers
    app.register_blueprint(pages.site)
    app.register_blueprint(feeds.feeds)
    app.jinja_env.filters.update(linked=linked, highlighted=highlighted, kronor=kronor, remark=remark, percent=percent,
                                 in_swedish=in_swedish)
    app.jinja_env.globals.update(
        link=link, WORDS=WORDS, EVENTS=EVENTS, decision_path=decision_path, meeting_key=meeting_path,
        SEARCH_KINDS=SEARCH_KINDS, SEARCH_STATUSES=SEARCH_STATUSES, publication=publication,
        DecisionStatus=DecisionStatus, FollowUpStatus=FollowUpStatus, PlanStatus=PlanStatus, FoundIn=FoundIn,
    )

    @app.before_request
    def read_clocks() -> None:
        g.clocks = Clocks()  # the error page needs them even when they do not parse
        g.clocks = Clocks.from_query(request.args)

    @app.errorhandler(InvalidValue)
    def bad_request(error: RegisterError) -> tuple[Response | str, int]:
        return error_page(400, "Felaktig fråga", str(error))

    @app.errorhandler(UnknownDecision)
    @app.errorhandler(UnknownMeeting)
    def not_found(error: RegisterError) -> tuple[Response | str, int]:
        return error_page(404, "Finns inte i registret", str(error))

    @app.errorhandler(RegisterError)
    def register_error(error: RegisterError) -> tuple[Response | str, int]:
        return error_page(400 if error.exit_status == 2 else 503, "Registret kunde inte svara", str(error))

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> tuple[Response | str, int]:
        status = error.code or 500
        title = "Sidan finns inte" if status == 404 else (error.name or "Fel")
        return error_page(status, title, error.description or "")

    @app.errorhandler(Exception)
    def unexpected(error: Exception) -> tuple[Response | str, int]:
        app.logger.exception("unexpected error")  # the traceback goes to the log, never to the page
        return error_page(500, "Något gick fel", "Registret kunde inte visa sidan. Felet är loggat.")

    return app


