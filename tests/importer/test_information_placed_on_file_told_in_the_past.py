"""Information placed on file, told in the past (`Informationen lades till handlingarna.`) by a hand
that tells the board's decisions in the past too (`Styrelsen beslöt att …`): an acknowledgement to
some hands, information only to others, so the § is put to review rather than passed over in
silence. The previous minutes placed on file stay a formality. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes

PAST = """\
Protokoll styrelsemöte 14/10 2071
Samordningsförbundet FINSAM Blekinge, styrelsen
Datum: 14 oktober 2071

Punkt 1. Mötet öppnas
Ordföranden öppnade mötet.
Punkt 2. Förra protokollet
Protokollet från 9/9 lades till handlingarna.
Punkt 3. Ansökan från Ronneby kommun
Styrelsen beslöt att bevilja Ronneby kommun 60 000 kr för 2071.
Punkt 4. Information från fc
Karin berättade om arbetet på kansliet och om två nya medarbetare. Informationen lades till handlingarna.
Punkt 5. Läget i länet
Tomas gick igenom hur många som fått jobb under hösten. Underlaget lades till handlingarna.
Punkt 6. Mötet avslutas
Ordföranden avslutade mötet.
"""


def _doubted(cli, tmp_path) -> str:
    summary = imported(cli, minutes(tmp_path, "okt.txt", PAST))
    return "\n".join(doubt["what"] for doubt in summary["to_review"])


def test_information_placed_on_file_in_the_past_is_put_to_review(cli, tmp_path):
    doubted = _doubted(cli, tmp_path)
    assert "§4 Information från fc" in doubted and "§5 Läget i länet" in doubted, doubted


def test_the_previous_minutes_placed_on_file_stay_a_formality(cli, tmp_path):
    assert "§2" not in _doubted(cli, tmp_path)
