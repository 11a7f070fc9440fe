"""A decision written as a terse cell or line with its present passive first: `Beviljas 420 000 kr
till Karlshamns kommun.`, `Avslås.`, `Godkänns.` The verb is known by its lemma, so the kind is read
as from `Att bevilja …`; with nothing after it, the verb acts on the matter of the §. The text stays
as written. Money said first and its member party after (`att bevilja 180 000 kronor åt Sölvesborgs kommun`)
is that party's grant. And a vote told as a score beside the verb (`efter votering (6–3)`) is
counted as it is told, not from the sums of the decision. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import decision, imported, minutes, view

MINUTES = """\
Protokoll styrelsen, Samordningsförbundet i Blekinge län
Sammanträde 4/2077
Datum: 2077-09-08
Plats: Rådhuset, Karlshamn
Justerare: Malin Ekdal

§ 31  Karlshamns kommun – kurs i motiverande samtal

Kommunen vill ordna en kurs för handläggare hos alla parter.

Beslut
Beviljas 420 000 kr till Karlshamns kommun.

§ 32  Olofströms kommun – förlängning av mottagningen

Olofström ansöker om 90 tkr för att hålla mottagningen öppen i december.

Beslut
Avslås.

§ 33  Sommarinsats i Sölvesborg

Beslut
Styrelsen beslutade efter votering (6–3) att bevilja 180 000 kronor åt Sölvesborgs kommun för 2077.
Reservation: Leif Sandgren.
"""


def _imported(cli, tmp_path) -> dict[str, dict]:
    summary = imported(cli, minutes(tmp_path, "2077-4.txt", MINUTES))
    return {d["id"]: d for d in summary["decisions"]}


def _grants(cli) -> dict[str, tuple[str, int]]:
    return {g["decision"]: (g["party"], g["amount_sek"]) for g in view(cli, "grants", "--as-of", "2077-12-31")}


def test_a_grant_said_verb_first_in_the_passive_is_a_grant_to_the_party_after_the_sum(cli, tmp_path):
    decisions = _imported(cli, tmp_path)
    assert decisions["2077-4 §31:1"]["kind"] == "grant"
    assert decisions["2077-4 §31:1"]["text"] == "Beviljas 420 000 kr till Karlshamns kommun."
    assert _grants(cli)["2077-4 §31:1"] == ("Karlshamns kommun", 420000)


def test_a_lone_verb_of_rejecting_rejects_the_matter(cli, tmp_path):
    assert _imported(cli, tmp_path)["2077-4 §32:1"]["kind"] == "rejection"


def test_money_said_before_a_member_is_that_members_grant(cli, tmp_path):
    decisions = _imported(cli, tmp_path)
    assert decisions["2077-4 §33:1"]["kind"] == "grant"
    assert _grants(cli)["2077-4 §33:1"] == ("Sölvesborgs kommun", 180000)


def test_a_vote_told_as_a_score_is_counted_as_told_not_from_the_sum(cli, tmp_path):
    _imported(cli, tmp_path)
    assert decision(cli, "2077-4 §33:1")["votes"] == {"for": 6, "against": 3, "abstained": 0}
