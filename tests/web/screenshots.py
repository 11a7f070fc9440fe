"""Takes the README's screenshots of the site, on the demo and one revision:

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


def main() -> None:
    TARGET.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        store = Path(folder) / "register.db"
        register = Register(Store(path=store))
        record_demo_and_a_revision(register)
        register.close()
        with serving(store) as site, chromium(1100, 900) as browser:
            for name, path in (("decision", "/beslut/2025-7/7/1"), ("follow-ups", "/uppfoljning?visa=alla&as_of=2026-03-01")):
                browser.set_window_size(1100, 900)
                browser.get(site + path)
                screenshot(browser, TARGET / f"{name}.png")
                print(f"wrote {TARGET / name}.png")


if __name__ == "__main__":
    main()
