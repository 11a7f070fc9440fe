"""Minutes a member types for a small board, and a direktion's vote on one point of two (#24 B.6,
B.8, B.13): items numbered `1.`, `2.` with their text on the very next line, a date written
`13/2 2031`, decisions after `BESLUT:` said without `Att`, and a vote and a reservation that name
the point they concern. Minutes of our own."""

from __future__ import annotations

from register.minutes.parser import parse_minutes

TYPED = """\
MINNESANTECKNINGAR – styrelsemöte nr 2/2031
Datum: onsdag 19/3 2031, kl 13–15

1. Mötets öppnande
Ordf öppnade.

2. Dagordning
Godkändes. Obs p. 4 (ny punkt).

3. Karlshamns kommuns FINSAM-plan 2031
Maria gick igenom planen. Bra diskussion.

BESLUT: Styrelsen fastställer Karlshamns kommuns FINSAM-plan 2031 och beviljar 1 900 000 kr.
BESLUT: Karlshamns kommun ska återrapportera läget i genomförandet på styrelsemötet i september.

4. Lokalfrågan (tillagd p. 2)
Kort info om hyran. 1. Hyran höjs. 2. Avtalet löper ut.

5. Avslutning
Ordf tackade.
"""

VOTED = """\
Protokoll från direktionens sammanträde nr 3/2036
Datum: 2036-05-12

§ 21\tRonneby kommuns FINSAM-plan 2036

Beslut
1.\tDirektionen fastställer Ronneby kommuns FINSAM-plan 2036 och beviljar 2 200 000 kronor.
2.\tRonneby kommun ska redovisa läget vid sammanträdet i oktober 2036.

Yrkanden
Lars Ek (M) yrkar att beloppet i punkt 1 sänks till 2 000 000 kronor.

Omröstningsresultat
Med 5 ja-röster mot 2 nej-röster beslutar direktionen enligt förslaget.

Reservation
Lars Ek (M) reserverar sig mot beslutet.
"""


def test_a_members_numbered_items_with_text_beneath_are_items() -> None:
    parsed = parse_minutes(TYPED, "mars.txt")
    assert parsed.held_on is not None and parsed.held_on.isoformat() == "2031-03-19"
    assert [(i.ref.item, i.title) for i in parsed.items if i.ref is not None][:3] == [
        (1, "Mötets öppnande"), (2, "Dagordning"), (3, "Karlshamns kommuns FINSAM-plan 2031")]


def test_a_decision_after_beslut_said_without_att_is_read_as_its_clause() -> None:
    parsed = parse_minutes(TYPED, "mars.txt")
    assert [(str(d.id), d.kind.value) for d in parsed.decisions] == [
        ("2031-2 §03:1", "plan"), ("2031-2 §03:2", "report")]


def test_a_vote_about_point_one_is_on_decision_one_though_it_follows_point_two() -> None:
    parsed = parse_minutes(VOTED, "maj.txt")
    debates = {str(d.id): d.debate for d in parsed.decisions}
    assert debates["2036-3 §21:1"].vote is not None and debates["2036-3 §21:1"].reservations
    assert debates["2036-3 §21:2"].vote is None
