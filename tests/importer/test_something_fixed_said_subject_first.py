"""In minutes that tell their decisions in the passive past, something the board fixes, said with
its noun first (`Sammanträdesdagarna för år 2072 bestämdes till …`, `Styrelsens sammanträden under
år 2072 bestämdes att äga rum …`), is a decision (of no kind the rules know: kept verbatim for
review), the dates it fixes being its content, not the time it was decided. The same verb told of
another meeting (`bestämdes vid förra sammanträdet`) decides nothing here, and the justering fixed
is a formality. Minutes of our own."""

from __future__ import annotations

import pytest

from tests.importer.steps import imported, minutes

MINUTES = """\
SAMORDNINGSFÖRBUNDET I BLEKINGE

PROTOKOLL nr 6/2071

fört vid styrelsens sammanträde tisdagen den 8 december 2071, kl. 09.30–12.00, i Karlshamn.

Närvarande ledamöter:
Berit Olsson, Ronneby kommun, ordförande
Nils Ek, Region Blekinge
Åsa Berg, Försäkringskassan

§ 60. Sammanträdets öppnande. Ordföranden förklarade sammanträdet öppnat.

§ 61. Val av justerare. Att jämte ordföranden justera protokollet utsågs Nils Ek. Justeringen bestämdes att ske på kansliet den 15 december.

§ 62. Plan för Karlshamns kommun 2072. Fastställdes planen för Karlshamns kommun för år 2072 med 640 000 kronor.

§ 63. Sammanträdesdagar. {sentence}

§ 64. Sammanträdets avslutande. Ordföranden tackade de närvarande och förklarade sammanträdet avslutat.
"""

FIXED = [
    "Sammanträdesdagarna för år 2072 bestämdes till den 9 februari, den 12 april och den 7 juni.",
    "Styrelsens sammanträden under år 2072 bestämdes att äga rum tisdagarna den 9 februari och den 12 april.",
]


@pytest.mark.parametrize("sentence", FIXED)
def test_something_fixed_with_its_noun_first_is_a_decision_put_to_review(cli, tmp_path, sentence):
    summary = imported(cli, minutes(tmp_path, "dec.txt", MINUTES.format(sentence=sentence)))
    kinds = {d["id"]: d["kind"] for d in summary["decisions"]}
    assert kinds.get("2071-6 §63:1") == "other", kinds
    assert any("§63:1" in d["what"] for d in summary["to_review"]), summary["to_review"]


def test_the_justering_fixed_is_a_formality(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "dec.txt", MINUTES.format(sentence=FIXED[0])))
    assert not [d["id"] for d in summary["decisions"] if "§61" in d["id"]]


def test_something_fixed_at_another_meeting_decides_nothing_here(cli, tmp_path):
    sentence = "Sammanträdesdagarna för år 2072 bestämdes vid förra sammanträdet och meddelades ledamöterna."
    summary = imported(cli, minutes(tmp_path, "dec.txt", MINUTES.format(sentence=sentence)))
    assert not [d["id"] for d in summary["decisions"] if "§63" in d["id"]]
