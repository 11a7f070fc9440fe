"""An agreement the board terminates with itself as the subject, in the present or the past
(`Styrelsen säger upp avtalet om …`, `Förbundet sade upp hyresavtalet …`), is a termination, as
`att säga upp avtalet` and `Avtalet sägs upp` are. An agreement the other party has terminated,
told to the board, is not the board's termination. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes

MINUTES = """\
Sammanträde nr 3/2062
Datum: 2062-09-15

§ 30 Lokal för kansliet
Beslut: Styrelsen säger upp hyresavtalet för lokalen på Storgatan 4 att upphöra den 31 mars 2063.

§ 31 Städtjänster
Beslut: Förbundet sade upp avtalet med Städbolaget Blank AB vid halvårsskiftet, vilket styrelsen godkänner i efterhand.

§ 32 Kopiatorn
Beslut: Styrelsen beslutar att säga upp leasingavtalet för kopiatorn.

§ 33 Parkeringen
Hyresvärden har sagt upp avtalet om parkeringsplatser från årsskiftet.
Beslut: Styrelsen noterar informationen.
"""


def _kinds(cli, tmp_path) -> dict[str, str]:
    summary = imported(cli, minutes(tmp_path, "sept.txt", MINUTES))
    return {d["id"]: d["kind"] for d in summary["decisions"]}


def test_the_board_terminating_in_the_present_is_a_termination(cli, tmp_path):
    assert _kinds(cli, tmp_path).get("2062-3 §30:1") == "termination"


def test_the_board_terminating_in_the_past_is_a_termination(cli, tmp_path):
    assert _kinds(cli, tmp_path).get("2062-3 §31:1") == "termination"


def test_the_infinitive_after_a_verb_of_deciding_still_terminates(cli, tmp_path):
    assert _kinds(cli, tmp_path).get("2062-3 §32:1") == "termination"


def test_an_agreement_the_other_party_terminated_is_only_noted(cli, tmp_path):
    assert _kinds(cli, tmp_path).get("2062-3 §33:1") == "acknowledgement"
