"""A board that numbers its decisions through the year (`Beslut nr 2077:4`, on a line of its own,
above the decision or below it) and cites them by that number later: the number is kept with the
decision's text, no decision of its own; a later meeting revokes, replaces, corrects, writes off
and reports on a decision by its number (`upphäva beslut nr 2077:2`, `Beslutet ersätter beslut nr
2077:1`, `rätta beslut nr 2077:3`). A dissent entered as `skiljaktig mening` is a reservation, and
a person named Lova makes no promise. Minutes of our own, two meetings."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes, view

MARCH = """\
Protokoll från styrelsens sammanträde den 3 mars 2077
Plats:     Regionhuset, Karlskrona
Beslut:    nr 2077:1–2077:4
Utses att justera:  Per Lund

Punkt 1    Sammanträdets öppnande

Punkt 2    Projekt Brobygget
Beslut

Beslut nr 2077:1
Styrelsen beslutade att bevilja Ronneby kommun 400 000 kronor för projektet Brobygget.

Punkt 3    Projekt Vägvisaren
Beslut

Styrelsen beslutade att bevilja Karlshamns kommun 250 000 kronor för projektet Vägvisaren.
Beslut nr 2077:2

Punkt 4    Insatsplan Sölvesborgs kommun 2077
Beslut

Styrelsen beslutade att fastställa Sölvesborgs kommuns insatsplan för 2077 och bevilja 640 000 kronor.
Beslut nr 2077:3

Punkt 5    Kommunikationsplan
Beslut

Styrelsen beslutade att uppdra åt förbundschefen att ta fram en kommunikationsplan senast 2077-05-31.
Beslut nr 2077:4
Skiljaktig mening: Anna Ek anmälde skiljaktig mening.
"""

JUNE = """\
Protokoll från styrelsens sammanträde den 9 juni 2077
Plats:     Regionhuset, Karlskrona
Beslut:    nr 2077:5–2077:8
Utses att justera:  Per Lund

Punkt 1    Sammanträdets öppnande

Punkt 2    Projekt Brobygget, utökning
Beslut

Beslut nr 2077:5
Styrelsen beslutade att bevilja Ronneby kommun 500 000 kronor för projektet Brobygget. Beslutet ersätter beslut nr 2077:1.

Punkt 3    Projekt Vägvisaren
Beslut

Beslut nr 2077:6
Styrelsen beslutade att upphäva beslut nr 2077:2 om medel till projektet Vägvisaren.

Punkt 4    Rättelse
Beslut

Beslut nr 2077:7
Styrelsen beslutade att rätta beslut nr 2077:3 så att beloppet uppgår till 604 000 kronor.

Punkt 5    Information från kansliet
Handläggare: Lova Berg
Förbundschefen har, i enlighet med uppdraget i beslut nr 2077:4, tagit fram en kommunikationsplan.

Beslut

Beslut nr 2077:8
Styrelsen beslutade att lägga redovisningen till handlingarna.
"""


def _both(cli, tmp_path) -> dict[str, dict]:
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    imported(cli, minutes(tmp_path, "juni.txt", JUNE))
    return {d["id"]: d for d in view(cli, "decisions", "--as-of", "2077-12-31")}


def test_the_number_line_is_kept_with_its_decision_and_is_none_of_its_own(cli, tmp_path):
    decisions = _both(cli, tmp_path)
    assert [id_ for id_ in decisions if id_.startswith("2077-1")] == ["2077-1 §02:1", "2077-1 §03:1", "2077-1 §04:1", "2077-1 §05:1"]
    assert decisions["2077-1 §02:1"]["text"].endswith("(Beslut nr 2077:1)")


def test_a_decision_replaced_or_revoked_by_its_number_ends(cli, tmp_path):
    decisions = _both(cli, tmp_path)
    assert (decisions["2077-1 §02:1"]["status"], decisions["2077-1 §03:1"]["status"]) == ("superseded", "revoked")


def test_a_decision_corrected_by_its_number_grants_the_corrected_sum(cli, tmp_path):
    _both(cli, tmp_path)
    grants = {g["decision"]: g["amount_sek"] for g in view(cli, "grants", "--as-of", "2077-12-31")}
    assert grants["2077-1 §04:1"] == 604000


def test_a_task_cited_by_its_number_is_delivered_and_a_name_like_a_promise_promises_nothing(cli, tmp_path):
    _both(cli, tmp_path)
    row = follow_up(cli, "2077-1 §05:1", "2077-07-01")
    assert (row["status"], row["done_on"]) == ("done", "2077-06-09")


def test_a_dissent_entered_as_skiljaktig_mening_is_a_reservation(cli, tmp_path):
    decisions = _both(cli, tmp_path)
    assert [p["name"] for p in decisions["2077-1 §05:1"]["reservations"]] == ["Anna Ek"]
