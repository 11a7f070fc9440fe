"""Fixtures the import tests share."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importer.steps import minutes
from tests.importer.test_review import JUNE


@pytest.fixture
def review(cli, tmp_path) -> tuple[Path, Path]:
    """June's minutes (meeting 2026-3, 2026-06-08) read into a review file; nothing recorded."""
    june = minutes(tmp_path, "juni.txt", JUNE)
    target = tmp_path / "juni.toml"
    result = cli("import-minutes", str(june), "--review", str(target))
    assert result.exit_code == 0, result.output
    return june, target
