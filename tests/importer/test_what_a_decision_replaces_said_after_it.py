"""A decision that says in a sentence after its clause what it replaces (`Beslutet ersätter § 3/2045.`,
on the next line, after a blank line, or `Den ersätter …` under a numbered point), and one citing the
meeting by its number of the year in brackets (`(1/2045 p. 4)`); a referral whose new proposal is
due at a meeting named by day and month (`till mötet 6/11`). Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import decision, follow_up, imported, minutes

FEBRUARY = """PROTOKOLL 1/2045
Datum: 2045-02-10

§ 1 Öppnande
Mötet öppnades.

§ 2 Stöd till Nästa steg, Ronneby kommun
Beslut
att bevilja Ronneby kommun 300 000 kr för insatsen Nästa steg 2045.

§ 3 Stöd till Språkbron, Olofströms kommun
Beslut
att bevilja Olofströms kommun 200 000 kr för insatsen Språkbron 2045.

§ 4 Arvodesregler
Beslut
att fastställa arvodesregler för 2045 enligt bilaga.
"""

MAY = """PROTOKOLL 2/2045
Datum: 2045-05-12

§ 5 Öppnande
Mötet öppnades.

§ 6 Nästa steg, Ronneby kommun – utökad ram
Beslut
att bevilja Ronneby kommun 360 000 kr för insatsen Nästa steg 2045.
Beslutet ersätter § 2/2045.

§ 7 Språkbron, Olofströms kommun – ny ram
Beslut
att bevilja Olofströms kommun 250 000 kr för insatsen Språkbron 2045.

Detta beslut ersätter styrelsens beslut 2045-02-10, § 3.

§ 8 Arvodesregler
Beslut
att fastställa reviderade arvodesregler för 2045. Den ersätter reglerna som fastställdes 10/2 (1/2045 p. 4).

§ 9 Verksamhetsplan 2046
Beslut
att återremittera förslaget till förbundschefen. Nytt förslag till mötet 6/11.
"""


def test_a_sentence_after_the_clause_says_what_the_decision_replaces(cli, tmp_path):
    imported(cli, minutes(tmp_path, "feb.txt", FEBRUARY))
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert decision(cli, "2045-1 §02:1")["status"] == "superseded"
    assert decision(cli, "2045-1 §03:1")["status"] == "superseded"
    assert decision(cli, "2045-1 §04:1")["status"] == "superseded"
    assert decision(cli, "2045-2 §06:1")["status"] == "in_force"


def test_a_referral_is_due_at_the_meeting_named_by_day_and_month(cli, tmp_path):
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert follow_up(cli, "2045-2 §09:1", "2045-06-30")["due"] == "2045-11-06"
