"""A matter that was referred back or deferred comes back, and its return settles what sent it
away, however the secretary words it: citing the decision, naming the meeting's date and §,
in a note under the heading, or only by its title."""

from __future__ import annotations

from pathlib import Path

from tests.importer.steps import decision, events, follow_up, imported, minutes, view
from tests.importer.test_import_minutes import seed

APRIL = """Styrelsemöte 2026-2, Samordningsförbundet i Blekinge län

Tid och plats
Måndag 2026-04-13, kl. 09:00

§6 Ny samverkansstruktur för LSG Olofström

Förbundschefen visade ett utkast till ny struktur för den lokala samverkansgruppen.
Styrelsen beslutade:
Beslut 2026-2 §06:1
Att återremittera ärendet så att kostnaderna kan redovisas per part.

§7 Nya lokaler för kansliet

Två lokaler har visats för presidiet.
Styrelsen beslutade:
Beslut 2026-2 §07:1
Att återremittera ärendet för att fler alternativ ska tas fram.

§8 Försäkringskassans lokala organisation

Föredraganden från Försäkringskassan hade förhinder. Ärendet bordläggs till nästa sammanträde.

§9 Riktlinjer för medfinansiering

Styrelsen beslutade:
Beslut 2026-2 §09:1
Att återremittera förslaget till riktlinjer till förbundschefen.

§10 Sölvesborgs kommuns ansökan om medel för språkstöd

Styrelsen beslutade:
Beslut 2026-2 §10:1
Att återremittera ansökan till Sölvesborgs kommun för komplettering.

§11 Ronneby kommuns ansökan om medel för arbetsträning

Ansökan kom in dagen före mötet.
Styrelsen beslutade:
Beslut 2026-2 §11:1
Att bordlägga ärendet.
"""

MAY = """Styrelsemöte 2026-3, Samordningsförbundet i Blekinge län

Tid och plats
Måndag 2026-05-18, kl. 09:00

§4 Samverkansstruktur i Olofström

Styrelsen återremitterade frågan i april, Beslut 2026-2 §06:1. Kostnaderna är nu fördelade per part.
Styrelsen beslutade:
Beslut 2026-3 §04:1
Att fastställa den nya samverkansstrukturen för LSG Olofström.

§5 Kansliets lokaler

Ärendet återremitterades vid sammanträdet 2026-04-13, § 7. Ytterligare en lokal har nu visats.
Styrelsen beslutade:
Beslut 2026-3 §05:1
Att teckna hyresavtal för lokalen på Ronnebygatan.

§6 Ny lokal organisation hos Försäkringskassan

Informationen bordlades vid sammanträdet den 13 april, § 8. Försäkringskassan berättade nu
om sina nya team och kontaktvägar, och informationen lades till handlingarna.

§7 Riktlinjer för medfinansiering – återremitterat ärende (se Beslut 2026-2 §09:1)

Förbundschefen har arbetat om förslaget.
Styrelsen beslutade:
Beslut 2026-3 §07:1
Att fastställa Riktlinjer för medfinansiering 2026.

§8 Sölvesborgs kommun – ansökan om medel för språkstöd

Kommunen har kompletterat ansökan med en budget.
Styrelsen beslutade:
Beslut 2026-3 §08:1
Att bevilja Sölvesborgs kommun 120 000 kr för språkstöd under 2026.
"""


def _history(cli, tmp_path: Path) -> dict:
    imported(cli, minutes(tmp_path, "april.txt", APRIL))
    return imported(cli, minutes(tmp_path, "maj.txt", MAY))


def test_a_preamble_citing_the_referral_settles_it_and_the_decision_continues_the_matter(cli, tmp_path):
    _history(cli, tmp_path)
    assert follow_up(cli, "2026-2 §06:1", "2026-05-17")["status"] == "open"
    assert follow_up(cli, "2026-2 §06:1", "2026-05-18")["status"] == "done"
    assert decision(cli, "2026-3 §04:1")["matter"] == "2026-2 §06"
    trace = view(cli, "trace", "2026-2 §06")
    assert ("2026-3", "returned") in [(e["meeting"], e["event"]) for e in trace["events"]]


def test_a_meeting_named_by_its_date_and_paragraph_settles_that_items_referral(cli, tmp_path):
    _history(cli, tmp_path)
    assert follow_up(cli, "2026-2 §07:1", "2026-05-18")["status"] == "done"
    assert decision(cli, "2026-3 §05:1")["matter"] == "2026-2 §07"


def test_a_deferred_item_that_comes_back_is_settled_and_its_past_tense_defers_nothing(cli, tmp_path):
    summary = _history(cli, tmp_path)
    assert follow_up(cli, "2026-2 §08", "2026-05-17")["status"] == "open"
    assert follow_up(cli, "2026-2 §08", "2026-05-18")["status"] == "done"
    sources = {r["source"] for r in view(cli, "follow-ups", "--all", "--as-of", "2026-12-31")}
    assert "2026-3 §06" not in sources  # "bordlades" told of April, it did not defer again
    assert any(e.startswith("returned: 2026-2 §08 returns as 2026-3 §06") for e in events(summary))


def test_a_heading_note_citing_the_referral_settles_it(cli, tmp_path):
    _history(cli, tmp_path)
    assert follow_up(cli, "2026-2 §09:1", "2026-05-18")["status"] == "done"


def test_an_item_whose_title_matches_an_open_referral_settles_it_and_asks_for_review(cli, tmp_path):
    summary = _history(cli, tmp_path)
    assert follow_up(cli, "2026-2 §10:1", "2026-05-18")["status"] == "done"
    assert any("2026-2 §10:1" in r["what"] and "matched by title" in r["what"] for r in summary["to_review"])


def test_another_partys_application_on_the_same_subject_is_not_a_return(cli, tmp_path):
    imported(cli, minutes(tmp_path, "april.txt", APRIL))
    imported(cli, minutes(tmp_path, "maj.txt", MAY.replace("Sölvesborg", "Karlshamn")))
    assert follow_up(cli, "2026-2 §10:1", "2026-06-30")["status"] == "open"


def test_att_bordlagga_arendet_defers_the_item_to_the_next_meeting_where_it_falls_due(cli, tmp_path):
    _history(cli, tmp_path)
    deferred = follow_up(cli, "2026-2 §11", "2026-04-13")
    assert (deferred["kind"], deferred["due"], deferred["status"]) == ("deferred", "next-meeting", "open")
    assert follow_up(cli, "2026-2 §11", "2026-05-18")["status"] == "overdue"  # May did not take it up


def test_every_return_the_summary_tells_is_recorded(cli, tmp_path):
    summary = _history(cli, tmp_path)
    told = [e.removeprefix("returned: ").split(" returns as ") for e in events(summary) if e.startswith("returned: ")]
    assert [(matter, at.split(",")[0]) for matter, at in told] == [
        ("2026-2 §06", "2026-3 §04"), ("2026-2 §07", "2026-3 §05"), ("2026-2 §09", "2026-3 §07"),
        ("2026-2 §10", "2026-3 §08"), ("2026-2 §08", "2026-3 §06"),
    ]
    for matter, _ in told:
        trace = view(cli, "trace", matter)["events"]
        assert ("2026-3", "returned") in [(e["meeting"], e["event"]) for e in trace], (matter, trace)


SEEDED_RETURN = """Styrelsemöte 2026-1, Samordningsförbundet i Blekinge län

Tid och plats
Måndag 2026-02-16, kl. 09:00

§5 Förstudie om samordnade insatser – redovisning

Redovisningen av förstudien stod på dagordningen redan i december men sköts upp då
projektledaren var sjuk. Projektledaren gick nu igenom förstudiens resultat, och
redovisningen lades till handlingarna.
"""


def test_the_item_the_2025_7_minutes_deferred_is_settled_when_it_comes_back(cli, tmp_path):
    imported(cli, seed("board-minutes-2025-7.txt"), "--date", "2025-12-08")
    assert follow_up(cli, "2025-7 deferred 1", "2026-02-15")["status"] == "open"
    imported(cli, minutes(tmp_path, "februari.txt", SEEDED_RETURN))
    assert follow_up(cli, "2025-7 deferred 1", "2026-02-16")["status"] == "done"
