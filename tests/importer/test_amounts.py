"""Amounts as Swedish budgets write them (#24 B.10): kronor with spaces or points, thousands
(tkr) and millions (mnkr, `miljoner kronor`) with a decimal comma, the figures in brackets after the words
(`trehundratiotusen (310 000) kronor`). Sentences of our own."""

from __future__ import annotations

import pytest

from register.minutes.corrections import corrected_amount
from register.minutes.model import AwardGrant
from register.minutes.parser import parse_minutes
from register.minutes.rules import classify


@pytest.mark.parametrize(("written", "kronor"), [
    ("325 000 kr", 325_000), ("325000 kronor", 325_000), ("2.140.000 kr", 2_140_000), ("480 tkr", 480_000),
    ("1,95 miljoner kronor", 1_950_000), ("2,4 mnkr", 2_400_000), ("3 milj. kr", 3_000_000), ("1,5 mkr", 1_500_000),
    ("12 345,50 kr", 12_345), ("0,5 mnkr", 500_000), ("trehundratiotusen (310 000) kronor", 310_000),
])
def test_a_grant_reads_its_amount_in_every_way_budgets_write_it(written, kronor):
    text = f"Sammanträde nr 3/2028\nDatum: 2028-05-08\n\n§ 20 Förstudie\nStyrelsen beslutar att bevilja Ronneby kommun {written} för en förstudie under 2028.\n"
    decision, = parse_minutes(text, "maj.txt").decisions
    grants = [e for e in decision.effects if isinstance(e, AwardGrant)]
    assert [g.amount_sek for g in grants] == [kronor]


@pytest.mark.parametrize(("written", "kronor"), [
    ("Att fastställa Ronneby kommuns reviderade FINSAM-plan 2029 och höja medlen med 300 tkr till totalt 2 100 tkr.", 2_100_000),
    ("Att fastställa Ronneby kommuns reviderade FINSAM-plan 2029 med en ram på 1 850 000 kr i stället för 1 700 000 kr.",
     1_850_000),
])
def test_a_plan_whose_money_is_changed_gets_the_new_total(written, kronor):
    grants = [e for e in classify(written).effects if isinstance(e, AwardGrant)]
    assert [g.amount_sek for g in grants] == [kronor]



def test_a_figure_broken_over_two_lines_is_no_amount_of_nought_kronor():
    """`240` / `000 kr`: a PDF's line break inside the figure. Its tail is no amount (read as one, it
    once refused the whole meeting as `0` kronor); the sentence gives no other."""
    assert corrected_amount("Kansliet har sett att beloppet angetts felaktigt till 240\n000 kr i beslutet. "
                            "Föreningen sökte 204 000 kr.") is None
