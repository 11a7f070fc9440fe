"""Takes the README's screenshots of the site: the page and the protokollsutdrag of a decision
whose amount a later meeting corrected, and the follow-ups page of the demo and one revision with
a follow-up written off (avskriven), the secretary's review desk with a draft of minutes whose
due the importer doubts, and the start page she sees signed in (the preparation for the next meeting); each on a desktop screen and on a phone (390 px, where every table's rows
are cards):

    .venv/bin/python -m tests.web.screenshots
"""

from __future__ import annotations

import datetime as dt
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from cli import main as register_cli
from domain.ids import DecisionId
from register.application import Register
from register.storage import Store
from tests.corrected import MINUTES
from tests.web.conftest import record_demo_and_a_revision
from tests.web.serving import ROOT, chromium, screenshot, serving

TARGET = ROOT / "docs" / "screenshots"
CORRECTED_PAGES = (("decision", "/beslut/2026-2/3/1"), ("extract", "/utdrag/2026-2/3/1"))
DEMO_PAGES = (("follow-ups", "/uppfoljning?visa=alla&as_of=2026-03-01"),)
PREPARATION = "/forberedelse?as_of=2025-12-20&nasta=2026-02-16"
SCREENS = (("", 1100), ("-phone", 390))
"""Each screen's suffix to the file's name, and its width in CSS pixels."""


def _corrected(store: Path) -> None:
    for name in ("minutes-corrected-2026-2.txt", "minutes-corrected-2026-4.txt"):
        result = CliRunner().invoke(register_cli, ["--store", str(store), "import-minutes", str(MINUTES / name)])
        assert result.exit_code == 0, result.output


def _demo_with_a_write_off(store: Path) -> None:
    register = Register(Store(path=store))
    try:
        record_demo_and_a_revision(register)
        old = DecisionId.parse("2022:5 §04:1")
        with register.recording(old.meeting) as meeting:
            meeting.write_off(old, "från före registret; inaktuellt", "Lisbeth Bengtsson", on=dt.date(2026, 2, 20))
    finally:
        register.close()


def _desk(store: Path, browser: Any) -> None:
    """The draft of minutes with a grant and a doubted due, as the signed-in secretary sees it."""
    from selenium.webdriver.common.by import By

    from register.accounts import Accounts
    from tests.importer.formats.make import docx_bytes
    from tests.importer.formats.shapes import blocks_of_text
    from tests.web.signing import PASSWORD
    from tests.web.test_review_desk_controls import GRANT_AND_SEASON

    register = Register(Store(path=store))
    try:
        record_demo_and_a_revision(register)
        Accounts(register.database).add("sekreterare", "secretary", PASSWORD, by="screenshots")
    finally:
        register.close()
    minutes = store.parent / "protokoll-2026-5.docx"
    minutes.write_bytes(docx_bytes(blocks_of_text(GRANT_AND_SEASON)))
    with serving(store) as site:
        _checked(site)
        browser.set_window_size(1100, 900)
        browser.get(site + "/logga-in")
        browser.find_element(By.ID, "name").send_keys("sekreterare")
        browser.find_element(By.ID, "password").send_keys(PASSWORD)
        browser.find_element(By.CSS_SELECTOR, "form.sign-in button[type=submit]").click()
        browser.get(site + "/skrivbord")
        browser.find_element(By.ID, "minutes").send_keys(str(minutes))
        browser.find_element(By.XPATH, "//form[contains(@action, 'las-in')]//button[@type='submit']").click()
        time.sleep(1)
        draft = browser.current_url
        for suffix, width in SCREENS:
            browser.set_window_size(width, 900)
            browser.get(draft)
            target = TARGET / f"desk-draft{suffix}.png"
            screenshot(browser, target)
            print(f"wrote {target}")
        _preparation(site, browser)


def _preparation(site: str, browser: Any) -> None:
    """The start page of those signed in: the preparation for the next meeting."""
    for suffix, width in SCREENS:
        browser.set_window_size(width, 900)
        browser.get(site + PREPARATION)
        target = TARGET / f"preparation{suffix}.png"
        screenshot(browser, target)
        print(f"wrote {target}")


def _checked(site: str) -> None:
    """Waits (a while) for the site's check of the register at start, so that its notice is not
    in the pictures."""
    for _ in range(60):
        with urllib.request.urlopen(site + "/") as answer:
            if "Registret kontrolleras" not in answer.read().decode("utf-8"):
                return
        time.sleep(0.5)


def main() -> None:
    TARGET.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        stores = (Path(folder) / "corrected.db", Path(folder) / "demo.db")
        _corrected(stores[0])
        _demo_with_a_write_off(stores[1])
        with chromium(1100, 900) as browser:
            for store, pages in zip(stores, (CORRECTED_PAGES, DEMO_PAGES)):
                with serving(store) as site:
                    _checked(site)
                    for name, path in pages:
                        for suffix, width in SCREENS:
                            browser.set_window_size(width, 900)
                            browser.get(site + path)
                            target = TARGET / f"{name}{suffix}.png"
                            screenshot(browser, target)
                            print(f"wrote {target}")
            _desk(Path(folder) / "desk.db", browser)


if __name__ == "__main__":
    main()
