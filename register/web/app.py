"""The site: a Flask application over one store, with the pages of `pages.py` and the feeds
of `feeds.py`, and error pages that never show a traceback.

The pages ask the register the same questions the command line asks (`Register.decisions`,
`.follow_ups`, `.trace` …) and have no SQL of their own; what they share while serving a
request is in `context.py`; what every answer carries for browsers and caches in `defences.py`;
the check of the register against its history in `watch.py`.
"""

from __future__ import annotations

from flask import Flask, Response, abort, g, request
from werkzeug.exceptions import HTTPException

from domain.errors import InvalidValue, RegisterError, UnknownDecision, UnknownMeeting
from domain.values import DecisionStatus, FollowUpStatus, PlanStatus
from projections.queries import SEARCH_KINDS, SEARCH_STATUSES
from projections.sql import StoreBusy, StoreUnavailable
from register.documents.goals import unknown_parties
from register.web import answers as kept_answers, feeds, pages, refusals
from register.web.addresses import BaseUrl
from register.web.answers import Answers
from register.web.corrections import correction, corrected_text
from register.web.context import (
    Clocks, OpenRegister, Registers, audience, connection_lost, decision_path, error_page, highlighted, kronor, link, linked,
    meeting_path, percent, publication, ref_href, ref_name,
)
from register.web.parameters import check_parameters
from register.web.defences import Defences, inline_styles, style_digests
from register.web.watch import Status, Watch
from register.web.words import EVENTS, WORDS, decision_status, found_line, in_swedish, remark


MAINTENANCE = ("Registret är under underhåll. En kontroll fann att det som sidorna skulle visa inte stämmer med "
               "registrets historik, så inget visas förrän registret är återställt. Försök igen senare.")
RETRY_AFTER = 600
"""Seconds a client is asked to wait during maintenance: a check, then a rebuild, take minutes."""
LOST = "Förbindelsen med registrets databas bröts. Försök igen om en stund."


def create_app(open_register: OpenRegister, public: bool = False, *, base_url: BaseUrl | None = None,
               behind_tls: bool = False, watch: Watch | None = None, sign_in: bool = False,
               trust_header: str | None = None, answers: Answers | None = None) -> Flask:
    """The site over the register `open_register` opens. `public`: the site the public sees
    (what is withheld from publication is left out); otherwise the secretary's own view, or, with
    `sign_in`, the public site for a visitor and the whole register for a member or secretary
    signed in (`signing_in.py`); with `trust_header`, who is signed in is the account a reverse
    proxy in front names in that header (a municipality's own sign-in), not a password here.
    `base_url`: where the public reaches the site, for the feeds' absolute links (without it
    they are relative). `behind_tls`: a proxy in front serves it over TLS. `watch`: the check
    of the register against its history, whose finding every page follows. `answers`: where
    answers are kept by position (`answers.py`; a limit of 0 keeps none)."""
    app = Flask(__name__)
    app.config["PUBLIC"] = public
    app.config["BASE_URL"] = base_url
    registers = Registers(open_register)
    app.extensions["registers"] = registers
    app.register_blueprint(pages.site)
    app.register_blueprint(feeds.feeds)
    app.jinja_env.filters.update(linked=linked, highlighted=highlighted, kronor=kronor, remark=remark, percent=percent,
                                 in_swedish=in_swedish, correction=correction, corrected_text=corrected_text,
                                 ref_name=ref_name, unknown_parties=lambda goals: unknown_parties(tuple(goals)))
    app.jinja_env.globals.update(
        link=link, WORDS=WORDS, EVENTS=EVENTS, decision_status=decision_status, found_line=found_line, decision_path=decision_path, meeting_key=meeting_path, ref_href=ref_href,
        SEARCH_KINDS=SEARCH_KINDS, SEARCH_STATUSES=SEARCH_STATUSES, publication=publication, audience=audience,
        DecisionStatus=DecisionStatus, FollowUpStatus=FollowUpStatus, PlanStatus=PlanStatus,
    )

    defences = Defences(_inline_style_digests(app), behind_tls)

    @app.before_request
    def closed_for_maintenance() -> tuple[Response | str, int, dict[str, str]] | None:
        if watch is None or watch.status is not Status.NOT_INTACT or request.endpoint == "static":
            return None  # the stylesheet still serves: the maintenance page uses it
        g.clocks = Clocks()  # its links lead to the register as it stands, once it is back
        body, status = error_page(503, "Registret är under underhåll", MAINTENANCE)
        return body, status, {"Retry-After": str(RETRY_AFTER)}

    @app.before_request
    def read_clocks() -> None:
        g.clocks = Clocks()  # the error page needs them even when they do not parse
        check_parameters()
        try:
            g.clocks = Clocks.from_query(request.args)
        except InvalidValue as error:  # said in Swedish, naming the clock and how to write it
            abort(400, str(error))

    if (sign_in or trust_header) and not public:  # after the clocks are read: a refused form's page links with them
        from register.web import signing_in  # Flask-Login and Flask-WTF load only where people sign in

        signing_in.install(app, behind_tls, trust_header)

    # After the clocks and who is signed in: both are part of an answer's key.
    kept_answers.install(app, answers if answers is not None else Answers(),
                         lambda: None if watch is None else (watch.finding.status.value, watch.finding.at))

    @app.errorhandler(InvalidValue)
    def bad_request(error: RegisterError) -> tuple[Response | str, int]:
        app.logger.info("unreadable address %s: %s", request.full_path, error)
        return error_page(400, refusals.title(400), refusals.unreadable(request.full_path))

    @app.errorhandler(UnknownDecision)
    @app.errorhandler(UnknownMeeting)
    def not_found(error: RegisterError) -> tuple[Response | str, int]:
        return error_page(404, "Finns inte i registret", refusals.missing(error, request.view_args))

    @app.errorhandler(RegisterError)
    def register_error(error: RegisterError) -> tuple[Response | str, int]:
        if connection_lost(error):
            return lost_connection()
        refused = error.exit_status == 2 and not isinstance(error, (StoreBusy, StoreUnavailable))
        app.logger.warning("the register refused %s: %s", request.full_path, error)  # in English, for the operator
        return error_page(400 if refused else 503, "Registret kunde inte svara",
                          refusals.UNANSWERED if refused else refusals.UNAVAILABLE)

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> tuple[Response | str, int]:
        status = error.code or 500
        return error_page(status, refusals.title(status), refusals.described(error))

    @app.errorhandler(Exception)
    def unexpected(error: Exception) -> tuple[Response | str, int]:
        if connection_lost(error):
            return lost_connection()
        app.logger.exception("unexpected error")  # the traceback goes to the log, never to the page
        return error_page(500, "Något gick fel", "Registret kunde inte visa sidan. Felet är loggat.")

    def lost_connection() -> tuple[Response | str, int]:
        # This thread's connection is gone for good; the next request gets a fresh one.
        app.logger.warning("the database connection was lost; this thread opens another for its next request")
        registers.discard()
        return error_page(503, "Registret kunde inte svara", LOST)

    @app.context_processor
    def check_in_progress() -> dict[str, bool]:
        return {"being_checked": watch is not None and watch.status is Status.CHECKING}

    @app.after_request
    def defend(response: Response) -> Response:
        if watch is not None:  # for scripts, whose JSON twins must stay as the command line prints them
            response.headers["Register-Check"] = watch.status.value
        response = kept_answers.keep(response)
        return defences.apply(response, request, static=request.endpoint == "static",
                              revalidated=kept_answers.revalidates(response))

    return app


def _inline_style_digests(app: Flask) -> tuple[str, ...]:
    """The digests of the templates' inline styles (the protokollsutdrag's), as they render."""
    env = app.jinja_env
    assert env.loader is not None
    styles = []
    for name in env.list_templates(extensions=["html"]):
        source = env.loader.get_source(env, name)[0]
        styles += [env.from_string(style).render() for style in inline_styles(source)]
    return style_digests(styles)


