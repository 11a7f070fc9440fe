"""Minutes that number their items `Punkt 4 – Title` (no § anywhere), name the meeting
`Styrelsen, möte 1/2089` in the title block, and code each decision by its item and its order there
(`B6.1 …`, `B6.2 …`), citing earlier ones by code and meeting (`B6.2, möte 1/2089`): each coded
paragraph is a decision of its own, with the id its code gives, and a citation by code links as
one by id does. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes, view

FIRST = """\
SAMORDNINGSFÖRBUNDET MELLANBYGDEN
PROTOKOLL
Styrelsen, möte 1/2089
Sammanträdesdatum: 2089-02-14
Plats: Förbundskansliet, Karlshamn
Utses att justera: Anna Berg

Punkt 1 – Mötets öppnande
Ordföranden öppnar sammanträdet.
Punkt 2 – Val av justerare
Anna Berg utses att justera protokollet.
Punkt 3 – Information från förbundschefen
Förbundschefen berättar om årets start.
Beslut
B3.1 Styrelsen lägger informationen till handlingarna.
Punkt 4 – Insatsen Nästa steg 2089
Karlshamns kommun ansöker om medel för insatsen Nästa steg.
Beslut
B4.1 Styrelsen beviljar Karlshamns kommun 350 000 kr för insatsen Nästa steg under 2089.
B4.2 Karlshamns kommun ska redovisa insatsens resultat senast den 31 maj 2089.
Punkt 5 – Mötets avslutande
Ordföranden avslutar sammanträdet.
"""

SECOND = """\
SAMORDNINGSFÖRBUNDET MELLANBYGDEN
PROTOKOLL
Styrelsen, möte 2/2089
Sammanträdesdatum: 2089-06-10
Plats: Förbundskansliet, Karlshamn
Utses att justera: Per Lund

Punkt 1 – Mötets öppnande
Ordföranden öppnar sammanträdet.
Punkt 2 – Redovisning av Nästa steg
Karlshamns kommun har lämnat den redovisning som begärdes i B4.2, möte 1/2089.
Beslut
B2.1 Styrelsen godkänner redovisningen och lägger den till handlingarna.
Punkt 3 – Utökad ram för Nästa steg
Beslut
B3.1 Styrelsen beviljar Karlshamns kommun 420 000 kr för insatsen Nästa steg under 2089. Beslutet ersätter B4.1, möte 1/2089.
Punkt 4 – Mötets avslutande
Ordföranden avslutar sammanträdet.
"""


def test_the_meeting_is_named_by_the_number_its_title_block_gives(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "jun.txt", SECOND))  # the year's first in the register, but its second
    assert summary["meeting"] == "2089-2"
    assert not [r for r in summary["to_review"] if "worked out" in r["what"]], summary["to_review"]


def test_each_coded_paragraph_is_a_decision_with_the_id_its_code_gives(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "feb.txt", FIRST))
    assert summary["meeting"] == "2089-1"
    assert {d["id"]: d["kind"] for d in summary["decisions"]} == {
        "2089-1 §03:1": "acknowledgement", "2089-1 §04:1": "grant", "2089-1 §04:2": "report"}
    texts = {d["id"]: d["text"] for d in view(cli, "decisions", "--as-of", "2999-12-31")}
    assert texts["2089-1 §04:2"].startswith("Karlshamns kommun ska redovisa"), texts  # the code is not the text


def test_a_decision_cited_by_code_and_meeting_is_linked(cli, tmp_path):
    imported(cli, minutes(tmp_path, "feb.txt", FIRST))
    imported(cli, minutes(tmp_path, "jun.txt", SECOND))
    assert follow_up(cli, "2089-1 §04:2", "2089-06-11")["status"] == "done"
    statuses = {d["id"]: d["status"] for d in view(cli, "decisions", "--as-of", "2999-12-31")}
    assert statuses["2089-1 §04:1"] == "superseded", statuses
