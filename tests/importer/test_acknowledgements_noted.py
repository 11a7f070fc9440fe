"""The board takes note of what it was told, in whatever words: `Informationen noteras`, `Styrelsen
tackar för redovisningen och lägger den till handlingarna`, `Att anteckna att planen har inkommit`,
`Styrelsen tar emot rapporten`, `anse uppdraget redovisat`: each is an acknowledgement, not a
decision of no known kind. The previous minutes placed on file stay a formality. Minutes of our own."""

from __future__ import annotations

import pytest

from domain.values import DecisionKind
from register.minutes.rules import classify
from tests.importer.steps import imported, minutes

OCTOBER = """Sammanträde nr 5/2032
Datum: 2032-10-14

§ 2 Föregående protokoll
Protokollet från den 9 september läggs till handlingarna.

§ 6 Kansliets information
Förbundschefen berättar om höstens utbildningsdagar.

Beslut
Informationen antecknas.

§ 7 Halvårsredovisning Stegvis

Beslut
Styrelsen tackar för halvårsredovisningen och lägger den till handlingarna.

§ 8 Inkommen plan från Olofströms kommun

Styrelsen beslutar
att anteckna att Olofströms kommun har lämnat sin plan för 2033.
"""


def test_noting_thanking_and_placing_on_file_are_acknowledgements(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "okt.txt", OCTOBER))
    kinds = {d["id"]: d["kind"] for d in summary["decisions"]}
    assert kinds == dict.fromkeys(("2032-5 §06:1", "2032-5 §07:1", "2032-5 §08:1"), "acknowledgement")  # § 2 a formality
    assert not [d for d in summary["to_review"] if "no rule knows this wording" in d["what"]]


@pytest.mark.parametrize("text", [
    "Anmälan noteras.",
    "Styrelsen noterar lägesrapporten.",
    "Att ta emot slutrapporten från projektet.",
    "Att därmed anse förbundschefens uppdrag redovisat.",
    "Direktionen tackar projektledaren för presentationen.",
    "Att godkänna Region Blekinges redovisning av kartläggningen.",
    "Att lägga redovisningarna av 2090 års medel från Karlskrona kommun, Ronneby kommun, Olofströms kommun och Region Blekinge till handlingarna.",
])
def test_each_way_of_taking_note_is_read_as_one(text):
    assert classify(text).kind is DecisionKind.ACKNOWLEDGEMENT


@pytest.mark.parametrize("text", [
    "Till protokollet noteras att ordföranden anmäler jäv.",
    "Att bevilja Region Blekinge 40 000 kr och notera informationen.",
])
def test_a_note_for_the_minutes_or_beside_a_grant_is_no_acknowledgement(text):
    assert classify(text).kind is not DecisionKind.ACKNOWLEDGEMENT
