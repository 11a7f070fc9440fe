"""The demo's sample minutes, bundled with the project and imported like any other minutes."""

from __future__ import annotations

import datetime as dt
from importlib import resources

from register.application import Register
from register.minutes.parser import parse_minutes
from register.minutes.importing import ImportSummary, record_minutes

# The 2025-7 minutes give no date; the board met on 2025-12-08.
SAMPLES = (("2022-5.txt", None), ("2025-7.txt", dt.date(2025, 12, 8)))

PARTIES = ("Försäkringskassan", "Arbetsförmedlingen", "Region Blekinge", "Karlskrona kommun", "Ronneby kommun",
           "Karlshamns kommun", "Sölvesborgs kommun", "Olofströms kommun")
"""FINSAM Blekinge's eight member organisations."""

OUTCOMES = ("outcomes-2025.txt", 2025)
"""The projects' frames and outcomes of 2025, as the annual report gives them."""


def import_sample(register: Register, name: str, date: dt.date | None = None) -> ImportSummary:
    text = (resources.files("register") / "data" / "minutes" / name).read_text(encoding="utf-8")
    return record_minutes(register, parse_minutes(text, name), date, dry_run=False)


def record_the_board(register: Register) -> list[str]:
    """The board's parties and its reported outcomes, each once; says what it recorded."""
    from register import goals

    done = []
    board = register.board_record()
    if board is None or not board.parties:
        before = register.size()
        goals.set_parties(register, PARTIES)
        done.append(f"recorded the board's {len(PARTIES)} parties: {register.size() - before} events")
    name, year = OUTCOMES
    if board is None or year not in board.outcomes:
        with resources.as_file(resources.files("register") / "data" / "reports" / name) as path:
            imported = goals.import_outcomes(register, path, year)
        done.append(f"imported {len(imported.outcomes)} project outcomes for {year} from {name}: {len(imported.outcomes)} events")
    return done
