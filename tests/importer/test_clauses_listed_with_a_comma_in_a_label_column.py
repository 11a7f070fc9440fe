"""A case system's export sets each § as a label column, the decision beside `Beslut` in one
paragraph: `Direktionen beslutar att bevilja …, att X ska återrapportera …`. Clauses listed with a
comma are each a decision of their own; `… och att bevilja …` (a plan and its money) and a clause
that refers back (`…, att bevilja 250 tkr för dess genomförande`) stay one. The opening and closing §§,
their sentences set under `Beslut` too (`Ordföranden hälsar … välkomna och förklarar sammanträdet
öppnat.`), decide nothing, and an officer told doing something at the meeting (`Förbundschefen
informerar om …`) is given no task. Minutes of our own."""

from __future__ import annotations

import pytest

from tests.importer.steps import imported, minutes

EXPORT = """\
Direktionen – protokoll nr 2/2093
Datum: 2093-03-18
Plats: Brandstationen, Ronneby
Justerare: Olle Sand

§ 12\tSammanträdets öppnande
Beslut\tOrdföranden hälsar ledamöter och tjänstepersoner välkomna och förklarar sammanträdet öppnat.

§ 13\tAnsökan om medel – Trygg hemma
Ärendebeskrivning\tRonneby kommun ansöker om medel för projektet Trygg hemma.
Beslut\t{decided}

§ 14\tInformation från förbundschefen
Beslut\tFörbundschefen informerar om arbetet med den nya räddningsplanen.

§ 15\tSammanträdets avslutande
Beslut\tOrdföranden tackar för dagens sammanträde och förklarar det avslutat.
"""


@pytest.mark.parametrize(("decided", "kinds"), [
    ("Direktionen beslutar att bevilja Ronneby kommun 250 tkr för projektet Trygg hemma under 2093, att Ronneby kommun "
     "ska återrapportera projektets resultat till direktionen senast 2093-11-30.", ["grant", "report"]),
    ("Direktionen beslutar att sänka bidraget till Ronneby kommun för projektet Trygg hemma 2093 till 200 tkr, att Ronneby "
     "kommun ska återrapportera projektets resultat senast 2093-11-30.", ["grant", "report"]),
    ("Direktionen beslutar att upphäva beslutet den 12 februari 2093, § 4, att bevilja Ronneby kommun 250 tkr för projektet "
     "Trygg hemma.", ["revocation"]),
    ("Direktionen beslutar att fastställa Ronneby kommuns verksamhetsplan 2093 och att bevilja 250 tkr för planens "
     "genomförande.", ["plan"]),
    ("Direktionen beslutar att fastställa Ronneby kommuns verksamhetsplan 2093, att bevilja 250 tkr för dess genomförande.",
     ["plan"]),
])
def test_clauses_listed_with_a_comma_are_each_a_decision(cli, tmp_path, decided, kinds):
    summary = imported(cli, minutes(tmp_path, "mar.txt", EXPORT.format(decided=decided)))
    assert [d["kind"] for d in summary["decisions"] if d["id"].startswith("2093-2 §13")] == kinds, summary["decisions"]


def test_the_opening_the_closing_and_an_officer_informing_decide_nothing(cli, tmp_path):
    decided = "Direktionen beslutar att bevilja Ronneby kommun 250 tkr för projektet Trygg hemma under 2093."
    summary = imported(cli, minutes(tmp_path, "mar.txt", EXPORT.format(decided=decided)))
    kinds = {d["id"]: d["kind"] for d in summary["decisions"]}
    assert "2093-2 §12:1" not in kinds and "2093-2 §15:1" not in kinds, kinds
    assert kinds.get("2093-2 §14:1") != "assignment", kinds
