"""Running minutes print the items in the order they were handled, not in § order: a § taken
early (`§ 8 … (behandlades före § 5)`) keeps its own number, and the § after it does not count
on from it. An item broken off and taken up again later (`§ 6 (forts.)`, `§ 6, forts.`) is the
same §: its decisions count on under § 6 even where another item was handled in between. A § whose
title merely begins with a parenthesis (`§ 9 (Extra ärende) Lokalfrågan`) is no resumed item.
Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes

_RUNNING = """\
FÖRBUNDET I KRONOBERG
Styrelsen – protokoll nr 5/2084

Sammanträdesdag: tisdagen den 9 oktober 2084
Plats: Kansliet, Växjö

Närvarande: Ida Ström (ordförande), Olle Berg, Mira Lund

§ 4  kl. 09.00  Sammanträdets öppnande

Ordföranden öppnade mötet.

§ 8  kl. 09.05  Ansökan från Alvesta kommun
(behandlades före § 5)

STYRELSEN BESLÖT

att avslå ansökan från Alvesta kommun.

§ 5  kl. 09.20  Rapport om budgetläget

STYRELSEN BESLÖT

att lägga rapporten till handlingarna.

§ 6  kl. 09.30  Ansökan från Växjö kommun

Kommunen sökte 300 000 kr. Frågan om medfinansiering kunde inte besvaras.

STYRELSEN BESLÖT

att återremittera frågan om medfinansiering till förbundschefen.

§ 7  kl. 09.50  Ansökan från Ljungby kommun

STYRELSEN BESLÖT

att avslå ansökan från Ljungby kommun.

{resumed}  kl. 10.30  Ansökan från Växjö kommun

Förbundschefen hade under pausen fått besked om medfinansieringen.

STYRELSEN BESLÖT

att bevilja Växjö kommun 300 000 kr för 2085.

§ 9 (Extra ärende) Lokalfrågan

STYRELSEN BESLÖT

att avslå begäran om nya lokaler.
"""


def _kinds(cli, tmp_path, resumed: str = "§ 6 (forts.)") -> dict[str, str]:
    summary = imported(cli, minutes(tmp_path, "oktober.txt", _RUNNING.format(resumed=resumed)))
    return {d["id"]: d["kind"] for d in summary["decisions"]}


def test_an_item_taken_before_its_turn_keeps_its_number_and_the_next_keeps_its_own(cli, tmp_path):
    kinds = _kinds(cli, tmp_path)
    assert (kinds.get("2084-5 §08:1"), kinds.get("2084-5 §05:1")) == ("rejection", "acknowledgement"), kinds


def test_a_resumed_item_counts_its_decisions_on_under_its_own_number(cli, tmp_path):
    kinds = _kinds(cli, tmp_path)
    assert (kinds.get("2084-5 §06:1"), kinds.get("2084-5 §06:2"), kinds.get("2084-5 §07:1"), kinds.get("2084-5 §07:2")) == \
        ("referral", "grant", "rejection", None), kinds


def test_a_resumed_item_written_with_a_comma_is_the_same_item(cli, tmp_path):
    kinds = _kinds(cli, tmp_path, "§ 6, forts.")
    assert (kinds.get("2084-5 §06:2"), kinds.get("2084-5 §07:2")) == ("grant", None), kinds


def test_a_title_in_parentheses_is_a_new_item(cli, tmp_path):
    assert _kinds(cli, tmp_path).get("2084-5 §09:1") == "rejection"
