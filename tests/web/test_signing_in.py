"""Signing in to the site (#26): where the store has accounts, a visitor sees the public site and
a member or secretary signed in sees the whole register; forms carry CSRF tokens; wrong passwords
lock an account; a session ends at signing out, and a cookie kept from before is worth nothing."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import pytest
from click.testing import CliRunner
from flask.testing import FlaskClient

from cli import main
from register.accounts import LOCK_AFTER
from register.application import Register
from register.web.app import create_app
from tests.conftest import stored_events
from tests.web.signing import (
    PASSWORD, accounts_of, form_token, hides_withheld, shows_withheld, signed_in, token,
)

def test_a_visitor_sees_the_public_site_and_a_member_signed_in_sees_what_is_withheld(site):
    assert hides_withheld(site) and site.get("/revision").status_code == 404
    assert "Logga in" in site.get("/").get_data(as_text=True)
    assert signed_in(site, "ledamot") == 303
    assert shows_withheld(site) and site.get("/revision").status_code == 200
    assert "Inloggad som ledamot (ledamot)" in site.get("/").get_data(as_text=True)


def test_a_wrong_password_or_name_is_refused_and_shows_nothing_withheld(site):
    for name, password in (("ledamot", "fel lösenord!"), ("okänd", PASSWORD)):
        refused = site.post("/logga-in", data={"name": name, "password": password, "csrf_token": token(site)})
        assert refused.status_code == 401 and "Fel namn eller lösenord." in refused.get_data(as_text=True)
        assert hides_withheld(site)


def test_a_form_posted_without_its_csrf_token_is_refused(site):
    refused = site.post("/logga-in", data={"name": "ledamot", "password": PASSWORD})
    assert refused.status_code == 400
    assert hides_withheld(site)
    assert signed_in(site, "ledamot") == 303
    kept = site.post("/logga-ut")  # signing out without the token: refused, still signed in
    assert kept.status_code == 400 and shows_withheld(site)


def test_five_wrong_passwords_lock_the_account_even_against_the_right_one(site):
    for _ in range(LOCK_AFTER - 1):
        assert signed_in(site, "sekreterare", "fel lösenord!") == 401
    last = site.post("/logga-in", data={"name": "sekreterare", "password": "fel lösenord!", "csrf_token": token(site)})
    assert "Kontot är låst en kvart" in last.get_data(as_text=True)
    assert signed_in(site, "sekreterare") == 401 and hides_withheld(site)


def test_a_wrong_password_makes_the_answer_wait_longer_each_time(recorded, monkeypatch):
    waited: list[float] = []
    with accounts_of(recorded) as accounts:
        accounts.add("ledamot", "member", PASSWORD, by="test")
    monkeypatch.setattr("register.web.signing_in.time.sleep", waited.append)
    app = create_app(lambda: Register.open(recorded.store), sign_in=True)
    client = app.test_client()
    for _ in range(3):
        signed_in(client, "ledamot", "fel lösenord!")
    app.extensions["registers"].close()
    assert waited == [0.5, 1.0, 2.0]


def test_after_signing_out_a_cookie_kept_from_before_is_worth_nothing(site):
    assert signed_in(site, "sekreterare") == 303
    kept = site.get_cookie("register_session").value
    assert site.post("/logga-ut", data={"csrf_token": token(site, "/")}).status_code == 303
    assert hides_withheld(site)
    site.set_cookie("register_session", kept)  # as a thief who copied it would
    assert hides_withheld(site) and site.get("/revision").status_code == 404


def test_an_account_disabled_loses_its_session_at_the_next_request(site, recorded):
    assert signed_in(site, "ledamot") == 303 and shows_withheld(site)
    with accounts_of(recorded) as accounts:
        accounts.set_disabled("ledamot", True, by="test")
    assert hides_withheld(site)


def test_the_session_cookie_is_httponly_samesite_lax_and_secure_behind_tls(recorded):
    with accounts_of(recorded) as accounts:
        accounts.add("ledamot", "member", PASSWORD, by="test")
    for behind_tls in (False, True):
        app = create_app(lambda: Register.open(recorded.store), sign_in=True, behind_tls=behind_tls)
        client = app.test_client()
        answer = client.post("/logga-in", data={"name": "ledamot", "password": PASSWORD, "csrf_token": token(client)})
        cookie = next(c for c in answer.headers.get_all("Set-Cookie") if c.startswith("register_session="))
        assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and ("Secure" in cookie) is behind_tls
        assert answer.headers["Cache-Control"] == "no-store"
        app.extensions["registers"].close()


def test_every_sign_in_and_sign_out_on_the_site_is_logged_with_the_address(site, recorded):
    signed_in(site, "ledamot", "fel lösenord!")
    signed_in(site, "ledamot")
    site.post("/logga-ut", data={"csrf_token": token(site, "/")})
    with accounts_of(recorded) as accounts:
        said = [(what, whence) for _, _, what, whence in accounts.log("ledamot")]
    assert said[1:] == [("failed: wrong password (1 in a row)", "127.0.0.1"), ("signed in", "127.0.0.1"),
                        ("signed out", "127.0.0.1")]


def test_serve_without_public_or_accounts_refuses_to_listen_beyond_this_machine(store):
    setting = str(store.path) if store.url is None else store.url
    assert CliRunner().invoke(main, ["--store", setting, "demo"]).exit_code == 0
    started = time.monotonic()
    refused = CliRunner().invoke(main, ["--store", setting, "serve", "--host", "0.0.0.0", "--port", "8791"])
    assert refused.exit_code == 2 and "add accounts (`register users add" in refused.output, refused.output
    assert time.monotonic() - started < 30


@pytest.fixture
def behind_a_proxy(site, recorded) -> Iterator[FlaskClient]:
    """The same store served as `serve --trust-header X-Remote-User` serves it."""
    app = create_app(lambda: Register.open(recorded.store), sign_in=True, trust_header="X-Remote-User")
    app.testing = False
    yield app.test_client()
    app.extensions["registers"].close()


def test_behind_a_trusted_proxy_the_account_its_header_names_is_signed_in_and_no_one_else(behind_a_proxy, recorded):
    assert hides_withheld(behind_a_proxy)
    behind_a_proxy.environ_base["HTTP_X_REMOTE_USER"] = "okänd"
    assert hides_withheld(behind_a_proxy)  # a name with no account is a visitor
    behind_a_proxy.environ_base["HTTP_X_REMOTE_USER"] = "ledamot"
    assert shows_withheld(behind_a_proxy)
    assert "Inloggad som ledamot (ledamot)" in behind_a_proxy.get("/").get_data(as_text=True)
    with accounts_of(recorded) as accounts:
        accounts.set_disabled("ledamot", True, by="test")
    assert hides_withheld(behind_a_proxy)
    assert behind_a_proxy.get("/logga-in").status_code == 404  # the proxy signs people in, not a password here


def test_serve_refuses_a_trusted_header_with_no_accounts_or_with_public(store):
    setting = str(store.path) if store.url is None else store.url
    assert CliRunner().invoke(main, ["--store", setting, "demo"]).exit_code == 0
    none = CliRunner().invoke(main, ["--store", setting, "serve", "--trust-header", "X-Remote-User", "--port", "8792"])
    assert none.exit_code == 2 and "the store has no accounts" in none.output, none.output
    public = CliRunner().invoke(main, ["--store", setting, "serve", "--public", "--trust-header", "X-Remote-User"])
    assert public.exit_code == 2 and "not with --public" in public.output, public.output


def test_the_sign_in_page_and_the_header_signed_in_and_out_keep_the_sites_accessible_markup(site):
    from tests.web import test_accessibility as markup

    for path in ("/logga-in", "/"):
        markup.test_each_page_is_swedish_with_one_h1_landmarks_scoped_headers_and_labelled_fields(site, path)
    assert signed_in(site, "ledamot") == 303
    markup.test_each_page_is_swedish_with_one_h1_landmarks_scoped_headers_and_labelled_fields(site, "/")


PAGE = "/beslut/2025-7/13/1"


def test_the_secretary_withholds_and_publishes_again_from_the_decisions_page_and_the_log_names_her(site, recorded):
    assert signed_in(site, "sekreterare") == 303
    action = f"{PAGE}/utelamna"
    posted = site.post(action, data={"reason": "uppgifter om en enskild", "csrf_token": form_token(site, PAGE, action)})
    assert posted.status_code == 303 and posted.headers["Location"].endswith(PAGE)
    assert "Utelämnas på den publika webbplatsen: uppgifter om en enskild" in site.get(PAGE).get_data(as_text=True)
    visitor = site.application.test_client()
    assert "Utelämnad: uppgifter om en enskild" in visitor.get(PAGE).get_data(as_text=True)
    again = f"{PAGE}/publicera"
    assert site.post(again, data={"csrf_token": form_token(site, PAGE, again)}).status_code == 303
    assert "Utelämnad" not in visitor.get(PAGE).get_data(as_text=True)
    log = CliRunner().invoke(main, ["--store", str(recorded.store.path) if recorded.store.url is None else recorded.store.url,
                                    "log", "--format", "json"])
    actors = [row["actor"] for row in json.loads(log.output) if row["event"] in ("PublicationWithheld", "PublicationRestored")]
    assert actors[-2:] == ["sekreterare", "sekreterare"], actors


def test_a_member_or_a_visitor_cannot_withhold_and_nothing_is_written(site, recorded):
    before = stored_events(recorded.store)
    assert signed_in(site, "ledamot") == 303
    assert f'action="{PAGE}/utelamna"' not in site.get(PAGE).get_data(as_text=True)  # no form is offered
    refused = site.post(f"{PAGE}/utelamna", data={"reason": "försök", "csrf_token": token(site, "/")})
    assert refused.status_code == 403
    visitor = site.application.test_client()
    assert visitor.post(f"{PAGE}/utelamna", data={"reason": "försök", "csrf_token": token(visitor)}).status_code == 403
    assert stored_events(recorded.store) == before and hides_withheld(site.application.test_client())


def test_withholding_without_the_forms_token_or_a_reason_is_refused_and_nothing_is_written(site, recorded):
    before = stored_events(recorded.store)
    assert signed_in(site, "sekreterare") == 303
    assert site.post(f"{PAGE}/utelamna", data={"reason": "utan kod"}).status_code == 400
    action = f"{PAGE}/utelamna"
    assert site.post(action, data={"reason": "", "csrf_token": form_token(site, PAGE, action)}).status_code == 400
    assert stored_events(recorded.store) == before


def test_the_secretary_withholds_a_whole_matter_from_its_page(site):
    assert signed_in(site, "sekreterare") == 303
    page, action = "/arende/2025-7/13", "/arende/2025-7/13/utelamna"
    assert site.post(action, data={"reason": "sekretess", "csrf_token": form_token(site, page, action)}).status_code == 303
    assert "Utelämnas på den publika webbplatsen: sekretess" in site.get(page).get_data(as_text=True)
    assert "Utelämnat: sekretess" in site.application.test_client().get(page).get_data(as_text=True)


def test_the_secretary_writes_off_an_open_follow_up_from_its_decisions_page_and_a_member_cannot(site, recorded):
    source = "2025-7 §13:1"
    page, action = "/beslut/2025-7/13/1", "/beslut/2025-7/13/1/skriv-av"
    assert signed_in(site, "ledamot") == 303
    assert action not in site.get(page).get_data(as_text=True)
    assert site.post(action, data={"reason": "inaktuellt", "csrf_token": token(site, "/")}).status_code == 403
    secretary = site.application.test_client()
    assert signed_in(secretary, "sekreterare") == 303
    before = stored_events(recorded.store)
    assert secretary.post(action, data={"reason": "inaktuellt", "csrf_token": form_token(secretary, page, action)}).status_code == 303
    assert stored_events(recorded.store) > before
    rows = json.loads(secretary.get("/api/uppfoljning?visa=avskrivna").get_data(as_text=True))
    assert [(r["source"], r["written_off"]["reason"], r["written_off"]["actor"]) for r in rows] == [
        (source, "inaktuellt", "sekreterare")], rows
    assert action not in secretary.get(page).get_data(as_text=True)  # nothing open is left to write off


def test_the_secretary_seals_the_minutes_from_the_meetings_page_and_then_the_form_is_gone(site):
    page, action = "/moten/2025-7", "/moten/2025-7/justera"
    member = site.application.test_client()
    assert signed_in(member, "ledamot") == 303
    assert action not in member.get(page).get_data(as_text=True)
    assert member.post(action, data={"justerare": "Johanna Månsson", "csrf_token": token(member, "/")}).status_code == 403
    assert signed_in(site, "sekreterare") == 303
    bad = site.post(action, data={"justerare": "Johanna Månsson", "day": "8 dec", "csrf_token": form_token(site, page, action)})
    assert bad.status_code == 400 and "ÅÅÅÅ-MM-DD" in bad.get_data(as_text=True)
    sealed = site.post(action, data={"justerare": "Johanna Månsson", "day": "2025-12-15",
                                     "csrf_token": form_token(site, page, action)})
    assert sealed.status_code == 303
    meeting = next(m for m in json.loads(site.get("/api/moten").get_data(as_text=True)) if m["meeting"] == "2025-7")
    assert (meeting["sealed_by"], meeting["justering"]["on"]) == (["Johanna Månsson"], "2025-12-15"), meeting
    assert action not in site.get(page).get_data(as_text=True)


def test_the_secretary_corrects_a_grants_amount_from_its_page_and_the_pages_mark_it_corrected(site, recorded):
    page, action = "/beslut/2025-7/7/1", "/beslut/2025-7/7/1/ratta"
    member = site.application.test_client()
    assert signed_in(member, "ledamot") == 303
    assert action not in member.get(page).get_data(as_text=True)
    assert member.post(action, data={"field": "amount", "value": "3587000", "reason": "x",
                                     "csrf_token": token(member, "/")}).status_code == 403
    assert signed_in(site, "sekreterare") == 303
    before = stored_events(recorded.store)
    refused = site.post(action, data={"field": "amount", "value": "tre miljoner", "reason": "siffrorna omkastade",
                                      "csrf_token": form_token(site, page, action)})
    assert refused.status_code == 400 and stored_events(recorded.store) == before
    done = site.post(action, data={"field": "amount", "value": "3587000", "reason": "siffrorna omkastade",
                                   "csrf_token": form_token(site, page, action)})
    assert done.status_code == 303
    grant = next(g for g in json.loads(site.get("/api/bidrag").get_data(as_text=True)) if g["decision"] == "2025-7 §07:1")
    assert grant["amount_sek"] == 3_587_000 and [c["previous"] for c in grant["corrections"]] == ["3578000"]
    assert "Rättad" in site.application.test_client().get(page).get_data(as_text=True)


def test_withholding_what_is_withheld_already_is_refused_in_swedish_and_nothing_is_written(site, recorded):
    assert signed_in(site, "sekreterare") == 303
    page, action = "/beslut/2025-7/11/1", "/beslut/2025-7/11/1/utelamna"
    before = stored_events(recorded.store)
    refused = site.post(action, data={"reason": "en gång till", "csrf_token": token(site, "/")})
    assert refused.status_code == 400
    assert "är redan utelämnat från den publika webbplatsen (skäl: personuppgifter om en enskild)" in refused.get_data(as_text=True)
    assert stored_events(recorded.store) == before
    assert "en gång till" not in site.get(page).get_data(as_text=True)


def test_one_route_withholds_and_one_publishes_a_decision_a_matter_or_a_deferral_at_its_pages_address(site):
    rules = {rule.endpoint: rule for rule in site.application.url_map.iter_rules() if rule.endpoint.startswith("desk.")}
    assert {"desk.withhold", "desk.publish"} <= set(rules) and not any(
        name.endswith(("_decision", "_matter")) for name in rules)
    assert signed_in(site, "sekreterare") == 303
    page, action = "/arende/2025-7/bordlagt/1", "/arende/2025-7/bordlagt/1/utelamna"
    assert site.post(action, data={"reason": "sekretess", "csrf_token": form_token(site, page, action)}).status_code == 303
    assert "Utelämnas på den publika webbplatsen: sekretess" in site.get(page).get_data(as_text=True)
    assert "Utelämnat: sekretess" in site.application.test_client().get(page).get_data(as_text=True)
    again = f"{page}/publicera"
    assert site.post(again, data={"csrf_token": form_token(site, page, again)}).status_code == 303
    assert "Utelämnat" not in site.application.test_client().get(page).get_data(as_text=True)
    unreadable = site.post("/beslut/2025-777/13/1/utelamna", data={"reason": "x", "csrf_token": token(site, "/")})
    assert unreadable.status_code == 400 and "inte ett möte, ett beslut eller ett datum" in unreadable.get_data(as_text=True)
