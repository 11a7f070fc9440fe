"""The demo's sample minutes, bundled with the project and imported like any other minutes."""

from __future__ import annotations

import datetime as dt
from importlib import resources

from register.application import Register
from register.minutes.parser import parse_minutes
from register.minutes.importing import ImportSummary, record_minutes

# The 2025-7 minutes give no date; the board met on 2025-12-08.
SAMPLES = (("2022-5.txt", None), ("2025-7.txt", dt.date(2025, 12, 8)))


def import_sample(register: Register, name: str, date: dt.date | None = None) -> ImportSummary:
    text = (resources.files("register") / "data" / "minutes" / name).read_text(encoding="utf-8")
    return record_minutes(register, parse_minutes(text, name), date, dry_run=False)
