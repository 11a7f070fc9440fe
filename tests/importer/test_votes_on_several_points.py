"""A vote and a reservation in a § that decided several points concern the points that were put
to the vote: the whole proposal, the one clause proposed, or the application's money; where the
minutes say none of this, every point, and the reading is put to review. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import decision, imported, minutes, undoubted

HEAD = """Styrelsemöte 2026-3, Samordningsförbundet i Blekinge län

Tid och plats
Måndag 2026-04-20, kl. 10:00

"""

WHOLE_PROPOSAL = HEAD + """§7 Ansökan om medel för Jobbspåret

Karlshamns kommun söker 250 000 kr för Jobbspåret hösten 2026.
Kansliets förslag: att bevilja Karlshamns kommun 250 000 kr för Jobbspåret, och att
Karlshamns kommun lämnar en rapport om insatsen vid decembermötet.

Oskar Lind yrkade avslag på ansökan. Ordföranden ställde kansliets förslag mot avslagsyrkandet.
Votering begärdes: den som vill bifalla kansliets förslag röstar ja, den som vill avslå röstar nej.
Omröstningen gav sex ja-röster mot två nej-röster.

Styrelsen beslutade:
Beslut 2026-3 §07:1
Att bevilja Karlshamns kommun 250 000 kr för Jobbspåret under hösten 2026.

Beslut 2026-3 §07:2
Att Karlshamns kommun ska lämna en rapport om Jobbspåret vid decembermötet 2026.

Oskar Lind reserverade sig mot beslutet.
"""

ONE_CLAUSE = WHOLE_PROPOSAL.replace(
    """Kansliets förslag: att bevilja Karlshamns kommun 250 000 kr för Jobbspåret, och att
Karlshamns kommun lämnar en rapport om insatsen vid decembermötet.""",
    "Kansliet föreslår att ansökan beviljas.")

APPLICATION = HEAD + """§8 Ansökan om medel för Språkcaféet

Ronneby kommun ansöker om 90 000 kr för Språkcaféet.

Linnea Ås yrkade bifall till ansökan och Per Dahl avslag. Votering begärdes. Den som bifaller
ansökan röstar ja. Fem röstade ja och tre nej.

Styrelsen beslutade:
Beslut 2026-3 §08:1
Att bevilja Ronneby kommun 90 000 kr för Språkcaféet under 2026.

Beslut 2026-3 §08:2
Att Ronneby kommun ska redovisa Språkcaféets resultat vid oktobermötet 2026.

Per Dahl reserverade sig mot beslutet.
"""

UNSAID = HEAD + """§9 Ansökan om medel för Steg för steg

Olofströms kommun ansöker om 120 000 kr.

Votering begärdes. Sju ledamöter röstade för och en emot.

Styrelsen beslutade:
Beslut 2026-3 §09:1
Att bevilja Olofströms kommun 120 000 kr för Steg för steg under 2026.

Beslut 2026-3 §09:2
Att Olofströms kommun ska redovisa insatsen vid decembermötet 2026.
"""


def _debate(cli, id_: str) -> tuple[dict | None, list[str]]:
    row = decision(cli, id_)
    return row["votes"], [p["name"] for p in row["reservations"]]


def test_a_vote_on_a_proposal_of_two_clauses_concerns_both_points(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "hela.txt", WHOLE_PROPOSAL))
    vote = {"for": 6, "against": 2, "abstained": 0}
    assert _debate(cli, "2026-3 §07:1") == (vote, ["Oskar Lind"])
    assert _debate(cli, "2026-3 §07:2") == (vote, ["Oskar Lind"])
    assert not [r for r in undoubted(summary) if "points it concerns" in r["what"]]


def test_a_vote_on_a_proposal_of_one_clause_concerns_the_point_it_proposed_and_is_put_to_review(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "en.txt", ONE_CLAUSE))
    assert _debate(cli, "2026-3 §07:1") == ({"for": 6, "against": 2, "abstained": 0}, ["Oskar Lind"])
    assert _debate(cli, "2026-3 §07:2") == (None, [])
    assert [r["what"] for r in undoubted(summary) if "points it concerns" in r["what"]] == [
        "§ 7: the vote: the proposal voted on (ansökan beviljas) read as point 1; check which points it concerns",
        "§ 7: the reservation: the proposal voted on (ansökan beviljas) read as point 1; check which points it concerns",
    ]


def test_a_vote_on_the_application_concerns_the_point_that_grants_its_money(cli, tmp_path):
    imported(cli, minutes(tmp_path, "ansokan.txt", APPLICATION))
    assert _debate(cli, "2026-3 §08:1") == ({"for": 5, "against": 3, "abstained": 0}, ["Per Dahl"])
    assert _debate(cli, "2026-3 §08:2") == (None, [])


def test_a_vote_the_minutes_tie_to_no_point_is_on_every_point_and_put_to_review(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "osagt.txt", UNSAID))
    vote = {"for": 7, "against": 1, "abstained": 0}
    assert _debate(cli, "2026-3 §09:1")[0] == vote
    assert _debate(cli, "2026-3 §09:2")[0] == vote
    assert any("read as every point of the §" in r["what"] for r in undoubted(summary))


REFUSAL = HEAD + """§10 Ansökan om medel för Nystart

Sölvesborgs kommun ansöker om 140 000 kr för Nystart.

Ordföranden yrkar bifall till kansliets förslag. Per Dahl yrkar avslag på ansökan.
Votering begärs. Ja-röst för kansliets förslag, nej-röst för avslagsyrkandet. Med fem ja-röster
mot tre nej-röster beslutar styrelsen enligt kansliets förslag.

Styrelsen beslutade:
Beslut 2026-3 §10:1
Att bevilja Sölvesborgs kommun 140 000 kr för Nystart under 2026.

Beslut 2026-3 §10:2
Att Sölvesborgs kommun ska redovisa Nystarts resultat vid decembermötet 2026.
"""


def test_a_vote_on_a_motion_to_refuse_the_application_concerns_the_point_that_grants_its_money(cli, tmp_path):
    imported(cli, minutes(tmp_path, "avslag.txt", REFUSAL))
    assert _debate(cli, "2026-3 §10:1")[0] == {"for": 5, "against": 3, "abstained": 0}
    assert _debate(cli, "2026-3 §10:2") == (None, [])


UNDISPUTED_POINT = HEAD + """§10 Ansökan om medel för Arbetsbron

Sölvesborgs kommun ansöker om 300 000 kr för Arbetsbron.

Ordföranden konstaterade att punkt 2 i förslaget är ostridig och att det i punkt 1 finns två förslag:
kansliets och Oskar Linds om 200 000 kr. Votering begärdes. Sex röstade ja och två nej.

Styrelsen beslutade:
Beslut 2026-3 §10:1
Att bevilja Sölvesborgs kommun 300 000 kr för Arbetsbron under 2026.

Beslut 2026-3 §10:2
Att Sölvesborgs kommun ska redovisa Arbetsbron vid decembermötet 2026.
"""


def test_a_point_said_to_be_undisputed_is_not_the_one_voted_on(cli, tmp_path):
    imported(cli, minutes(tmp_path, "ostridig.txt", UNDISPUTED_POINT))
    assert _debate(cli, "2026-3 §10:1") == ({"for": 6, "against": 2, "abstained": 0}, [])
    assert _debate(cli, "2026-3 §10:2") == (None, [])
