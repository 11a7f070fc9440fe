"""A correction worded as a change to earlier minutes (`att protokollet från sammanträdet den 19 april
2077, § 18, rättas så att det belopp som beviljades … anges till 805 000 kr`) under a § titled as the
minutes are (`Rättelse av protokoll`) corrects the grant it names; it is no formality, though its
words are those of one. Approving the earlier minutes stays a formality. Minutes of our own."""

from __future__ import annotations

import pytest

from tests.importer.steps import imported, minutes, view

GRANTED = """\
Protokoll nr 2/2077
Datum: 2077-04-19

§ 18 Ansökan om medel – förstudien Ny start

Beslut: Att bevilja Karlshamns kommun 850 000 kr för förstudien Ny start under 2077.
"""

CORRECTED = """\
Protokoll nr 3/2077
Datum: 2077-06-07

§ 29 Föregående protokoll

Beslut
Protokollet från sammanträdet den 19 april 2077 läggs till handlingarna.

§ 30 {title}

Beslut
{decision}
"""


@pytest.mark.parametrize("title, decision", [
    ("Rättelse av protokoll 2077-04-19 § 18",
     "Styrelsen beslutar att protokollet från sammanträdet den 19 april 2077, § 18, rättas så att det belopp "
     "som beviljades Karlshamns kommun för förstudien anges till 805 000 kr."),
    ("Protokoll 2/2077 § 18 – felskrivning",
     "Styrelsen beslutar att beslutet den 19 april 2077, § 18, rättas så att beloppet anges till 805 000 kr."),
])
def test_the_correction_is_read_and_the_approval_of_the_minutes_is_not(cli, tmp_path, title, decision):
    imported(cli, minutes(tmp_path, "apr.txt", GRANTED))
    imported(cli, minutes(tmp_path, "jun.txt", CORRECTED.format(title=title, decision=decision)))
    decided = {d["id"]: d["kind"] for d in view(cli, "decisions", "--as-of", "2999-12-31") if d["meeting"] == "2077-3"}
    assert decided == {"2077-3 §30:1": "correction"}
    grants = view(cli, "grants", "--as-of", "2999-12-31")
    assert [(g["decision"], g["amount_sek"]) for g in grants] == [("2077-2 §18:1", 805000)]


def test_a_change_to_earlier_minutes_the_rows_cannot_read_is_kept_and_not_dropped_as_a_formality(cli, tmp_path):
    imported(cli, minutes(tmp_path, "apr.txt", GRANTED))
    summary = imported(cli, minutes(tmp_path, "jun.txt", CORRECTED.format(
        title="Rättelse av protokoll 2077-04-19 § 18",
        decision="Styrelsen beslutar att protokollet från sammanträdet den 19 april 2077, § 18, ändras så att "
                 "mottagaren anges som Karlshamns kommun.")))
    decided = [d["id"] for d in view(cli, "decisions", "--as-of", "2999-12-31") if d["meeting"] == "2077-3"]
    assert decided == ["2077-3 §30:1"]
    assert any("§30" in r["what"] or "§ 30" in r["what"] or "2077-3 §30:1" in r["what"] for r in summary["to_review"]), summary["to_review"]
