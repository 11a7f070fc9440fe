"""The whole adversarial campaign, replayed: every attempt the machine allows is handled."""

from __future__ import annotations

from tests.adversarial.campaign import run, tally


def test_every_attack_in_the_campaign_is_handled(capsys):
    outcomes, left_out = run()
    report = tally(outcomes, left_out)
    with capsys.disabled():
        print("\n" + report)
    assert len(outcomes) + len(left_out) >= 100
    assert [o.attempt.name for o in outcomes if not o.handled] == [], report
