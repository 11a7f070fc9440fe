"""A referral back to a party named by its kind (`till kommunen`, `till regionen`) right after the
clause named that party (`att återremittera Karlshamns kommuns plan 2077 till kommunen för
komplettering`): the matter waits for the party the clause named. Where the clause named no party
of that kind (`återremittera ärendet till kommunen`), which is meant is put to review, not guessed.
Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes

FEBRUARY = """\
SAMORDNINGSFÖRBUNDET FINSAM BLEKINGE
PROTOKOLL – Styrelsen
Sammanträdesdatum\t2077-02-09
Protokoll nr\t1/2077

§ 5 Planer 2077
Styrelsen beslutar
a) att fastställa Ronneby kommuns plan 2077 med 600 000 kr,
b) att återremittera Karlshamns kommuns plan 2077 till kommunen för komplettering till nästa sammanträde.

§ 6 Regionens ansökan
Styrelsen beslutar
a) att återremittera Region Blekinges ansökan om medel till regionen, så att budgeten kan ses över.

§ 7 Ansökan om tolkstöd
Styrelsen beslutar
a) att återremittera ärendet till kommunen för yttrande.
"""


def _imported(cli, tmp_path):
    return imported(cli, minutes(tmp_path, "februari.txt", FEBRUARY))


def test_a_matter_sent_back_to_the_kommun_the_clause_named_waits_for_it(cli, tmp_path):
    _imported(cli, tmp_path)
    assert follow_up(cli, "2077-1 §05:2", "2077-03-01")["responsible"] == "Karlshamns kommun"


def test_a_matter_sent_back_to_the_region_the_clause_named_waits_for_it(cli, tmp_path):
    _imported(cli, tmp_path)
    assert follow_up(cli, "2077-1 §06:1", "2077-03-01")["responsible"] == "Region Blekinge"


def test_a_kind_with_no_party_named_before_it_is_put_to_review(cli, tmp_path):
    summary = _imported(cli, tmp_path)
    doubts = [r["what"] for r in summary["to_review"]]
    assert any("§07:1" in d and "kommunen" in d for d in doubts), doubts
    assert not any("§05:2" in d and "names no party" in d for d in doubts), doubts
