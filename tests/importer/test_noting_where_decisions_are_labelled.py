"""Taking note in a § of information, where the minutes put every decision under a `Beslut` label
and this § has none: hands differ on whether `Informationen noteras.` is a decision, so it is read
as an acknowledgement and put to review. A § that says no decision is taken (`Något beslut fattas
inte.`) has none read from its noting. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes

LABELLED = """\
Sammanträde 2045-3
Datum: 2045-05-11

§ 30 Riktlinjer för resor

Beslut
Styrelsen beslutar
att anta riktlinjer för resor.

§ 31 Rapport från kansliet

Förbundschefen berättar om vårens utbildningsinsatser.

Rapporten noteras.

§ 32 Rapport från regionen

Regionens representant berättar om arbetet med vårdsamverkan.

Styrelsen noterar informationen. Något beslut fattas inte.
"""


def test_noting_without_a_label_where_decisions_have_one_is_put_to_review(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "maj.txt", LABELLED))
    kinds = {d["id"]: d["kind"] for d in summary["decisions"]}
    assert kinds.get("2045-3 §31:1") == "acknowledgement", kinds
    assert any("§31" in d["what"] and "notera" in d["what"] for d in summary["to_review"]), summary["to_review"]


def test_noting_in_a_section_that_says_no_decision_is_taken_is_no_decision(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "maj.txt", LABELLED))
    assert not [d["id"] for d in summary["decisions"] if "§32" in d["id"]]
