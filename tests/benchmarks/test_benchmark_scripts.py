"""The benchmark scripts run for anyone, on a small store, and keep the output they promise."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.backends import POSTGRES, skip_without_postgres

ROOT = Path(__file__).resolve().parents[2]
FIGURES = {"record", "rebuild", "rebuild:one-process", "rebuild:writes-only", "verify", "view:decisions",
           "view:follow-ups", "view:plans", "view:trace", "view:as-recorded", "cold-start",
           "memory:record", "memory:rebuild", "memory:rebuild-reader", "memory:decisions",
           "page:start:now:p95", "page:decision:past:p95", "page:search:now:p95", "page:start:now:warm:p95", "serve:pages/s:cold", "serve:pages/s:warm",
           "memory:serve", "serve:pages/s:cold:processes-2", "serve:speedup:cold:processes-2", "memory:serve:processes-2"}


def test_the_benchmark_writes_every_figure_with_its_baseline_and_ratio(tmp_path):
    results = tmp_path / "results.json"
    done = subprocess.run([sys.executable, "benchmarks/run.py", "--events", "1500", "--serve-seconds", "0.5", "--json", str(results)],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    rows = json.loads(results.read_text())
    assert FIGURES <= {r["figure"] for r in rows}
    for r in rows:
        assert set(r) >= {"figure", "events", "value", "unit", "baseline", "ratio", "machine", "versions"}
        assert r["value"] > 0 or r["figure"] == "memory:rebuild-reader"  # no reader below 20 000 events
        assert (r["ratio"] is None) == (r["baseline"] is None)
    rebuild = next(r for r in rows if r["figure"] == "rebuild")
    assert rebuild["unit"] == "events/s" and abs(rebuild["ratio"] - rebuild["value"] / rebuild["baseline"]) < 1e-3
    assert "rebuild" in done.stdout and "ratio" in done.stdout
    for figure in ("serve:pages/s:cold", "serve:pages/s:warm", "serve:pages/s:cold:processes-2"):
        served = next(r for r in rows if r["figure"] == figure)
        assert served["failures"] == 0 and served["clients"] == 16


def test_the_benchmark_measures_on_postgresql_when_given_a_url(tmp_path):
    skip_without_postgres()
    results = tmp_path / "results.json"
    done = subprocess.run([sys.executable, "benchmarks/run.py", "--events", "1500", "--store", POSTGRES,
                           "--serve-seconds", "0.5", "--json", str(results)],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    rows = json.loads(results.read_text())
    assert {"record", "rebuild", "verify", "view:decisions", "page:decision:now:p95", "serve:pages/s:warm"} <= {r["figure"] for r in rows}
    assert {r["store"] for r in rows} == {"postgresql"}
    assert all(r["value"] > 0 for r in rows if r["figure"] != "memory:rebuild-reader")


def test_the_phase_breakdown_names_each_half_of_a_rebuild():
    done = subprocess.run([sys.executable, "benchmarks/phases.py", "--events", "1500"],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    for phase in ("decode into domain events", "describe (facts, lines, JSON)", "write INSERT INTO view_facts",
                  "read back the flush's entities"):
        assert phase in done.stdout


def test_the_formats_benchmark_measures_each_format_against_text(tmp_path):
    results = tmp_path / "formats.json"
    done = subprocess.run([sys.executable, "benchmarks/formats.py", "--pages", "2", "--repeat", "1", "--json", str(results)],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    rows = {r["figure"]: r for r in json.loads(results.read_text())}
    for fmt in ("pdf", "docx", "odt"):
        for figure in (f"read:{fmt}", f"read+parse:{fmt}", f"memory:{fmt}"):
            assert rows[figure]["value"] > 0 and rows[figure]["baseline"] > 0
            assert abs(rows[figure]["ratio"] / (rows[figure]["value"] / rows[figure]["baseline"]) - 1) < 0.01
    assert rows["read:pdf"]["unit"] == "ms/page" and rows["read:pdf"]["pages"] == 2
    assert {"import:pdfplumber", "import:docx", "import:odf.opendocument"} <= set(rows)
    assert "read:pdf" in done.stdout and "ratio" in done.stdout


def test_the_amounts_benchmark_times_an_import_of_minutes_full_of_numbers(tmp_path):
    results = tmp_path / "amounts.json"
    done = subprocess.run([sys.executable, "benchmarks/amounts.py", "--items", "4", "--repeat", "1", "--json", str(results)],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    figures = json.loads(results.read_text())
    assert figures["items"] == 4 and figures["seconds"] > 0 and figures["start-up seconds"] > 0
    assert "seconds:" in done.stdout


def test_the_search_queries_print_on_both_stores_the_hits_docs_search_shows_after():
    """docs/SEARCH.md keeps the script's output as it stands: twenty queries, the same on PostgreSQL."""
    done = subprocess.run([sys.executable, "benchmarks/search_queries.py"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 20 and all(" hits: " in line for line in lines)
    after = (ROOT / "docs" / "SEARCH.md").read_text(encoding="utf-8").split("After:\n\n```\n")[1].split("```")[0]
    assert done.stdout == after
    skip_without_postgres()
    on_postgres = subprocess.run([sys.executable, "benchmarks/search_queries.py", "--postgres"], cwd=ROOT, capture_output=True,
                                 text=True, timeout=600)
    assert on_postgres.returncode == 0, on_postgres.stderr
    assert on_postgres.stdout == done.stdout


def test_the_whole_store_benchmark_measures_a_rebuild_and_verify_against_a_scan_on_a_kept_store(tmp_path):
    store, results = tmp_path / "kept.db", tmp_path / "whole.json"
    for _ in range(2):  # recorded once, measured again
        done = subprocess.run([sys.executable, "benchmarks/whole_store.py", "--events", "1500", "--keep", str(store),
                               "--json", str(results)], cwd=ROOT, capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stderr
    rows = {r["figure"]: r for r in json.loads(results.read_text())}
    for figure in ("rebuild", "verify"):
        assert rows[figure]["unit"] == "events/s" and rows[figure]["ratio"] > 0
        assert rows[f"memory:{figure}"]["value"] > 0
    assert rows["rebuild"]["events"] >= 1500
