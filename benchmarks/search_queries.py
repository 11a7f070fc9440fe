"""The hits of twenty queries a member would type, over the demo's minutes and the tests' own.

    .venv/bin/python benchmarks/search_queries.py                      # a scratch SQLite file
    .venv/bin/python benchmarks/search_queries.py --postgres          # a scratch schema (tests/backends.py)

Imports the demo's two meetings (2022:5, 2025-7), the importer tests' four of 2026
(`tests/importer/minutes/`) and the minutes with a vote, a reservation and a jäv of the site's
tests (`tests/web/test_votes_and_justering.py`, as meeting 2026-5), then prints each query with
the refs it finds, best first, one line each. On PostgreSQL it works in a schema of its own
(as the tests do), dropped at the end. docs/SEARCH.md keeps its output from before and after search learned
compounds, lemmas and the Swedish names of votes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from register.application import Register  # noqa: E402
from register.demo import SAMPLES, import_sample  # noqa: E402
from register.minutes.importing import record_minutes  # noqa: E402
from register.minutes.parser import parse_minutes  # noqa: E402
from tests.backends import fresh_store  # noqa: E402
from tests.web.test_votes_and_justering import MINUTES as VOTED  # noqa: E402

QUERIES = (
    ("konsult", "the first half of a compound (konsultbasis)"),
    ("basis", "the second half of a compound"),
    ("enkät", "the second half of samverkansenkät"),
    ("jäv", "a decision records a jäv"),
    ("reservation", "a decision records a reservation"),
    ("omröstning", "a decision records a vote"),
    ("votering", "as the minutes call the vote"),
    ("Siv Nord", "who reserved herself"),
    ("Karlshamn", "a party (Karlshamns kommun), as typed"),
    ("återrapporten", "an information item placed on file (2026-3 §4)"),
    ("utvecklingsforum", "an item deferred (2026-1 §7), then placed on file (2026-2 §4)"),
    ("forum", "the last part of that word"),
    ("ger", "gav, by its lemma (ge)"),
    ("mötet", "the last part of styrelsemötet"),
    ("internkontroll", "the first half of internkontrollplan"),
    ("planer", "an inflection of plan"),
    ("beviljade medel", "two inflected words"),
    ("rapport", "the last part of återrapport"),
    ("förstudier", "a plural of förstudie"),
    ("uppföljningen", "a definite form"),
)


def record(register: Register) -> None:
    for name, date in SAMPLES:
        import_sample(register, name, date)
    for path in sorted((ROOT / "tests" / "importer" / "minutes").glob("board-minutes-2026-*.txt")):
        date = dt.date(2026, 2, 16) if path.name.endswith("-1.txt") else None
        record_minutes(register, parse_minutes(path.read_text(encoding="utf-8"), path.name), date, dry_run=False)
    voted = VOTED.replace("nr 3/2026", "nr 5/2026").replace("2026-04-14", "2026-09-14").replace("14 april", "14 september")
    voted = voted.replace("2026-04-21", "2026-09-21").replace("§ 12", "§ 2").replace("§ 13", "§ 3")
    record_minutes(register, parse_minutes(voted, "2026-5.txt"), None, dry_run=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", action="store_true",
                        help="in a scratch schema of REGISTER_TEST_POSTGRES (default: a scratch SQLite file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch, fresh_store("postgres" if args.postgres else "sqlite", Path(scratch)) as store:
        register = Register(store)
        try:
            record(register)
            for query, why in QUERIES:
                hits = register.search(query)
                found = ", ".join(f"{hit.ref} ({hit.found_in})" for hit in hits) or "(none)"
                print(f"{query!r:30} {len(hits):2} hits: {found}   # {why}")
        finally:
            register.close()


if __name__ == "__main__":
    main()
