"""The pages of those who sign in, audited by axe in headless Chromium at a desktop's and a phone's
width (#26), as test_browser.py audits the public ones: the sign-in page, refused and not; the
secretary's desk, a draft of uploaded minutes open, the board's documents (refused beside a field
too), a decision and a meeting with their forms; a member's start page and preparation page.
Skipped where no browser or no axe-core is installed (see test_browser.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from register.accounts import Accounts
from register.application import Register
from register.storage import Store
from tests.importer.formats.make import docx_bytes
from tests.importer.formats.shapes import blocks_of_text
from tests.web.conftest import record_demo_and_a_revision
from tests.web.serving import chromium, has_browser, serving
from tests.web.signing import PASSWORD
from tests.web.test_review_desk import MINUTES

pytest.importorskip("selenium.webdriver", reason="selenium is not installed: pip install -e '.[test]'")
if not has_browser():
    pytest.skip("no headless browser: install one with `apt-get install -y chromium chromium-driver`", allow_module_level=True)

from selenium.webdriver.common.by import By  # noqa: E402

from tests.web.test_browser import AXE, follow  # noqa: E402

pytestmark = pytest.mark.skipif(not AXE.exists(), reason=f"axe-core not found at {AXE}: npm install --prefix .cache/axe axe-core@4")

SECRETARY_PAGES = ("/skrivbord", "/skrivbord/forbundet", "/beslut/2025-7/13/1", "/moten/2026-1", "/moten/2022:5", "/")
MEMBER_PAGES = ("/", "/forberedelse", "/beslut/2025-7/11/1")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """`register serve` over the demo and a revision, with a secretary's and a member's accounts;
    yields its address and a .docx of minutes to upload."""
    folder = tmp_path_factory.mktemp("desk")
    path = folder / "register.db"
    register = Register(Store(path=path))
    try:
        record_demo_and_a_revision(register)
        accounts = Accounts(register.database)
        accounts.add("sekreterare", "secretary", PASSWORD, by="test")
        accounts.add("ledamot", "member", PASSWORD, by="test")
    finally:
        register.close()
    minutes = folder / "protokoll-2026-5.docx"
    minutes.write_bytes(docx_bytes(blocks_of_text(MINUTES)))
    with serving(path) as address:
        yield address, minutes


def sign_in(browser, address: str, name: str, password: str = PASSWORD) -> None:  # type: ignore[no-untyped-def]
    browser.get(address + "/logga-in")
    browser.find_element(By.ID, "name").send_keys(name)
    browser.find_element(By.ID, "password").send_keys(password)
    follow(browser, browser.find_element(By.CSS_SELECTOR, "form.sign-in button[type=submit]"))


def serious(browser) -> list[str]:  # type: ignore[no-untyped-def]
    """axe's serious and critical violations of the page the browser shows."""
    browser.execute_script(AXE.read_text(encoding="utf-8"))
    result = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}).then(r => done(r.violations));")
    return [f"{v['id']}: {v['help']} ({', '.join(n['target'][0] for n in v['nodes'][:3])})"
            for v in result if v["impact"] in ("serious", "critical")]


@pytest.mark.parametrize("width", [1280, 390], ids=["desktop", "phone"])
def test_axe_finds_no_serious_or_critical_violation_on_the_pages_of_those_signed_in_nor_do_they_scroll_sideways(site, width):
    address, minutes = site
    found: dict[str, list[str]] = {}

    def audit(name: str) -> None:
        violations = serious(browser)
        sideways = browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
        if sideways > 0:
            violations.append(f"the page scrolls sideways by {sideways}px")
        if violations:
            found[name] = violations

    with chromium(width, 1000) as browser:
        browser.get(address + "/logga-in")
        audit("/logga-in")
        sign_in(browser, address, "sekreterare", "fel lösenord")
        audit("/logga-in, refused")
        sign_in(browser, address, "sekreterare")
        for path in SECRETARY_PAGES:
            browser.get(address + path)
            audit(f"{path} (secretary)")
        browser.get(address + "/skrivbord")
        browser.find_element(By.CSS_SELECTOR, "input[type=file]").send_keys(str(minutes))
        follow(browser, browser.find_element(By.XPATH, "//form[contains(@action, 'las-in')]//button[@type='submit']"))
        assert "/skrivbord/utkast/" in browser.current_url
        audit("the draft")
        browser.get(address + "/skrivbord/forbundet")
        browser.find_element(By.ID, "parter").clear()
        browser.execute_script("document.getElementById('parter').removeAttribute('required')")
        browser.find_element(By.ID, "parter").send_keys("Norrby kommun\nNORRBY kommun")
        follow(browser, browser.find_element(By.XPATH, "//form[contains(@action, 'parter')]//button[@type='submit']"))
        assert browser.find_element(By.ID, "refused-parter").is_displayed()
        audit("/skrivbord/forbundet, refused")

    with chromium(width, 1000) as browser:
        sign_in(browser, address, "ledamot")
        for path in MEMBER_PAGES:
            browser.get(address + path)
            audit(f"{path} (member)")
    assert found == {}
