"""Minutes exported page by page from a meeting system: every page opens with the same short
header lines (the body's name, the board, the date, `Sida n av m`) and closes with a signature
footer, wherever the page happens to break, even inside a decision. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes

HEADER = """\
Kommunalförbundet Norra Ådalen
Direktionen
PROTOKOLL
Mötesdag 2044-04-20
Sida {page} av 2
"""

EXPORTED = HEADER.format(page=1) + """
Plats och tid: Förbundshuset, Kramfors, kl. 09.00–11.00
Sammanträde 2044-2

Beslutande:
Lars Wik, ordförande, Karlskrona kommun
Eva Holm, Ronneby kommun

§ 4 Karlshamns kommuns FINSAM-plan 2044

Diarienummer
NÅ 2044/012

Ärendebeskrivning
Kommunen har lämnat in sin plan och söker 700 000 kronor.

Beslut
Direktionen beslutar


Signatur justerare | Signatur sekreterare
\f""" + HEADER.format(page=2) + """
att fastställa Karlshamns kommuns FINSAM-plan 2044 och bevilja 700 000 kr,
att Karlshamns kommun ska lämna en rapport om planens genomförande senast den
30 november 2044.

Beslutet skickas till
Karlshamns kommun


Signatur justerare | Signatur sekreterare
"""


def test_a_page_header_repeated_inside_a_decision_is_no_part_of_it(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "april.txt", EXPORTED))
    decided = {d["id"]: d for d in summary["decisions"]}
    assert sorted(decided) == ["2044-2 §04:1", "2044-2 §04:2"], sorted(decided)
    assert decided["2044-2 §04:1"]["kind"] == "plan"
    assert decided["2044-2 §04:2"]["kind"] == "report"
    assert "Direktionen" not in decided["2044-2 §04:1"]["text"]


TIGHT_HEADER = """\
Kommunalförbundet Norra Ådalen
Direktionen
Mötesdag 2044-06-01
Sida {page} av 3
"""

TIGHT = TIGHT_HEADER.format(page=1) + """
Sammanträde 2044-3

§ 7 Riktlinjer för resor

Signatur justerare | Signatur sekreterare
\f""" + TIGHT_HEADER.format(page=2) + """Beslut
Direktionen beslutar
att anta riktlinjer för resor.

§ 8 Riktlinjer för representation

Signatur justerare | Signatur sekreterare
\f""" + TIGHT_HEADER.format(page=3) + """Beslut
Direktionen beslutar
att anta riktlinjer för representation.
"""


def test_a_decision_label_set_tight_under_the_page_header_stays(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "juni.txt", TIGHT))
    assert [d["id"] for d in summary["decisions"]] == ["2044-3 §07:1", "2044-3 §08:1"]
    assert not [d for d in summary["to_review"] if "Beslut" in d["what"] and "label" in d["what"]]
