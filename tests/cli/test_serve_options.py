"""`register serve` refuses a bad --base-url or --verify-every before it opens the store: one
line naming the value, exit status 2, and nothing written (not even an empty store)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from cli import main

BAD = [
    (["--base-url", "ftp://beslut.example.se"], "--base-url 'ftp://beslut.example.se': not an http:// or https:// address"),
    (["--base-url", "beslut.example.se"], "--base-url 'beslut.example.se': not an http:// or https:// address"),
    (["--base-url", "https://beslut.example.se/?board=1"], "takes no query (?) or fragment (#)"),
    (["--base-url", "https://beslut.example.se/#top"], "takes no query (?) or fragment (#)"),
    (["--base-url", "https://anna:hemligt@beslut.example.se"], "a published address takes no user name or password"),
    (["--base-url", "https://beslut.example.se:99999"], "the port must be a number from 1 to 65535"),
    (["--base-url", "https://beslut example.se"], "an address has no spaces or control characters"),
    (["--base-url", "https://"], "--base-url 'https://': not an http:// or https:// address"),
    (["--base-url", "http://beslut.example.se", "--behind-tls"],
     "--base-url 'http://beslut.example.se' with --behind-tls: the feeds' links would leave TLS"),
    (["--verify-every", "30"], "--verify-every '30': give a whole number and one unit, s, m, h or d (30m, 6h, 1d)"),
    (["--verify-every", "30min"], "--verify-every '30min': give a whole number and one unit"),
    (["--verify-every", "1.5h"], "--verify-every '1.5h': give a whole number and one unit"),
    (["--verify-every", "0m"], "--verify-every '0m': give a whole number and one unit"),
    (["--verify-every", "-5m"], "--verify-every '-5m': give a whole number and one unit"),
    (["--verify-every", "6 h"], "--verify-every '6 h': give a whole number and one unit"),
    (["--verify-every", "1h30m"], "--verify-every '1h30m': give a whole number and one unit"),
    (["--verify-every", ""], "--verify-every '': give a whole number and one unit"),
    (["--verify-every", "31d"], "--verify-every '31d': at most 30d"),
    (["--verify-every", "99999999h"], "--verify-every '99999999h': give a whole number and one unit"),
]


@pytest.mark.parametrize(("options", "said"), BAD, ids=[" ".join(options) for options, _ in BAD])
def test_a_bad_option_is_refused_in_one_line_and_nothing_is_written(tmp_path, options, said):
    store = tmp_path / "register.db"
    result = CliRunner().invoke(main, ["--store", str(store), "serve", "--port", "1", *options])
    assert result.exit_code == 2
    assert said in result.stderr
    assert result.stderr.startswith("error: ") and len(result.stderr.splitlines()) == 1
    assert "Traceback" not in result.output
    assert not store.exists()


def test_more_than_one_process_where_the_system_cannot_fork_is_refused_before_the_store_is_opened(tmp_path, monkeypatch):
    monkeypatch.setattr("register.web.workers.can_fork", lambda: False)
    store = tmp_path / "register.db"
    result = CliRunner().invoke(main, ["--store", str(store), "serve", "--port", "1", "--processes", "2"])
    assert result.exit_code == 2
    assert result.stderr == ("error: --processes 2: this system cannot fork the processes and wait for them as `serve` "
                             "does (Linux can); serve with --processes 1 and more --threads\n")
    assert not store.exists()
