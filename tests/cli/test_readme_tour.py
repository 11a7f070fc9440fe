"""The README's tour runs as written: its own `$` lines, pasted in order into a shell in a fresh
copy of the clone (after the first set-up command), print what the README shows."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def blocks(text: str) -> list[list[str]]:
    """The lines of each fenced block, fences paired from the top."""
    found: list[list[str]] = []
    current: list[str] | None = None
    for line in text.split("\n"):
        if line.startswith("```"):
            if current is None:
                current = []
            else:
                found.append(current)
                current = None
        elif current is not None:
            current.append(line)
    return found


def tour() -> list[tuple[str, list[str]]]:
    """(the command as written, the lines shown under it) for each `$ ` line, in README order."""
    shown = []
    for lines in blocks(README):
        for at, line in enumerate(lines):
            if line.startswith("$ "):
                end = next((n for n in range(at + 1, len(lines)) if lines[n].startswith("$ ")), len(lines))
                shown.append((line[2:], [entry for entry in lines[at + 1 : end] if entry]))
    return shown


def set_up_commands() -> list[str]:
    """The README's first set-up command, the one a newcomer runs before the tour."""
    setup = README.split("## Set-up: two commands")[1]
    first = next(line for line in blocks(setup)[0] if line and not line.startswith("#"))
    return first.split(" && ")


def in_order(expected: list[str], actual: list[str]) -> bool:
    """Every expected line appears in the output, in order; `...` stands for lines left out."""
    remaining = iter(actual)
    return all(line.strip() == "..." or line.rstrip() in remaining for line in expected)


def fresh_clone(target: Path) -> Path:
    """The files a clone holds (those git tracks, and new ones it does not ignore), copied."""
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=ROOT, capture_output=True, text=True)
    if listed.returncode != 0:
        pytest.skip(f"not a git checkout, so no clone to copy: {listed.stderr.strip()}")
    for name in listed.stdout.splitlines():
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def shell(command: str, clone: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", "-c", command], cwd=clone, env=env, capture_output=True, text=True, timeout=300)


def test_the_tour_shows_commands_and_the_first_set_up_command_runs_the_demo():
    assert len(tour()) >= 10
    assert set_up_commands()[-1] == ".venv/bin/register demo"


def test_the_demo_excerpt_is_what_the_demo_prints(cli):
    excerpt = README.split("prints the views. What is open at the turn of the year:")[1]
    shown = [line for line in blocks(excerpt)[0] if line]
    assert in_order(shown, cli("demo").output.splitlines())


def test_the_tour_pasted_into_a_shell_in_a_fresh_clone_prints_what_the_readme_shows(store, tmp_path):
    clone = fresh_clone(tmp_path / "clone")
    # The set-up command's virtualenv is this one; the tour calls `register` with it active.
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}", "REGISTER_ACTOR": "tour",
           "COLUMNS": "200"}
    if store.url is not None:
        env["REGISTER_STORE"] = store.url  # the same tour against PostgreSQL
    else:
        env.pop("REGISTER_STORE", None)  # the default: ./register.db in the clone's root
    demo = shell("register demo", clone, env)
    assert demo.returncode == 0, demo.stderr
    for command, shown in tour():
        result = shell(command, clone, env)
        assert result.returncode == 0, (command, result.stdout, result.stderr)
        assert in_order(shown, result.stdout.splitlines()), (command, result.stdout)
    if store.url is None:
        assert (clone / "register.db").exists()
