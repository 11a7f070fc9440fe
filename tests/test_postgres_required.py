"""In CI a PostgreSQL that does not answer fails the run; on a user's machine its tests skip and
say why. Both seen from outside: pytest run on one tiny test, and `.ci/postgres` with a server
that never answers."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NEEDS_POSTGRES = """from tests.backends import skip_without_postgres


def test_needs_postgres():
    skip_without_postgres()
"""


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _pytest(tmp_path: Path, **environment: str) -> subprocess.CompletedProcess[str]:
    test = tmp_path / "test_needs_postgres.py"
    test.write_text(NEEDS_POSTGRES, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("REGISTER_REQUIRE_POSTGRES", "REGISTER_TEST_POSTGRES")}
    env.update(PYTHONPATH=str(ROOT), REGISTER_TEST_POSTGRES=f"postgresql://postgres@127.0.0.1:{_closed_port()}/test",
               **environment)
    return subprocess.run([sys.executable, "-m", "pytest", "-rs", "-p", "no:cacheprovider", str(test)], cwd=tmp_path,
                          env=env, capture_output=True, text=True, timeout=120)


def test_without_postgres_its_tests_skip_with_the_reason_on_a_users_machine(tmp_path):
    run = _pytest(tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "1 skipped" in run.stdout and "PostgreSQL does not answer at postgresql://postgres@127.0.0.1:" in run.stdout


def test_without_postgres_its_tests_fail_where_it_is_required(tmp_path):
    run = _pytest(tmp_path, REGISTER_REQUIRE_POSTGRES="1")
    assert run.returncode == 1, run.stdout + run.stderr
    assert "1 failed" in run.stdout
    assert "REGISTER_REQUIRE_POSTGRES is set (as in CI), and PostgreSQL does not answer at" in run.stdout


def _fake(folder: Path, name: str, status: int) -> None:
    program = folder / name
    program.write_text(f"#!/bin/sh\nexit {status}\n", encoding="utf-8")
    program.chmod(0o755)


@pytest.mark.parametrize(("answers", "status"), [(False, 1), (True, 0)])
def test_ci_stops_when_postgres_never_answers(tmp_path, answers, status):
    _fake(tmp_path, "pg_isready", 0 if answers else 2)
    _fake(tmp_path, "pg_ctlcluster", 1)
    _fake(tmp_path, "sleep", 0)  # the 30 s wait for a server that was just started
    env = {k: v for k, v in os.environ.items() if k != "REGISTER_TEST_POSTGRES"}
    env["PATH"] = f"{tmp_path}:{env.get('PATH', '/usr/bin:/bin')}"
    run = subprocess.run([str(ROOT / ".ci" / "postgres")], env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode == status, run.stderr
    assert ("PostgreSQL does not answer at 127.0.0.1:5432" in run.stderr) == (not answers)


def test_ci_requires_postgres_of_the_tests_it_runs():
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert script.index(".ci/postgres\n") < script.index("export REGISTER_REQUIRE_POSTGRES=1") < script.index(".venv/bin/pytest")
