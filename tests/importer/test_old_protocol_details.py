"""Details of an old association's protocol: an item struck told in the past (`Ärendet utgick från
dagordningen, sedan …`), a recusal with who the member is between the name and the verb
(`Nils Ek, som sitter i projektets styrgrupp, anmälde jäv`), and a project's grant with its year
before the sum (`… projektet Trappsteget för år 2071 medel med sammanlagt 95 000 kronor`). Minutes
and wordings of our own."""

from __future__ import annotations

from register.minutes.model import AwardGrant
from register.minutes.rules import classify
from tests.importer.steps import imported, minutes

STRUCK = """\
SAMORDNINGSFÖRBUNDET I BLEKINGE

PROTOKOLL nr 3/2071

fört vid styrelsens sammanträde onsdagen den 9 juni 2071, kl. 09.30–11.00, i Karlshamn.

Närvarande ledamöter:
Berit Olsson, Ronneby kommun, ordförande
Nils Ek, Region Blekinge
Åsa Berg, Försäkringskassan

§ 20. Sammanträdets öppnande. Ordföranden förklarade sammanträdet öppnat.

§ 21. Ansökan om medel för projektet Lyftet. Ärendet utgick från dagordningen, sedan sökanden den 1 juni dragit tillbaka ansökan.

§ 22. Ansökan om medel för projektet Bryggan. Nils Ek, som sitter i projektets styrgrupp, anmälde jäv och lämnade rummet. Beviljades projektet Bryggan 120 000 kronor för år 2071.

§ 23. Sammanträdets avslutande. Ordföranden förklarade sammanträdet avslutat.
"""


def test_an_item_struck_told_in_the_past_is_withdrawn(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "juni.txt", STRUCK))
    assert {d["id"]: d["kind"] for d in summary["decisions"]}.get("2071-3 §21:1") == "withdrawal"


def test_a_recusal_with_who_the_member_is_beside_the_name(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "juni.txt", STRUCK))
    events = {d["id"]: d["events"] for d in summary["decisions"]}["2071-3 §22:1"]
    assert any(e.startswith("recusal (jäv): Nils Ek") for e in events), events


def test_a_projects_grant_with_its_year_before_the_sum() -> None:
    found = classify("Att bevilja projektet Trappsteget för år 2071 medel med sammanlagt 95 000 kronor.")
    assert [(e.project, e.amount_sek) for e in found.effects if isinstance(e, AwardGrant)] == [("Trappsteget", 95_000)]
