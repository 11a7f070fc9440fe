"""A vote counted with the names of one side in brackets beside its count (`tre (Ann Lund och Bo
Ek) för avslag`), or with each side's label before its count (`Ja: 6 röster, nej: 1 röst`): the
count still counts its side. A reservation on the line under a one-line `Beslut:` is of the debate,
not of that decision's text. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import decision, imported, minutes

VOTED = """Styrelsemöte 2035-3, Samordningsförbundet i Blekinge län

Tid och plats
Måndag 2035-05-07, kl. 10:00, förbundets kansli

§ 6  Ansökan om medel för arbetsträning
Ordföranden yrkade bifall och Ann Lund yrkade avslag. Votering begärdes. Fem ledamöter
röstade för bifall och tre (Ann Lund, Bo Ek och Cia Berg) för avslag.
Styrelsen beslutar att bevilja Ronneby kommun 200 000 kr för arbetsträning under 2035.
"""


def test_names_in_brackets_beside_a_count_do_not_hide_it(cli, tmp_path):
    imported(cli, minutes(tmp_path, "maj.txt", VOTED))
    assert decision(cli, "2035-3 §06:1")["votes"] == {"for": 5, "against": 3, "abstained": 0}


LABELLED = """Styrelsemöte 2035-4, Samordningsförbundet i Blekinge län

Tid och plats
Måndag 2035-06-11, kl. 10:00, förbundets kansli

Punkt 3  Ansökan om medel för jobbspår
Bo Ek yrkade avslag och ordföranden yrkade bifall. Votering genomfördes.
Ja: 6 röster, nej: 1 röst, 2 ledamöter (Ann Lund, Cia Berg) avstod.
Beslut: Styrelsen beviljar Karlshamns kommun 150 000 kr för jobbspår under 2035.
Beslut: Karlshamns kommun ska redovisa jobbspåret senast 31 januari 2036.
Bo Ek reserverar sig mot beslutet att bevilja medel.
"""


def test_a_count_labelled_by_its_side_is_counted(cli, tmp_path):
    imported(cli, minutes(tmp_path, "juni.txt", LABELLED))
    assert decision(cli, "2035-4 §03:1")["votes"] == {"for": 6, "against": 1, "abstained": 2}


def test_a_reservation_under_a_one_line_decision_is_not_part_of_its_text(cli, tmp_path):
    imported(cli, minutes(tmp_path, "juni.txt", LABELLED))
    report = decision(cli, "2035-4 §03:2")
    assert "reserverar" not in report["text"] and not report.get("reservations")
    assert [p["name"] for p in decision(cli, "2035-4 §03:1")["reservations"]] == ["Bo Ek"]
