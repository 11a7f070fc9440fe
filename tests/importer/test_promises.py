"""A report promised, planned, postponed, denied or not yet signed fulfils nothing, in any tense
or word order; only a delivery does (#24 A.4). Sentences of our own, each under an item whose
title names the report, so that the title alone would match it."""

from __future__ import annotations

import pytest

from register.minutes.promises import not_delivered
from tests.importer.steps import follow_up, imported, minutes

ASKED = """\
Sammanträde nr 1/2027
Datum: 2027-02-08

§ 3 Ronneby kommuns FINSAM-plan 2027
Styrelsen beslutar att Ronneby kommun ska lämna en lägesrapport om planens genomförande till styrelsen senast i juni 2027.
"""

LATER = """\
Sammanträde nr 2/2027
Datum: 2027-04-12

§ 12 Lägesrapport Ronneby kommun
{sentence}

§ 13 Hyra
Styrelsen beslutar att godkänna hyran.
"""

NOT_DELIVERED = [
    "Ronneby kommun kommer att lämna lägesrapporten vid nästa sammanträde.",
    "Lägesrapporten från Ronneby kommun planeras till oktober.",
    "Lägesrapporten från Ronneby kommun har ännu inte inkommit.",
    "Ronneby kommuns lägesrapport är inte klar och lämnas i juni.",
    "Lägesrapporten har inte undertecknats av kommunen än och läggs därför inte fram.",
    "Någon lägesrapport har inte lämnats av Ronneby kommun.",
    "Förbundschefen meddelade att Ronneby kommun avser att redovisa lägesrapporten i juni.",
    "Ronneby kommun har aviserat att lägesrapporten blir försenad.",
    "Lägesrapporten från Ronneby kommun skjuts upp till juni.",
    "Arbetet med lägesrapporten från Ronneby kommun pågår.",
    "Förbundschefen har talat med Ronneby kommun, som har lovat att lämna lägesrapporten vid junimötet.",
    "Ronneby kommun återkommer med lägesrapporten efter sommaren.",
    "Enligt beslutet den 8 februari 2027, § 3, skulle Ronneby kommun lämna en lägesrapport. Kansliet har påmint "
    "kommunen.\nBeslutsunderlag – Förteckning över utestående lägesrapporter 2027-04-01",
    "Lägesrapporten från Ronneby kommun är utestående.",
]

DELIVERED = [
    "Ronneby kommun lämnade sin lägesrapport om planens genomförande. Rapporten läggs till handlingarna.",
    "Styrelsen tog del av Ronneby kommuns lägesrapport om planens genomförande.",
    "Lägesrapporten skulle enligt beslut 2027-1 § 3 ha lämnats i mars men kom in till kansliet "
    "först i april. Lägesrapporten läggs till handlingarna.",
]


def _status_after(cli, tmp_path, sentence: str) -> str:
    imported(cli, minutes(tmp_path, "feb.txt", ASKED))
    imported(cli, minutes(tmp_path, "apr.txt", LATER.format(sentence=sentence)))
    return str(follow_up(cli, "2027-1 §03:1", "2027-05-01")["status"])


@pytest.mark.parametrize("sentence", NOT_DELIVERED)
def test_a_report_promised_planned_or_denied_stays_open(cli, tmp_path, sentence):
    assert _status_after(cli, tmp_path, sentence) == "open"


@pytest.mark.parametrize("sentence", DELIVERED)
def test_a_report_delivered_is_done(cli, tmp_path, sentence):
    assert _status_after(cli, tmp_path, sentence) == "done"


def test_a_duty_recalled_then_met_late_tells_a_delivery_and_the_duty_alone_does_not():
    assert not not_delivered("Återrapporteringen skulle enligt beslut 2027-1 § 3 ha lämnats senast den 30 juni "
                             "men kom in till kansliet först i augusti")
    assert not_delivered("Återrapporteringen skulle enligt beslut 2027-1 § 3 ha lämnats senast den 30 juni")
