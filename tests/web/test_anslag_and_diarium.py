"""What an anslagstavla and a diarium show, read from minutes of a kommun's template: the item's
title and diarienummer at the top of a decision page, what the decision was based on and whom
it was sent to; on the meeting page when the minutes were justerade, when the anslag went up and
comes down, where the minutes are kept, and how and by when a decision can be appealed where the
board's own rules say so; the extract with the förbund's full name, the chair, the secretary and
the justering. Under each clock, on the public site, and on both stores."""

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
from tests.web.test_votes_and_justering import read_extract

MINUTES = """\
Samordningsförbundet Östra Kusten                 SAMMANTRÄDESPROTOKOLL
                                                  Sammanträdesdatum
Styrelsen                                         2026-09-14

Plats och tid               Stadshuset, sal Tallen, Ronneby
                            Måndagen den 14 september 2026, kl. 13.00–15.30

Sammanträde nr              5/2026

Beslutande                  Greta Holm (S), ordförande, Ronneby kommun
                            Viktor Sand (M), vice ordförande, Region Blekinge
                            Ylva Berg, Försäkringskassan
                            Nils Ekström, Arbetsförmedlingen

Övriga närvarande           Tove Lindgren, förbundschef
                            Arvid Moberg, sekreterare

Utses att justera           Viktor Sand

Justeringens plats och tid  Förbundets kansli, Ronneby, 2026-09-18

ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagivits genom anslag.

Organ                             Styrelsen, Samordningsförbundet Östra Kusten
Sammanträdesdatum                 2026-09-14
Datum då anslaget sätts upp       2026-09-21
Datum då anslaget tas ned         2026-10-13
Förvaringsplats för protokollet   Förbundets kansli, Ronneby


§ 40

Val av justerare

Styrelsens beslut
Styrelsen utser Viktor Sand att jämte ordföranden justera protokollet.


§ 41                                                  Dnr ÖK 2026/000118

Bidrag till Steg mot arbete

Ärendebeskrivning
Ronneby kommun har sökt medel för att förlänga insatsen Steg mot arbete under
hösten. Förbundschefen har berett ansökan.

Beslutsunderlag
- Ansökan från Ronneby kommun, inkommen 2026-08-20
- Tjänsteskrivelse från förbundschefen om
  ansökan, 2026-09-01

Styrelsens beslut
Styrelsen beslutar att bevilja Ronneby kommun 180 000 kronor för insatsen Steg
mot arbete under hösten 2026.

Expedieras till
Ronneby kommun
Förbundets ekonom


§ 42                                                  Dnr ÖK 2026/000121

Lokal för kansliet

Beslutsunderlag: Hyresförslag från fastighetsbolaget, 2026-08-28

Styrelsens beslut
Styrelsen beslutar att säga upp hyresavtalet för kansliets nuvarande lokal.

Expedieras: Förbundschefen, Fastighetsbolaget
"""
"""Our own minutes in a kommun's template: Dnr beside each §, Beslutsunderlag as a bulleted list
(one entry wrapped) and on one line, Expedieras one a line and on one line, an ANSLAG/BEVIS block."""

BASIS_41 = ["Ansökan från Ronneby kommun, inkommen 2026-08-20", "Tjänsteskrivelse från förbundschefen om ansökan, 2026-09-01"]
SENT_41 = ["Ronneby kommun", "Förbundets ekonom"]
NOTICE = {"posted": "2026-09-21", "removed": "2026-10-13", "kept_at": "Förbundets kansli, Ronneby"}
APPEAL = "laglighetsprövning enligt 13 kap. kommunallagen"
APPEAL_SAID = (f"Beslut kan överklagas genom {APPEAL}. Överklagandet ska ha kommit in senast 2026-10-12, "
               "inom tre veckor från den dag då justeringen tillkännagavs genom anslag.")
"""Three weeks from the day the anslag went up (2026-09-21)."""


@pytest.fixture
def clocks(cli: Callable[..., Result], tmp_path: Path) -> dict[str, str]:
    """The minutes imported, then the board's rules recorded; the instants between."""
    before_import = _instant()
    minutes = tmp_path / "2026-5.txt"
    minutes.write_text(MINUTES, encoding="utf-8")
    imported = cli("import-minutes", str(minutes))
    assert imported.exit_code == 0, imported.output
    before_rules = _instant()
    set_rules = cli("particulars", "set", "--full-name", "Samordningsförbundet Östra Kusten i Blekinge",
                    "--appeal", APPEAL, "--appeal-weeks", "3")
    assert set_rules.exit_code == 0, set_rules.output
    return {"before_import": before_import, "before_rules": before_rules}


def _instant() -> str:
    time.sleep(0.01)
    said = dt.datetime.now(dt.UTC).isoformat()
    time.sleep(0.01)
    return said


@pytest.fixture
def site(store: Store, clocks: dict[str, str]) -> Iterator[FlaskClient]:
    app = create_app(lambda: Register.open(store))
    yield app.test_client()
    app.extensions["registers"].close()


def _json(result: Result) -> object:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_the_decision_list_gives_each_decisions_diarienummer_basis_and_recipients(cli, clocks):
    shown = {d["id"]: d for d in _json(cli("decisions", "--format", "json"))}
    assert shown["2026-5 §41:1"]["filing"] == {"diary_number": "ÖK 2026/000118", "basis": BASIS_41, "sent_to": SENT_41}
    assert shown["2026-5 §42:1"]["filing"] == {"diary_number": "ÖK 2026/000121",
                                                "basis": ["Hyresförslag från fastighetsbolaget, 2026-08-28"],
                                                "sent_to": ["Förbundschefen", "Fastighetsbolaget"]}
    assert _json(cli("decisions", "--format", "json", "--as-of", "2026-09-13")) == []
    assert _json(cli("decisions", "--format", "json", "--as-recorded", clocks["before_import"])) == []


def test_the_meeting_list_gives_the_anslag_forvaringsplats_and_secretary_from_the_day_the_anslag_went_up(cli, clocks):
    meeting = _json(cli("meetings", "--format", "json"))[0]
    assert (meeting["notice"], meeting["secretary"]) == (NOTICE, "Arvid Moberg")
    assert meeting["justering"] == {"by": ["Viktor Sand"], "on": "2026-09-18", "stated": True}
    before_anslag = _json(cli("meetings", "--format", "json", "--as-of", "2026-09-20"))[0]
    assert "notice" not in before_anslag and before_anslag["justering"]["on"] == "2026-09-18"
    assert _json(cli("meetings", "--format", "json", "--as-of", "2026-09-21"))[0]["notice"] == NOTICE
    assert _json(cli("meetings", "--format", "json", "--as-recorded", clocks["before_import"])) == []


def test_the_decision_page_heads_with_the_title_and_diarienummer_and_gives_basis_and_recipients(site):
    page = read(site.get("/beslut/2026-5/41/1"))
    assert "Beslut 2026-5 §41:1 Bidrag till Steg mot arbete · Dnr ÖK 2026/000118" in page.text
    assert f"Beslutsunderlag {BASIS_41[0]} {BASIS_41[1]}" in page.text
    assert "Expedieras till Ronneby kommun Förbundets ekonom" in page.text
    other = read(site.get("/beslut/2026-5/42/1")).text
    assert "Dnr ÖK 2026/000121" in other and "Expedieras till Förbundschefen Fastighetsbolaget" in other


def test_the_decision_page_before_the_meeting_or_before_the_import_shows_no_diary(site, clocks):
    for query in ("?as_of=2026-09-13", f"?as_recorded={clocks['before_import']}"):
        page = read(site.get("/beslut/2026-5/41/1" + query.replace("+", "%2B"))).text
        assert "Beslutet var inte fattat vid den valda tidpunkten." in page
        assert "ÖK 2026/000118" not in page and "Beslutsunderlag" not in page and "Expedieras" not in page
    assert "Dnr ÖK 2026/000118" in read(site.get("/beslut/2026-5/41/1?as_of=2026-09-14")).text


def test_the_meeting_page_says_the_justering_the_anslag_where_the_minutes_are_kept_and_how_to_appeal(site):
    page = read(site.get("/moten/2026-5")).text
    for said in ("Sekreterare Arvid Moberg", "Protokollet justerades 2026-09-18 av Viktor Sand, enligt protokollet.",
                 "Anslaget uppsatt 2026-09-21", "Anslaget tas ned 2026-10-13",
                 "Förvaringsplats Förbundets kansli, Ronneby", f"Överklagande {APPEAL_SAID}"):
        assert said in page, said


def test_the_meeting_page_before_the_anslag_went_up_says_no_anslag_and_no_day_to_appeal_by(site):
    page = read(site.get("/moten/2026-5?as_of=2026-09-19")).text
    assert "Protokollet justerades 2026-09-18" in page
    assert "Anslaget uppsatt" not in page and "Anslaget tas ned" not in page and "senast" not in page
    assert "inom tre veckor från den dag då justeringen tillkännagavs genom anslag (anslaget har inte satts upp)" in page
    before_justering = read(site.get("/moten/2026-5?as_of=2026-09-16")).text
    assert "Protokollet är inte justerat; justerare: Viktor Sand." in before_justering


def test_the_meeting_page_says_how_to_appeal_only_once_the_boards_rules_say_so(site, clocks):
    before_rules = clocks["before_rules"].replace("+", "%2B")
    page = read(site.get(f"/moten/2026-5?as_recorded={before_rules}")).text
    assert "Anslaget uppsatt 2026-09-21" in page and "Förvaringsplats Förbundets kansli, Ronneby" in page
    assert "Överklagande" not in page and "kommunallagen" not in page
    assert site.get(f"/moten/2026-5?as_recorded={clocks['before_import'].replace('+', '%2B')}").status_code == 404


def test_the_extract_names_the_forbund_the_chair_the_secretary_the_justering_and_the_diary(cli, clocks):
    page = read_extract(cli("extract", "2026-5 §41:1"))
    for said in ("Samordningsförbundet Östra Kusten i Blekinge Protokollsutdrag",
                 "§ 41 Bidrag till Steg mot arbete Dnr ÖK 2026/000118",
                 f"Beslutsunderlag {BASIS_41[0]} {BASIS_41[1]}", "Expedieras till Ronneby kommun Förbundets ekonom",
                 "Protokollet justerades 2026-09-18 av Viktor Sand, enligt protokollet.",
                 "Ordförande Greta Holm", "Sekreterare Arvid Moberg", "Anslaget uppsatt 2026-09-21",
                 "Förvaringsplats Förbundets kansli, Ronneby", APPEAL_SAID, "Utdragsbestyrkande"):
        assert said in page, said


def test_the_extract_under_each_clock_says_what_was_known_then(cli, clocks):
    before_rules = read_extract(cli("extract", "2026-5 §41:1", "--as-recorded", clocks["before_rules"]))
    assert "Samordningsförbundet Östra Kusten i Blekinge" not in before_rules and "FINSAM Blekinge" in before_rules
    assert "Överklagande" not in before_rules and "Sekreterare Arvid Moberg" in before_rules
    before_anslag = read_extract(cli("extract", "2026-5 §41:1", "--as-of", "2026-09-16"))
    assert "Protokollet är inte justerat" in before_anslag and "Anslaget uppsatt" not in before_anslag
    assert "Dnr ÖK 2026/000118" in before_anslag
    refused = cli("extract", "2026-5 §41:1", "--as-recorded", clocks["before_import"])
    assert refused.exit_code == 2 and "finns inte i registret" in refused.output


def test_the_site_extract_gives_the_same(site):
    page = read(site.get("/utdrag/2026-5/41")).text
    for said in ("Dnr ÖK 2026/000118", "Ordförande Greta Holm", "Sekreterare Arvid Moberg", APPEAL_SAID):
        assert said in page, said


def test_the_public_site_shows_no_basis_or_recipients_of_a_withheld_decision(store, cli, clocks):
    assert cli("withhold", "2026-5 §41:1", "--reason", "uppgifter om en enskild").exit_code == 0
    app = create_app(lambda: Register.open(store), True)
    try:
        public = app.test_client()
        for address in ("/beslut/2026-5/41/1", "/moten/2026-5", "/beslut", "/api/beslut", "/api/moten/2026-5",
                        "/api/beslut/2026-5/41/1", "/utdrag/2026-5/41/1"):
            shown = public.get(address).get_data(as_text=True)
            for secret in ("Ansökan från Ronneby kommun", "Förbundets ekonom", "Tjänsteskrivelse"):
                assert secret not in shown, (address, secret)
        page = read(public.get("/beslut/2026-5/41/1")).text
        assert "Beslutsunderlag" not in page and "Expedieras" not in page
        assert "Expedieras till Förbundschefen Fastighetsbolaget" in read(public.get("/beslut/2026-5/42/1")).text
        assert "Anslaget uppsatt 2026-09-21" in read(public.get("/moten/2026-5")).text
    finally:
        app.extensions["registers"].close()
