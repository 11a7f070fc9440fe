"""`register audit` as an auditor files it: the instant the register was read at, the digest,
who recorded and reviewed each meeting and when, every correction, withholding and reviewer's
addition, attendance per meeting and the follow-ups open or overdue, under every clock."""

from __future__ import annotations

import datetime as dt
import re


def test_the_report_names_the_instant_it_read_the_register_at_not_now(cli):
    assert cli("demo").exit_code == 0
    before = dt.datetime.now(dt.timezone.utc)
    report = cli("audit", "--as-of", "2026-01-01")
    after = dt.datetime.now(dt.timezone.utc)
    assert report.exit_code == 0, report.output
    assert "as recorded at: now" not in report.output
    said = re.search(r"^- as recorded at: (\S+)", report.output, re.MULTILINE)
    assert said is not None, report.output
    assert before <= dt.datetime.fromisoformat(said[1]) <= after
    asked = cli("audit", "--as-of", "2026-01-01", "--as-recorded", "2026-01-01T00:00:00+00:00")
    assert "- as recorded at: 2026-01-01T00:00:00+00:00 " in asked.output
