"""A decision read as one kind whose own words carry the verb of another (`bordläggs`, `säger upp`,
`beviljas … kr`, `återremitteras`, `avslås`, `upphävs`) is put to review, naming the word: hands
write kinds in ways no rule knows whole, and a misread kind must not pass in silence. A kind whose
decisions say such a verb in their ordinary words (a plan adopted with the money granted for it,
a grant that turns down the rest of an application) raises no doubt. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes

MINUTES = """\
Samordningsförbundet i Blekinge
PROTOKOLL 2/2078

Datum: tisdagen den 12 april 2078
Plats: Förbundets kansli, Karlskrona

§ 1 Öppnande
Ordföranden öppnade mötet.

§ 2 Lokalfrågan
Hyresvärden har aviserat en kraftig höjning.
Beslut:
Att kansliets hyreskontrakt med Fastighets AB Tornet sägs upp till årsskiftet.

§ 3 Medel till studiecirkel
Föreningen Lyftet har hört av sig.
Beslut:
Att föreningen Lyftet i enlighet med styrelsens diskussion beviljas 75 000 kronor ur bufferten.

§ 4 Insatsplan Ronneby kommun 2078
Beslut:
Att fastställa Ronneby kommuns insatsplan för 2078 och bevilja 640 000 kr för den.

§ 5 Ansökan från projektet Broar
Beslut:
Att bevilja Karlshamns kommun 200 000 kr för projektet Broar under 2078 och avslå ansökan i övrigt.
"""


def _doubts(cli, tmp_path) -> dict[str, str]:
    summary = imported(cli, minutes(tmp_path, "2078-2.txt", MINUTES))
    kinds = {d["id"]: d["kind"] for d in summary["decisions"]}
    said = {d["what"].partition(": ")[0]: d["what"] for d in summary["to_review"] if "but its words say" in d["what"]}
    return {id_: said.get(id_, kinds[id_]) for id_ in kinds}


def test_a_decision_whose_words_say_another_kind_than_it_was_read_as_is_put_to_review(cli, tmp_path):
    doubts = _doubts(cli, tmp_path)
    for id_, word in (("2078-2 §02:1", "sägs upp"), ("2078-2 §03:1", "beviljas")):
        assert "but its words say" in doubts[id_] and f"'{word}'" in doubts[id_], (id_, doubts[id_])


def test_a_plan_with_its_money_and_a_grant_that_turns_down_the_rest_raise_no_doubt(cli, tmp_path):
    doubts = _doubts(cli, tmp_path)
    assert (doubts["2078-2 §04:1"], doubts["2078-2 §05:1"]) == ("plan", "grant")
