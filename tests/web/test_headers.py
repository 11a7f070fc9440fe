"""Every answer tells browsers and caches how to treat it: no sniffing, no script, no framing,
no referrer, and nothing that depends on the register kept without asking again whether it
still holds (its ETag, `answers.py`), nor errors kept at all; behind TLS, HTTPS only."""

from __future__ import annotations

import pytest

from register.web.app import create_app
from register.web.defences import inline_styles, style_digests

PAGES = ["/", "/moten", "/moten/2025-7", "/moten/2025-7/narvaro", "/beslut", "/beslut/2025-7/7/1", "/uppfoljning",
         "/planer", "/bidrag", "/narvaro?ar=2025", "/sok?q=plan", "/utdrag/2025-7/7/1", "/tillganglighet", "/revision"]
TWINS = ["/api/start", "/api/beslut", "/api/beslut/2025-7/7/1", "/api/uppfoljning", "/api/revision"]
FEEDS = ["/flode/beslut.atom", "/flode/uppfoljning.atom", "/kalender/uppfoljning.ics"]
ERRORS = ["/finns-inte", "/beslut?as_of=igår", "/api/beslut/2025-7/99/1", "/static/finns-inte.css"]
EVERY = PAGES + TWINS + FEEDS + ERRORS + ["/static/site.css"]


def directives(policy: str) -> dict[str, list[str]]:
    return {name: values for name, *values in (part.split() for part in policy.split(";") if part.strip())}


@pytest.mark.parametrize("path", EVERY)
def test_every_answer_forbids_sniffing_framing_and_referrers_and_loads_only_from_the_site(client, path):
    response = client.get(path)
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    policy = directives(response.headers["Content-Security-Policy"])
    assert policy["default-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in policy["style-src"] and "script-src" not in policy  # no script: default-src rules


@pytest.mark.parametrize("path", [path for path in PAGES + TWINS + FEEDS if "revision" not in path])
def test_what_depends_on_the_register_is_kept_by_no_shared_cache_and_asked_for_again_each_time(client, path):
    response = client.get(path)  # the secretary's own site: private; a cache must ask whether its ETag still holds
    assert response.headers["Cache-Control"] == "private, no-cache" and response.headers["ETag"]


@pytest.mark.parametrize("path", ERRORS + ["/revision", "/api/revision"])
def test_an_error_or_the_audit_report_may_not_be_stored_by_a_cache(client, path):  # the report names when it was made
    response = client.get(path)
    assert response.headers["Cache-Control"] == "no-store" and "ETag" not in response.headers


def test_a_page_of_the_past_is_asked_for_again_each_time_too(client_with, recorded):
    response = client_with(public=True).get("/beslut", query_string={"as_recorded": recorded.between.isoformat()})
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-cache"  # a later withholding applies to it too


def test_the_stylesheet_may_be_cached_if_checked_again_each_time(client):
    response = client.get("/static/site.css")
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-cache"
    assert response.headers["ETag"]


def test_an_unexpected_error_carries_the_same_headers(tmp_path):
    def broken() -> None:
        raise RuntimeError("the store went away")

    app = create_app(broken)  # type: ignore[arg-type]
    app.testing = False
    response = app.test_client().get("/beslut")
    assert response.status_code == 500
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]


@pytest.mark.parametrize("path", PAGES)
def test_the_policy_allows_exactly_the_inline_styles_a_page_has_and_no_script(client, path):
    response = client.get(path)
    html = response.get_data(as_text=True)
    allowed = directives(response.headers["Content-Security-Policy"])["style-src"]
    assert all(digest in allowed for digest in style_digests(inline_styles(html)))
    assert "<script" not in html and " style=" not in html


def test_the_protokollsutdrag_keeps_its_inline_styles_under_the_policy(client):
    response = client.get("/utdrag/2025-7/7/1")
    styles = inline_styles(response.get_data(as_text=True))
    assert len(styles) == 1 and "@page { size: A4;" in styles[0]
    assert style_digests(styles)[0] in directives(response.headers["Content-Security-Policy"])["style-src"]


@pytest.mark.parametrize("path", ["/beslut", "/api/beslut", "/flode/beslut.atom", "/finns-inte", "/static/site.css"])
def test_behind_tls_every_answer_asks_browsers_to_use_https_only(client_with, path):
    response = client_with(behind_tls=True).get(path)
    assert response.headers["Strict-Transport-Security"] == "max-age=31536000"


def test_without_behind_tls_a_proxy_header_alone_does_not_turn_on_https_only(client):
    response = client.get("/beslut", headers={"X-Forwarded-Proto": "https"})
    assert response.status_code == 200
    assert "Strict-Transport-Security" not in response.headers


def test_behind_tls_a_request_the_proxy_says_came_in_plain_gets_no_https_only(client_with):
    site = client_with(behind_tls=True)
    assert "Strict-Transport-Security" not in site.get("/beslut", headers={"X-Forwarded-Proto": "http"}).headers
    assert "Strict-Transport-Security" in site.get("/beslut", headers={"X-Forwarded-Proto": "https"}).headers
