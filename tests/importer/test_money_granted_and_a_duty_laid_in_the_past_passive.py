"""An older hand's running prose in the past passive: money granted with words between the party
and the sum (`Beviljades sålunda Ronneby kommun ett bidrag om 450 000 kronor …`, `… beviljades
kommunen för insatsens genomförande ett bidrag om 300 000 kronor`) is a grant to that party, and a
duty laid on a member (`Ålades därjämte Olofströms kommun att skriftligen redovisa … till styrelsens
sammanträde den 9 juni 2082`) is a report due that day. A correction that names the party and the
sum it should be (`… det belopp som beviljas Region Blekinge för insatsen … ska vara 402 000 kr`)
grants nothing of its own. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes, view

MARCH = """Protokoll fört vid styrelsesammanträde nr 2/2082
Samordningsförbundet i Blekinge län
Datum: 2082-03-24
Plats: Förbundets kansli, Karlskrona

§ 1. Mötets öppnande
Ordföranden öppnade mötet.

§ 2. Justering
Att jämte ordföranden justera dagens protokoll valdes Ulla Berg.

§ 5. Insatsen Brofästet, Olofströms kommun
Olofströms kommun hade inkommit med en ansökan om medel för insatsen Brofästet. Beviljades kommunen för insatsens
genomförande ett bidrag om 300 000 kronor för år 2082. Ålades därjämte Olofströms kommun att skriftligen redovisa
insatsens resultat till styrelsens sammanträde den 9 juni 2082.

§ 6. Samverkansteamet Ronneby
Sedan votering begärts avgavs 5 röster för bifall och 2 för avslag. Beviljades sålunda Ronneby kommun ett bidrag
om 450 000 kronor för Samverkansteamet under år 2082.

§ 7. Rättelse
Beslöts att rätta beslutet den 10 februari 2082, § 9, så att det belopp som beviljas Region Blekinge för insatsen
Hälsoslussen ska vara 402 000 kr i stället för 420 000 kr.

§ 8. Handlingsplan 2082, Karlshamns kommun
Fastställdes Karlshamns kommuns handlingsplan för år 2082. Beviljades Karlshamns kommun för år 2082 ett bidrag om
700 000 kronor. Ålades kommunen därjämte att redovisa planens genomförande senast den 30 september 2082.
"""


def test_money_granted_in_the_past_passive_is_the_partys(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    grants = sorted((g["decision"], g["party"], g["amount_sek"]) for g in view(cli, "grants", "--as-of", "2082-12-31"))
    assert grants == [("2082-2 §05:1", "Olofströms kommun", 300000), ("2082-2 §06:1", "Ronneby kommun", 450000),
                      ("2082-2 §08:2", "Karlshamns kommun", 700000)]


def test_a_duty_laid_on_a_member_is_a_report_due_at_the_meeting_named(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    owed = follow_up(cli, "2082-2 §05:2", "2082-04-01")
    assert (owed["kind"], owed["responsible"], owed["due"]) == ("report", "Olofströms kommun", "2082-06-09")
    owed = follow_up(cli, "2082-2 §08:3", "2082-04-01")  # `Ålades kommunen därjämte …`: the kommun its § named
    assert (owed["kind"], owed["responsible"], owed["due"]) == ("report", "Karlshamns kommun", "2082-09-30")
