"""The README's tour shows real output: every line it prints comes out of the command, in order."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
FIXTURES = Path(__file__).resolve().parents[1] / "importer" / "minutes"


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


def tour() -> list[tuple[list[str], list[str]]]:
    """(command words, the lines shown) for each `$ register …` block, in README order."""
    shown = []
    for lines in blocks(README):
        for at, line in enumerate(lines):
            if line.startswith("$ register "):
                end = next((n for n in range(at + 1, len(lines)) if lines[n].startswith("$ ")), len(lines))
                shown.append((shlex.split(line[2:])[1:], [entry for entry in lines[at + 1 : end] if entry]))
    return shown


def in_order(expected: list[str], actual: list[str]) -> bool:
    """Every expected line appears in the output, in order; `...` stands for lines left out."""
    remaining = iter(actual)
    return all(line.strip() == "..." or line.rstrip() in remaining for line in expected)


def with_fixtures(words: list[str]) -> list[str]:
    return [str(FIXTURES / word) if word.endswith(".txt") else word for word in words]


def test_the_tour_shows_commands():
    assert len(tour()) >= 5


def test_the_demo_excerpt_is_what_the_demo_prints(cli):
    excerpt = README.split("prints the views. What is open at the turn of the year:")[1]
    shown = [line for line in blocks(excerpt)[0] if line]
    assert in_order(shown, cli("demo").output.splitlines())


@pytest.mark.parametrize("words, shown", tour(), ids=[" ".join(words[:2]) for words, _ in tour()])
def test_each_command_of_the_tour_prints_what_the_readme_shows(cli, words, shown):
    assert cli("demo").exit_code == 0
    if "--dry-run" not in words:
        # The tour says both later meetings are imported before these commands.
        assert cli("import-minutes", str(FIXTURES / "board-minutes-2026-1.txt"), "--date", "2026-02-16").exit_code == 0
        assert cli("import-minutes", str(FIXTURES / "board-minutes-2026-3.txt")).exit_code == 0
    result = cli(*with_fixtures(words))
    assert result.exit_code == 0, result.output
    assert in_order(shown, result.output.splitlines()), result.output
