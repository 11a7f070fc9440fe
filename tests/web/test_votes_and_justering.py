"""Votes, reservations and jäv on every page and list that shows a decision, and a
protokollsutdrag a registrator would sign: the vote with its three counts, who reserved
themselves and who was jäv, who attended, and the justering as the minutes state it, under
each clock and on both stores."""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import Result
from flask.testing import FlaskClient

from register.application import Register
from register.storage import Store
from register.web.app import create_app
from tests.web.page import read

MINUTES = """\
Samordningsförbundet Västra Skogen                    SAMMANTRÄDESPROTOKOLL
Styrelsen                                             Sammanträde nr 3/2026
                                                      Sammanträdesdatum 2026-04-14

Plats och tid   Folkets hus, Bergby, tisdagen den 14 april 2026 kl. 13.00–15.00

Beslutande      Maja Roos (S), ordförande, Karlskrona kommun
                Ove Lund (M), Ronneby kommun
                Siv Nord (C), Region Blekinge
                Kim Falk, Försäkringskassan

Justerare: Ove Lund

Justeringens    Kansliet, Bergby, 2026-04-21
plats och tid

ANSLAG/BEVIS    Protokollet är justerat. Justeringen har tillkännagivits genom
                anslag på förbundets anslagstavla.

§ 12

Bidrag till Arbetsbron

Beslut          Styrelsen beslutar att bevilja Ronneby kommun 150 000 kr för
                Arbetsbron 2026.

                Votering begärdes. Med sex ja-röster mot två nej-röster
                beslutade styrelsen att bifalla förslaget. En ledamot, Kim
                Falk, avstod från att rösta.

Reservation     Siv Nord (C) reserverar sig mot beslutet.

Jäv             Ove Lund (M) anmäler jäv och deltar inte i handläggningen.

§ 13

Lokalfrågan

Beslut          Styrelsen beslutar att säga upp hyresavtalet för kansliet.

                Paragrafen förklaras omedelbart justerad.
"""
"""Minutes that say they were justerade, and on which day, with a vote, a reservation and a jäv."""

UNSAID = """\
Samordningsförbundet Västra Skogen                    SAMMANTRÄDESPROTOKOLL
Styrelsen                                             Sammanträde nr 4/2026
                                                      Sammanträdesdatum 2026-05-19

Plats och tid   Folkets hus, Bergby, tisdagen den 19 maj 2026 kl. 13.00–15.00

Beslutande      Maja Roos (S), ordförande, Karlskrona kommun
                Siv Nord (C), Region Blekinge

Justerare: Siv Nord

§ 20 Öppet kansli

Styrelsen beslutar att bevilja Karlskrona kommun 20 000 kr för Öppet kansli 2026.
"""
"""Minutes that do not say whether they were justerade: `register seal` says it."""

VOTE = "6 för, 2 emot, 1 avstod"
SAID_BY_MINUTES = "Protokollet justerades 2026-04-21 av Ove Lund, enligt protokollet."


@pytest.fixture
def imported(cli: Callable[..., Result], tmp_path: Path) -> Callable[..., Result]:
    minutes = tmp_path / "2026-3.txt"
    minutes.write_text(MINUTES, encoding="utf-8")
    result = cli("import-minutes", str(minutes))
    assert result.exit_code == 0, result.output
    assert "justerat 2026-04-21, as the minutes say: sealed" in result.output
    return cli


@pytest.fixture
def site(store: Store, imported: Callable[..., Result]) -> Iterator[FlaskClient]:
    app = create_app(lambda: Register.open(store))
    yield app.test_client()
    app.extensions["registers"].close()


def test_the_decision_list_gives_the_vote_reservation_and_jav_with_names_and_parties(imported):
    shown = json.loads(imported("decisions", "--format", "json").output)
    grant = next(d for d in shown if d["id"] == "2026-3 §12:1")
    assert grant["votes"] == {"for": 6, "against": 2, "abstained": 1}
    assert grant["reservations"] == [{"name": "Siv Nord", "party": "C"}]
    assert grant["recusals"] == [{"name": "Ove Lund", "party": "M"}]
    row = next(line for line in imported("decisions").output.splitlines() if line.startswith("2026-3 §12:1"))
    assert "6-2-1" in row and "Siv Nord (C)" in row and "Ove Lund (M)" in row


def test_minutes_that_say_they_were_justerade_are_sealed_with_the_day_they_give(imported):
    meeting = json.loads(imported("meetings", "--format", "json").output)[0]
    assert meeting["justering"] == {"by": ["Ove Lund"], "on": "2026-04-21", "stated": True}
    assert "2026-04-21 by Ove Lund (the minutes say)" in imported("meetings").output
    refused = imported("seal", "2026-3", "--by", "Ove Lund")
    assert refused.exit_code == 2 and "sealed (justerade by Ove Lund)" in refused.output


def test_the_extract_holds_what_a_registrator_signs(imported):
    page = read_extract(imported("extract", "2026-3 §12:1"))
    for said in ("§ 12 Bidrag till Arbetsbron", "Att bevilja Ronneby kommun 150 000 kr för Arbetsbron 2026.",
                 f"Omröstning {VOTE}", "Reservation Siv Nord (C) reserverade sig mot beslutet.",
                 "Jäv Ove Lund (M) anmälde jäv och deltog inte i handläggningen.",
                 "Maja Roos (S), ordförande, Karlskrona kommun", "Kim Falk, ledamot, Försäkringskassan",
                 SAID_BY_MINUTES, "Justerandes signatur", "Utdragsbestyrkande"):
        assert said in page, said
    assert "omedelbart" not in page


def test_the_extract_of_a_paragraph_justerad_at_once_says_so_even_before_the_minutes_were(imported):
    page = read_extract(imported("extract", "2026-3 §13", "--as-of", "2026-04-16"))
    assert "Paragrafen förklarades omedelbart justerad vid sammanträdet 2026-04-14." in page
    assert "Protokollet är inte justerat; justerare: Ove Lund." in page
    assert SAID_BY_MINUTES in read_extract(imported("extract", "2026-3 §13", "--as-of", "2026-04-21"))


def test_minutes_that_do_not_say_are_justerade_by_register_seal_and_read_so_only_from_then(imported, tmp_path):
    minutes = tmp_path / "2026-4.txt"
    minutes.write_text(UNSAID, encoding="utf-8")
    said = imported("import-minutes", str(minutes))
    assert said.exit_code == 0 and "justerat" not in said.output.split("attendance:")[0]
    time.sleep(0.01)
    between = dt.datetime.now(dt.UTC).isoformat()
    time.sleep(0.01)
    early = imported("seal", "2026-4", "--by", "Siv Nord", "--on", "2026-05-01")
    assert early.exit_code == 2 and "held on 2026-05-19: its minutes cannot be justerade on 2026-05-01" in early.output
    assert imported("seal", "2026-4", "--by", "Siv Nord", "--on", "2026-05-25").exit_code == 0
    assert "Protokollet justerades 2026-05-25 av Siv Nord." in read_extract(imported("extract", "2026-4 §20:1"))
    then = read_extract(imported("extract", "2026-4 §20:1", "--as-recorded", between))
    assert "Protokollet är inte justerat; justerare: Siv Nord." in then


def test_the_decision_page_and_its_json_give_every_count(site):
    page = read(site.get("/beslut/2026-3/12/1")).text
    assert f"Omröstning {VOTE}" in page
    assert "Reservationer Siv Nord (C)" in page and "Jäv Ove Lund (M)" in page
    trace = json.loads(site.get("/api/beslut/2026-3/12/1").get_data(as_text=True))["events"]
    said = [(line["event"], line["data"]) for line in trace if line["event"] in ("vote", "reservation", "recusal (jäv)")]
    assert said == [("vote", {"decision": "2026-3 §12:1", "in_favour": 6, "against": 2, "abstained": 1}),
                    ("reservation", {"name": "Siv Nord", "party": "C", "decision": "2026-3 §12:1"}),
                    ("recusal (jäv)", {"name": "Ove Lund", "party": "M", "decision": "2026-3 §12:1"})]


@pytest.mark.parametrize("address", ["/moten/2026-3", "/beslut"])
def test_the_meeting_page_and_the_decision_list_show_the_vote_reservation_and_jav_under_the_text(site, address):
    rows = {row[0]: row[-1] for row in read(site.get(address)).table("")}
    assert rows["2026-3 §12:1"].endswith(f"Omröstning: {VOTE}; Reservation: Siv Nord (C); Jäv: Ove Lund (M)")
    assert "Omröstning" not in rows["2026-3 §13:1"]
    twin = json.loads(site.get("/api" + address).get_data(as_text=True))
    rows_json = twin if isinstance(twin, list) else twin["decisions"]
    grant = next(d for d in rows_json if d["id"] == "2026-3 §12:1")
    assert (grant["votes"], grant["reservations"], grant["recusals"]) == (
        {"for": 6, "against": 2, "abstained": 1}, [{"name": "Siv Nord", "party": "C"}], [{"name": "Ove Lund", "party": "M"}])


def test_the_meeting_page_says_when_the_minutes_were_justerade_as_of_the_day_asked(site):
    assert SAID_BY_MINUTES in read(site.get("/moten/2026-3")).text
    assert "Protokollet är inte justerat; justerare: Ove Lund." in read(site.get("/moten/2026-3?as_of=2026-04-20")).text
    assert read(site.get("/moten")).table("Styrelsens möten")[0][-1] == "justerat 2026-04-21 av Ove Lund"
    assert read(site.get("/moten?as_of=2026-04-20")).table("Styrelsens möten")[0][-1] == "ej justerat"


def test_the_site_extract_holds_the_vote_reservation_jav_attendance_and_justering(site):
    page = read(site.get("/utdrag/2026-3/12/1")).text
    for said in (f"Omröstning {VOTE}", "Siv Nord (C) reserverade sig", "Ove Lund (M) anmälde jäv", "Närvarande",
                 "Siv Nord (C), ledamot, Region Blekinge", SAID_BY_MINUTES, "Utdragsbestyrkande"):
        assert said in page, said


def test_the_public_site_shows_no_vote_reservation_or_jav_of_a_withheld_decision(store, imported):
    assert imported("withhold", "2026-3 §12:1", "--reason", "uppgifter om en enskild").exit_code == 0
    app = create_app(lambda: Register.open(store), True)
    try:
        public = app.test_client()
        for address in ("/moten/2026-3", "/beslut", "/utdrag/2026-3/12", "/api/moten/2026-3", "/api/beslut"):
            shown = public.get(address).get_data(as_text=True)
            for secret in (VOTE, "reserverade", "Reservation: ", "anmälde jäv", "Jäv: ", '"abstained"', '"recusals": [{'):
                assert secret not in shown, (address, secret)
        page = read(public.get("/beslut/2026-3/12/1")).text
        assert "Beslut 2026-3 §12:1" in page and VOTE not in page and "Reservationer" not in page and "Jäv" not in page
    finally:
        app.extensions["registers"].close()


def read_extract(result: Result) -> str:
    assert result.exit_code == 0, result.output
    return " ".join(read_html(result.output).split())


def read_html(html: str) -> str:
    from tests.web.page import Page

    return Page(html).text
