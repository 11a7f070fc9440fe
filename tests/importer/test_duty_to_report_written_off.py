"""A party's duty to report named and written off in one sentence (`Karlshamns kommuns skyldighet
att redovisa projektets resultat enligt § 12 punkt 2 avskrivs`, `Ronneby kommuns åtagande att
rapportera deltagarantalet avskrivs`): the report named is the duty that goes, not a new one owed.
A report required in the same words without the write-off stays a report (the trap). Minutes of our own."""

from __future__ import annotations

from register.minutes.model import RequireReport, WriteOffEarlier
from register.minutes.rules import classify


def _read(text: str):
    found = classify(text)
    return found.kind.value, [type(e).__name__ for e in found.effects]


def test_a_partys_duty_to_report_written_off_is_no_report_owed():
    kind, effects = _read("Karlshamns kommuns skyldighet att redovisa projektets resultat enligt § 12 punkt 2 avskrivs, "
                          "eftersom projektet avbrutits.")
    assert kind != "report" and WriteOffEarlier.__name__ in effects and RequireReport.__name__ not in effects, (kind, effects)


def test_a_commitment_to_report_written_off_in_other_words_is_none_owed_either():
    kind, effects = _read("Ronneby kommuns åtagande att rapportera deltagarantalet enligt § 40 avskrivs.")
    assert kind != "report" and RequireReport.__name__ not in effects, (kind, effects)


def test_a_report_required_without_a_write_off_stays_a_report():
    kind, effects = _read("Karlshamns kommun ska redovisa projektets resultat till styrelsens möte i oktober.")
    assert kind == "report" and RequireReport.__name__ in effects, (kind, effects)
