"""OpenDocument minutes whose § numbers stand only in a list style (`§ ` before the number, and the
number the meeting starts at, `13`, as the style's start value), not in the text: each item is
numbered as the document shows it, `§ 13`, `§ 14`, and its decisions take that number. A list
with no start value counts from 1. Minutes of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importer.steps import imported, view


def _odt(path: Path, start: int | None) -> Path:
    from odf.opendocument import OpenDocumentText
    from odf.style import ListLevelProperties
    from odf.text import H, List, ListItem, ListLevelStyleBullet, ListLevelStyleNumber, ListStyle, P

    document = OpenDocumentText()
    style = ListStyle(name="Paragrafer")
    level = ListLevelStyleNumber(level=1, numprefix="§ ", numsuffix="", numformat="1")
    if start is not None:
        level.setAttribute("startvalue", str(start))
    level.addElement(ListLevelProperties())
    style.addElement(level)
    bullet = ListLevelStyleBullet(level=2, bulletchar="–")
    style.addElement(bullet)
    document.automaticstyles.addElement(style)
    for line in ("Protokoll – styrelsens sammanträde 2/2077", "Sammanträdesdatum: 2077-04-19", "Plats: Stadshuset, Ronneby"):
        document.text.addElement(P(text=line))
    items = List(stylename="Paragrafer")
    for title, clauses in (("Sammanträdets öppnande", []),
                           ("Ansökan från Karlshamns kommun", ["att bevilja Karlshamns kommun 640 000 kr för 2077."]),
                           ("Budget 2078", ["att ge förbundschefen i uppdrag att lägga fram ett förslag till budget 2078."])):
        item = ListItem()
        item.addElement(H(outlinelevel=2, text=title))
        if clauses:
            item.addElement(P(text="Styrelsens beslut"))
            inner = List()
            for clause in clauses:
                point = ListItem()
                point.addElement(P(text=clause))
                inner.addElement(point)
            item.addElement(inner)
        items.addElement(item)
    document.text.addElement(items)
    document.save(str(path))
    return path


@pytest.mark.parametrize("start, first", [(13, 13), (None, 1)])
def test_the_items_take_the_numbers_the_list_style_shows(cli, tmp_path, start, first):
    imported(cli, _odt(tmp_path / "apr.odt", start))
    decisions = {d["id"]: d["kind"] for d in view(cli, "decisions", "--as-of", "2999-12-31")}
    assert decisions == {f"2077-2 §{first + 1:02d}:1": "grant", f"2077-2 §{first + 2:02d}:1": "assignment"}
