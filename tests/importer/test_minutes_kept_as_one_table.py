"""Minutes kept as one table, a row an item (`§ | Ärende / Diskussion | Beslut`, or `Nr | Ärende |
Beslut | Ansvarig`), as small bodies keep them in Word: each row is the item it says, its decision
cell read as the item's `Beslut`, the first paragraph of the matter's cell as its title. A table
whose rows are not numbered items (a decision log: `Ärende | Beslut | Ansvarig`, or `Nr | … | Beslut` over
plain numbers, which repeats the items) is no such grid. A row of notes under an item (`Noteringar |
…`, no number of its own) is said under its label in that item.
And a case system's mark before every § (`SFB § 12`, `KS § 4`) is the §. Minutes of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from register.minutes.readers.tables import Cell, item_grid
from tests.importer.steps import follow_up, imported, minutes, view


def _docx(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("Protokoll från styrelsemöte nr 2/2077")
    document.add_paragraph("Datum: 2077-04-19")
    document.add_paragraph("Plats: Förbundets kansli, Karlskrona")
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    for at, name in enumerate(header):
        table.rows[0].cells[at].text = name
    for row, cells in zip(table.rows[1:], rows):
        for at, text in enumerate(cells):
            first, *more = text.split("\n")
            row.cells[at].text = first
            for paragraph in more:
                row.cells[at].add_paragraph(paragraph)
    document.save(path)
    return path


ROWS = [
    ["{n}11", "Ansökan från Karlshamns kommun\nKommunen söker medel för insatsen Vägen vidare.",
     "Styrelsen beslutade att bevilja Karlshamns kommun 640 000 kr för 2077."],
    ["{n}12", "Budget 2078\nFörbundschefen redogjorde för läget.",
     "Styrelsen uppdrar åt förbundschefen att lägga fram ett förslag till budget 2078 senast den 30 september 2077."],
    ["{n}13", "Karlskrona kommuns insatsplan 2077", "Återremitteras till Karlskrona kommun för komplettering av budgeten."
                                                   "\nAnsvarig: Karlskrona kommun\nKlart: till nästa möte"],
    ["{n}14", "Mötets avslutande", "–"],
]


@pytest.mark.parametrize("header, number, more", [
    (["§", "Ärende / Diskussion", "Beslut"], "§ ", []),
    (["Nr", "Ärende", "Beslut", "Ansvarig"], "§ ", ["Karlshamns kommun"]),
])
def test_each_row_is_an_item_and_its_decision_cell_its_decision(cli, tmp_path, header, number, more):
    rows = [[cells[0].format(n=number), *cells[1:], *(more if cells[2] != "–" else [""] * len(more))] for cells in ROWS]
    imported(cli, _docx(tmp_path / "apr.docx", header, rows))
    decisions = {d["id"]: d["kind"] for d in view(cli, "decisions", "--as-of", "2999-12-31")}
    assert decisions == {"2077-2 §11:1": "grant", "2077-2 §12:1": "assignment", "2077-2 §13:1": "referral"}
    assert follow_up(cli, "2077-2 §12:1", "2077-04-20")["due"] == "2077-09-30"
    assert follow_up(cli, "2077-2 §13:1", "2077-04-20")["due"] == "next-meeting"  # its `Klart:` line, in the cell


def test_a_decision_log_is_no_grid_of_items():
    rows = [[Cell("Ärende"), Cell("Beslut"), Cell("Ansvarig")], [Cell("Budget"), Cell("Fastställdes"), Cell("Förbundschefen")]]
    assert item_grid(rows) is None
    logged = [[Cell("Nr"), Cell("Ärende"), Cell("Beslut"), Cell("Ansvarig")], [Cell("4"), Cell("Budget"), Cell("Fastställdes"), Cell("")]]
    assert item_grid(logged) is None
    numbered = [[Cell("§"), Cell("Ärende"), Cell("Beslut")], [Cell("§ 4"), Cell("Budget\nEtt förslag."), Cell("Fastställdes.")]]
    assert [b.text for b in item_grid(numbered) if b.text] == ["§ 4 Budget", "Ett förslag.", "Fastställdes."]


def test_a_row_of_notes_under_an_item_is_said_under_its_label_in_that_item():
    """`| Noteringar | Per Holm yrkar …` with no number of its own, beside the matter's column or in the number's."""
    said = "Per Holm (M) yrkar avslag."
    for note in ([Cell(""), Cell("Noteringar"), Cell(said)], [Cell("Noteringar"), Cell(said), Cell("")]):
        rows = [[Cell("§"), Cell("Ärende"), Cell("Beslut")], [Cell("§ 4"), Cell("Budget"), Cell("Fastställdes.")], note,
                [Cell("§ 5"), Cell("Lokaler"), Cell("Bordlades.")]]
        read = [(b.label, b.text) for b in item_grid(rows) or [] if b.text]
        assert read == [("", "§ 4 Budget"), ("Beslut", "Fastställdes."), ("Noteringar", "Per Holm (M) yrkar avslag."),
                        ("", "§ 5 Lokaler"), ("Beslut", "Bordlades.")], read


PREFIXED = """\
SAMORDNINGSFÖRBUNDET I BLEKINGE LÄN           SAMMANTRÄDESPROTOKOLL
Protokoll nr 2/2077
Datum: 2077-04-19
Plats: Förbundets kansli, Karlskrona

{mark} § 11   Ansökan från Karlshamns kommun

Beslut
Styrelsen beslutar att bevilja Karlshamns kommun 640 000 kr för 2077.

{mark} § 12   Budget 2078

Beslut
Styrelsen beslutar att ge förbundschefen i uppdrag att lägga fram ett förslag till budget senast den 30 september 2077.

{mark} § 13   Rättelse

Beslut
Styrelsen beslutar att beslutet {mark} § 11 den 19 april 2077 rättas så att beloppet anges till 604 000 kr.
"""


@pytest.mark.parametrize("mark", ["SFB", "KS"])
def test_the_bodys_mark_before_every_paragraph_is_the_paragraph(cli, tmp_path, mark):
    imported(cli, minutes(tmp_path, "apr.txt", PREFIXED.format(mark=mark)))
    decisions = {d["id"]: d["kind"] for d in view(cli, "decisions", "--as-of", "2999-12-31")}
    assert decisions == {"2077-2 §11:1": "grant", "2077-2 §12:1": "assignment", "2077-2 §13:1": "correction"}
