"""Minutes full of numbers, heard while many reports are owed, are read in time that grows with
the minutes, not with the minutes times the reports: each sentence's parties are read once, and
a word is looked up among the parties' spellings, not spelled against each party again."""

from __future__ import annotations

import unicodedata

from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from benchmarks.amounts import granting, reporting
from cli import main
from domain.values import FINSAM_BLEKINGE, Party, fold, known_parties


def _parties_read(tmp_path, monkeypatch, items: int) -> int:
    store, first, second = tmp_path / f"register-{items}.db", tmp_path / f"2026-2-{items}.txt", tmp_path / f"2026-3-{items}.txt"
    first.write_text(granting(items, seed=11), encoding="utf-8")
    second.write_text(reporting(items, seed=11), encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["--store", str(store), "import-minutes", "--date", "2026-03-16", str(first)]).exit_code == 0
    calls = []
    find = Party.find.__func__  # type: ignore[attr-defined]  # the classmethod's function, to count its calls

    def counted(cls, text):
        calls.append(text)
        return find(cls, text)

    monkeypatch.setattr(Party, "find", classmethod(counted))
    done = runner.invoke(main, ["--store", str(store), "import-minutes", "--date", "2026-05-18", "--dry-run", str(second)])
    assert done.exit_code == 0, done.output
    monkeypatch.undo()
    return len(calls)


def test_the_parties_of_minutes_full_of_numbers_are_read_once_however_many_reports_are_owed(tmp_path, monkeypatch):
    few, many = _parties_read(tmp_path, monkeypatch, 20), _parties_read(tmp_path, monkeypatch, 80)
    assert few > 0
    assert many < 8 * few  # four times the minutes and four times the reports: some four times the reading, not sixteen


def _as_parse_read_it(text: str) -> Party | None:
    """The reading `Party.parse` gave before its spellings were made once: party by party."""
    wanted = fold(text)
    for party in Party.known():
        name = fold(party.value)
        if wanted in (name, name + "s") or fold(text.rstrip("s")) == name:
            return party
        if len(wanted) == len(name) - 1 and any(name[:i] + name[i + 1:] == wanted for i in range(len(name))):
            return party
    return None


def _spelt(name: str, draw_from: st.DataObject) -> str:
    letters = list(name)
    for change in draw_from.draw(st.lists(st.sampled_from(["drop", "case", "plain", "genitive", "s", "letter"]), max_size=3)):
        at = draw_from.draw(st.integers(0, max(len(letters) - 1, 0)))
        if change == "drop" and letters:
            del letters[at]
        elif change == "case" and letters:
            letters[at] = letters[at].swapcase()
        elif change == "plain":
            letters = list(unicodedata.normalize("NFKD", "".join(letters)))
        elif change in ("genitive", "s"):
            letters.append("s")
        else:
            letters.insert(at, draw_from.draw(st.sampled_from("aeökx ")))
    return "".join(letters)


@given(st.data(), st.sampled_from([
    FINSAM_BLEKINGE,
    ("Lunds kommun", "Lunds kommuns stiftelse", "Region Skåne", "Region Skånes"),
    ("Sölvesborgs kommun", "Sölvesborg kommun"),  # one letter apart: the first listed is read, as before
]))
def test_a_party_is_read_from_any_spelling_as_it_was_read_party_by_party(data, parties):
    with known_parties([str(p) for p in parties]):
        text = _spelt(data.draw(st.sampled_from([str(p) for p in Party.known()])), data)
        assert Party.find(text) == _as_parse_read_it(text)
