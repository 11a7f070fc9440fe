"""The README's tour shows real output: every line it prints comes out of the command, in order."""

from __future__ import annotations

import shlex
from pathlib import Path

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


def with_files(words: list[str], scratch: Path) -> list[str]:
    """The tour's minutes are fixtures; a review it writes goes to scratch, one it accepts is the
    fixture holding the secretary's edit."""
    found = []
    for at, word in enumerate(words):
        if word.endswith(".txt"):
            word = str(FIXTURES / word)
        elif word.endswith(".toml"):
            word = str((scratch if words[at - 1] == "--review" else FIXTURES) / word)
        found.append(word)
    return found


def test_the_tour_shows_commands():
    assert len(tour()) >= 8


def test_the_demo_excerpt_is_what_the_demo_prints(cli):
    excerpt = README.split("prints the views. What is open at the turn of the year:")[1]
    shown = [line for line in blocks(excerpt)[0] if line]
    assert in_order(shown, cli("demo").output.splitlines())


def test_the_tour_run_in_order_prints_what_the_readme_shows(cli, tmp_path):
    assert cli("demo").exit_code == 0
    for words, shown in tour():
        result = cli(*with_files(words, tmp_path))
        assert result.exit_code == 0, (words, result.output)
        assert in_order(shown, result.output.splitlines()), (words, result.output)
