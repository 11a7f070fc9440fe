"""`register serve`, `register extract` and `register search` as a user runs them."""

from __future__ import annotations

import importlib.util
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo(cli):
    assert cli("demo").exit_code == 0


def run_cli(*args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", "from cli import main; main()", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)


def test_search_prints_the_hits_best_first_with_the_columns_of_a_table(cli, demo):
    result = cli("search", "fastställs planerna", "--meeting", "2025-7")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["ref", "found_in", "date", "status", "score", "text"]
    # `planerna` finds the plans by their lemma, and `Internkontrollplan` as a compound ending in it.
    assert [line.split()[0:2] for line in lines[2:]] == [["2025-7", "§09:1"], ["2025-7", "§07:1"], ["2025-7", "§11:1"],
                                                         ["2025-7", "§14:1"]]


def test_search_as_of_a_date_before_the_meeting_finds_nothing_of_it(cli, demo):
    result = cli("search", "plan", "--as-of", "2025-12-07")
    assert result.exit_code == 0 and "2022:5 §04:1" in result.output  # the meeting before it is found
    assert "2025-7" not in result.output


def test_extract_prints_the_print_ready_page_of_one_decision(cli, demo):
    result = cli("extract", "2025-7 §07:1")
    assert result.exit_code == 0
    assert result.output.startswith("<!doctype html>")
    for expected in ("<h1>Protokollsutdrag</h1>", "§ 7 Karlskrona kommuns FINSAM-plan 2026", "Utdragsbestyrkande", "@page { size: A4;"):
        assert expected in result.output


def test_extract_of_an_unknown_decision_exits_2_and_says_which(cli, demo):
    result = cli("extract", "2025-7 §99:1")
    assert result.exit_code == 2
    assert "beslut 2025-7 §99:1 finns inte i registret" in result.output


def test_extract_to_pdf_without_weasyprint_says_how_to_get_it_and_writes_nothing(cli, demo, tmp_path):
    if importlib.util.find_spec("weasyprint") is not None:
        pytest.skip("WeasyPrint is installed here; the message is for those without it")
    target = tmp_path / "utdrag.pdf"
    result = cli("extract", "2025-7 §07:1", "--pdf", str(target))
    assert result.exit_code == 2
    assert "pip install -e '.[pdf]'" in result.output
    assert not target.exists()


def test_serve_on_a_store_that_cannot_be_opened_exits_2_before_it_listens(tmp_path):
    result = run_cli("--store", str(tmp_path), "serve", "--port", "1")
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: store {tmp_path}: a folder, not a register")
    assert "serving" not in result.stderr


def test_serve_on_a_port_already_taken_exits_2_and_says_so(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_cli("--store", str(tmp_path / "register.db"), "serve", "--port", str(port))
    assert result.returncode == 2
    assert result.stderr == f"error: cannot listen on 127.0.0.1:{port}: Address already in use\n"


def test_extract_to_pdf_with_weasyprint_writes_a_pdf(cli, demo, tmp_path):
    pytest.importorskip("weasyprint", reason="the PDF extra is not installed: pip install -e '.[pdf]'")
    target = tmp_path / "utdrag.pdf"
    result = cli("extract", "2025-7 §07:1", "--pdf", str(target))
    assert result.exit_code == 0, result.output
    assert target.read_bytes().startswith(b"%PDF-") and target.stat().st_size > 5000
