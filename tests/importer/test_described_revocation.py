"""A decision revoked, struck, superseded or corrected by describing where it stands rather than
by its id (#24 B.11, in part): its meeting's date and § (`Styrelsens beslut den 7 april, § 19, att
bevilja … upphävs`), a meeting number of the year (`beslutet från möte nr 1, § 3, utgår`), a §
numbered through the year (`§ 4/2029 punkt 2`). The decision is found, its status changes, the
grant it describes is not taken for a new one; a description the register cannot resolve is put
to review. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import decision, imported, minutes, view

APRIL = """\
Sammanträde nr 2/2029
Datum: 2029-04-09

§ 19 Jobbspår
Styrelsen beslutar att bevilja Arbetsförmedlingen 180 000 kr för insatsen Jobbspår under 2029.
"""

OCTOBER = """\
Sammanträde nr 5/2029
Datum: 2029-10-15

§ 44 Jobbspår, upphävande
Styrelsen beslutar att styrelsens beslut den 9 april 2029, § 19, att bevilja Arbetsförmedlingen 180 000 kr för insatsen Jobbspår upphävs.

§ 45 Delegation
Styrelsen beslutar att upphäva beslutet om delegation till ordföranden.
"""


def test_a_decision_revoked_by_its_date_and_section_is_revoked_and_grants_nothing_new(cli, tmp_path):
    imported(cli, minutes(tmp_path, "apr.txt", APRIL))
    summary = imported(cli, minutes(tmp_path, "okt.txt", OCTOBER))
    assert decision(cli, "2029-2 §19:1")["status"] == "revoked"
    assert decision(cli, "2029-5 §44:1")["kind"] == "revocation"
    grants = {g["decision"]: g for g in view(cli, "grants", "--year", "2029", "--as-of", "2029-12-31")}
    assert "2029-5 §44:1" not in grants and grants["2029-2 §19:1"]["status"] == "revoked"
    doubt, = [d for d in summary["to_review"] if d["what"].startswith("2029-5 §45:1 revokes")]
    assert "describes but does not name" in doubt["what"]


SPRING = """\
Sammanträde nr 1/2029
Datum: 2029-02-11

§ 3 Utbildningsdag
Styrelsen beslutar att ge kansliet i uppdrag att ordna en utbildningsdag i maj.

§ 4 Konferens
Styrelsen beslutar

1. att bevilja Region Blekinge 30 000 kr för en konferens under 2029,
2. att ge kansliet i uppdrag att dokumentera konferensen.
"""

APRIL_TOO = """\
Sammanträde nr 2/2029
Datum: 2029-04-15

§ 3 Hyra
Styrelsen beslutar att godkänna hyresavtalet för kansliet.
"""

SUMMER = """\
Sammanträde nr 3/2029
Datum: 2029-06-10

§ 30 Utbildningsdagen
Styrelsen beslutar att beslutet från möte nr 1, § 3, utgår.

§ 31 Dokumentation
Styrelsen beslutar att beslutet i § 4/2029 punkt 2 utgår.

§ 32 Konferensmedel
Styrelsen beslutar att upphäva beslutet vid möte nr 1 (§ 4, punkt 1) att bevilja Region Blekinge 30 000 kr.
"""


def test_decisions_struck_or_revoked_by_meeting_number_or_by_section_of_the_year_are_found(cli, tmp_path):
    imported(cli, minutes(tmp_path, "feb.txt", SPRING))
    imported(cli, minutes(tmp_path, "apr.txt", APRIL_TOO))  # a § 3 at a later meeting, not the one meant
    imported(cli, minutes(tmp_path, "jun.txt", SUMMER))
    assert decision(cli, "2029-1 §03:1")["status"] == "withdrawn"
    assert decision(cli, "2029-2 §03:1")["status"] == "in_force"
    assert decision(cli, "2029-1 §04:2")["status"] == "withdrawn"
    assert decision(cli, "2029-1 §04:1")["status"] == "revoked"
    assert [decision(cli, f"2029-3 §{n}:1")["kind"] for n in (30, 31, 32)] == ["withdrawal", "withdrawal", "revocation"]


def test_a_document_that_replaces_a_decision_described_by_where_it_stands_supersedes_it(cli, tmp_path):
    imported(cli, minutes(tmp_path, "feb.txt", SPRING))
    imported(cli, minutes(tmp_path, "apr.txt", APRIL_TOO))
    imported(cli, minutes(tmp_path, "jun.txt", (
        "Sammanträde nr 3/2029\nDatum: 2029-06-10\n\n§ 33 Riktlinjer\nStyrelsen beslutar att fastställa riktlinjer för "
        "utbildningsdagar, som ersätter beslutet vid möte nr 1, § 3.\n")))
    assert decision(cli, "2029-1 §03:1")["status"] == "superseded"
    assert decision(cli, "2029-2 §03:1")["status"] == "in_force"
    assert decision(cli, "2029-3 §33:1")["kind"] == "document"


def test_an_amount_corrected_in_a_point_of_a_section_numbered_through_the_year_is_that_decisions(cli, tmp_path):
    imported(cli, minutes(tmp_path, "feb.txt", SPRING.replace(
        "2. att ge kansliet i uppdrag att dokumentera konferensen.",
        "2. att bevilja Ronneby kommun 20 000 kr för en konferens under 2029.")))
    imported(cli, minutes(tmp_path, "jun.txt", (
        "Sammanträde nr 3/2029\nDatum: 2029-06-10\n\n§ 34 Rättelse\nStyrelsen beslutar att beloppet i § 4/2029 punkt 2 "
        "rättas från 20 000 kr till 25 000 kr.\n")))
    grants = {g["decision"]: g for g in view(cli, "grants", "--year", "2029", "--as-of", "2029-12-31")}
    assert grants["2029-1 §04:2"]["amount_sek"] == 25_000 and grants["2029-1 §04:1"]["amount_sek"] == 30_000


def test_a_point_named_by_its_ordinal_is_the_only_decision_a_later_one_replaces(cli, tmp_path):
    imported(cli, minutes(tmp_path, "feb.txt", SPRING))
    imported(cli, minutes(tmp_path, "sep.txt", (
        "Sammanträde nr 4/2029\nDatum: 2029-09-16\n\n§ 41 Konferensmedel\nStyrelsen beslutar\n"
        "att bevilja Region Blekinge totalt 45 000 kr för konferensen under 2029; beslutet ersätter styrelsens "
        "beslut den 11 februari 2029, § 4, första att-satsen.\n")))
    assert decision(cli, "2029-1 §04:1")["status"] == "superseded"
    assert decision(cli, "2029-1 §04:2")["status"] == "in_force"
