"""A revocation or a supersession that cites an earlier § which held several decisions: cited
whole (by its date and §, by `möte:nr § N`), it ends every decision of the § still in force; a
point the citation names (`§ 4 punkt 1`), one the sentence names beside it (`punkt 2 i
beslutet den …`), or what it says the decision did (`… § 4, att bevilja …`) narrows it; a new
plan that replaces `planen` replaces the plan, not the report asked with it; a § may be named by
its diarienummer alone; a decision of the § ended before is left as it was. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import decision, imported, minutes

MARCH = """Sammanträde nr 2/2031
Datum: 2031-03-12

§ 4 Bidrag till Jobbkraft
Styrelsen beslutar

1. att bevilja Ronneby kommun 310 000 kr för insatsen Jobbkraft under 2031,
2. att Ronneby kommun ska lämna en slutrapport senast 2032-01-31.

§ 5 Bidrag till Språkbron
Styrelsen beslutar

1. att bevilja Karlshamns kommun 150 000 kr för insatsen Språkbron under 2031,
2. att Karlshamns kommun ska lämna en lägesrapport senast 2031-10-31.
"""

SEPTEMBER_WHOLE = """Sammanträde nr 4/2031
Datum: 2031-09-17

§ 30 Jobbkraft – upphävande
Kommunen har meddelat att insatsen inte kommer att starta i år.

Styrelsen beslutar att upphäva styrelsens beslut den 12 mars 2031, § 4, i sin helhet.
"""

SEPTEMBER_ONE_POINT = """Sammanträde nr 4/2031
Datum: 2031-09-17

§ 30 Språkbron – lägesrapport
Styrelsen beslutar att upphäva punkt 2 i beslutet den 12 mars 2031, § 5.
"""

SEPTEMBER_SUPERSEDED = """Sammanträde nr 4/2031
Datum: 2031-09-17

§ 31 Språkbron – nytt beslut om medel
Styrelsen beslutar att bevilja Karlshamns kommun 120 000 kr för insatsen Språkbron under 2031; beslutet ersätter beslut 2031:2 § 5 punkt 1.
"""


def test_a_section_revoked_whole_ends_every_decision_in_it(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    summary = imported(cli, minutes(tmp_path, "sept.txt", SEPTEMBER_WHOLE))
    assert decision(cli, "2031-2 §04:1")["status"] == "revoked"
    assert decision(cli, "2031-2 §04:2")["status"] == "revoked"
    assert decision(cli, "2031-2 §05:1")["status"] == "in_force"
    assert not [d for d in summary["to_review"] if "describes but does not name" in d["what"]]


def test_a_point_named_beside_the_citation_ends_that_decision_alone(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    imported(cli, minutes(tmp_path, "sept.txt", SEPTEMBER_ONE_POINT))
    assert decision(cli, "2031-2 §05:2")["status"] == "revoked"
    assert decision(cli, "2031-2 §05:1")["status"] == "in_force"


def test_a_new_grant_supersedes_the_point_its_citation_names(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    imported(cli, minutes(tmp_path, "sept.txt", SEPTEMBER_SUPERSEDED))
    assert decision(cli, "2031-2 §05:1")["status"] == "superseded"
    assert decision(cli, "2031-2 §05:2")["status"] == "in_force"


def test_a_decision_of_the_section_ended_before_is_left_as_it_was(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    imported(cli, minutes(tmp_path, "sept.txt", SEPTEMBER_ONE_POINT))
    later = """Sammanträde nr 5/2031
Datum: 2031-11-20

§ 40 Språkbron – avslut
Styrelsen beslutar att upphäva beslutet den 12 mars 2031, § 5.
"""
    summary = imported(cli, minutes(tmp_path, "nov.txt", later))
    assert decision(cli, "2031-2 §05:1")["status"] == "revoked"
    assert [e for d in summary["decisions"] for e in d["events"] if e.startswith("revoked")] == [
        "revoked: 2031-2 §05:1 by 2031-5 §40:1"]


PLAN = """Sammanträde nr 2/2031
Datum: 2031-03-12

§ 3 FINSAM-plan 2031 – Karlshamns kommun
Styrelsen beslutar

1. att fastställa Karlshamns kommuns FINSAM-plan 2031,
2. att Karlshamns kommun ska återrapportera planens första halvår senast 2031-08-31.
"""

PLAN_REVISED = """Sammanträde nr 3/2031
Datum: 2031-05-20

§ 14 Reviderad FINSAM-plan 2031 – Karlshamns kommun
Styrelsen beslutar att fastställa Karlshamns kommuns reviderade FINSAM-plan 2031, som ersätter planen fastställd den 12 mars 2031, § 3.
"""


def test_what_a_new_plan_replaces_by_name_is_the_plan_not_the_report_asked_with_it(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", PLAN))
    summary = imported(cli, minutes(tmp_path, "maj.txt", PLAN_REVISED))
    assert decision(cli, "2031-2 §03:1")["status"] == "superseded"
    assert decision(cli, "2031-2 §03:2")["status"] == "in_force"
    assert not [w for w in summary["warnings"] if "already withdrawn or revoked" in w["message"]]


MARCH_FILED = MARCH.replace("§ 5 Bidrag till Språkbron\n", "§ 5 Bidrag till Språkbron\nDnr 2031/022\n")

NOVEMBER_BY_DIARY = """Sammanträde nr 5/2031
Datum: 2031-11-20

§ 41 Språkbron – avslut
Styrelsen beslutar att upphäva beslutet i ärende Dnr 2031/022.
"""


def test_a_decision_named_by_its_diarienummer_alone_is_found_by_it(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH_FILED))
    imported(cli, minutes(tmp_path, "nov.txt", NOVEMBER_BY_DIARY))
    assert decision(cli, "2031-2 §05:1")["status"] == "revoked"
    assert decision(cli, "2031-2 §05:2")["status"] == "revoked"
    assert decision(cli, "2031-2 §04:1")["status"] == "in_force"


SEPTEMBER_BY_CONTENT = """Sammanträde nr 4/2031
Datum: 2031-09-17

§ 32 Jobbkraft – medlen
Styrelsen beslöt att upphäva beslutet den 12 mars 2031, § 4, att bevilja Ronneby kommun 310 000 kr för insatsen.
"""


def test_what_the_revocation_says_the_decision_did_narrows_it_to_that_decision(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    imported(cli, minutes(tmp_path, "sept.txt", SEPTEMBER_BY_CONTENT))
    assert decision(cli, "2031-2 §04:1")["status"] == "revoked"
    assert decision(cli, "2031-2 §04:2")["status"] == "in_force"
