"""Money granted to a project by its name alone (`Att bevilja projektet Stegen 500 tkr för 2075`) in a §
whose title names one member party and no other (`Projektet Stegen – Karlshamns kommun`,
`Ronneby kommun: insatsen Nästa steg`): the party the title names holds it, put to review, since
hands differ on whether a project is its owner's. A title that names two parties, or a § that says
the project is run jointly, leaves the grant with no party. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes

MAY = """\
Protokoll fört vid styrelsemöte 3/2075, FINSAM Blekinge
Datum: 2075-05-12

§ 6  Projektet Stegen – Karlshamns kommun             Dnr 2075/014

Kommunen vill pröva en ny modell för arbetsträning under hösten.

Beslut:
Att bevilja projektet Stegen 500 tkr för 2075.

§ 7  Ronneby kommun: insatsen Nästa steg

Insatsen riktar sig till personer som har varit sjukskrivna länge.

Beslut:
Att bevilja insatsen Nästa steg 220 000 kr för 2075.

§ 8  Projektet Vägvisaren – Olofströms kommun och Sölvesborgs kommun

Beslut:
Att bevilja projektet Vägvisaren 310 000 kr för 2075.

§ 9  Projektet Brygga – Karlskrona kommun

Projektet drivs gemensamt av Karlskrona kommun och Försäkringskassan.

Beslut:
Att bevilja projektet Brygga 150 000 kr för 2075.
"""


def _imported(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "maj.txt", MAY))
    grants = {d["id"]: [e for e in d["events"] if e.startswith("grant:")] for d in summary["decisions"]}
    return grants, [r["what"] for r in summary["to_review"]]


def test_project_money_is_the_party_s_its_title_alone_names(cli, tmp_path):
    grants, _ = _imported(cli, tmp_path)
    assert [g.split(" for ")[0] for g in grants["2075-3 §06:1"]] == ["grant: 500 000 kr to Karlshamns kommun"]
    assert [g.split(" for ")[0] for g in grants["2075-3 §07:1"]] == ["grant: 220 000 kr to Ronneby kommun"]


def test_the_party_read_from_the_title_is_put_to_review(cli, tmp_path):
    _, doubts = _imported(cli, tmp_path)
    assert any("§06:1" in d and "Karlshamns kommun" in d for d in doubts), doubts


def test_a_title_of_two_parties_or_a_joint_project_leaves_the_money_with_no_party(cli, tmp_path):
    grants, _ = _imported(cli, tmp_path)
    assert [g.split(" for ")[0] for g in grants["2075-3 §08:1"]] == ["grant: 310 000 kr to Vägvisaren"]
    assert [g.split(" for ")[0] for g in grants["2075-3 §09:1"]] == ["grant: 150 000 kr to Brygga"]
