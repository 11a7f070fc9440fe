"""Several secretaries import into one store at the same moment: nothing is lost, doubled or half-written."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from register import audit as whole_store
from register.application import Register
from tests.conftest import stored_events

ROOT = Path(__file__).resolve().parents[2]
WRITERS = 8


def minutes(number: int) -> str:
    return (
        "Styrelsen beslutade:\n"
        f"Beslut 2027-{number} §03:1\n"
        f"Att bevilja Ronneby kommun medel för insats nummer {number} med\n"
        f"{number} 000 000 kr under 2028.\n\n"
        f"Beslut 2027-{number} §04:1\n"
        "Att ge förbundschefen i uppdrag att utreda frågan till nästa styrelsemöte.\n\n"
        f"Beslut 2027-{number} §05:1\n"
        "Att detta beslut utgår.\n"
    )


def start(store_setting: str, path: Path, day: int) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "cli", "--store", store_setting, "import-minutes", str(path), "--date", f"2027-03-{day:02d}"]
    return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_concurrent_imports_record_every_meeting_once_and_whole(store, tmp_path):
    setting = str(store.path) if store.url is None else store.url
    files = []
    for number in range(1, WRITERS + 1):
        path = tmp_path / f"minutes-2027-{number}.txt"
        path.write_text(minutes(number), encoding="utf-8")
        files.append(path)
    # Two more writers race to import minutes that another writer is importing too.
    racing = [(files[0], 1), (files[0], 1), *((path, n) for n, path in enumerate(files[1:], start=2))]
    processes = [start(setting, path, day) for path, day in racing]
    results = [(p.wait(timeout=120), p.stdout.read(), p.stderr.read()) for p in processes]  # type: ignore[union-attr]

    succeeded = [r for r in results if r[0] == 0]
    refused = [r for r in results if r[0] != 0]
    assert len(succeeded) == WRITERS, [r[2] for r in refused]
    assert len(refused) == 1, results
    assert refused[0][0] == 2
    assert "meeting 2027-1 is already recorded" in refused[0][2]
    assert "Traceback" not in refused[0][2]

    register = Register(store)
    try:
        meetings = {m["meeting"] for m in register.meetings()}
        assert meetings == {f"2027-{n}" for n in range(1, WRITERS + 1)}
        decisions = register.decisions(dt.date(2027, 12, 31))
        assert len(decisions) == 3 * WRITERS
        per_meeting = {m: sum(1 for d in decisions if d["meeting"] == m) for m in meetings}
        assert set(per_meeting.values()) == {3}
        recorded = sum(json.loads(r[1].splitlines()[0].split(": recorded ")[1].split()[0]) for r in succeeded)
        assert stored_events(store) == recorded
        verified = whole_store.verify(register)
        assert verified["intact"] is True and verified["events"] == recorded, verified
        incremental = register.read_model.dump()
        register.rebuild()
        assert register.read_model.dump() == incremental
        # Each writer's grant stands on its own (a plan adopted twice would replace the first).
        grants = register.grants(dt.date(2027, 12, 31))
        assert sorted(g["amount_sek"] for g in grants) == [n * 1_000_000 for n in range(1, WRITERS + 1)]
        assert {(g["party"], g["status"]) for g in grants} == {("Ronneby kommun", "in_force")}
    finally:
        register.close()



def test_a_meeting_recorded_while_verify_compares_the_views_is_no_difference(store, monkeypatch):
    from domain.ids import MeetingId
    from projections.read_model import ReadModel

    verifier, secretary = Register(store), Register(store)
    try:
        with verifier.new_meeting(MeetingId.parse("2027-1"), dt.date(2027, 3, 1)):
            pass
        derive = ReadModel.rebuild

        def recorded_meanwhile(self, *args, **kwargs):  # the secretary records as verify derives its scratch views
            monkeypatch.setattr(ReadModel, "rebuild", derive)
            with secretary.bulk(), secretary.new_meeting(MeetingId.parse("2027-2"), dt.date(2027, 4, 1)):
                pass  # saved; the views show it only when next read
            return derive(self, *args, **kwargs)

        monkeypatch.setattr(ReadModel, "rebuild", recorded_meanwhile)
        result = whole_store.verify(verifier)
        assert result["intact"], result
        assert secretary.has_meeting(MeetingId.parse("2027-2"))
        assert whole_store.verify(verifier)["intact"]
    finally:
        verifier.close()
        secretary.close()
