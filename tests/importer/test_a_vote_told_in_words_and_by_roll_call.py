"""A vote told in words (`… utfaller med 5 ja-röster och 2 nej-röster, medan 1 ledamot avstår`) and
listed by roll call below it, a column `Avstår` beside the names: one abstention, told twice, not
two; and no count in a later sentence of the § (the table's `Summa`, a point `1.` of the decision)
is taken for abstentions. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes, title_block, view

MINUTES = title_block(3, "2077-06-14") + """
§ 34  Ansökan om medel – Föreningen Bron

Propositionsordning
Ordföranden ställer förbundschefens förslag mot Per Lunds yrkande och finner att styrelsen beslutar enligt förbundschefens förslag. Omröstning begärs.

Omröstning
Styrelsen godkänner följande propositionsordning: Ja-röst för förbundschefens förslag, nej-röst för Per Lunds yrkande. Omröstningen utfaller med 5 ja-röster och 2 nej-röster, medan 1 ledamot avstår från att rösta. Styrelsen har alltså beslutat enligt förbundschefens förslag.
Ledamot\tJa\tNej\tAvstår
Anna Berg (S), Karlskrona kommun\tX
Olle Nilsson (M), Ronneby kommun\tX
Karin Ek (C), Karlshamns kommun\tX
Per Lund (SD), Sölvesborgs kommun\t\tX
Eva Holm (S), Olofströms kommun\t\tX
Lars Ström, Försäkringskassan\tX
Maja Falk, Arbetsförmedlingen\t\t\tX
Inga Sund (S), Region Blekinge\tX
Summa\t5\t2\t1

Beslut
1.  Styrelsen avslår Föreningen Brons ansökan om medel.

Reservation
Per Lund (SD) reserverar sig mot beslutet.
"""


def test_an_abstention_told_in_words_and_listed_by_name_is_one(cli, tmp_path):
    imported(cli, minutes(tmp_path, "juni.txt", MINUTES))
    decision = view(cli, "decisions", "--as-of", "2077-12-31")[0]
    assert decision["votes"] == {"for": 5, "against": 2, "abstained": 1}
