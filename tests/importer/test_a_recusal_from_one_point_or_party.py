"""Jäv declared for one point of a § (`deltar inte i beslutet under punkt 2`) or for one party's
matter (`anmälde jäv i fråga om Olofströms kommun`) is recorded on those decisions alone; jäv that
names neither is recorded on every decision of the §, as the member left the room for all of it.
Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import decision, imported, minutes

MINUTES = """\
Protokoll 6/2072
Datum: 2072-12-05
Plats: Kommunhuset, Ronneby
Justerare: Lisa Berg

§ 62 Medlemmarnas planer 2073

Jäv
Karin Ros (C) anmäler jäv och deltar inte i beslutet under punkt 2. Per Holm (M) anmälde jäv i fråga
om Olofströms kommun och lämnade rummet under den delen.

Beslut
Styrelsen beslutar att

1. fastställa Ronneby kommuns FINSAM-plan 2073 och bevilja 500 000 kr för 2073,
2. fastställa Karlshamns kommuns FINSAM-plan 2073 och bevilja 400 000 kr för 2073,
3. fastställa Olofströms kommuns FINSAM-plan 2073 och bevilja 300 000 kr för 2073.

§ 63 Lokalhyra

Jäv
Eva Lund (S) anmäler jäv och deltar inte i handläggningen av ärendet.

Beslut
Styrelsen beslutar
- att bevilja Ronneby kommun 50 000 kr för 2073,
- att uppdra åt förbundschefen att teckna avtalet.

§ 64 Ansökan om medel – Steget

Jäv
Olle Berg (M) är ordförande i den nämnd som driver insatsen. Han anmäler jäv och deltar inte i beslutet.

Beslut
Styrelsen beslutar att bevilja Karlshamns kommun 80 000 kr för insatsen Steget under 2073.
"""


def test_jav_for_one_point_or_one_partys_matter_is_on_those_decisions_alone(cli, tmp_path):
    imported(cli, minutes(tmp_path, "dec.txt", MINUTES))
    recused = {n: [p["name"] for p in decision(cli, f"2072-6 §62:{n}")["recusals"]] for n in (1, 2, 3)}
    assert recused == {1: [], 2: ["Karin Ros"], 3: ["Per Holm"]}


def test_jav_that_names_no_point_is_on_every_decision_of_the_paragraph(cli, tmp_path):
    imported(cli, minutes(tmp_path, "dec.txt", MINUTES))
    assert [p["name"] for p in decision(cli, "2072-6 §63:1")["recusals"]] == ["Eva Lund"]
    assert [p["name"] for p in decision(cli, "2072-6 §63:2")["recusals"]] == ["Eva Lund"]


def test_jav_declared_by_he_or_she_is_of_the_member_the_sentence_before_names(cli, tmp_path):
    imported(cli, minutes(tmp_path, "dec.txt", MINUTES))
    assert [p["name"] for p in decision(cli, "2072-6 §64:1")["recusals"]] == ["Olle Berg"]
