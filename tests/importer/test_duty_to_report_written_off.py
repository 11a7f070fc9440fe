"""A party's duty to report named and written off in one sentence (`Karlshamns kommuns skyldighet
att redovisa projektets resultat enligt § 12 punkt 2 avskrivs`, `Ronneby kommuns åtagande att
rapportera deltagarantalet enligt § 14 avskrivs`): the report named is the duty that goes, not a new
one owed. A report required in the same words without the write-off stays a report (the trap).
Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes

WRITTEN_OFF = """\
Samordningsförbundet Östra Dalen
PROTOKOLL 3/2083 – Styrelsen
Datum: 2083-06-10

§ 30 Projektet Lyftet
Projektet har avbrutits.
BESLUT:
1. Karlshamns kommuns skyldighet att redovisa projektets resultat enligt § 12 punkt 2 avskrivs, eftersom projektet avbrutits.

§ 31 Deltagarräkning
BESLUT:
1. Ronneby kommuns åtagande att rapportera deltagarantalet enligt § 14 avskrivs.

§ 32 Projektet Steget
BESLUT:
1. Karlshamns kommun ska redovisa projektets resultat till styrelsens möte i oktober.
"""


def _kinds(cli, tmp_path) -> dict[str, str]:
    summary = imported(cli, minutes(tmp_path, "juni.txt", WRITTEN_OFF))
    return {d["id"]: d["kind"] for d in summary["decisions"]}


def test_a_partys_duty_to_report_written_off_is_no_report_owed(cli, tmp_path):
    kinds = _kinds(cli, tmp_path)
    assert kinds.get("2083-3 §30:1") not in (None, "report"), kinds


def test_a_commitment_to_report_written_off_in_other_words_is_none_owed_either(cli, tmp_path):
    kinds = _kinds(cli, tmp_path)
    assert kinds.get("2083-3 §31:1") not in (None, "report"), kinds


def test_a_report_required_without_a_write_off_stays_a_report(cli, tmp_path):
    assert _kinds(cli, tmp_path).get("2083-3 §32:1") == "report"
