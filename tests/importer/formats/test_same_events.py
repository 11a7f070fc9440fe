"""Every history of test minutes, imported from its Word, PDF and OpenDocument renderings,
records the same events as imported from its text: the same decisions, follow-ups, links and
attendance, event for event, on both stores. The real seeds a history starts from stay text
(they are not ours to render); only our own minutes are rendered, once a session."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from cli import main
from register.application import Register
from register.storage import Store
from tests.backends import fresh_store
from tests.importer.formats.fixtures import FOLDER, LAYOUT
from tests.importer.formats.make import FONT, render

HERE = Path(__file__).parents[1]
ROOT = HERE.parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
HISTORIES = sorted(p for p in (HERE / "histories").iterdir() if (p / "expected.json").exists())
OWN_DATES = {"board-minutes-2025-7.txt": "2025-12-08", "board-minutes-2026-1.txt": "2026-02-16"}
"""The dates the README's tour gives the minutes that do not say theirs."""
OWN = [(name, OWN_DATES.get(name)) for name in ["board-minutes-2025-7.txt", *(f.name for f in sorted((HERE / "minutes").glob("*.txt")))]]
DEMO = [("2022-5.txt", None)]
SEQUENCES: dict[str, list[tuple[Path, str | None]]] = {}


def _steps(folder: Path, imports: list[tuple[str, str | None]]) -> list[tuple[Path, str | None]]:
    found = []
    for name, date in imports:
        place = next((p / name for p in (folder, HERE / "minutes", SEEDS) if (p / name).exists()), SEEDS / name)
        found.append((place, date))
    return found


for history in HISTORIES:
    key = json.loads((history / "expected.json").read_text(encoding="utf-8"))
    SEQUENCES[history.name] = _steps(history, [(step["file"], step.get("date")) for step in key["imports"]])
SEQUENCES["own-minutes"] = _steps(HERE / "minutes", OWN)
SEQUENCES["demo-2022-5"] = _steps(ROOT / "register" / "data" / "minutes", DEMO)
SEQUENCES["layout-2027-4"] = [(FOLDER / f"{LAYOUT}.txt", None)]
COMMITTED = {FOLDER / f"{LAYOUT}.txt": {fmt: FOLDER / f"{LAYOUT}.{fmt}" for fmt in ("docx", "pdf", "odt")}}
"""Rendered once and committed (`fixtures.py`): labels, ticks, a table split over a page break."""


@pytest.fixture(scope="session")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[Path, dict[str, Path]]:
    """Each of our own minutes files, rendered into .docx, .pdf and .odt once a session."""
    if not FONT.exists():
        pytest.skip(f"the fixtures' font {FONT} is missing (Debian's fonts-dejavu-core draws them)")
    folder = tmp_path_factory.mktemp("rendered")
    found: dict[Path, dict[str, Path]] = {}
    for steps in SEQUENCES.values():
        for path, _ in steps:
            if path.parent != SEEDS and path not in found and path not in COMMITTED:
                found[path] = render(path.read_text(encoding="utf-8"), folder, f"{path.parent.name}-{path.stem}")
    return {**found, **COMMITTED}


_TEXT_EVENTS: dict[tuple[str, str], list[tuple[str, str]]] = {}


def recorded(store: Store) -> list[tuple[str, str]]:
    """Every stored event: its topic and its state, less the moment it was recorded."""
    register = Register(store)
    try:
        events = []
        for notification in register.recorder.select_notifications(start=1, limit=1_000_000):
            event = register.mapper.to_domain_event(notification)
            state = {k: v for k, v in vars(event).items() if k != "timestamp"}
            events.append((notification.topic, repr(sorted(state.items(), key=lambda kv: kv[0]))))
        return events
    finally:
        register.close()


def imported(steps: list[tuple[Path, str | None]], store: Store, files: dict[Path, Path]) -> list[tuple[str, str]]:
    runner = CliRunner()
    setting = str(store.path) if store.url is None else store.url
    for path, date in steps:
        dated = ("--date", date) if date else ()
        result = runner.invoke(main, ["--store", setting, "import-minutes", str(files.get(path, path)), *dated],
                               catch_exceptions=False)
        assert result.exit_code == 0, f"{files.get(path, path).name}: {result.output}"
    return recorded(store)


@pytest.mark.parametrize("fmt", ["docx", "pdf", "odt"])
@pytest.mark.parametrize("history", sorted(SEQUENCES))
def test_a_history_imported_from_each_format_records_what_its_text_records(history, fmt, backend, rendered, tmp_path):
    steps = SEQUENCES[history]
    if any(not path.exists() for path, _ in steps):
        pytest.skip(f"{history} starts from the board's real minutes in {SEEDS}, which this checkout lacks")
    if (history, backend) not in _TEXT_EVENTS:
        with fresh_store(backend, tmp_path) as store:
            _TEXT_EVENTS[(history, backend)] = imported(steps, store, {})
    with fresh_store(backend, tmp_path) as store:
        got = imported(steps, store, {path: files[fmt] for path, files in rendered.items()})
    expected = _TEXT_EVENTS[(history, backend)]
    assert len(expected) > 5  # the history was recorded at all
    assert got == expected, _first_difference(expected, got)


def _first_difference(expected: list[Any], got: list[Any]) -> str:
    for at, (want, have) in enumerate(zip(expected, got)):
        if want != have:
            return f"event {at}: text recorded\n  {want}\nthis format recorded\n  {have}"
    return f"text recorded {len(expected)} events, this format {len(got)}"
