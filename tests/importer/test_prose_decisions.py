"""Decisions told in running prose, as a förening's secretary writes them (#24 B.8): in a § from
which no decision was read otherwise, each sentence whose subject is the board and whose verb is
one of deciding is a decision of its own. Minutes of our own."""

from __future__ import annotations

from register.minutes.parser import parse_minutes

TOLD = """\
Protokoll fört vid styrelsemöte nr 4 2029

Tid: tisdagen den 11 september 2029, kl. 13.00
Plats: Kansliet

1. Mötets öppnande

Ordföranden hälsade välkommen och öppnade mötet.

2. Cykelprojektet

Kansliet berättade om projektet. Styrelsen godkände avtalet med cykelföreningen och beviljade 45 000 kr till projektet under 2029.

3. Lokaler

Frågan diskuterades länge. Styrelsen beslöt att säga upp hyresavtalet för kontoret på Storgatan. Det beslutades också att kansliet ska söka nya lokaler före årsskiftet.

4. Arkivet

Arkivet är snart fullt. Kansliet fick i uppdrag att ta fram en gallringsplan till decembermötet.

5. Information

Förbundschefen berättade om hösten. Styrelsen diskuterade läget.
"""


def test_each_sentence_in_which_the_board_decides_is_a_decision_of_its_own() -> None:
    parsed = parse_minutes(TOLD, "sep.txt")
    assert [(str(d.id), d.kind.value, d.text) for d in parsed.decisions] == [
        ("2029-4 §02:1", "document", "Att godkänna avtalet med cykelföreningen och bevilja 45 000 kr till projektet under 2029."),
        ("2029-4 §03:1", "termination", "Att säga upp hyresavtalet för kontoret på Storgatan."),
        ("2029-4 §03:2", "assignment", "Att kansliet ska söka nya lokaler före årsskiftet."),
        ("2029-4 §04:1", "assignment", "Att ge kansliet i uppdrag att ta fram en gallringsplan till decembermötet."),
    ]


def test_a_section_whose_board_only_talks_decides_nothing() -> None:
    parsed = parse_minutes(TOLD, "sep.txt")
    assert not [d for d in parsed.decisions if d.id.item.item in (1, 5)]


ALSO = """\
Protokoll fört vid styrelsemöte nr 2 2029

Tid: måndagen den 15 april 2029, kl. 09.30
Plats: Kansliet

1. Mötets öppnande

Ordföranden öppnade mötet.

2. Sommarjobb för unga

Kommunen vill pröva sommarjobb för unga i insatsen.

Styrelsen beslöt att bevilja Ronneby kommun 80 000 kr för sommarjobb 2029.

Det beslutades vidare att Ronneby kommun ska återrapportera utfallet i oktober.

3. Lokalfrågan

Styrelsen beslutade att hyra ett mötesrum hos kommunen.
"""


def test_a_decision_said_to_be_taken_as_well_follows_the_one_read_before_it() -> None:
    parsed = parse_minutes(ALSO, "apr.txt")
    assert [(str(d.id), d.kind.value, d.text) for d in parsed.decisions] == [
        ("2029-2 §02:1", "grant", "Att bevilja Ronneby kommun 80 000 kr för sommarjobb 2029."),
        ("2029-2 §02:2", "report", "Att Ronneby kommun ska återrapportera utfallet i oktober."),
        ("2029-2 §03:1", "other", "Att hyra ett mötesrum hos kommunen."),
    ]
