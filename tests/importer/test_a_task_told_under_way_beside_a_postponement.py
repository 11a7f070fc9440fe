"""An officer's task told of in a list of information points as still under way (`Det nya intranätet
beräknas vara klart i april`) is not done, though another point of the list shares only the particle
of the task's verb (`ta fram` … `har skjutits fram`). The same list telling the task done fulfils it.
Minutes of our own."""

from __future__ import annotations

import pytest

from tests.importer.steps import follow_up, imported, minutes

ASKED = """\
Sammanträde nr 1/2065
Datum: 2065-02-09

§ 7 Intranät för förbundet
Beslut: Att ge förbundschefen i uppdrag att ta fram en ny lösning för förbundets intranät.
"""

TOLD = """\
Sammanträde nr 2/2065
Datum: 2065-04-20

§ 19 Förbundschefen redovisar
Förbundschefen redovisar följande:

- Flytten av arkivet har skjutits fram till hösten.

- {point}

Beslut: Styrelsen lägger redovisningen till handlingarna.
"""


@pytest.mark.parametrize("point", [
    "Det nya intranätet beräknas kunna tas i bruk i juni.",
    "Arbetet med lösningen för intranätet pågår.",
])
def test_a_task_still_under_way_is_not_done(cli, tmp_path, point):
    imported(cli, minutes(tmp_path, "feb.txt", ASKED))
    imported(cli, minutes(tmp_path, "apr.txt", TOLD.format(point=point)))
    assert follow_up(cli, "2065-1 §07:1", "2065-04-21")["status"] == "open"


def test_the_task_told_done_in_the_list_is_done(cli, tmp_path):
    imported(cli, minutes(tmp_path, "feb.txt", ASKED))
    imported(cli, minutes(tmp_path, "apr.txt", TOLD.format(point="Den nya lösningen för förbundets intranät är nu införd.")))
    assert follow_up(cli, "2065-1 §07:1", "2065-04-21")["status"] == "done"
