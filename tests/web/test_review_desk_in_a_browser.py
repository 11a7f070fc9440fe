"""The review desk's controls in headless Chromium against `register serve` (#26): the secretary
signs in, uploads a .docx of minutes, chooses another kind and a link with the selects, saves,
comes back to the draft, records it; and a due no meeting could set is refused beside its field.
Skipped where no browser is installed (see test_browser.py)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import main
from register.accounts import Accounts
from register.application import Register
from tests.conftest import stored_events
from tests.importer.formats.make import docx_bytes
from tests.importer.formats.shapes import blocks_of_text
from tests.web.serving import chromium, has_browser, serving
from tests.web.signing import PASSWORD
from tests.web.test_review_desk import MINUTES
from tests.web.test_review_desk_controls import KIND, LINKED, LINKS

pytest.importorskip("selenium.webdriver", reason="selenium is not installed: pip install -e '.[test]'")
if not has_browser():
    pytest.skip("no headless browser: install one with `apt-get install -y chromium chromium-driver`", allow_module_level=True)

from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

from tests.web.test_browser import follow  # noqa: E402


@pytest.fixture
def desk(recorded, tmp_path: Path) -> Iterator[tuple[object, str, Path]]:
    """A browser signed in as the secretary to `register serve` over the recorded store, and a .docx of MINUTES."""
    register = Register(recorded.store)
    try:
        Accounts(register.database).add("sekreterare", "secretary", PASSWORD, by="test")
    finally:
        register.close()
    minutes = tmp_path / "protokoll-2026-5.docx"
    minutes.write_bytes(docx_bytes(blocks_of_text(MINUTES)))
    with serving(recorded.store.url or recorded.store.path) as address, chromium() as browser:
        browser.get(address + "/logga-in")
        browser.find_element(By.ID, "name").send_keys("sekreterare")
        browser.find_element(By.ID, "password").send_keys(PASSWORD)
        follow(browser, browser.find_element(By.CSS_SELECTOR, "form.sign-in button[type=submit]"))
        browser.get(address + "/skrivbord")
        browser.find_element(By.CSS_SELECTOR, "input[type=file]").send_keys(str(minutes))
        follow(browser, browser.find_element(By.XPATH, "//form[contains(@action, 'las-in')]//button[@type='submit']"))
        yield browser, address, minutes


def pressed(browser, label: str) -> None:  # type: ignore[no-untyped-def]
    follow(browser, browser.find_element(By.XPATH, f"//form[@class='review-controls']//button[normalize-space()='{label}']"))


def test_a_secretary_chooses_a_kind_and_a_link_saves_comes_back_and_records_in_the_browser(desk, recorded):
    browser, address, _ = desk
    assert browser.find_element(By.TAG_NAME, "h1").text == "Granskning av protokoll-2026-5.docx"
    Select(browser.find_element(By.ID, KIND)).select_by_value("other")
    Select(browser.find_element(By.ID, LINKS)).select_by_value(LINKED)
    pressed(browser, "Spara utkast")
    draft = browser.current_url
    browser.get(address + "/")
    browser.get(draft)  # resumed
    assert Select(browser.find_element(By.ID, KIND)).first_selected_option.get_attribute("value") == "other"
    assert [o.get_attribute("value") for o in Select(browser.find_element(By.ID, LINKS)).all_selected_options] == [LINKED]
    pressed(browser, "Registrera")
    assert browser.current_url.endswith("/moten/2026-5")
    setting = recorded.store.url or str(recorded.store.path)
    trace = json.loads(CliRunner().invoke(main, ["--store", setting, "trace", LINKED, "--format", "json"]).output)
    assert "2026-5 §05:1" in json.dumps(trace, ensure_ascii=False)  # the assignment delivered by the decision linked
    log = json.loads(CliRunner().invoke(main, ["--store", setting, "log", "--format", "json"]).output)
    assert {row["actor"] for row in log if row["meeting"] == "2026-5"} == {"sekreterare"}


def test_a_due_no_meeting_could_set_is_refused_beside_its_field_in_the_browser(desk, recorded):
    browser, _, _ = desk
    before = stored_events(recorded.store)
    Select(browser.find_element(By.ID, "beslut-0-tid")).select_by_value("datum")
    # A date field takes its day as the browser's locale spells it; its value is what is posted.
    browser.execute_script("arguments[0].value = '2099-05-31'", browser.find_element(By.ID, "beslut-0-datum"))
    pressed(browser, "Registrera")
    said = WebDriverWait(browser, 10).until(lambda b: b.find_element(By.ID, "beslut-0-uppfoljning-sagt"))
    assert said.text == "Tiden 2099-05-31 ligger mer än tio år efter mötet (senast 2036-10-12)."
    assert said.is_displayed()
    assert stored_events(recorded.store) == before
