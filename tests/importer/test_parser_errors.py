"""Input the importer refuses whole, with a message naming the file and the line."""

from __future__ import annotations

from pathlib import Path

import pytest

from click.testing import CliRunner

from cli import main
from domain.ids import MeetingId
from register.minutes.parser import MinutesError, parse_minutes, read_minutes_file

SOURCE = "board-minutes-x.txt"


def refused(text: str, meeting: MeetingId | None = None) -> MinutesError:
    with pytest.raises(MinutesError) as caught:
        parse_minutes(text, SOURCE, meeting)
    return caught.value


def test_empty_text_is_refused() -> None:
    assert str(refused("")) == f"{SOURCE}: the text is empty: there are no minutes to read"


def test_text_of_only_whitespace_is_refused() -> None:
    assert refused(" \n\t\n  ").problem == "the text is empty: there are no minutes to read"


def test_text_without_any_meeting_id_is_not_minutes() -> None:
    error = refused("Inköpslista\n\nMjölk, bröd och kaffe.\n")
    assert str(error) == (
        f"{SOURCE}: no meeting id found (neither a 'Styrelsemöte YYYY:N' header nor a decision id "
        "such as 'Beslut 2025-7 §07:1'): this does not look like minutes"
    )
    assert error.line is None


def test_a_malformed_decision_id_line_is_refused_with_its_line() -> None:
    text = "Beslut 2025-7 §07:1\nAtt detta beslut utgår.\n\nBeslut 2025-7 §0X:1\nAtt detta beslut utgår.\n"
    error = refused(text)
    assert str(error) == f"{SOURCE}, line 4: malformed decision id 'Beslut 2025-7 §0X:1'"
    assert error.line == 4


def test_a_decision_id_without_its_section_sign_is_malformed() -> None:
    assert str(refused("\n\nBeslut 2025-7 07:1\nAtt detta beslut utgår.\n")) == (
        f"{SOURCE}, line 3: malformed decision id 'Beslut 2025-7 07:1'"
    )


def test_a_decision_id_of_another_meeting_is_refused() -> None:
    text = "Beslut 2025-7 §07:1\nAtt detta beslut utgår.\n\nBeslut 2025-8 §08:1\nAtt detta beslut utgår.\n"
    assert str(refused(text)) == (
        f"{SOURCE}, line 4: decision 2025-8 §08:1 belongs to meeting 2025-8, "
        "not to 2025-7, the meeting being imported"
    )


def test_a_decision_id_that_differs_from_the_header_is_refused() -> None:
    text = "Styrelsemöte 2026:2, Samordningsförbundet\n\n§4 Budget\n\nBeslut 2026-1 §04:1\nAtt detta beslut utgår.\n"
    assert str(refused(text)) == (
        f"{SOURCE}, line 5: decision 2026-1 §04:1 belongs to meeting 2026-1, "
        "not to 2026:2, the meeting being imported"
    )


def test_the_same_decision_id_twice_in_the_body_names_both_lines() -> None:
    text = "Beslut 2025-7 §07:1\nAtt detta beslut utgår.\n\nBeslut 2025-7 §07:1\nAtt återremittera ärendet.\n"
    assert str(refused(text)) == (
        f"{SOURCE}, line 4: decision 2025-7 §07:1 appears twice (lines 1 and 4)"
    )


def test_minutes_of_another_meeting_than_asked_for_are_refused() -> None:
    text = "\nBeslut 2025-7 §07:1\nAtt detta beslut utgår.\n"
    assert str(refused(text, MeetingId.parse("2026-1"))) == (
        f"{SOURCE}, line 2: these are the minutes of meeting 2025-7, not of 2026-1"
    )


def test_an_impossible_date_in_the_date_line_is_refused() -> None:
    text = "Styrelsemöte 2022:5, X\n\nTid och plats\n\nMåndag 2022-02-30, kl. 09:00\n"
    assert str(refused(text)) == f"{SOURCE}, line 5: invalid date '2022-02-30'"


def test_a_header_with_an_impossible_meeting_number_is_refused() -> None:
    assert str(refused("Styrelsemöte 2022:0, X\n")) == f"{SOURCE}, line 1: malformed meeting id '2022:0'"


def test_an_unnumbered_decision_before_any_heading_cannot_be_numbered() -> None:
    text = "Styrelsemöte 2022:6, X\n\nStyrelsen beslutade:\n\nAtt detta beslut utgår.\n"
    assert str(refused(text)) == (
        f"{SOURCE}, line 5: a decision stands before any agenda item (§) heading: cannot number it"
    )


def test_the_command_line_shows_a_refusal_as_one_line_naming_file_and_line(tmp_path: Path) -> None:
    minutes = tmp_path / "board-minutes-x.txt"
    minutes.write_text("Beslut 2025-7 §07:1\nAtt detta beslut utgår.\n\nBeslut 2025-7 §0X:1\nAtt x.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["--store", str(tmp_path / "r.db"), "import-minutes", str(minutes)])
    assert isinstance(result.exception, SystemExit) and result.exit_code == 2
    assert result.output == f"error: {minutes.name}, line 4: {refused(minutes.read_text(encoding='utf-8')).problem}\n"
    assert "malformed decision id" in result.output


def test_the_meeting_argument_stands_in_for_a_lost_header() -> None:
    text = "§4 Budget\n\nStyrelsen beslutade:\n\nAtt detta beslut utgår.\n"
    minutes = parse_minutes(text, SOURCE, MeetingId.parse("2026-2"))
    assert [str(d.id) for d in minutes.decisions] == ["2026-2 §04:1"]


def test_reading_an_empty_file_is_refused_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"  \n")
    assert str(pytest.raises(MinutesError, read_minutes_file, path).value) == f"{path}: the file is empty"


def test_reading_a_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.7\x00\x01\x02")
    assert str(pytest.raises(MinutesError, read_minutes_file, path).value) == (
        f"{path}: a binary file (it holds NUL bytes), not text of minutes"
    )


def test_reading_a_file_that_is_not_utf_8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Styrelsemöte 2022:5".encode("latin-1"))
    assert str(pytest.raises(MinutesError, read_minutes_file, path).value) == (
        f"{path}: not UTF-8 text (undecodable byte at offset 9)"
    )


def test_reading_a_missing_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "missing.txt"
    assert str(pytest.raises(MinutesError, read_minutes_file, path).value) == (
        f"{path}: cannot read the file: No such file or directory"
    )


def test_reading_a_utf_8_file_drops_its_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffStyrelsemöte 2022:5\n".encode())
    assert read_minutes_file(path) == "Styrelsemöte 2022:5\n"
