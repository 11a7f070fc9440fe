"""Kinds the importer once missed (rejection, a bare 'Utgår.', a later meeting's correction, a
decision that replaces another, a report owed jointly), and how a decision was reached: a vote
with its counts, reservations and conflicts of interest."""

from __future__ import annotations

from domain.values import DecisionKind
from register.minutes.rules import classify
from tests.importer.steps import decision, follow_up, imported, minutes, view

MARCH = """Styrelsemöte 2026-2, Samordningsförbundet i Blekinge län

Tid och plats
Måndag 2026-03-16, kl. 13:00

Närvarande

Nej\tJa
<input type="checkbox"/>\t<input checked="" type="checkbox"/>\tAnna Lind (S)\tLedamot\tRonneby kommun
<input type="checkbox"/>\t<input checked="" type="checkbox"/>\tPer Holm (M)\tLedamot\tKarlshamns kommun

§4 Ansökan från Karlshamns kommun om medel för fritidsinsats

Anna Lind yrkade bifall till ansökan, Per Holm yrkade avslag. Votering genomfördes: sex röster
för avslag och två för bifall. En ledamot avstod.
Styrelsen beslutade:
Beslut 2026-2 §04:1
Att avslå Karlshamns kommuns ansökan om 400 000 kr för fritidsinsatsen.
Anna Lind (S) reserverade sig mot beslutet.

§5 Insats för unga vuxna i Ronneby

Per Holm anmälde jäv och lämnade rummet under ärendet.
Styrelsen beslutade:
Beslut 2026-2 §05:1
Att bevilja Ronneby kommun 250 000 kr för insatsen Unga vuxna i arbete under 2026.

Beslut 2026-2 §05:2
Utgår.

§6 Gemensam uppföljning av VEGA

Styrelsen beslutade:
Beslut 2026-2 §06:1
Att Region Blekinge, Karlskrona kommun och Försäkringskassan ska tillsammans återrapportera
erfarenheterna av VEGA vid styrelsens september-möte 2026.

§7 Riktlinjer för ekonomiskt stöd

Styrelsen beslutade:
Beslut 2026-2 §07:1
Att fastställa Riktlinjer för ekonomiskt stöd 2026.
"""

MAY = """Styrelsemöte 2026-3, Samordningsförbundet i Blekinge län

Tid och plats
Måndag 2026-05-11, kl. 13:00

§3 Föregående protokoll, rättelse av § 5

I § 5 i protokollet från mars skrevs beloppet fel: det ska vara 275 000 kr i stället för 250 000 kr.
Styrelsen beslutade:
Beslut 2026-3 §03:1
Att godkänna rättelsen av föregående protokoll.

§4 Nya riktlinjer för ekonomiskt stöd

Styrelsen beslutade:
Beslut 2026-3 §04:1
Att fastställa Riktlinjer för ekonomiskt stöd 2026 B, som ersätter Beslut 2026-2 §07:1.
"""


def _history(cli, tmp_path) -> None:
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    imported(cli, minutes(tmp_path, "maj.txt", MAY))


def test_a_rejection_is_its_own_kind_grants_nothing_and_stays_in_force(cli, tmp_path):
    _history(cli, tmp_path)
    rejected = decision(cli, "2026-2 §04:1")
    assert (rejected["kind"], rejected["status"]) == ("rejection", "in_force")
    assert not [g for g in view(cli, "grants", "--as-of", "2026-12-31") if g["decision"] == "2026-2 §04:1"]


def test_a_bare_utgar_under_an_id_is_a_withdrawn_decision(cli, tmp_path):
    _history(cli, tmp_path)
    struck = decision(cli, "2026-2 §05:2")
    assert (struck["kind"], struck["status"], struck["text"]) == ("withdrawal", "withdrawn", "Utgår.")


def test_a_later_meetings_correction_of_an_amount_is_what_grants_show_from_then_on(cli, tmp_path):
    _history(cli, tmp_path)

    def amount(as_of: str) -> int:
        return next(g["amount_sek"] for g in view(cli, "grants", "--as-of", as_of) if g["decision"] == "2026-2 §05:1")

    assert (amount("2026-05-10"), amount("2026-05-11")) == (250_000, 275_000)
    assert decision(cli, "2026-3 §03:1")["kind"] == "correction"
    corrected = [e for e in view(cli, "trace", "2026-2 §05:1")["events"] if e["event"] == "corrected"]
    assert [(e["meeting"], e["detail"]) for e in corrected] == [
        ("2026-3", "amount of 2026-2 §05:1: '250000' → '275000'; reason: rättat genom 2026-3 §03:1")]


def test_a_decision_that_replaces_an_earlier_one_supersedes_it_and_keeps_its_own_kind(cli, tmp_path):
    _history(cli, tmp_path)
    assert decision(cli, "2026-2 §07:1")["status"] == "superseded"
    assert decision(cli, "2026-3 §04:1")["kind"] == "document"


def test_a_report_owed_jointly_is_one_follow_up_naming_every_party(cli, tmp_path):
    _history(cli, tmp_path)
    joint = follow_up(cli, "2026-2 §06:1", "2026-06-30")
    assert (joint["kind"], joint["due"]) == ("report", "2026-09")
    assert joint["responsible"] == "Region Blekinge, Karlskrona kommun och Försäkringskassan"


def test_a_vote_a_reservation_and_a_recusal_are_on_the_decisions_json_and_trace(cli, tmp_path):
    _history(cli, tmp_path)
    rejected = decision(cli, "2026-2 §04:1")
    assert rejected["votes"] == {"for": 6, "against": 2, "abstained": 1}
    assert rejected["reservations"] == [{"name": "Anna Lind", "party": "S"}]
    assert decision(cli, "2026-2 §05:1")["recusals"] == [{"name": "Per Holm", "party": "Karlshamns kommun"}]
    trace = [(e["event"], e["detail"]) for e in view(cli, "trace", "2026-2 §04:1")["events"]]
    assert ("vote", "2026-2 §04:1: 6 for, 2 against, 1 abstained") in trace
    assert ("reservation", "Anna Lind (S) on 2026-2 §04:1") in trace


def test_the_decision_list_shows_votes_reservations_and_recusals(cli, tmp_path):
    _history(cli, tmp_path)
    table = cli("decisions", "--meeting", "2026-2", "--as-of", "2026-12-31").output
    rejection = next(line for line in table.splitlines() if line.startswith("2026-2 §04:1"))
    assert "6-2-1" in rejection and "Anna Lind (S)" in rejection
    assert "Per Holm (Karlshamns kommun)" in next(line for line in table.splitlines() if line.startswith("2026-2 §05:1"))


def test_an_approved_motion_to_reject_a_referral_is_procedure_not_a_rejection() -> None:
    found = classify("Att avslå yrkandet om återremiss och fastställa Budget 2027.")
    assert found.kind is DecisionKind.DOCUMENT
