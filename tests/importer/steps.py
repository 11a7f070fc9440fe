"""Steps the import tests share: write minutes to a file, import them, read the views back."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
from click.testing import Result

Cli = Callable[..., Result]


def minutes(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def title_block(number: int, day: str) -> str:
    """The head of FINSAM Blekinge's minutes as our own test minutes write it: meeting `number` of
    the year of `day`, in Karlskrona, Malin Ekdal checking them."""
    return (f"Protokoll styrelsen, Samordningsförbundet i Blekinge län\nSammanträde {number}/{day[:4]}\n"
            f"Datum: {day}\nPlats: Förbundets kansli, Karlskrona\nJusterare: Malin Ekdal\n")


def edited(review: Path, old: str, new: str) -> None:
    """A review file with `old` (which must be there) replaced by `new`, as a secretary edits it."""
    text = review.read_text(encoding="utf-8")
    assert old in text, text
    review.write_text(text.replace(old, new, 1), encoding="utf-8")


def imported(cli: Cli, path: Path, *options: str) -> dict[str, Any]:
    result = cli("import-minutes", str(path), "--format", "json", *options)
    assert result.exit_code == 0, result.output
    summary: dict[str, Any] = json.loads(result.output)
    return summary


def view(cli: Cli, *args: str) -> Any:
    result = cli(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def follow_up(cli: Cli, source: str, as_of: str) -> dict[str, Any]:
    rows = {r["source"]: r for r in view(cli, "follow-ups", "--all", "--as-of", as_of)}
    assert source in rows, f"no follow-up from {source} as of {as_of}: {sorted(rows)}"
    return rows[source]


def decision(cli: Cli, id_: str) -> dict[str, Any]:
    rows = {r["id"]: r for r in view(cli, "decisions", "--as-of", "2999-12-31")}
    assert id_ in rows, f"no decision {id_}: {sorted(rows)}"
    return rows[id_]


def events(summary: dict[str, Any]) -> list[str]:
    """Every event line the import summary shows, decisions and items alike."""
    return [e for d in summary["decisions"] for e in d["events"]] + [e for i in summary["items"] for e in i["events"]]


HISTORIES = Path(__file__).parent / "histories"
_LOOK_IN = (Path(__file__).parent / "minutes", Path(__file__).resolve().parents[3] / "shared" / "seeds")


@attrs.frozen
class Step:
    """One import of a history: the minutes, the date given where they lack one, and whether the
    history's key pins the meeting as refused at its first read (exit 2, nothing recorded)."""

    path: Path
    date: str | None
    refused: bool


def history_steps(folder: Path) -> list[Step]:
    """A history's imports in order, each file looked up in its folder, our minutes, then the seeds."""
    key = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    misses = key.get("known_misses", {}).get("misses", [])
    refused = {m.split(": ")[1] for m in misses if m.startswith("meetings imported: ") and ": exit 2" in m}
    steps = []
    for step in key["imports"]:
        name = step["file"]
        path = next((p / name for p in (folder, *_LOOK_IN) if (p / name).exists()), _LOOK_IN[-1] / name)
        steps.append(Step(path, step.get("date"), name in refused))
    return steps


_TITLE_BLOCK_UNSAID = ("the meeting date ", "no justerare read ", "no place of the meeting read ")


def undoubted(summary: dict[str, Any]) -> list[dict[str, Any]]:
    """What an import puts to review besides a meeting date after today (these minutes are dated
    in years to come, which stay ahead of the day the tests run for a while, then do not) and a
    place or justerare the minutes do not give (minutes of our own name them where a test is about them)."""
    return [r for r in summary["to_review"] if not r["what"].startswith(_TITLE_BLOCK_UNSAID)]
