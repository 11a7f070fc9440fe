"""Two lines the layout could mistake. A sentence wrapped so that its next line begins with a word a
print stamp begins with (`… kastats om vid` / `utskrift. Beslöts att rätta …`) is text, not page
furniture: a stamp begins with a capital. And the next § in order, titled, after a line that ends in
a date (`- Ansökan, inkommen 2125-04-03` / `§ 22 Rättelse …`) heads its item; it is no citation
wrapped from the line above. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes, title_block, view

FEBRUARY = title_block(1, "2076-02-03") + """
§ 1 Ansökan om Vägen ut
Beslöts att bevilja Karlshamns kommun 210 000 kr för Vägen ut 2076.
"""

APRIL = title_block(2, "2076-04-20") + """
§ 2 Rättelse av Vägen ut
I protokollet 3/2 § 1 står att Karlshamns kommun beviljades 210 000 kr.
Sökt och avsett belopp var 120 000 kr, siffrorna hade kastats om vid
utskrift. Beslöts att rätta beslutet till 120 000 kr.
Beslutsunderlag
- Ansökan från Ronneby kommun, inkommen 2076-04-03
§ 3 Ansökan om Stegvis
Beslut
Ronneby kommun beviljas 90 000 kr för Stegvis 2076.
Beslutsunderlag
- Ekonomisk uppföljning per den 31 mars 2076
§ 4 Redovisning av delegationsbeslut
Beslut
Redovisningen av delegationsbeslut läggs till handlingarna.
"""


def _both(cli, tmp_path):
    imported(cli, minutes(tmp_path, "feb.txt", FEBRUARY))
    return imported(cli, minutes(tmp_path, "apr.txt", APRIL))


def test_a_sentence_run_on_to_a_line_beginning_like_a_print_stamp_is_read(cli, tmp_path):
    _both(cli, tmp_path)
    grants = view(cli, "grants", "--as-of", "2076-12-31")
    assert [(g["decision"], g["amount_sek"]) for g in grants if g["party"] == "Karlshamns kommun"] == [("2076-1 §01:1", 120000)], grants


def test_the_next_section_after_a_line_ending_in_a_date_heads_its_item(cli, tmp_path):
    summary = _both(cli, tmp_path)
    decided = {d["id"]: d["kind"] for d in summary["decisions"]}
    assert decided == {"2076-2 §02:1": "correction", "2076-2 §03:1": "grant", "2076-2 §04:1": "acknowledgement"}, decided
