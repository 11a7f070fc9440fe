"""Every id the register prints, it accepts: each id any command's JSON gives for a history of
test minutes is fed back to every command and page that takes one of its kind."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

import pytest
from click.testing import CliRunner, Result

from cli import main
from domain.errors import InvalidValue
from domain.ids import DecisionId, DeferralRef, ItemRef, MeetingId
from register.application import Register
from register.web.app import create_app
from tests.importer.steps import HISTORIES, history_steps
from tests.importer.test_import_minutes import OWN
from tests.web.page import read

Cli = Callable[..., Result]


def _json(cli: Cli, *args: str):  # type: ignore[no-untyped-def]
    result = cli(*args, "--format", "json")
    assert result.exit_code == 0, (args, result.output)
    return json.loads(result.output)


def printed_ids(cli: Cli) -> set[str]:
    """Every id the reading commands print, in the spelling they print it."""
    found: set[str] = set()
    decisions = _json(cli, "decisions", "--as-of", "2030-01-01")
    for d in decisions:
        found |= {d["id"], d["meeting"], *(d["cites"]), *([d["matter"]] if d["matter"] else [])}
    for f in _json(cli, "follow-ups", "--all", "--as-of", "2030-01-01"):
        found |= {f["source"], f["meeting"]}
    for row in _json(cli, "plans", "--as-of", "2030-01-01") + _json(cli, "grants", "--as-of", "2030-01-01"):
        found |= {row["decision"]} if row["decision"] else set()
    found |= {m["meeting"] for m in _json(cli, "meetings")}
    # The log's board events name the board and a project, not an id; a meeting's events name ids.
    found |= {row[key] for row in _json(cli, "log") if row["meeting"] for key in ("meeting", "ref")}
    for d in decisions:
        trace = _json(cli, "trace", d["id"], "--as-of", "2030-01-01")
        found |= {trace["ref"], trace["matter"]}
        for line in trace["events"]:
            found.add(line["meeting"])
            found |= {ref for refs in line["concerns"].values() for ref in refs}
    return found


def _as_the_register_says(ref: str) -> str:
    """The site names a deferral under no heading in Swedish (`2025-7 bordläggning 1`); the
    register's id for it is `2025-7 deferred 1`."""
    return ref.replace(" bordläggning ", " deferred ")


def kind_of(ref: str) -> str:
    ref = _as_the_register_says(ref)
    for kind, parse in (("decision", DecisionId.parse), ("item", ItemRef.parse), ("deferral", DeferralRef.parse),
                        ("meeting", MeetingId.parse)):
        try:
            parse(ref)
            return kind
        except InvalidValue:
            continue
    return "other"


def page_of(ref: str) -> str:
    ref = _as_the_register_says(ref)
    kind = kind_of(ref)
    if kind == "decision":
        d = DecisionId.parse(ref)
        return f"/beslut/{d.meeting.key}/{d.item.item}/{d.number}"
    if kind == "item":
        i = ItemRef.parse(ref)
        return f"/arende/{i.meeting.key}/{i.item}"
    if kind == "deferral":
        r = DeferralRef.parse(ref)
        return f"/arende/{r.meeting.key}/bordlagt/{r.number}"
    return f"/moten/{MeetingId.parse(ref).key}"


@pytest.fixture
def recorded_history(cli: Cli) -> Cli:
    """The demo (2022:5 and 2025-7, the first numbering no decisions) and our own minutes of 2026."""
    assert cli("demo").exit_code == 0
    for name, date in (("board-minutes-2026-1.txt", "2026-02-16"), ("board-minutes-2026-2.txt", None),
                       ("board-minutes-2026-3.txt", None), ("board-minutes-2026-4.txt", None)):
        dated = ("--date", date) if date else ()
        result = cli("import-minutes", str(OWN / name), *dated)
        assert result.exit_code == 0, result.output
    return cli


def test_every_kind_of_id_is_printed(recorded_history):
    kinds = {kind_of(ref) for ref in printed_ids(recorded_history)}
    assert kinds == {"decision", "item", "deferral", "meeting"}, kinds


def test_trace_takes_every_decision_item_and_deferral_it_prints(recorded_history):
    for ref in sorted(printed_ids(recorded_history)):
        if kind_of(ref) in ("decision", "item", "deferral"):
            result = recorded_history("trace", ref, "--format", "json")
            assert result.exit_code == 0, (ref, result.output)
            assert json.loads(result.output)["ref"] == ref


def test_a_meeting_is_taken_in_every_spelling_it_is_printed(recorded_history):
    meetings = sorted(ref for ref in printed_ids(recorded_history) if kind_of(ref) == "meeting")
    assert "2022:5" in meetings and "2025-7" in meetings
    for meeting in meetings:
        for args in (("decisions", "--meeting", meeting), ("attendance", meeting)):
            result = recorded_history(*args)
            assert result.exit_code == 0, (args, result.output)


def test_extract_takes_every_decision_and_every_item_with_decisions(recorded_history):
    decisions = _json(recorded_history, "decisions", "--as-of", "2030-01-01")
    for ref in sorted({d["id"] for d in decisions} | {str(DecisionId.parse(d["id"]).item) for d in decisions}):
        result = recorded_history("extract", ref)
        assert result.exit_code == 0, (ref, result.output)
        assert "Protokollsutdrag" in result.output


def test_withhold_and_publish_take_every_decision_item_and_deferral_printed(recorded_history):
    for ref in sorted(printed_ids(recorded_history)):
        if kind_of(ref) not in ("decision", "item", "deferral"):
            continue
        withheld = recorded_history("withhold", ref, "--reason", "prov")
        assert withheld.exit_code == 0, (ref, withheld.output)
        assert recorded_history("publish", ref).exit_code == 0, ref


def test_fulfil_takes_every_follow_up_source_it_prints(recorded_history):
    """Open ones are settled; a settled one is refused for being settled, never for its id."""
    rows = _json(recorded_history, "follow-ups", "--all", "--as-of", "2030-01-01")
    assert {kind_of(row["source"]) for row in rows} >= {"decision", "item", "deferral"}
    for row in rows:
        result = recorded_history("fulfil", row["source"], "--meeting", "2026-4", "--note", "prov")
        if row["status"] == "done":
            assert result.exit_code == 2 and "already" in result.output, (row["source"], result.output)
        else:
            assert result.exit_code == 0, (row["source"], result.output)


@pytest.fixture
def site(recorded_history, store) -> Iterator:  # type: ignore[no-untyped-def]
    app = create_app(lambda: Register.open(store))
    yield app.test_client()
    app.extensions["registers"].close()


def test_every_id_printed_has_its_page_on_the_site(recorded_history, site):
    for ref in sorted(printed_ids(recorded_history)):
        for path in (page_of(ref), "/api" + page_of(ref)):
            assert site.get(path).status_code == 200, (ref, path)


def test_every_follow_up_source_on_the_site_is_a_link_to_its_page(recorded_history, site):
    page = read(site.get("/uppfoljning?visa=alla&as_of=2030-01-01"))
    sources = [row[1] for caption, rows in page.tables.items() for row in rows[1:]]
    assert {kind_of(source) for source in sources} >= {"decision", "item", "deferral"}
    for source in sources:
        assert page.href(source).split("?")[0] == page_of(source), source


@pytest.mark.parametrize("history", sorted(p.name for p in HISTORIES.iterdir()))
def test_every_id_of_each_history_of_other_hands_is_taken_back_by_trace(history, tmp_path):
    """The histories written by other hands, read once, on SQLite (the tour's own minutes run on
    both stores): every id printed goes back into trace."""
    runner, store = CliRunner(), str(tmp_path / "register.db")

    def cli(*args: str) -> Result:
        return runner.invoke(main, ["--store", store, *args], catch_exceptions=False)

    for step in history_steps(HISTORIES / history):
        if not step.path.exists():
            pytest.skip(f"the real minutes are not here ({step.path.name}); CI copies shared/ beside the repo")
        dated = ("--date", step.date) if step.date else ()
        assert cli("import-minutes", str(step.path), *dated).exit_code == (2 if step.refused else 0)
    ids = printed_ids(cli)
    for ref in sorted(ids):
        if kind_of(ref) in ("decision", "item", "deferral"):
            assert cli("trace", ref).exit_code == 0, ref
