"""Votes as other templates count them (#24 B.13): `ja-röster mot nej-röster`, each side named with its
count after the names (`För avslag röstade A och B (2 röster), för bifall C (1 röst)`) or the names set
between commas after the count (`1 ledamot, Per Lind, röstade för …`), and whoever
abstained counted in the sentence that says so, whatever stands between count and verb."""

from __future__ import annotations

import pytest

from register.minutes.debate import Vote, debate_in


@pytest.mark.parametrize(("told", "vote"), [
    ("Votering begärs. Med 7 ja-röster mot 1 nej-röst beslutar styrelsen enligt förslaget. Ingen avstod.", Vote(7, 1, 0)),
    ("Omröstning verkställdes. Med fyra Ja-röster mot tre Nej-röster bifölls förslaget. 1 ledamot avstår från att rösta.",
     Vote(4, 3, 1)),
    ("Votering begärdes. Med sex ja-röster mot två nej-röster beslutade styrelsen att bifalla förslaget. "
     "En ledamot, Karin Ek, avstod från att rösta.", Vote(6, 2, 1)),
    ("Omröstning begärdes. För avslag röstade Eva Holm, Per Lind, Åsa Berg och Leif Ek (4 röster), för bifall "
     "Kim Sund och Ola Falk (2 röster).", Vote(4, 2, 0)),
    ("Votering begärdes. För bifall röstade Eva Holm och Per Lind (2 röster), för avslag Kim Sund, Ola Falk och "
     "Åsa Berg (3 röster). En ledamot avstod.", Vote(3, 2, 1)),
    ("Votering begärdes. 7 ledamöter röstade för förbundschefens förslag och 1 ledamot, Per Lind, röstade för "
     "Per Linds yrkande.", Vote(7, 1, 0)),
    ("Omröstning begärdes. Fem ledamöter, Eva Holm, Per Lind, Åsa Berg, Kim Sund och Ola Falk, röstade för "
     "bordläggning och tre ledamöter, Leif Ek, Anna Ros och Bo Ström, röstade för att ärendet skulle avgöras.", Vote(5, 3, 0)),
])
def test_yes_and_no_votes_are_counted_with_who_abstained(told, vote):
    assert debate_in(told).vote == vote


def test_a_grant_told_after_the_vote_counts_no_side():
    """`… ett bidrag om 1 450 000 kronor för …` after the count: `ett` counts money, not votes for."""
    told = ("Sedan votering begärts avgavs 5 röster för bifall och 2 röster för avslag, medan 1 ledamot, Eva Holm, "
            "avstod från att rösta. Beviljades sålunda Ronneby kommun ett bidrag om 1 450 000 kronor för Teamet.")
    assert debate_in(told).vote == Vote(5, 2, 1)
