"""A PDF whose §§ stand in a narrow column at the left, the number on the first line and the title
on the lines below it, while the background and the decision run beside them in the wide column:
each § is read as its number and whole title, then its text, not with the title's lines dropped
between the text's. Minutes of our own."""

from __future__ import annotations

from register.minutes.formats import read_document
from tests.importer.formats.make import blank_page
from tests.importer.steps import imported

TOP = ["Protokoll, styrelsen för Samordningsförbundet i Blekinge län", "Sammanträde 2150:2",
       "Datum: 2150-03-11", "Plats: Kommunhuset, Ronneby", "Justerare: Greta Lindqvist"]

SECTIONS = [
    (["§ 4", "Handlingsplan 2150 för", "Ronneby kommun"],
     ["Ronneby kommun har lämnat in sin handlingsplan för året. Planen har",
      "beretts i den lokala samverkansgruppen och omfattar tre insatser för",
      "unga vuxna som står långt från arbetsmarknaden.", "",
      "Beslut", "", "Styrelsen beslutar", "",
      "att bevilja Ronneby kommun 640 000 kr för handlingsplanens insatser 2150,", "",
      "att Ronneby kommun ska redovisa hur medlen använts senast 2150-10-31."]),
    (["§ 5", "Ansökan om medel –", "Steg framåt"],
     ["Region Blekinge söker medel för insatsen Steg framåt, som under",
      "hösten 2150 ska ge stöd till deltagare med långa sjukskrivningar.", "",
      "Beslut", "", "Styrelsen beslutar", "",
      "att ge förbundschefen i uppdrag att till nästa sammanträde bereda ansökan."]),
    (["§ 6", "Uppföljning av", "internkontroll"],
     ["Förbundschefen redogjorde för uppföljningen av internkontrollplanen.", "",
      "Beslut", "", "Styrelsen beslutar", "",
      "att lägga redovisningen till handlingarna."]),
]
LEFT, RIGHT, STEP = 57, 176, 14


def _pdf() -> bytes:
    """Each § at the margin, its title's lines a little lower than the text's beside them (as a
    two-column table sets them), so the columns' lines never share a baseline but the first."""
    page, out = blank_page()
    y = 790
    for line in TOP:
        page.drawString(LEFT, y, line)
        y -= STEP
    for title, text in SECTIONS:
        y -= STEP
        for k, line in enumerate(title):
            page.drawString(LEFT, y - k * (STEP + 5), line)
        for k, line in enumerate(text):
            page.drawString(RIGHT, y - k * STEP, line)
        y -= len(text) * STEP
    page.save()
    return out.getvalue()


def test_the_title_below_the_number_heads_the_section_and_the_text_follows_whole(tmp_path):
    minutes = tmp_path / "2150-2.pdf"
    minutes.write_bytes(_pdf())
    lines = read_document(minutes).document.text.splitlines()
    for title, text in SECTIONS:
        heading = " ".join(title)
        assert heading in lines, lines
        assert lines[lines.index(heading) + 1] == text[0]  # the body follows its heading, unbroken
    assert "unga vuxna som står långt från arbetsmarknaden." in lines


def test_each_decision_under_a_title_below_its_number_is_read_in_its_own_section(cli, tmp_path):
    minutes = tmp_path / "2150-2.pdf"
    minutes.write_bytes(_pdf())
    summary = imported(cli, minutes)
    kinds = {d["id"]: d["kind"] for d in summary["decisions"]}
    assert kinds == {"2150:2 §04:1": "grant", "2150:2 §04:2": "report",
                     "2150:2 §05:1": "assignment", "2150:2 §06:1": "acknowledgement"}
    titles = {p["number"]: p["title"] for p in summary["paragraphs"]}
    assert titles == {4: "Handlingsplan 2150 för Ronneby kommun", 5: "Ansökan om medel – Steg framåt",
                      6: "Uppföljning av internkontroll"}
