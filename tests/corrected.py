"""A register holding one correction: meeting 2026-2 grants Karlshamns kommun 640 000 kr for its
plan (2026-2 §03:1), and meeting 2026-4 corrects the amount to 460 000 kr (2026-4 §03:1)."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

from click.testing import Result

MINUTES = Path(__file__).parent / "documents"
CORRECTED = "2026-2 §03:1"
CORRECTING = "2026-4 §03:1"
BETWEEN_THE_MEETINGS = "2026-05-01"
"""After the granting meeting (2026-03-18), before the correcting one (2026-06-10)."""
MARK = {"field": "amount", "previous": "640000", "value": "460000", "by": CORRECTING, "date": "2026-06-10",
        "reason": f"rättat genom {CORRECTING}"}
"""How a row names the correction, in JSON."""


def record_the_correction(cli: Callable[..., Result]) -> str:
    """Imports both minutes as a secretary would, one after the other; returns an instant after
    the first was recorded and before the second was."""
    for name in ("minutes-corrected-2026-2.txt", "minutes-corrected-2026-4.txt"):
        result = cli("import-minutes", str(MINUTES / name))
        assert result.exit_code == 0, result.output
        if name.endswith("2026-2.txt"):
            time.sleep(0.01)
            between = dt.datetime.now(dt.UTC).isoformat()
            time.sleep(0.01)
    return between
