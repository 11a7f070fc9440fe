"""Every command explains itself and is shown in the README."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import main

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_has_help_text(name):
    command = main.commands[name]
    assert command.help and command.help.strip(), f"{name} has no help text"
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0
    for parameter in command.params:
        if parameter.param_type_name == "option" and parameter.name != "help":
            assert parameter.help, f"{name} {parameter.opts[0]} has no help text"


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_is_mentioned_in_the_readme(name):
    assert f"register {name}" in README or f"`{name}`" in README, f"README does not mention {name}"


OPERATIONS = (Path(__file__).resolve().parents[2] / "docs" / "OPERATIONS.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_option_of_every_command_is_in_the_readme(name):
    for parameter in main.commands[name].params:
        if parameter.param_type_name == "option" and parameter.name != "help":
            assert parameter.opts[0] in README, f"README does not mention {name} {parameter.opts[0]}"


@pytest.mark.parametrize("option", ["--base-url", "--behind-tls", "--verify-every"])
def test_operations_shows_how_to_serve_behind_a_reverse_proxy_with_each_option_of_the_site(option):
    behind_a_proxy = OPERATIONS.split("## The site behind a reverse proxy", 1)[1].split("\n## ", 1)[0]
    assert option in behind_a_proxy
    assert "serve --public --base-url https://" in behind_a_proxy and "--behind-tls" in behind_a_proxy
