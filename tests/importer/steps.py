"""Steps the import tests share: write minutes to a file, import them, read the views back."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from click.testing import Result

Cli = Callable[..., Result]


def minutes(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


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
