"""A task given to an officer named by title, in the indefinite form and with the person's name
after it (`uppdra åt samverkanschef Tove Lindkvist att …`), is held by the title in the definite
form (`samverkanschefen`), as `förbundschef` is held by `förbundschefen`: the office answers for it,
whoever holds it when it falls due. Minutes of our own."""

from __future__ import annotations

import pytest

from tests.importer.steps import follow_up, imported, minutes

TASK = """\
Protokoll nr 3/2088
Datum: 2088-05-16
Plats: Kommunhuset, Olofström
Justerare: Erik Sand

§ 31 Gemensam lokal

Beslut: Styrelsen beslutar att uppdra åt {who} att utreda en gemensam lokal för parterna senast den 30 oktober 2088.
"""


@pytest.mark.parametrize(("who", "holder"), [
    ("samverkanschef Tove Lindkvist", "samverkanschefen"),
    ("verksamhetschefen", "verksamhetschefen"),
    ("regiondirektör Anders Vik", "regiondirektören"),
    ("samordnare Lisa Holm", "samordnaren"),
    ("projektledaren", "projektledaren"),
])
def test_the_office_holds_the_task(cli, tmp_path, who, holder):
    imported(cli, minutes(tmp_path, "maj.txt", TASK.format(who=who)))
    row = follow_up(cli, "2088-3 §31:1", "2088-05-17")
    assert (row["responsible"], row["due"]) == (holder, "2088-10-30")
