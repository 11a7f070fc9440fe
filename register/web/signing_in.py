"""Signing in to the site (#26): members and secretaries with an account (`register users`) see
what the public may not; whoever is not signed in sees the public site.

Sessions are Flask-Login's over Flask's signed cookie, but a cookie alone proves nothing: it
carries the token of a session the store keeps (`Accounts.open_session`), which signing out,
twelve hours, or the account being disabled ends, so that a cookie copied before signing out is
worth nothing after. Every form carries a CSRF token (Flask-WTF); a wrong password makes the
answer wait longer each time, and five in a row lock the account (`register/accounts.py`).
"""

from __future__ import annotations

import secrets
import time

from flask import Blueprint, Flask, Request, Response, abort, current_app, redirect, request, session
from werkzeug.wrappers import Response as Redirect
from flask_login import LoginManager, UserMixin, current_user, login_user, logout_user
from flask_wtf import FlaskForm
from flask_wtf.csrf import CSRFProtect
from wtforms import PasswordField, StringField
from wtforms.validators import DataRequired, Length

from domain.errors import RegisterError
from register.accounts import Account, Accounts, Outcome
from register.web.context import html_page, link, register
from register.web.parameters import takes

signing_in = Blueprint("signing_in", __name__)

SAID = {
    Outcome.WRONG: "Fel namn eller lösenord.",
    Outcome.LOCKED: "Kontot är låst en kvart efter för många felaktiga lösenord. Försök igen senare.",
    Outcome.DISABLED: "Kontot är avstängt. Kontakta förbundets kansli.",
}


class SignedIn(UserMixin):  # type: ignore[misc]
    """A visitor signed in: the account, and the token of the session the store keeps."""

    def __init__(self, account: Account, token: str) -> None:
        self.account = account
        self.id = token
        self.role = account.role


class SignInForm(FlaskForm):  # type: ignore[misc]
    name = StringField("Användarnamn", validators=[DataRequired(), Length(max=64)])
    password = PasswordField("Lösenord", validators=[DataRequired(), Length(max=1024)])


class SignOutForm(FlaskForm):  # type: ignore[misc]
    """Only its CSRF token: signing out is a POST, so that another site cannot sign a visitor out."""


def install(app: Flask, behind_tls: bool, trust_header: str | None = None) -> None:
    """Sign-in on `app`: its secret (the store's, so that a restart keeps everyone signed in), the
    session cookie's flags, CSRF on every form, and who a request is from: the session's account,
    or, with `trust_header`, the account the proxy in front names in that header."""
    app.secret_key = _kept_secret(app)
    app.config.update(SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Lax", SESSION_COOKIE_SECURE=behind_tls,
                      SESSION_COOKIE_NAME="register_session", WTF_CSRF_TIME_LIMIT=None, SIGN_IN=True,
                      TRUST_HEADER=trust_header)
    CSRFProtect(app)
    manager = LoginManager(app)
    manager.session_protection = None  # the store's session, not the visitor's address, is what counts

    @manager.user_loader
    def in_session(token: str) -> SignedIn | None:
        if trust_header:
            return None  # only the proxy says who is signed in
        account = _accounts().in_session(token)
        return None if account is None else SignedIn(account, token)

    @manager.request_loader
    def named_by_the_proxy(request: Request) -> SignedIn | None:
        """The account the trusted header names, if it is one and not disabled; no header, no account."""
        name = request.headers.get(trust_header, "").strip() if trust_header else ""
        account = _accounts().find(name) if name else None
        return None if account is None or account.disabled else SignedIn(account, "")

    app.register_blueprint(signing_in)
    from register.web.desk import (
        CorrectForm, PublishForm, SealForm, WithholdForm, WriteOffForm, desk, open_follow_up, refused_here,
    )

    app.register_blueprint(desk)
    from register.web.review_desk import review_desk

    app.register_blueprint(review_desk)
    from register.web.board_desk import board_desk

    app.register_blueprint(board_desk)
    app.jinja_env.globals.update(sign_out_form=SignOutForm, withhold_form=WithholdForm, publish_form=PublishForm,
                                 write_off_form=WriteOffForm, seal_form=SealForm, correct_form=CorrectForm,
                                 open_follow_up=open_follow_up, refused_here=refused_here)


def _kept_secret(app: Flask) -> bytes:
    """The store's key for the site (`Accounts.site_secret`), read through a register of its own,
    closed after; a store that may not be written to, whose key was never made, gets one for this
    process only, and a restart signs everyone out."""
    opened = app.extensions["registers"].open_apart()
    try:
        return Accounts(opened.database).site_secret(opened.refuse_writes)
    except RegisterError as error:
        if error.exit_status != 2:
            raise
        app.logger.warning("the site's key cannot be kept in the store (%s): signing in lasts until the site stops", error)
        return secrets.token_bytes(32)
    finally:
        opened.close()


@signing_in.route("/logga-in", methods=["GET", "POST"])
@takes()
def sign_in() -> Redirect | str | tuple[Response | str, int]:
    if current_app.config["TRUST_HEADER"]:
        abort(404)  # the proxy in front signs people in
    form = SignInForm()
    said = ""
    if form.validate_on_submit():
        accounts = _accounts()
        attempt = accounts.sign_in(form.name.data, form.password.data, request.remote_addr or "")
        if attempt.outcome is Outcome.SIGNED_IN and attempt.account is not None:
            session.clear()  # nothing of the visit before signing in is carried into the session
            login_user(SignedIn(attempt.account, accounts.open_session(attempt.account.name)))
            return redirect(link("site.start"), code=303)
        time.sleep(attempt.delay_seconds)  # each wrong guess in a row waits longer
        said = SAID[attempt.outcome]
    elif request.method == "POST":
        said = "Fyll i både användarnamn och lösenord."
    page = html_page("sign_in.html", "Inloggningen finns bara som sida.", form=form, said=said)
    return (page, 401) if said else page


@signing_in.route("/logga-ut", methods=["POST"])
@takes()
def sign_out() -> Redirect:
    if current_user.is_authenticated:
        _accounts().close_session(current_user.id, request.remote_addr or "")
        logout_user()
    session.clear()
    return redirect(link("site.start"), code=303)


def _accounts() -> Accounts:
    return Accounts(register().database)
