"""A party's plan named by a compound that says what it holds (`insatsplanen för Sölvesborgs kommun`),
its sum said `omfattande …`; a project leader told that they shall hand in a report owes it, as an
officer does; a task whose time stands before its verb (`att till nästa sammanträde redovisa …`) names
no party that is none. Wordings of our own."""

from __future__ import annotations

from domain.values import DecisionKind, Party
from register.minutes.model import AdoptPlan, AwardGrant, BodyReport
from register.minutes.rules import classify


def test_a_plan_named_by_a_compound_is_the_partys_plan() -> None:
    found = classify("Att fastställa handlingsplanen för Sölvesborgs kommun 2072 med en ram om 330 000 kronor.")
    assert found.kind is DecisionKind.PLAN
    assert AdoptPlan(Party.parse("Sölvesborgs kommun"), 2072) in found.effects


def test_a_plan_named_with_a_plain_adjective_before_it_is_the_partys_plan() -> None:
    """`lokal`, `reviderad`: an adjective in its plain form, as a common-gender noun without an article takes it."""
    for adjective in ("lokal", "reviderad", "gemensam"):
        found = classify(f"Att fastställa {adjective} samverkansplan 2073 för Olofströms kommun och ge planen en ram om 275 000 kronor.")
        assert found.kind is DecisionKind.PLAN, adjective
        assert AdoptPlan(Party.parse("Olofströms kommun"), 2073) in found.effects


def test_a_plans_sum_said_omfattande_is_its_grant() -> None:
    found = classify("Att anta planen för Karlshamns kommun för år 2072, omfattande 410 000 kronor.")
    grants = [e for e in found.effects if isinstance(e, AwardGrant)]
    assert [(g.party, g.amount_sek) for g in grants] == [(Party.parse("Karlshamns kommun"), 410_000)]


def test_the_project_leader_owes_the_report_asked_of_them() -> None:
    found = classify("Att projektledaren Eva Lind senast den 15 oktober 2072 skall avlämna en lägesrapport om projektet.")
    assert found.kind is DecisionKind.REPORT
    assert [type(e) for e in found.effects] == [BodyReport]


def test_a_task_with_its_time_before_the_verb_names_no_party_that_is_none() -> None:
    found = classify("Att uppdra åt förbundschefen att till nästa sammanträde redovisa hur rekryteringen har gått.")
    assert (found.kind, found.problems) == (DecisionKind.ASSIGNMENT, ())
