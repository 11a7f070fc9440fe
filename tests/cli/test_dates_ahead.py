"""Minutes dated after today: the import records them but warns and puts the date to review, and
the views read as of today say why the meeting's decisions are not there rather than "(none)".

The meeting is dated forty days after the day the test runs, so it is always ahead."""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from register.application import Register
from register.storage import Store
from register.web.app import create_app
from tests.web.page import read

AHEAD = dt.date.today() + dt.timedelta(days=40)
MEETING = f"{AHEAD.year}-9"
DECISION = f"{MEETING} §04:1"
ASSIGNMENT = f"{MEETING} §05:1"


def minutes_ahead(folder: Path, held_on: dt.date = AHEAD) -> Path:
    path = folder / f"protokoll-{held_on.year}-9.txt"
    path.write_text(
        "Protokoll fört vid styrelsemöte i Samordningsförbundet Exempeldalen\n"
        f"Datum: {held_on.isoformat()}\n"
        "Plats: Norrby\n"
        "Justerare: Anna Berg\n\n"
        "§ 4 Kansliets lokaler\n\n"
        f"Beslut {held_on.year}-9 §04:1\n"
        "Att teckna hyresavtal för kansliets lokaler.\n\n"
        "§ 5 Lokalfrågan\n\n"
        f"Beslut {held_on.year}-9 §05:1\n"
        "Att uppdra åt förbundschefen att utreda lokalfrågan och återrapportera till styrelsen.\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def imported(cli, tmp_path) -> tuple[str, str]:
    """Imports the minutes; returns the import's output and an instant before it."""
    before = dt.datetime.now(dt.UTC).isoformat()
    time.sleep(0.01)
    result = cli("import-minutes", str(minutes_ahead(tmp_path)))
    assert result.exit_code == 0, result.output
    return result.output, before


def test_importing_minutes_dated_after_today_warns_and_puts_the_date_to_review(imported):
    output, _ = imported
    today = dt.date.today()
    assert f"meeting {MEETING} ({AHEAD}) from protokoll-{MEETING}.txt: recorded" in output
    assert (f"to review:\n  line 2: the meeting date {AHEAD} is after today ({today}): check it against the minutes"
            in output)
    assert (f"warnings:\n  line 2: the meeting is dated {AHEAD}, after today ({today}): views read as of today leave "
            f"its decisions out until then (read them with --as-of {AHEAD})") in output


def test_a_review_file_puts_the_doubt_beside_the_meeting_date(cli, tmp_path):
    review = tmp_path / "review.toml"
    result = cli("import-minutes", str(minutes_ahead(tmp_path)), "--review", str(review))
    assert result.exit_code == 0, result.output
    text = review.read_text(encoding="utf-8")
    assert f"# to review (line 2): the meeting date {AHEAD} is after today" in text.split("\n[meeting]\n")[0].splitlines()[-1]


def test_minutes_dated_today_or_before_import_without_the_warning(cli, tmp_path):
    result = cli("import-minutes", str(minutes_ahead(tmp_path, dt.date.today())))
    assert result.exit_code == 0, result.output
    assert "after today" not in result.output


def test_decisions_as_of_today_say_why_a_later_meetings_decisions_are_not_shown(cli, imported):
    said = cli("decisions")
    assert said.exit_code == 0
    assert said.stdout == "(none)\n"
    assert said.stderr == (f"note: meeting {MEETING} is dated {AHEAD}, after today: its decisions are not shown; "
                           f"read them with --as-of {AHEAD}\n")
    of_the_meeting = cli("decisions", "--meeting", MEETING, "--as-of", "2020-01-01")
    assert f"note: meeting {MEETING} is dated {AHEAD}, after 2020-01-01: its decisions are not shown" in of_the_meeting.stderr


def test_on_the_meetings_day_its_decisions_show_without_a_note(cli, imported):
    said = cli("decisions", "--as-of", AHEAD.isoformat(), "--format", "json")
    assert [d["id"] for d in json.loads(said.stdout)] == [DECISION, ASSIGNMENT]
    assert said.stderr == ""
    follow_ups = cli("follow-ups", "--as-of", AHEAD.isoformat(), "--format", "json")
    assert ([f["source"] for f in json.loads(follow_ups.stdout)], follow_ups.stderr) == ([ASSIGNMENT], "")


def test_follow_ups_as_of_today_say_why_a_later_meetings_follow_ups_are_not_shown(cli, imported):
    said = cli("follow-ups", "--all")
    assert (said.exit_code, said.stdout) == (0, "(none)\n")
    assert said.stderr == (f"note: meeting {MEETING} is dated {AHEAD}, after today: its follow-ups are not shown; "
                           f"read them with --as-of {AHEAD}\n")


def test_as_of_a_date_asked_later_meetings_are_left_out_without_a_note(cli, imported):
    said = cli("decisions", "--as-of", "2020-01-01")
    assert (said.stdout, said.stderr) == ("(none)\n", "")


def test_as_recorded_before_the_import_nothing_is_said_of_the_later_meeting(cli, imported):
    _, before = imported
    said = cli("decisions", "--as-recorded", before)
    assert (said.stdout, said.stderr) == ("(none)\n", "")
    recorded_now = cli("decisions", "--as-recorded", dt.datetime.now(dt.UTC).isoformat())
    assert f"note: meeting {MEETING} is dated {AHEAD}, after today" in recorded_now.stderr


@pytest.fixture
def site(store: Store, imported) -> Iterator[FlaskClient]:
    app = create_app(lambda: Register.open(store))
    app.testing = False
    yield app.test_client()
    app.extensions["registers"].close()


def test_the_site_says_why_a_later_meetings_decisions_are_not_shown(site, imported):
    _, before = imported
    listed = read(site.get("/beslut"))
    assert "Inga beslut är fattade före i dag." in listed.text
    assert f"Beslut från möten daterade efter i dag visas inte förrän mötet har hållits: mötet {MEETING} den {AHEAD}." in listed.text
    assert ("mötet " + MEETING + " den " + str(AHEAD), f"/moten/{MEETING}?as_of={AHEAD}") in listed.links
    follow_ups = read(site.get("/uppfoljning?visa=alla"))
    assert (f"Uppföljningar från möten daterade efter i dag visas inte förrän mötet har hållits: mötet {MEETING} den {AHEAD}."
            in follow_ups.text)
    assert "efter i dag" not in read(site.get(f"/uppfoljning?visa=alla&as_of={AHEAD}")).text
    meeting = read(site.get(f"/moten/{MEETING}"))
    assert f"Mötet är daterat {AHEAD}, efter dagens datum, så dess beslut visas inte förrän då." in meeting.text
    on_the_day = read(site.get(f"/moten/{MEETING}?as_of={AHEAD}"))
    assert DECISION in on_the_day.text and "efter dagens datum" not in on_the_day.text
    recorded_before = site.get("/beslut", query_string={"as_recorded": before})
    assert recorded_before.status_code == 200 and "efter i dag" not in read(recorded_before).text
    assert "efter i dag" not in read(site.get("/beslut?as_of=2020-01-01")).text
    assert "Mötet hade inte hållits vid den valda tidpunkten." in read(site.get(f"/moten/{MEETING}?as_of=2020-01-01")).text
