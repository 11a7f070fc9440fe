"""Decisions written subject first in the passive are read as the active (#24 B.9): the verb is
known by its lemma, so each passive form of each verb of deciding is read without a list of
forms. Sentences of our own."""

from __future__ import annotations

import pytest

from register.minutes.model import AdoptPlan, AwardGrant
from register.minutes.rules import classify
from register.minutes.voice import active


@pytest.mark.parametrize(("said", "kind"), [
    ("Att Sölvesborgs kommuns FINSAM-plan 2029 fastställs.", "plan"),
    ("Att Region Blekinge beviljas 75 000 kronor för en kartläggning under 2029.", "grant"),
    ("Att arbetsordningen för styrelsen godkänns.", "document"),
    ("Att beslut 2029-2 §05:1 upphävs.", "revocation"),
    ("Att ärendet återremitteras till kansliet för komplettering.", "referral"),
    ("Att ansökan från föreningen avslås.", "rejection"),
    ("Att ärendet bordläggs till nästa sammanträde.", "deferral"),
])
def test_a_decision_in_the_passive_is_read_as_its_verb_says(said, kind):
    assert classify(said).kind.value == kind


def test_two_passive_clauses_are_one_plan_and_its_money():
    found = classify("Att Ronneby kommuns FINSAM-plan 2029 antas, och medel för planens genomförande beviljas med 1,2 mnkr.")
    assert found.kind.value == "plan"
    assert [type(e) for e in found.effects if isinstance(e, (AdoptPlan, AwardGrant))] == [AdoptPlan, AwardGrant]
    assert next(e for e in found.effects if isinstance(e, AwardGrant)).amount_sek == 1_200_000


def test_a_decision_said_verb_first_is_left_as_it_is():
    assert active("Att fastställa budget 2029.") is None
    assert active("Att kansliet ska redovisa läget i mars.") is None


@pytest.mark.parametrize(("said", "kind"), [
    ("Förbundschefens redovisning av uppföljningen godkänns.", "acknowledgement"),
    ("Att godkänna den ekonomiska uppföljningen per april.", "acknowledgement"),
    ("Att godkänna kansliets lägesrapport om lokalerna.", "acknowledgement"),
    ("Att Olofströms kommuns redovisning om deltagarna godkändes.", "acknowledgement"),
    ("Att godkänna avtalet med Region Blekinge om ekonomitjänster.", "document"),
    ("Att godkänna delårsrapporten per den 31 augusti 2029.", "document"),
])
def test_approving_a_report_takes_note_of_it_and_approving_a_document_adopts_it(said, kind):
    assert classify(said).kind.value == kind
