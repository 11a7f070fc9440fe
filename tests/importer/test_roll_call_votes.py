"""A vote by roll call set out as the names under Ja, Nej and Avstår, or as a table with a Summa
row, is counted from them where no sentence counts it; names that make other figures than the
sentence are put to review. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import decision, imported, minutes, undoubted

HEAD = """Styrelsemöte 2026-5, Samordningsförbundet i Blekinge län

Tid och plats
Måndag 2026-09-14, kl. 09:30

§11 Ansökan om medel för Vägvisaren

Sölvesborgs kommun ansöker om 140 000 kr för Vägvisaren.

"""

DECIDED = """
Styrelsen beslutade:
Beslut 2026-5 §11:1
Att bevilja Sölvesborgs kommun 140 000 kr för Vägvisaren under 2026.
"""

NAMES_ONLY = HEAD + """Votering med namnupprop begärdes och genomfördes.
Ja: Hanna Berg (S), Ivar Strand, Jonna Ek (C), Kalle Nord
Nej: Lena Sjö (M), Mats Holm
Avstår: Nora Lund (KD)
""" + DECIDED

TABLE_ONLY = HEAD + """Votering begärdes och genomfördes med namnupprop.
Ledamot            Ja   Nej  Avstår
Hanna Berg         X
Ivar Strand        X
Jonna Ek           X
Lena Sjö                X
Mats Holm               X
Nora Lund                    X
Summa              3    2    1
""" + DECIDED

DISAGREEING = HEAD + """Votering begärdes. Omröstningen utföll med fem ja-röster mot två nej-röster.
Ja: Hanna Berg, Ivar Strand, Jonna Ek, Kalle Nord
Nej: Lena Sjö, Mats Holm
Avstår: Nora Lund
""" + DECIDED


def test_a_roll_call_of_names_is_counted_name_by_name_each_abstention_once(cli, tmp_path):
    imported(cli, minutes(tmp_path, "namn.txt", NAMES_ONLY))
    assert decision(cli, "2026-5 §11:1")["votes"] == {"for": 4, "against": 2, "abstained": 1}


def test_a_roll_call_table_is_counted_from_its_summa_row(cli, tmp_path):
    imported(cli, minutes(tmp_path, "tabell.txt", TABLE_ONLY))
    assert decision(cli, "2026-5 §11:1")["votes"] == {"for": 3, "against": 2, "abstained": 1}


def test_names_that_count_otherwise_than_the_sentence_are_put_to_review(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "olika.txt", DISAGREEING))
    assert decision(cli, "2026-5 §11:1")["votes"] == {"for": 5, "against": 2, "abstained": 0}
    assert [r["what"] for r in undoubted(summary) if "names listed" in r["what"]] == [
        "§ 11: the vote is counted 5–2, 0 abstaining but the names listed make 4–2, 1 abstaining; "
        "the count is kept, check it"]


COUNTED_AND_LISTED = HEAD + """Votering begärdes. Omröstningen gav fyra ja-röster och två nej-röster. En ledamot avstod.
Ja: Hanna Berg, Ivar Strand, Jonna Ek, Kalle Nord
Nej: Lena Sjö, Mats Holm
Avstår: Nora Lund
""" + DECIDED


def test_the_names_before_a_roll_calls_avstar_are_not_abstentions(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "lista.txt", COUNTED_AND_LISTED))
    assert decision(cli, "2026-5 §11:1")["votes"] == {"for": 4, "against": 2, "abstained": 1}
    assert not [r for r in undoubted(summary) if "names listed" in r["what"]]


TABLE_OF_TWO_SIDES = HEAD + """Votering begärdes. Den som bifaller förslaget röstar ja, den som vill avslå röstar nej.
Namn\tJa\tNej
Hanna Berg (S)\tX
Ivar Strand\tX
Jonna Ek (C)\tX
Lena Sjö (M)\t\tX
Summa\t3\t1
""" + DECIDED


def test_a_roll_call_table_without_a_column_for_abstaining_is_counted_from_its_summa_row(cli, tmp_path):
    imported(cli, minutes(tmp_path, "tva.txt", TABLE_OF_TWO_SIDES))
    assert decision(cli, "2026-5 §11:1")["votes"] == {"for": 3, "against": 1, "abstained": 0}
