"""Takes the README's screenshots of the site, on the demo and one revision: the decision page,
the protokollsutdrag and the follow-ups page, each on a desktop screen and on a phone (390 px,
where every table's rows are cards):

    .venv/bin/python -m tests.web.screenshots
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from register.application import Register
from register.storage import Store
from tests.web.conftest import record_demo_and_a_revision
from tests.web.serving import ROOT, chromium, screenshot, serving

TARGET = ROOT / "docs" / "screenshots"
PAGES = (("decision", "/beslut/2025-7/7/1"), ("extract", "/utdrag/2025-7/7/1"),
         ("follow-ups", "/uppfoljning?visa=alla&as_of=2026-03-01"))
SCREENS = (("", 1100), ("-phone", 390))
"""Each screen's suffix to the file's name, and its width in CSS pixels."""


def main() -> None:
    TARGET.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        store = Path(folder) / "register.db"
        register = Register(Store(path=store))
        record_demo_and_a_revision(register)
        register.close()
        with serving(store) as site, chromium(1100, 900) as browser:
            for name, path in PAGES:
                for suffix, width in SCREENS:
                    browser.set_window_size(width, 900)
                    browser.get(site + path)
                    target = TARGET / f"{name}{suffix}.png"
                    screenshot(browser, target)
                    print(f"wrote {target}")


if __name__ == "__main__":
    main()
