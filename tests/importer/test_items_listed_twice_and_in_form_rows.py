"""Two layouts that hid or doubled the items. A summary that lists every § with a line or two of
what it decided (`§ 12  Dnr 2077/004`, `Ärende: …`, `Beslut: Planen fastställs.`) before the same §§
come again with their full text: its lines decide nothing, and each decision is read once, from
its §. And a form where each § is a row `Paragraf: § 12` with the title in the row below
(`Ärende: Insatsplan …`), its contents list standing right above the first § with no blank line
between. A summary under a title of its own (`Beslutsförteckning`) takes no prose of the §§ below with
it, and a thing handed over of which a relative clause tells the history (`… som styrelsen begärde i
februari och som i mars anmäldes som försenad`) is delivered. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes, title_block, view

_ITEMS = """\
§ 12  Dnr 2077/004
Insatsplan 2077 – Ronneby kommun
Ärendebeskrivning
Ronneby kommun har lämnat sin insatsplan för 2077. Kansliet har gått igenom den.
Beslut
- att fastställa Ronneby kommuns insatsplan för 2077 och bevilja 450 000 kr.
- att Ronneby kommun ska lämna en delrapport senast den 30 september 2077.

§ 13  Dnr 2077/005
Lokalfrågan
Ärendebeskrivning
Kansliets hyresavtal löper ut vid årets slut och behöver ses över i god tid.
Beslut
- att ge förbundschefen i uppdrag att utreda kansliets lokaler till nästa sammanträde.

§ 14  Dnr 2077/006
Ekonomisk rapport
Ärendebeskrivning
Ekonomen redogör för utfallet per den sista april. Förbrukningen följer budget.
Beslut
- att lägga rapporten till handlingarna.
"""

SUMMARY = title_block(2, "2077-05-10") + """
Beslut i sammandrag

§ 12  Dnr 2077/004
Ärende: Insatsplan 2077 – Ronneby kommun
Beslut: Planen fastställs med 450 000 kr; delrapport i september.

§ 13  Dnr 2077/005
Ärende: Lokalfrågan
Beslut: Förbundschefen utreder lokalerna.

§ 14  Dnr 2077/006
Ärende: Ekonomisk rapport
Beslut: Rapporten läggs till handlingarna.

""" + _ITEMS


def _form(text: str) -> str:
    """The items as rows of a form: `Paragraf: § 12` over `Ärende: <title>`."""
    rows = []
    for block in text.strip().split("\n\n"):
        heading, title, *rest = block.split("\n")
        rows.append("\n".join([f"Paragraf: {heading.split('  ')[0]}", "", f"Ärende: {title}", "",
                               f"Dnr: {heading.split('Dnr ')[1]}", "", *rest]))
    return "\n\n".join(rows) + "\n"


FORM = title_block(2, "2077-05-10") + """
Ärendeförteckning
§\tÄrende\tDnr
§ 12\tInsatsplan 2077 – Ronneby kommun\t2077/004
§ 13\tLokalfrågan\t2077/005
§ 14\tEkonomisk rapport\t2077/006
""" + _form(_ITEMS)


_READ = [("2077-2 §12:1", "plan"), ("2077-2 §12:2", "report"), ("2077-2 §13:1", "assignment"),
         ("2077-2 §14:1", "acknowledgement")]


def test_a_summary_of_the_decisions_before_the_items_decides_nothing_itself(cli, tmp_path):
    imported(cli, minutes(tmp_path, "maj.txt", SUMMARY))
    decisions = view(cli, "decisions", "--as-of", "2077-12-31")
    assert [(d["id"], d["kind"]) for d in decisions] == _READ


def test_items_written_as_rows_of_a_form_are_read_below_their_contents(cli, tmp_path):
    imported(cli, minutes(tmp_path, "maj.txt", FORM))
    decisions = view(cli, "decisions", "--as-of", "2077-12-31")
    assert [(d["id"], d["kind"]) for d in decisions] == _READ
    assert {g["decision"]: g["amount_sek"] for g in view(cli, "grants", "--as-of", "2077-12-31")} == {"2077-2 §12:1": 450000}


FEBRUARY = title_block(1, "2077-02-10") + """
§ 5  Lokalfrågan

Beslut
- att ge förbundschefen i uppdrag att utreda kansliets lokaler till maj.
"""

LISTED = title_block(2, "2077-05-10") + """
Beslutsförteckning
Förteckningen anger i korthet vad som beslutades; paragrafens beslutstext gäller.

""" + SUMMARY.split("Beslut i sammandrag\n\n")[1].replace(
    "Kansliets hyresavtal löper ut vid årets slut och behöver ses över i god tid.",
    "Förbundschefen lämnar nu den utredning som styrelsen begärde i februari (2077-02-10, § 5) och som i mars "
    "anmäldes som försenad.").replace("- att ge förbundschefen i uppdrag att utreda kansliets lokaler till nästa sammanträde.",
                                      "- att lägga utredningen till handlingarna.")


def test_a_summary_under_a_title_of_its_own_leaves_the_items_prose_to_them(cli, tmp_path):
    imported(cli, minutes(tmp_path, "februari.txt", FEBRUARY))
    imported(cli, minutes(tmp_path, "maj.txt", LISTED))
    row = follow_up(cli, "2077-1 §05:1", "2077-06-01")
    assert (row["status"], row["done_on"]) == ("done", "2077-05-10")
