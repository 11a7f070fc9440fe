"""`register serve` as a process, as an operator runs it: behind a proxy with a base URL and
TLS, and checking the register against its history at start and on a schedule."""

from __future__ import annotations

import json
import tempfile
import urllib.error
import urllib.request
from http.client import HTTPResponse

from register.storage import Store
from tests.cli.test_verify_tampering import VIEW_FORGERIES, Tamperer
from tests.web.serving import serving, until

FORGED_HOST = {"Host": "evil.example", "X-Forwarded-Host": "evil.example"}


def setting(store: Store) -> str:
    return store.url or str(store.path)


def get(address: str, path: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    try:
        response: HTTPResponse = urllib.request.urlopen(urllib.request.Request(address + path, headers=headers or {}),
                                                       timeout=10)
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()
    return response.status, dict(response.headers), response.read()


def test_behind_a_proxy_the_feeds_link_to_the_base_url_and_browsers_are_told_https_only(recorded):
    with serving(setting(recorded.store), "--public", "--base-url", "https://beslut.example.se/finsam",
                 "--behind-tls", "--verify-every", "30m") as address:
        status, headers, body = get(address, "/finsam/flode/beslut.atom", {**FORGED_HOST, "X-Forwarded-Proto": "https"})
        page = get(address, "/finsam/beslut")[2].decode()
    assert status == 200
    assert b'<link href="https://beslut.example.se/finsam/beslut/2026-1/4/1"/>' in body
    assert b"evil.example" not in body and b"127.0.0.1" not in body
    assert headers["Strict-Transport-Security"] == "max-age=31536000"
    assert headers["Cache-Control"] == "no-cache" and headers["X-Content-Type-Options"] == "nosniff"  # asked again each time
    assert 'href="/finsam/beslut/2026-1/4/1"' in page  # the pages' own links are under the same path


def test_a_store_forged_before_the_start_is_closed_for_maintenance_once_checked(recorded):
    Tamperer(recorded.store).run(VIEW_FORGERIES["an amount"])
    with tempfile.TemporaryFile(mode="w+") as said, serving(setting(recorded.store), "--public", said=said) as address:
        assert until(lambda: get(address, "/planer")[0] == 503)
        status, headers, body = get(address, "/api/planer")
        said.seek(0)
        printed = said.read()
    assert status == 503 and headers["Register-Check"] == "not-intact"
    assert json.loads(body)["status"] == 503 and b"4578000" not in body
    assert "check: the register is NOT intact: the views differ from what the events give" in printed


def test_a_forgery_made_while_serving_is_found_by_the_next_scheduled_check(recorded):
    with serving(setting(recorded.store), "--verify-every", "1s") as address:
        assert until(lambda: get(address, "/planer")[1].get("Register-Check") == "intact")
        status, _, body = get(address, "/api/planer?as_of=2026-01-01")
        assert status == 200 and b'"granted_sek": 3578000' in body
        Tamperer(recorded.store).run(VIEW_FORGERIES["an amount"])
        assert until(lambda: get(address, "/planer")[0] == 503)
