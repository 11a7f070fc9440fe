"""A member said to have sent in a report of any compound (`har lämnat delårsredovisning …, i
enlighet med styrelsens beslut 2074-02-11, § 4`) delivers what the cited § asked for; a report said
to come (`lämnar sin halvårsredovisning i augusti enligt beslutet i § 4`) delivers nothing.
Minutes of our own."""

from __future__ import annotations

import pytest

from tests.importer.steps import follow_up, imported, minutes

FEBRUARY = """\
Protokoll 1/2074
Datum: 2074-02-11

§ 4 Handlingsplan 2074 – Ronneby kommun
Beslut
Styrelsen beslutar
- att fastställa Ronneby kommuns FINSAM-plan 2074 och bevilja 850 000 kr för 2074,
- att Ronneby kommun ska lämna en delårsredovisning senast den 31 augusti 2074.
"""

SEPTEMBER = """\
Protokoll 4/2074
Datum: 2074-09-15

§ 42 Delårsredovisning 2074 – Ronneby kommun
Ronneby kommun {told}

Beslut
Styrelsen beslutar att lägga informationen till handlingarna.
"""


@pytest.mark.parametrize("told, status", [
    ("har den 28 augusti 2074 lämnat delårsredovisning av planen, i enlighet med styrelsens beslut 2074-02-11, § 4.", "done"),
    ("lämnar sin delårsredovisning i oktober enligt styrelsens beslut 2074-02-11, § 4.", "overdue"),
])
def test_a_report_sent_in_delivers_what_the_cited_paragraph_asked_and_one_to_come_nothing(cli, tmp_path, told, status):
    imported(cli, minutes(tmp_path, "feb.txt", FEBRUARY))
    imported(cli, minutes(tmp_path, "sep.txt", SEPTEMBER.format(told=told)))
    assert follow_up(cli, "2074-1 §04:2", "2074-09-30")["status"] == status
