"""Serving again keeps everyone signed in (#26): the site's key is the store's, made once
(`Accounts.site_secret`), so a cookie, and a form's CSRF token, from before a restart of
`register serve` are still good after it, and on a second server over the same store."""

from __future__ import annotations

from register.application import Register
from register.web.app import create_app
from tests.web.signing import accounts_of, hides_withheld, shows_withheld, signed_in, token


def test_a_cookie_from_the_first_serving_still_signs_in_on_the_second(site, recorded):
    assert signed_in(site, "ledamot") == 303 and shows_withheld(site)
    cookie, form = site.get_cookie("register_session").value, token(site, "/")
    again = create_app(lambda: Register.open(recorded.store), sign_in=True)  # served again over the same store
    try:
        later = again.test_client()
        assert hides_withheld(later)  # a visitor without the cookie sees the public site
        later.set_cookie("register_session", cookie)
        assert shows_withheld(later) and "Inloggad som ledamot" in later.get("/").get_data(as_text=True)
        assert later.post("/logga-ut", data={"csrf_token": form}).status_code == 303  # the token of a form from before
        assert hides_withheld(later)
    finally:
        again.extensions["registers"].close()
    assert hides_withheld(site)  # signed out there: the session the store kept has ended


def test_the_sites_key_is_made_once_and_kept(recorded):
    with accounts_of(recorded) as accounts:
        first = accounts.site_secret()
        assert len(first) == 32 and accounts.site_secret() == first
    with accounts_of(recorded) as accounts:
        assert accounts.site_secret() == first
