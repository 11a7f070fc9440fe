"""A PostgreSQL store that cannot be reached is one line naming host:port and what to check,
not the driver's words over two lines."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from cli import main
from tests.backends import POSTGRES, skip_without_postgres


def _refused(url: str) -> str:
    result = CliRunner().invoke(main, ["--store", url, "decisions"])
    assert result.exit_code == 2, result.output
    assert result.output.count("\n") == 1, result.output
    return result.output


def test_a_port_nobody_listens_on_is_named_with_what_to_check():
    url = "postgresql://postgres@127.0.0.1:1/test"
    assert _refused(url) == (f"error: cannot use the PostgreSQL store {url}: nothing answers at 127.0.0.1:1: check that "
                             "PostgreSQL runs there and that the URL's host and port are right\n")


def test_a_host_no_name_server_knows_is_named():
    url = "postgresql://postgres@no-such-host.invalid:5433/test"
    assert _refused(url) == (f"error: cannot use the PostgreSQL store {url}: the host of no-such-host.invalid:5433 is not "
                             "known: check the host name in the URL\n")


@pytest.mark.parametrize(("change", "said"), [
    (lambda url: url.rsplit("/", 1)[0] + "/no_such_database",
     "the server at {where} has no database no_such_database: check the database name in the URL, or create it"),
    (lambda url: url.replace("postgres@", "no_such_role@", 1),
     "the server at {where} does not let the role no_such_role in: check the user and password in the URL, and the "
     "server's pg_hba.conf"),
])
def test_a_server_that_answers_but_refuses_says_which_part_of_the_url_to_check(change, said):
    skip_without_postgres()
    from urllib.parse import urlparse

    url = change(POSTGRES)
    where = f"{urlparse(url).hostname}:{urlparse(url).port or 5432}"
    assert _refused(url) == f"error: cannot use the PostgreSQL store {url}: {said.format(where=where)}\n"
