"""A case system's §: `Förslag till beslut` over numbered points, then `Styrelsens beslut` over the
same points word for word, each wrapped at the same place. A line that comes back so is no running
header, even where it names the FINSAM plan or a sammanträde and ends without a full stop: the
decision's points are read. Minutes of our own."""

from __future__ import annotations

from register.minutes.noise import furniture
from tests.importer.steps import imported

POINTS = """1.\tKarlshamns kommuns FINSAM-plan 2150 fastställs och Karlshamns kommun beviljas 905 000
kronor för planens insatser.
2.\tKarlshamns kommun lämnar en lägesrapport om planen vid styrelsens sammanträde den
14 oktober 2150.
"""

MINUTES = f"""Protokoll, styrelsen för Samordningsförbundet i Blekinge län
Sammanträde 2150:3
Datum: 2150-05-06
Plats: Rådhuset, Karlshamn
Justerare: Greta Lindqvist

§ 6\tFSB 2150/0011\tKarlshamns kommuns FINSAM-plan 2150

Ärendebeskrivning
Karlshamns kommun har arbetat fram sin plan för året i den lokala samverkansgruppen.

Förslag till beslut
{POINTS}
Styrelsens beslut
{POINTS}
Beslutet skickas till: Karlshamns kommun
"""


def test_points_proposed_and_decided_word_for_word_are_not_taken_for_a_running_header():
    lines = MINUTES.splitlines()
    assert not {lines[i] for i in furniture(lines)}


def test_each_point_of_the_decision_is_read_where_the_proposal_said_the_same(cli, tmp_path):
    minutes = tmp_path / "2150-3.txt"
    minutes.write_text(MINUTES, encoding="utf-8")
    kinds = {d["id"]: d["kind"] for d in imported(cli, minutes)["decisions"]}
    assert kinds == {"2150:3 §06:1": "plan", "2150:3 §06:2": "report"}
